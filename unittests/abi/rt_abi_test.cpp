// rt_abi_test.cpp: the C ABI's real-time zones, regions and pools (feature MEDI_ENABLE_RT_ZONES):
// medic_runtime's reports with the call's source record, and misuse that never corrupts.
#include "abi_test_support.h"
#include "medi/zone.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <set>

namespace medi::test {
namespace {

class RtAbiTest : public RecordingTest {};

TEST_F(RtAbiTest, ARegionBumpsAlignsOverflowsWithAReportAndResets) {
  medi_rt_region *region = medi_rt_region_create(64, nullptr);
  ASSERT_NE(region, nullptr);
  for (int i = 0; i < 4; ++i) {
    void *block = medi_rt_region_alloc(region, 16, 8, nullptr);
    ASSERT_NE(block, nullptr);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(block) % 8, 0u);
  }
  const medi_rt_source site = site_at("rt_region.alloc", 21);
  EXPECT_EQ(medi_rt_region_alloc(region, 1, 1, &site), nullptr);
  expect_one_report_at(recorder, site, "rt_region.alloc_uninit_overflow");
  EXPECT_EQ(recorder.reports()[0].error.to_string(),
            "real-time region overflow (requested 1 bytes, capacity 64)");
  medi_rt_region_reset(region, nullptr);
  void *aligned = medi_rt_region_alloc(region, 8, 64, nullptr);
  ASSERT_NE(aligned, nullptr);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(aligned) % 64, 0u);
  EXPECT_NE(medi_rt_region_alloc(region, 0, 1, nullptr), nullptr); // 0 bytes behave
  medi_rt_region_destroy(region, nullptr);
  EXPECT_EQ(recorder.size(), 1u);
}

TEST_F(RtAbiTest, RegionMisuseIsReported) {
  const medi_rt_source site = site_at("rt_region.alloc", 30);
  medi_rt_region *region = medi_rt_region_create(64, nullptr);
  EXPECT_EQ(medi_rt_region_alloc(region, 8, 3, &site), nullptr); // not a power of two
  expect_one_report_at(recorder, site, "rt_region.alloc");
  medi_rt_region_destroy(region, nullptr);
  medi_rt_region_destroy(region, &site);
  medi_rt_region_reset(region, &site);
  EXPECT_EQ(medi_rt_region_alloc(region, 8, 8, &site), nullptr);
  EXPECT_EQ(medi_rt_region_create(0, &site), nullptr);
  EXPECT_EQ(recorder.size(), 5u);
}

TEST_F(RtAbiTest, APoolIsExhaustedThenRefilledAndMisuseNeverCorruptsIt) {
  medi_rt_pool *pool = medi_rt_pool_create(24, 4, nullptr);
  ASSERT_NE(pool, nullptr);
  std::set<void *> slots;
  for (int i = 0; i < 4; ++i)
    slots.insert(medi_rt_pool_alloc(pool, nullptr));
  EXPECT_EQ(slots.size(), 4u);
  EXPECT_FALSE(slots.contains(nullptr));
  const medi_rt_source site = site_at("fixed_pool.alloc", 40);
  EXPECT_EQ(medi_rt_pool_alloc(pool, &site), nullptr);
  expect_one_report_at(recorder, site, "fixed_pool.alloc_exhausted");

  void *first = *slots.begin();
  int foreign = 0;
  medi_rt_pool_free(pool, &foreign, nullptr);
  medi_rt_pool_free(pool, static_cast<char *>(first) + 1, nullptr); // inside a slot
  medi_rt_pool_free(pool, first, nullptr);
  medi_rt_pool_free(pool, first, nullptr);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 4u);
  EXPECT_EQ(reports[1].op, "fixed_pool.invalid_free");
  EXPECT_EQ(reports[2].op, "fixed_pool.invalid_free");
  EXPECT_EQ(reports[3].op, "fixed_pool.double_free");

  for (void *slot : slots)
    if (slot != first)
      medi_rt_pool_free(pool, slot, nullptr);
  std::set<void *> again;
  for (int i = 0; i < 4; ++i)
    again.insert(medi_rt_pool_alloc(pool, nullptr));
  EXPECT_EQ(again, slots); // all four slots, each once
  EXPECT_EQ(recorder.size(), 4u);
  medi_rt_pool_destroy(pool, nullptr);
}

TEST_F(RtAbiTest, ZonesNestPerTaskAndViolationsNameTheCallSite) {
  const medi_rt_source enter_site = site_at("rt_zone.enter", 50);
  medi_rt_zone_enter(&enter_site);
  EXPECT_EQ(current_zone(), ZoneKind::RealTime);
  medi_rt_sender *tx = nullptr;
  medi_rt_receiver *rx = nullptr;
  const medi_rt_source create_site = site_at("xchan.create", 51);
  medi_rt_chan_create(8, 4, &tx, &rx, &create_site); // allowed, and reported
  expect_one_report_at(recorder, create_site, "rt_zone.violation");
  medi_rt_zone_exit(nullptr);
  EXPECT_EQ(current_zone(), ZoneKind::None);
  const medi_rt_source exit_site = site_at("rt_zone.exit", 52);
  medi_rt_zone_exit(&exit_site);
  EXPECT_EQ(recorder.reports().back().op, "zone.unbalanced");
  EXPECT_EQ(recorder.reports().back().line, 52u);
  medi_rt_chan_sender_drop(tx, nullptr);
  medi_rt_chan_receiver_drop(rx, nullptr);
}

} // namespace
} // namespace medi::test
