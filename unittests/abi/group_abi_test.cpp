// group_abi_test.cpp: the C ABI's task groups, timers and timed joins: a group waits for all,
// fails fast (a panicking task cancels one blocked in recv, whose status is MEDI_RT_CANCELLED),
// keeps a deadline, and is cancelled from outside; sleep, the clock, and join with a timeout.
#include "abi_test_support.h"

#include <atomic>
#include <cstdint>
#include <gtest/gtest.h>

namespace medi::test {
namespace {

class GroupAbiTest : public RecordingTest {};

struct CountEnv {
  std::atomic<int> *count;
};
void count_once(void *env) {
  ++*static_cast<CountEnv *>(env)->count;
}

TEST_F(GroupAbiTest, WaitReturnsOkOnceEveryTaskHasRun) {
  std::atomic<int> count{0};
  const CountEnv env{&count};
  medi_rt_group *group = medi_rt_group_create(MEDI_RT_NO_DEADLINE, nullptr);
  ASSERT_NE(group, nullptr);
  for (int i = 0; i < 50; ++i)
    ASSERT_EQ(medi_rt_group_spawn(group, count_once, &env, sizeof env, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_group_wait(group, nullptr), MEDI_RT_OK);
  EXPECT_EQ(count.load(), 50);
  // The group is spent.
  const medi_rt_source site = site_at("task_group.wait", 30);
  EXPECT_EQ(medi_rt_group_wait(group, &site), MEDI_RT_INVALID_HANDLE);
  expect_one_report_at(recorder, site, "task_group.wait");
}

struct BlockedEnv {
  medi_rt_receiver *rx;
  std::atomic<int32_t> *status;
  std::atomic<int32_t> *cancelled_flag;
};
void recv_forever(void *env) {
  const auto &e = *static_cast<BlockedEnv *>(env);
  int64_t value = 0;
  e.status->store(medi_rt_chan_recv(e.rx, &value, nullptr));
  e.cancelled_flag->store(medi_rt_task_cancelled(nullptr));
}
const medi_rt_source kPanicSite = site_at("task.panic", 44, 3);
void fail_soon(void *) {
  ASSERT_EQ(medi_rt_sleep(2'000'000, nullptr), MEDI_RT_OK);
  medi_rt_task_panic("pump occluded", &kPanicSite);
}

TEST_F(GroupAbiTest, ASecondTaskFailingCancelsAThirdBlockedInRecv) {
  TestChannel gate(8, 1);
  std::atomic<int> count{0};
  const CountEnv first{&count};
  std::atomic<int32_t> status{-1}, cancelled_flag{-1};
  const BlockedEnv third{gate.rx, &status, &cancelled_flag};
  medi_rt_group *group = medi_rt_group_create(MEDI_RT_NO_DEADLINE, nullptr);
  ASSERT_EQ(medi_rt_group_spawn(group, count_once, &first, sizeof first, nullptr), MEDI_RT_OK);
  ASSERT_EQ(medi_rt_group_spawn(group, fail_soon, nullptr, 0, nullptr), MEDI_RT_OK);
  ASSERT_EQ(medi_rt_group_spawn(group, recv_forever, &third, sizeof third, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_group_wait(group, nullptr), MEDI_RT_PANICKED);
  EXPECT_EQ(count.load(), 1);
  EXPECT_EQ(status.load(), MEDI_RT_CANCELLED);
  EXPECT_EQ(cancelled_flag.load(), 1);
  expect_one_report_at(recorder, kPanicSite, "task.panic"); // the cancelled recv is quiet
}

struct SleepEnv {
  std::atomic<int32_t> *status;
};
void sleep_long(void *env) {
  static_cast<SleepEnv *>(env)->status->store(medi_rt_sleep(10'000'000'000, nullptr));
}

TEST_F(GroupAbiTest, ADeadlineCancelsASleepAndWaitSaysTimeout) {
  std::atomic<int32_t> status{-1};
  const SleepEnv env{&status};
  const int64_t start = medi_rt_clock_now(nullptr);
  medi_rt_group *group = medi_rt_group_create(10'000'000, nullptr);
  ASSERT_EQ(medi_rt_group_spawn(group, sleep_long, &env, sizeof env, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_group_wait(group, nullptr), MEDI_RT_TIMEOUT);
  const int64_t elapsed = medi_rt_clock_now(nullptr) - start;
  EXPECT_EQ(status.load(), MEDI_RT_CANCELLED);
  EXPECT_GE(elapsed, 10'000'000);
  EXPECT_LT(elapsed, 5'000'000'000);
  EXPECT_EQ(recorder.size(), 0u);
}

struct CancelEnv {
  medi_rt_group *group;
};
void cancel_group(void *env) {
  medi_rt_group_cancel(static_cast<CancelEnv *>(env)->group, nullptr);
}

TEST_F(GroupAbiTest, ATaskMayCancelItsOwnGroup) {
  std::atomic<int32_t> status{-1};
  const SleepEnv sleeper{&status};
  medi_rt_group *group = medi_rt_group_create(MEDI_RT_NO_DEADLINE, nullptr);
  const CancelEnv canceller{group};
  ASSERT_EQ(medi_rt_group_spawn(group, sleep_long, &sleeper, sizeof sleeper, nullptr), MEDI_RT_OK);
  ASSERT_EQ(medi_rt_group_spawn(group, cancel_group, &canceller, sizeof canceller, nullptr),
            MEDI_RT_OK);
  EXPECT_EQ(medi_rt_group_wait(group, nullptr), MEDI_RT_CANCELLED);
  EXPECT_EQ(status.load(), MEDI_RT_CANCELLED);
}

TEST_F(GroupAbiTest, MisuseIsReportedAtTheCallSite) {
  const medi_rt_source create_site = site_at("task_group.create", 50);
  EXPECT_EQ(medi_rt_group_create(-2, &create_site), nullptr);
  medi_rt_group *group = medi_rt_group_create(MEDI_RT_NO_DEADLINE, nullptr);
  const medi_rt_source spawn_site = site_at("task_group.spawn", 51);
  EXPECT_EQ(medi_rt_group_spawn(group, nullptr, nullptr, 0, &spawn_site), MEDI_RT_INVALID_ARGUMENT);
  EXPECT_EQ(medi_rt_group_wait(group, nullptr), MEDI_RT_OK);
  const medi_rt_source cancel_site = site_at("task_group.cancel", 52);
  medi_rt_group_cancel(group, &cancel_site); // already waited for: gone
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[0].op, "task_group.create");
  EXPECT_EQ(reports[1].op, "task_group.spawn");
  EXPECT_EQ(reports[2].op, "task_group.cancel");
  EXPECT_EQ(reports[2].line, 52u);
}

struct GateEnv {
  medi_rt_receiver *rx;
};
void wait_for_gate(void *env) {
  char unit = 0;
  (void)medi_rt_chan_recv(static_cast<GateEnv *>(env)->rx, &unit, nullptr);
}

TEST_F(GroupAbiTest, JoinWithATimeoutKeepsTheHandleUntilTheTaskFinishes) {
  TestChannel gate(1, MEDI_RT_CHAN_RENDEZVOUS);
  const GateEnv env{gate.rx};
  medi_rt_task *task = medi_rt_task_spawn(wait_for_gate, &env, sizeof env, nullptr);
  EXPECT_EQ(medi_rt_task_join_timeout(task, 2'000'000, nullptr), MEDI_RT_TIMEOUT);
  EXPECT_EQ(medi_rt_task_join_timeout(task, 0, nullptr), MEDI_RT_TIMEOUT);
  const char unit = 1;
  ASSERT_EQ(medi_rt_chan_send(gate.tx, &unit, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_task_join_timeout(task, 10'000'000'000, nullptr), MEDI_RT_OK);
  const medi_rt_source site = site_at("task.join", 60);
  EXPECT_EQ(medi_rt_task_join_timeout(task, 0, &site), MEDI_RT_INVALID_HANDLE);
  expect_one_report_at(recorder, site, "task.join");
}

struct JoinEnv {
  medi_rt_task *task;
  std::atomic<int32_t> *status;
};
void join_it(void *env) {
  const auto &e = *static_cast<JoinEnv *>(env);
  int32_t status;
  do // the test's own probes hold the handle for a moment now and then
    status = medi_rt_task_join(e.task, nullptr);
  while (status == MEDI_RT_INVALID_HANDLE);
  e.status->store(status);
}

// While one join waits, a detach or a second join of the same handle is reported, not a crash.
TEST_F(GroupAbiTest, AHandleBeingJoinedCannotBeDetachedOrJoinedAgain) {
  TestChannel gate(1, MEDI_RT_CHAN_RENDEZVOUS);
  const GateEnv env_gate{gate.rx};
  medi_rt_task *task = medi_rt_task_spawn(wait_for_gate, &env_gate, sizeof env_gate, nullptr);
  std::atomic<int32_t> status{-1};
  const JoinEnv env{task, &status};
  medi_rt_task *joiner = medi_rt_task_spawn(join_it, &env, sizeof env, nullptr);
  // Wait until the joiner holds the handle (a join of it from here then fails at once).
  while (medi_rt_task_join_timeout(task, 0, nullptr) == MEDI_RT_TIMEOUT)
    medi_rt_sleep(100'000, nullptr);
  const std::size_t before = recorder.size();
  const medi_rt_source site = site_at("task.detach", 70);
  medi_rt_task_detach(task, &site);
  EXPECT_EQ(medi_rt_task_join(task, nullptr), MEDI_RT_INVALID_HANDLE);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), before + 2);
  EXPECT_EQ(reports[before].op, "task.detach");
  EXPECT_EQ(reports[before].line, 70u);
  EXPECT_EQ(reports[before + 1].op, "task.join");
  const char unit = 1;
  ASSERT_EQ(medi_rt_chan_send(gate.tx, &unit, nullptr), MEDI_RT_OK);
  EXPECT_EQ(medi_rt_task_join(joiner, nullptr), MEDI_RT_OK);
  EXPECT_EQ(status.load(), MEDI_RT_OK);
}

TEST_F(GroupAbiTest, SleepAndTheClockAgree) {
  const int64_t before = medi_rt_clock_now(nullptr);
  EXPECT_EQ(medi_rt_sleep(3'000'000, nullptr), MEDI_RT_OK);
  EXPECT_GE(medi_rt_clock_now(nullptr) - before, 3'000'000);
  EXPECT_EQ(medi_rt_sleep(-5, nullptr), MEDI_RT_OK); // a duration at or below zero: no wait
  EXPECT_EQ(medi_rt_task_cancelled(nullptr), 0);     // a plain thread is never cancelled
}

} // namespace
} // namespace medi::test
