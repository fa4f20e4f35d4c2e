// module_override_test.cpp: a translation unit that names its module with MEDI_MODULE.
#define MEDI_MODULE "vitals.intake"
#include "report_recorder.h"

namespace medi {
namespace {

using ModuleOverrideTest = test::ReportingTest;

TEST_F(ModuleOverrideTest, MediModuleNamesTheModule) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  MEDI_RUNTIME_REPORT(RuntimeError::message("reading out of range"), "vitals.validate");
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports().front().module, "vitals.intake");
  EXPECT_EQ(recorder.reports().front().op, "vitals.validate");
}

} // namespace
} // namespace medi
