// stack_overflow_test.cpp: a task that runs off the end of its stack is reported, through the
// guard page (a fatal fault, reported from the signal handler) or the canary (reported when the
// task ends), and faults that are not overflows keep their usual outcome.
#include "../error/report_recorder.h"
#include "../sanitizers.h"
#include "../scoped_env.h"
#include "medi/task.h"
#include "sched/fiber.h"

#include <csignal>
#include <cstdlib>
#include <gtest/gtest.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace medi {
namespace {

// Recurses until `depth` reaches `limit` (far beyond any stack); the volatile frame keeps the
// compiler from turning it into a loop.
[[gnu::noinline]] int recurse_to(int depth, int limit) {
  volatile char frame[512];
  frame[0] = static_cast<char>(depth);
  return depth == limit ? 0 : recurse_to(depth + 1, limit) + frame[0];
}
int recurse_forever(int depth) {
  return recurse_to(depth, 1 << 30);
}

#define SKIP_UNDER_SANITIZERS()                                                                    \
  if (test::kSanitized)                                                                            \
  GTEST_SKIP() << "sanitizers report stack overflows and faults themselves"

TEST(StackOverflowDeathTest, GuardPageHitIsReportedWithTheSpawnSite) {
  SKIP_UNDER_SANITIZERS();
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(
      {
        Scheduler scheduler(1);
        auto task = scheduler.spawn_task([] { return recurse_forever(0); });
        (void)task.join();
      },
      "\\[medi-runtime\\] task [0-9]+ overflowed its stack \\(64 KiB; see docs/tasks.md to "
      "raise it\\) @.*stack_overflow_test.cpp:[0-9]+:[0-9]+ op=scheduler.stack_overflow");
}

// A parent whose child is joined at once, so the child runs inline on the parent's stack and
// overflows it there. inline_child_line is the child's spawn line.
const int inline_child_line = __LINE__ + 4;
void overflow_in_an_inline_child() {
  Scheduler scheduler(1);
  auto parent = scheduler.spawn_task([&] {
    auto child = scheduler.spawn_task([] { return recurse_forever(0); });
    return *child.join();
  });
  (void)parent.join();
}

TEST(StackOverflowDeathTest, ATaskRunInlineIsTheOneNamed) {
  SKIP_UNDER_SANITIZERS();
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(overflow_in_an_inline_child(), "overflowed its stack .*stack_overflow_test.cpp:" +
                                                  std::to_string(inline_child_line) + ":");
}

TEST(StackOverflowDeathTest, OtherFaultsKeepTheirDefaultAction) {
  SKIP_UNDER_SANITIZERS();
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  void *page = ::mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(page, MAP_FAILED);
  EXPECT_EXIT(
      {
        Scheduler scheduler(1);
        auto task = scheduler.spawn_task([page] { *static_cast<volatile int *>(page) = 1; });
        (void)task.join();
      },
      ::testing::KilledBySignal(SIGSEGV), "^$");
  ::munmap(page, 4096);
}

void exit_with_marker(int) {
  const char marker[] = "earlier handler ran\n";
  (void)::write(STDERR_FILENO, marker, sizeof marker - 1);
  ::_exit(7);
}

TEST(StackOverflowDeathTest, OtherFaultsReachAnEarlierHandler) {
  SKIP_UNDER_SANITIZERS();
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  void *page = ::mmap(nullptr, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(page, MAP_FAILED);
  EXPECT_EXIT(
      {
        std::signal(SIGSEGV, &exit_with_marker); // before the runtime installs its handler
        Scheduler scheduler(1);
        auto task = scheduler.spawn_task([page] { *static_cast<volatile int *>(page) = 1; });
        (void)task.join();
      },
      ::testing::ExitedWithCode(7), "earlier handler ran");
  ::munmap(page, 4096);
}

using CanaryTest = test::ReportingTest;

TEST_F(CanaryTest, OverwrittenCanaryIsReportedWhenTheTaskEnds) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  const test::ScopedEnv no_guards("MEDI_GUARDED_STACKS", "0"); // every stack gets a canary
  Scheduler scheduler(1);
  const unsigned spawn_line = __LINE__ + 1;
  auto task = scheduler.spawn_task([] {
    const detail::FiberStack &stack = detail::Fiber::current()->stack();
    ASSERT_FALSE(stack.guarded);
    // What an overflow by a few bytes does: the byte just past the usable stack is the canary's.
    detail::StackPool::overflow_boundary(stack)[-1] = std::byte{0};
  });
  const auto joined = task.join();
  ASSERT_FALSE(joined.has_value()) << "the overflow fails the task";
  EXPECT_NE(joined.error().to_string().find("overflowed its stack"), std::string::npos);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].op, "scheduler.stack_overflow");
  EXPECT_NE(reports[0].file.find("stack_overflow_test.cpp"), std::string::npos);
  EXPECT_EQ(reports[0].line, spawn_line);
}

} // namespace
} // namespace medi
