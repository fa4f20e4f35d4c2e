// runtime_context_test.cpp: the source context MEDI_RUNTIME_REPORT and report_error capture,
// and the default reporter's line.
#include "report_recorder.h"

#include <string_view>

namespace medi {
namespace {

using test::ReportingTest;
using test::ReportRecorder;

using RuntimeContextTest = ReportingTest;

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.ends_with(suffix);
}

TEST_F(RuntimeContextTest, MacroCapturesFileLineColumnModuleAndOp) {
  ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());

  const auto expected_line = __LINE__ + 1;
  MEDI_RUNTIME_REPORT(RuntimeError::pool_exhausted(4), "fixed_pool.alloc_exhausted");

  ASSERT_EQ(recorder.size(), 1u);
  const auto report = recorder.reports().front();
  EXPECT_TRUE(ends_with(report.file, "runtime_context_test.cpp")) << report.file;
  EXPECT_EQ(report.line, expected_line);
  EXPECT_GT(report.column, 0u);
  // Without MEDI_MODULE the module is the enclosing function, here the test's body.
  EXPECT_NE(report.module.find("TestBody"), std::string::npos) << report.module;
  EXPECT_EQ(report.op, "fixed_pool.alloc_exhausted");
  EXPECT_EQ(report.error, RuntimeError::pool_exhausted(4));
}

TEST_F(RuntimeContextTest, MacroAcceptsTagsFromTheTable) {
  ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  MEDI_RUNTIME_REPORT(RuntimeError::double_free(2), op::fixed_pool_double_free);
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports().front().op, "fixed_pool.double_free");
}

TEST_F(RuntimeContextTest, MacroCopiesAnLvalueErrorAndLeavesItUsable) {
  ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  const RuntimeError error = RuntimeError::message("sensor offline");
  MEDI_RUNTIME_REPORT(error, "vitals.sensor");
  EXPECT_EQ(error, RuntimeError::message("sensor offline"));
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports().front().error, error);
}

// The shape runtime APIs use: a defaulted std::source_location names their caller.
void api_that_fails(std::source_location caller = std::source_location::current()) {
  report_error(RuntimeError::invalid_free(), op::fixed_pool_invalid_free, caller);
}

TEST_F(RuntimeContextTest, DefaultedSourceLocationNamesTheCaller) {
  ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());

  const auto expected_line = __LINE__ + 1;
  api_that_fails();

  ASSERT_EQ(recorder.size(), 1u);
  const auto report = recorder.reports().front();
  EXPECT_TRUE(ends_with(report.file, "runtime_context_test.cpp"));
  EXPECT_EQ(report.line, expected_line);
  EXPECT_EQ(report.op, "fixed_pool.invalid_free");
}

TEST(RuntimeContextValueTest, FromAndUnknown) {
  constexpr RuntimeContext unknown = RuntimeContext::unknown("xchan.recv");
  static_assert(unknown.file == "unknown" && unknown.module == "unknown" && unknown.line == 0);
  EXPECT_EQ(unknown.op, "xchan.recv");

  const auto location = std::source_location::current();
  const RuntimeContext named = RuntimeContext::from(location, "channel.send", "vitals");
  EXPECT_EQ(named.module, "vitals");
  EXPECT_EQ(named.line, location.line());
  EXPECT_EQ(RuntimeContext::from(location, "channel.send").module, location.function_name());
}

TEST(ReportFormatTest, DefaultLineHasTheSeedsShape) {
  const RuntimeContext context{.file = "vitals.medi",
                               .line = 12,
                               .column = 7,
                               .module = "vitals",
                               .op = "fixed_pool.alloc_exhausted"};
  EXPECT_EQ(format_report_line(RuntimeError::pool_exhausted(4), context),
            "[medi-runtime] fixed pool exhausted (capacity 4) @vitals.medi:12:7 "
            "op=fixed_pool.alloc_exhausted");
}

TEST(ReportFormatTest, LineStaysOneLineAndNamesUnknowns) {
  const RuntimeContext context{.file = "", .line = 0, .column = 0, .module = "", .op = ""};
  EXPECT_EQ(format_report_line(RuntimeError::message("two\nlines\r"), context),
            "[medi-runtime] two\\nlines\\r @unknown:0:0 op=unknown");
}

} // namespace
} // namespace medi
