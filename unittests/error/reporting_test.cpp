// reporting_test.cpp: who receives a report: reporter precedence, replacement, listeners,
// and reporters or listeners that throw or re-enter the pathway.
#include "report_recorder.h"

#include <atomic>
#include <gmock/gmock.h>
#include <memory>
#include <string>
#include <vector>

namespace medi {
namespace {

using test::ReportRecorder;
using ReportingTest = test::ReportingTest;
using ::testing::HasSubstr;

const RuntimeContext kContext{.file = "vitals.medi",
                              .line = 3,
                              .column = 9,
                              .module = "vitals",
                              .op = "fixed_pool.alloc_exhausted"};
const RuntimeError kError = RuntimeError::pool_exhausted(4);

TEST_F(ReportingTest, DefaultReporterPrintsOneLineToStderr) {
  ::testing::internal::CaptureStderr();
  report_error(kError, kContext);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(),
            "[medi-runtime] fixed pool exhausted (capacity 4) @vitals.medi:3:9 "
            "op=fixed_pool.alloc_exhausted\n");
}

TEST_F(ReportingTest, MinimalReporterReplacesTheDefault) {
  std::vector<RuntimeError> seen;
  set_error_reporter([&](const RuntimeError &error) { seen.push_back(error); });
  ::testing::internal::CaptureStderr();
  report_error(kError, kContext);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen.front(), kError);
}

TEST_F(ReportingTest, ContextReporterTakesPrecedenceOverMinimal) {
  int minimal = 0;
  ReportRecorder with_context;
  set_error_reporter([&](const RuntimeError &) { ++minimal; });
  set_error_reporter_with_context(with_context.callback());
  report_error(kError, kContext);
  EXPECT_EQ(minimal, 0);
  ASSERT_EQ(with_context.size(), 1u);
  EXPECT_EQ(with_context.reports().front().file, "vitals.medi");
}

TEST_F(ReportingTest, ReportersCanBeReplacedAndCleared) {
  int first = 0, second = 0, minimal = 0;
  set_error_reporter([&](const RuntimeError &) { ++minimal; });
  set_error_reporter_with_context([&](const RuntimeError &, const RuntimeContext &) { ++first; });
  report_error(kError, kContext);
  set_error_reporter_with_context([&](const RuntimeError &, const RuntimeContext &) { ++second; });
  report_error(kError, kContext);
  EXPECT_EQ(first, 1);
  EXPECT_EQ(second, 1);

  set_error_reporter_with_context(nullptr); // falls back to the minimal reporter
  report_error(kError, kContext);
  EXPECT_EQ(minimal, 1);

  set_error_reporter(nullptr); // falls back to the default
  ::testing::internal::CaptureStderr();
  report_error(kError, kContext);
  EXPECT_THAT(::testing::internal::GetCapturedStderr(), HasSubstr("op=fixed_pool.alloc_exhausted"));
  EXPECT_EQ(first + second + minimal, 3);
}

TEST_F(ReportingTest, ListenersAlwaysHearEveryReportInOrder) {
  std::vector<std::string> calls;
  set_error_reporter_with_context(
      [&](const RuntimeError &, const RuntimeContext &) { calls.push_back("reporter"); });
  ScopedErrorListener a(
      [&](const RuntimeError &, const RuntimeContext &) { calls.push_back("a"); });
  ScopedErrorListener b(
      [&](const RuntimeError &, const RuntimeContext &) { calls.push_back("b"); });
  report_error(kError, kContext);
  EXPECT_EQ(calls, (std::vector<std::string>{"reporter", "a", "b"}));

  // With no reporter set the default prints and the listeners still hear it.
  set_error_reporter_with_context(nullptr);
  calls.clear();
  ::testing::internal::CaptureStderr();
  report_error(kError, kContext);
  EXPECT_NE(::testing::internal::GetCapturedStderr(), "");
  EXPECT_EQ(calls, (std::vector<std::string>{"a", "b"}));
}

TEST_F(ReportingTest, RemovedListenersHearNothingMore) {
  set_error_reporter([](const RuntimeError &) {});
  ReportRecorder kept, removed;
  ScopedErrorListener keep(kept.callback());
  const ListenerId id = add_error_context_listener(removed.callback());
  report_error(kError, kContext);
  EXPECT_TRUE(remove_error_context_listener(id));
  EXPECT_FALSE(remove_error_context_listener(id)) << "a second removal finds nothing";
  EXPECT_FALSE(remove_error_context_listener(ListenerId{0}));
  report_error(kError, kContext);
  EXPECT_EQ(kept.size(), 2u);
  EXPECT_EQ(removed.size(), 1u);
}

