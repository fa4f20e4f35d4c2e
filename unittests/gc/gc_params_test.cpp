// gc_params_test.cpp: GcParams's defaults, its environment overrides, and unusable values
// reported (op gc.invalid_setting) and ignored.
#include "../error/report_recorder.h"
#include "../scoped_env.h"
#include "medi/gc.h"

#include <gtest/gtest.h>
#include <string>

namespace medi {
namespace {

using gc_zone::GcParams;

class GcParamsTest : public test::RecordingTest {};

TEST_F(GcParamsTest, DefaultsAreTheDocumentedOnes) {
  const GcParams params;
  EXPECT_EQ(params.nursery_threshold_bytes, 1u << 20);
  EXPECT_EQ(params.promotion_threshold, 1u);
  EXPECT_EQ(params.max_pause, std::chrono::milliseconds(10));
  EXPECT_FALSE(params.log);
}

TEST_F(GcParamsTest, TheEnvironmentOverrides) {
  test::ScopedEnv nursery("MEDI_GC_NURSERY_BYTES", "65536");
  test::ScopedEnv promotion("MEDI_GC_PROMOTION_THRESHOLD", "3");
  test::ScopedEnv pause("MEDI_GC_MAX_PAUSE_MS", "3");
  test::ScopedEnv log("MEDI_GC_LOG", "1");
  const GcParams params = GcParams::from_environment();
  EXPECT_EQ(params.nursery_threshold_bytes, 65536u);
  EXPECT_EQ(params.promotion_threshold, 3u);
  EXPECT_EQ(params.max_pause, std::chrono::milliseconds(3));
  EXPECT_TRUE(params.log);
  EXPECT_EQ(recorder.size(), 0u);
  EXPECT_EQ(gc_zone::SafeGc().params().nursery_threshold_bytes, 65536u)
      << "a default-constructed SafeGc reads the environment";
}

TEST_F(GcParamsTest, UnusableValuesAreReportedAndIgnored) {
  test::ScopedEnv nursery("MEDI_GC_NURSERY_BYTES", "lots");
  test::ScopedEnv promotion("MEDI_GC_PROMOTION_THRESHOLD", "256");
  test::ScopedEnv pause("MEDI_GC_MAX_PAUSE_MS", "0");
  test::ScopedEnv log("MEDI_GC_LOG", "0");
  const GcParams params = GcParams::from_environment();
  EXPECT_EQ(params.nursery_threshold_bytes, GcParams{}.nursery_threshold_bytes);
  EXPECT_EQ(params.promotion_threshold, GcParams{}.promotion_threshold);
  EXPECT_EQ(params.max_pause, GcParams{}.max_pause);
  EXPECT_FALSE(params.log);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 3u);
  for (const auto &report : reports)
    EXPECT_EQ(report.op, "gc.invalid_setting");
  EXPECT_NE(reports[0].error.to_string().find("MEDI_GC_NURSERY_BYTES=\"lots\""), std::string::npos);
  EXPECT_NE(reports[1].error.to_string().find(
                "MEDI_GC_PROMOTION_THRESHOLD=\"256\" is not a whole number from 1 to 255"),
            std::string::npos)
      << reports[1].error.to_string();
}

// Old objects after a first minor collection, with `params` and a small nursery.
std::size_t old_after_one_minor_collection(GcParams params) {
  params.nursery_threshold_bytes = 4096;
  gc_zone::SafeGc gc(params);
  auto kept = gc.allocate<std::string>("kept").value();
  auto root = gc.root(kept);
  for (int i = 0; gc.stats().minor_collections < 1; ++i) {
    if (i == 100000) {
      ADD_FAILURE() << "no minor collection was triggered";
      return 0;
    }
    (void)gc.allocate<std::string>(std::to_string(i)).value();
  }
  EXPECT_EQ(*kept, "kept");
  return gc.stats().old_objects;
}

// By default what survives a minor collection is old after it, so the next one does not visit
// it again; a threshold of 2 keeps it young for one more.
TEST_F(GcParamsTest, ByDefaultASurvivorIsPromotedByItsFirstMinorCollection) {
  EXPECT_GE(old_after_one_minor_collection(GcParams{}), 1u) << "the rooted object is old";
  GcParams two;
  two.promotion_threshold = 2;
  EXPECT_EQ(old_after_one_minor_collection(two), 0u) << "threshold 2: still young";
}

TEST_F(GcParamsTest, TheLogPrintsEachPause) {
  GcParams params;
  params.log = true;
  gc_zone::SafeGc gc(params);
  testing::internal::CaptureStderr();
  gc.collect_garbage();
  const std::string printed = testing::internal::GetCapturedStderr();
  EXPECT_NE(printed.find("[medi-gc] full: "), std::string::npos) << printed;
}

} // namespace
} // namespace medi
