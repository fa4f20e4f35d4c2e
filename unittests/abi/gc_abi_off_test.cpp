// gc_abi_off_test.cpp: in a build without MEDI_ENABLE_GC the medi_gc_* entry points still link,
// report that the feature is missing (op gc.alloc) and allocate nothing.
#include "../error/report_recorder.h"
#include "medi/medi_rt.h"

#include <gtest/gtest.h>

namespace medi {
namespace {

class GcAbiOffTest : public test::RecordingTest {};

TEST_F(GcAbiOffTest, EveryCallReportsTheMissingFeature) {
  EXPECT_EQ(medi_gc_alloc_unit(), 0u);
  EXPECT_EQ(medi_gc_alloc_string(reinterpret_cast<const std::uint8_t *>("x"), 1), 0u);
  medi_gc_add_root(1);
  medi_gc_collect();
  EXPECT_EQ(medi_gc_string_bytes(1), nullptr);
  EXPECT_EQ(medi_gc_live_objects(), 0u);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 5u);
  for (const auto &report : reports) {
    EXPECT_EQ(report.op, "gc.alloc");
    EXPECT_NE(report.error.to_string().find("MEDI_ENABLE_GC"), std::string::npos);
  }
}

} // namespace
} // namespace medi
