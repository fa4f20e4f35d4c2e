// gc_params_test.cpp: GcParams's defaults, its environment overrides, and unusable values
// reported (op gc.invalid_setting) and ignored.
#include "../error/report_recorder.h"
#include "../scoped_env.h"
#include "medi/gc.h"

#include <gtest/gtest.h>

namespace medi {
namespace {

using gc_zone::GcParams;

class GcParamsTest : public test::RecordingTest {};

TEST_F(GcParamsTest, DefaultsAreTheDocumentedOnes) {
  const GcParams params;
  EXPECT_EQ(params.nursery_threshold_bytes, 1u << 20);
  EXPECT_EQ(params.promotion_threshold, 2u);
  EXPECT_EQ(params.max_pause, std::chrono::milliseconds(10));
  EXPECT_FALSE(params.log);
}

TEST_F(GcParamsTest, TheEnvironmentOverrides) {
  test::ScopedEnv nursery("MEDI_GC_NURSERY_BYTES", "65536");
  test::ScopedEnv pause("MEDI_GC_MAX_PAUSE_MS", "3");
  test::ScopedEnv log("MEDI_GC_LOG", "1");
  const GcParams params = GcParams::from_environment();
  EXPECT_EQ(params.nursery_threshold_bytes, 65536u);
  EXPECT_EQ(params.max_pause, std::chrono::milliseconds(3));
  EXPECT_TRUE(params.log);
  EXPECT_EQ(recorder.size(), 0u);
  EXPECT_EQ(gc_zone::SafeGc().params().nursery_threshold_bytes, 65536u)
      << "a default-constructed SafeGc reads the environment";
}

TEST_F(GcParamsTest, UnusableValuesAreReportedAndIgnored) {
  test::ScopedEnv nursery("MEDI_GC_NURSERY_BYTES", "lots");
  test::ScopedEnv pause("MEDI_GC_MAX_PAUSE_MS", "0");
  test::ScopedEnv log("MEDI_GC_LOG", "0");
  const GcParams params = GcParams::from_environment();
  EXPECT_EQ(params.nursery_threshold_bytes, GcParams{}.nursery_threshold_bytes);
  EXPECT_EQ(params.max_pause, GcParams{}.max_pause);
  EXPECT_FALSE(params.log);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].op, "gc.invalid_setting");
  EXPECT_NE(reports[0].error.to_string().find("MEDI_GC_NURSERY_BYTES=\"lots\""), std::string::npos);
  EXPECT_EQ(reports[1].op, "gc.invalid_setting");
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
