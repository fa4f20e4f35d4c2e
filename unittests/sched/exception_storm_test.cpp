// exception_storm_test.cpp: 100,000 tasks of which one in ten throws, under each recovery
// policy. Every join returns the task's value or an error, the counts add up, every panic is
// reported once, and nothing hangs.
#include "../error/report_recorder.h"
#include "medi/task.h"

#include <gtest/gtest.h>
#include <stdexcept>
#include <vector>

namespace medi {
namespace {

class ExceptionStormTest : public test::RecordingTest,
                           public ::testing::WithParamInterface<RecoveryPolicy> {};

TEST_P(ExceptionStormTest, EveryJoinReturnsAValueOrAnErrorAndTheCountsAddUp) {
  constexpr int kTasks = 100'000;
  Scheduler scheduler(2, GetParam());
  std::vector<Task<int>> tasks;
  tasks.reserve(kTasks);
  for (int i = 0; i < kTasks; ++i)
    tasks.push_back(scheduler.spawn_task([i]() -> int {
      if (i % 10 == 3)
        throw std::runtime_error("sensor fault");
      return i;
    }));
  int values = 0, panics = 0, never_ran = 0;
  for (int i = 0; i < kTasks; ++i) {
    auto joined = tasks[i].join();
    if (joined) {
      ASSERT_EQ(*joined, i);
      ++values;
    } else if (joined.error().is<TaskPanic>()) {
      ASSERT_EQ(i % 10, 3) << "only the throwing tasks panic";
      ++panics;
    } else {
      ++never_ran; // stopped by a shutdown before it ran
    }
  }
  EXPECT_EQ(values + panics + never_ran, kTasks);
  std::size_t panic_reports = 0;
  for (const auto &report : recorder.reports())
    panic_reports += report.op == "scheduler.task_panic";
  EXPECT_EQ(panic_reports, static_cast<std::size_t>(panics)) << "each panic reported once";
  if (GetParam() == RecoveryPolicy::SkipTask) {
    EXPECT_EQ(panics, kTasks / 10);
    EXPECT_EQ(values, kTasks - kTasks / 10);
    EXPECT_EQ(never_ran, 0);
  } else {
    EXPECT_GE(panics, 1) << "the first panic stops the scheduler";
    EXPECT_GT(never_ran, 0);
  }
}

INSTANTIATE_TEST_SUITE_P(EachPolicy, ExceptionStormTest,
                         ::testing::Values(RecoveryPolicy::SkipTask,
                                           RecoveryPolicy::ShutdownScheduler),
                         [](const auto &info) { return std::string(to_string(info.param)); });

} // namespace
} // namespace medi
