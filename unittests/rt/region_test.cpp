// region_test.cpp: RtRegion: alignment, arrays, zero-size requests, overflow (nullptr / empty,
// nothing consumed), the reported _result variants, reset, and nested scopes.
#include "../error/report_recorder.h"
#include "medi/rt/region.h"

#include <cstdint>
#include <gtest/gtest.h>

namespace medi {
namespace {

struct alignas(64) CacheLineSample {
  std::uint32_t value;
};

struct Vital {
  int heart_rate;
  double spo2;
};

TEST(RtRegionTest, AllocatesAlignedObjectsUntilFull) {
  RtRegion<256> region;
  EXPECT_EQ(region.capacity(), 256u);
  EXPECT_EQ(region.used(), 0u);
  char *c = region.alloc<char>('x');
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(*c, 'x');
  double *d = region.alloc<double>(98.5);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(d) % alignof(double), 0u);
  EXPECT_EQ(*d, 98.5);
  auto *line = region.alloc_uninit<CacheLineSample>();
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(line) % 64, 0u);
  const std::size_t used = region.used();
  EXPECT_EQ(region.alloc_uninit<std::byte[512]>(), nullptr) << "larger than the region";
  EXPECT_EQ(region.used(), used) << "a failed allocation consumes nothing";
  while (region.alloc<std::uint64_t>(7u)) {
  }
  EXPECT_LE(region.used(), region.capacity());
  EXPECT_LT(region.remaining(), sizeof(std::uint64_t));
}

TEST(RtRegionTest, ArraysAreValueInitialisedOrLeftAlone) {
  RtRegion<1024> region;
  auto zeros = region.alloc_array<int>(16);
  ASSERT_EQ(zeros.size(), 16u);
  for (int v : zeros)
    EXPECT_EQ(v, 0);
  auto raw = region.alloc_array_uninit<float>(8);
  EXPECT_EQ(raw.size(), 8u);
  EXPECT_TRUE(region.alloc_array<int>(1000).empty()) << "does not fit";
  EXPECT_TRUE(region.alloc_array<int>(SIZE_MAX / 2).empty()) << "size overflow";
}

TEST(RtRegionTest, ZeroSizeRequestsSucceedEmptyAndConsumeNothing) {
  RtRegion<64> region;
  EXPECT_TRUE(region.alloc_array<int>(0).empty());
  EXPECT_EQ(region.used(), 0u);
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  auto zero = region.alloc_array_result<int>(0);
  ASSERT_TRUE(zero.has_value());
  EXPECT_TRUE(zero->empty());
  set_error_reporter_with_context(nullptr);
  EXPECT_EQ(recorder.size(), 0u) << "not an overflow";
}

TEST(RtRegionTest, ResultVariantsReportOverflowWithTheCallSite) {
  RtRegion<24> region; // one Vital (16 bytes) fits, a second does not
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  ASSERT_TRUE(region.alloc_result(Vital{72, 97.0}).has_value());
  const unsigned one_line = __LINE__ + 1;
  auto one = region.alloc_result(Vital{80, 95.0});
  const unsigned raw_line = __LINE__ + 1;
  auto raw = region.alloc_uninit_result<Vital>();
  const unsigned array_line = __LINE__ + 1;
  auto array = region.alloc_array_result<double>(100);
  const unsigned raw_array_line = __LINE__ + 1;
  auto raw_array = region.alloc_array_uninit_result<double>(100);
  set_error_reporter_with_context(nullptr);

  ASSERT_FALSE(one.has_value());
  EXPECT_EQ(one.error(), RuntimeError::region_overflow(sizeof(Vital), 24));
  EXPECT_FALSE(raw.has_value());
  ASSERT_FALSE(array.has_value());
  EXPECT_EQ(array.error(), RuntimeError::region_overflow(100 * sizeof(double), 24));
  EXPECT_FALSE(raw_array.has_value());
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 4u);
  const std::pair<const char *, unsigned> expected[] = {
      {"rt_region.alloc_uninit_overflow", one_line},
      {"rt_region.alloc_uninit_overflow", raw_line},
      {"rt_region.alloc_array_overflow", array_line},
      {"rt_region.alloc_array_overflow", raw_array_line}};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(reports[i].op, expected[i].first);
    EXPECT_EQ(reports[i].line, expected[i].second);
    EXPECT_NE(reports[i].file.find("region_test.cpp"), std::string::npos);
    EXPECT_FALSE(reports[i].module.empty()) << "medic_runtime's check: module is set";
  }
}

TEST(RtRegionTest, ResetGivesEverythingBack) {
  RtRegion<128> region;
  while (region.alloc<int>(1)) {
  }
  region.reset();
  EXPECT_EQ(region.used(), 0u);
  EXPECT_NE(region.alloc<int>(2), nullptr);
}

TEST(RtRegionTest, ScopesNestAndRollBack) {
  RtRegion<256> region;
  ASSERT_NE(region.alloc<int>(1), nullptr);
  const std::size_t outer_mark = region.used();
  {
    auto outer = region.scope();
    ASSERT_NE(region.alloc<double>(2.0), nullptr);
    const std::size_t inner_mark = region.used();
    {
      auto inner = region.scope();
      ASSERT_FALSE(region.alloc_array<char>(100).empty());
    }
    EXPECT_EQ(region.used(), inner_mark);
  }
  EXPECT_EQ(region.used(), outer_mark);
}

} // namespace
} // namespace medi
