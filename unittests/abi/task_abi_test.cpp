// task_abi_test.cpp: the C ABI's tasks: spawn copies the environment, join reports the outcome,
// a panic fails only its task (once reported, at the panic's site), and misuse is reported.
#include "abi_test_support.h"

#include <atomic>
#include <cstring>
#include <gtest/gtest.h>

namespace medi::test {
namespace {

class TaskAbiTest : public RecordingTest {};

struct AddEnv {
  std::atomic<int> *total;
  int amount;
};
void add_body(void *env) {
  auto *add = static_cast<AddEnv *>(env);
  add->total->fetch_add(add->amount);
}

TEST_F(TaskAbiTest, SpawnRunsTheBodyOnItsOwnCopyOfTheEnvironment) {
  std::atomic<int> total{0};
  AddEnv env{&total, 5};
  medi_rt_task *task = medi_rt_task_spawn(&add_body, &env, sizeof env, nullptr);
  env.amount = 1000; // the task has its own copy
  ASSERT_NE(task, nullptr);
  EXPECT_EQ(medi_rt_task_join(task, nullptr), MEDI_RT_OK);
  EXPECT_EQ(total.load(), 5);
  EXPECT_EQ(recorder.size(), 0u);
}

struct BigEnv {
  std::atomic<long> *sum;
  long values[40]; // past the inline buffer: copied to the heap
};
void sum_body(void *env) {
  auto *big = static_cast<BigEnv *>(env);
  long sum = 0;
  for (long value : big->values)
    sum += value;
  big->sum->store(sum);
}

TEST_F(TaskAbiTest, LargeEnvironmentsAreCopiedWhole) {
  std::atomic<long> sum{0};
  BigEnv env{&sum, {}};
  for (long i = 0; i < 40; ++i)
    env.values[i] = i + 1;
  medi_rt_task *task =
      medi_rt_task_spawn_priority(MEDI_RT_PRIORITY_HIGH, &sum_body, &env, sizeof env, nullptr);
  std::memset(env.values, 0, sizeof env.values);
  ASSERT_EQ(medi_rt_task_join(task, nullptr), MEDI_RT_OK);
  EXPECT_EQ(sum.load(), 40 * 41 / 2);
}

void empty_body(void *) {}

TEST_F(TaskAbiTest, ABodyWithoutAnEnvironmentRuns) {
  EXPECT_EQ(medi_rt_task_join(medi_rt_task_spawn(&empty_body, nullptr, 0, nullptr), nullptr),
            MEDI_RT_OK);
}

TEST_F(TaskAbiTest, AnInvalidPriorityIsReportedAtTheSpawnSite) {
  const medi_rt_source site = site_at("task.spawn", 12);
  EXPECT_EQ(medi_rt_task_spawn_priority(7, &empty_body, nullptr, 0, &site), nullptr);
  expect_one_report_at(recorder, site, "task.spawn");
}

TEST_F(TaskAbiTest, ANullBodyIsReportedNotCalled) {
  const medi_rt_source site = site_at("task.spawn", 13);
  EXPECT_EQ(medi_rt_task_spawn(nullptr, nullptr, 0, &site), nullptr);
  expect_one_report_at(recorder, site, "task.spawn");
}

TEST_F(TaskAbiTest, JoiningTwiceOrANullHandleIsReported) {
  medi_rt_task *task = medi_rt_task_spawn(&empty_body, nullptr, 0, nullptr);
  ASSERT_EQ(medi_rt_task_join(task, nullptr), MEDI_RT_OK);
  const medi_rt_source site = site_at("task.join", 20);
  EXPECT_EQ(medi_rt_task_join(task, &site), MEDI_RT_INVALID_HANDLE);
  expect_one_report_at(recorder, site, "task.join");
  EXPECT_EQ(medi_rt_task_join(nullptr, &site), MEDI_RT_INVALID_HANDLE);
  EXPECT_EQ(recorder.size(), 2u);
}

TEST_F(TaskAbiTest, ADetachedTaskStillRunsAndItsHandleIsSpent) {
  std::atomic<int> total{0};
  AddEnv env{&total, 1};
  medi_rt_task *task = medi_rt_task_spawn(&add_body, &env, sizeof env, nullptr);
  medi_rt_task_detach(task, nullptr);
  while (total.load() == 0)
    medi_rt_task_yield(nullptr);
  const medi_rt_source site = site_at("task.detach", 30);
  medi_rt_task_detach(task, &site);
  expect_one_report_at(recorder, site, "task.detach");
}

const medi_rt_source kPanicSite = site_at("task.panic", 41, 9);

struct PanicEnv {
  std::atomic<bool> *after_panic;
};
void panicking_body(void *env) {
  medi_rt_task_panic("malformed lab record", &kPanicSite);
  static_cast<PanicEnv *>(env)->after_panic->store(true); // never runs
}

TEST_F(TaskAbiTest, APanicFailsItsTaskOnceReportedAtThePanicSite) {
  std::atomic<bool> after_panic{false};
  PanicEnv env{&after_panic};
  medi_rt_task *task = medi_rt_task_spawn(&panicking_body, &env, sizeof env, nullptr);
  EXPECT_EQ(medi_rt_task_join(task, nullptr), MEDI_RT_PANICKED);
  EXPECT_FALSE(after_panic.load());
  expect_one_report_at(recorder, kPanicSite, "task.panic");
  EXPECT_EQ(recorder.reports()[0].error.to_string(), "task panicked: malformed lab record");
}

struct ParentEnv {
  std::atomic<int> *child_status;
};
void parent_body(void *env) {
  std::atomic<bool> unused{false};
  PanicEnv child_env{&unused};
  // The child may run inline on this task's stack, inside the join: its panic must not take
  // this task down with it.
  medi_rt_task *child = medi_rt_task_spawn(&panicking_body, &child_env, sizeof child_env, nullptr);
  static_cast<ParentEnv *>(env)->child_status->store(medi_rt_task_join(child, nullptr));
}

TEST_F(TaskAbiTest, AChildsPanicLeavesTheJoiningParentRunning) {
  for (int round = 0; round < 50; ++round) {
    std::atomic<int> child_status{-1};
    ParentEnv env{&child_status};
    medi_rt_task *parent = medi_rt_task_spawn(&parent_body, &env, sizeof env, nullptr);
    ASSERT_EQ(medi_rt_task_join(parent, nullptr), MEDI_RT_OK);
    ASSERT_EQ(child_status.load(), MEDI_RT_PANICKED);
  }
  EXPECT_EQ(recorder.size(), 50u);
}

TEST(TaskAbiDeathTest, APanicOutsideATaskEndsTheProgramWithExitCode101) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const medi_rt_source site = site_at("task.panic", 50);
  EXPECT_EXIT(medi_rt_task_panic("sensor lost", &site), ::testing::ExitedWithCode(101),
              "task panicked: sensor lost @vitals.medi:50:5 op=task.panic");
}

TEST(TaskAbiStatusTest, EveryStatusHasAName) {
  EXPECT_STREQ(medi_rt_status_name(MEDI_RT_OK), "ok");
  EXPECT_STREQ(medi_rt_status_name(MEDI_RT_DISCONNECTED), "disconnected");
  EXPECT_STREQ(medi_rt_status_name(MEDI_RT_UNSUPPORTED), "unsupported in this build");
  EXPECT_STREQ(medi_rt_status_name(-1), "unknown status");
  EXPECT_EQ(medi_rt_abi_version(), MEDI_RT_ABI_VERSION);
}

} // namespace
} // namespace medi::test