TEST_F(ReportingTest, ListenerIdsAreDistinct) {
  auto noop = [](const RuntimeError &, const RuntimeContext &) {};
  ScopedErrorListener a(noop), b(noop);
  EXPECT_NE(a.id(), b.id());
  EXPECT_NE(a.id(), ListenerId{0});
}

TEST_F(ReportingTest, AnyCallableWorksIncludingMoveOnlyAndFunctionPointers) {
  static int pointer_calls = 0;
  pointer_calls = 0;
  set_error_reporter(+[](const RuntimeError &) { ++pointer_calls; });
  auto owned = std::make_unique<int>(0);
  int *count = owned.get();
  ScopedErrorListener listener(
      [state = std::move(owned)](const RuntimeError &, const RuntimeContext &) { ++*state; });
  report_error(kError, kContext);
  EXPECT_EQ(pointer_calls, 1);
  EXPECT_EQ(*count, 1);
}

TEST_F(ReportingTest, EmptyListenerIsReportedNotAdded) {
  ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  EXPECT_EQ(add_error_context_listener(nullptr), ListenerId{0});
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports().front().op, "diagnostics.empty_listener");
}

TEST_F(ReportingTest, ThrowingListenerIsSkippedAndOthersStillHear) {
  set_error_reporter([](const RuntimeError &) {});
  ReportRecorder after;
  ScopedErrorListener thrower([](const RuntimeError &, const RuntimeContext &) {
    throw std::runtime_error("listener bug");
  });
  ScopedErrorListener odd_thrower([](const RuntimeError &, const RuntimeContext &) { throw 42; });
  ScopedErrorListener keep(after.callback());
  ::testing::internal::CaptureStderr();
  report_error(kError, kContext);
  report_error(kError, kContext);
  const std::string stderr_text = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(after.size(), 2u);
  EXPECT_THAT(stderr_text, HasSubstr("an error listener threw (listener bug); it was skipped"));
  EXPECT_THAT(stderr_text, HasSubstr("an error listener threw (not a std::exception)"));
}

TEST_F(ReportingTest, ThrowingReporterDoesNotStopListeners) {
  set_error_reporter_with_context(
      [](const RuntimeError &, const RuntimeContext &) { throw std::logic_error("reporter bug"); });
  ReportRecorder recorder;
  ScopedErrorListener keep(recorder.callback());
  ::testing::internal::CaptureStderr();
  report_error(kError, kContext);
  EXPECT_THAT(::testing::internal::GetCapturedStderr(), HasSubstr("reporter threw (reporter bug)"));
  EXPECT_EQ(recorder.size(), 1u);
}

TEST_F(ReportingTest, ListenerMayReportAgain) {
  ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  ScopedErrorListener escalate([](const RuntimeError &error, const RuntimeContext &) {
    if (error.is<PoolExhausted>())
      MEDI_RUNTIME_REPORT(RuntimeError::message("escalated"), "test.escalate");
  });
  report_error(kError, kContext);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].error, kError);
  EXPECT_EQ(reports[1].op, "test.escalate");
}

TEST_F(ReportingTest, ListenerThatAlwaysReportsIsCutOffNotRecursedForever) {
  std::atomic<int> reporter_calls{0};
  set_error_reporter([&](const RuntimeError &) { ++reporter_calls; });
  ScopedErrorListener loop([](const RuntimeError &error, const RuntimeContext &context) {
    report_error(error, context);
  });
  ::testing::internal::CaptureStderr();
  report_error(kError, kContext);
  const std::string stderr_text = ::testing::internal::GetCapturedStderr();
  // Depths 1..kMaxReportNesting go through the reporter; the next one is printed plainly.
  EXPECT_EQ(reporter_calls.load(), kMaxReportNesting);
  EXPECT_THAT(stderr_text, HasSubstr("op=fixed_pool.alloc_exhausted"));
}

TEST_F(ReportingTest, ListenerMayChangeTheRegistryFromInsideAReport) {
  set_error_reporter([](const RuntimeError &) {});
  ReportRecorder late;
  ListenerId self{0};
  int calls = 0;
  std::vector<ListenerId> added;
  self = add_error_context_listener([&](const RuntimeError &, const RuntimeContext &) {
    ++calls;
    added.push_back(add_error_context_listener(late.callback()));
    set_error_reporter([](const RuntimeError &) {});
    EXPECT_TRUE(remove_error_context_listener(self)); // removes itself mid-report
  });
  report_error(kError, kContext);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(late.size(), 0u) << "a listener added during a report hears the next one";
  report_error(kError, kContext);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(late.size(), 1u);
  for (ListenerId id : added)
    remove_error_context_listener(id);
}

} // namespace
} // namespace medi
