// task_group_test.cpp: task groups and cancellation (medi/cancellation.h): waiting for all,
// failing fast, deadlines, explicit and inherited cancellation, and every blocking operation of
// a cancelled task (recv, send, select, sleep, join) returning instead of waiting.
#include "../error/report_recorder.h"
#include "medi/cancellation.h"
#include "medi/select.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <stdexcept>
#include <string>
#include <thread>

namespace medi {
namespace {

using namespace std::chrono_literals;

TEST(TaskGroupTest, WaitReturnsWhenEveryTaskHasFinished) {
  std::atomic<int> done{0};
  TaskGroup group;
  for (int i = 0; i < 100; ++i)
    group.spawn([&] {
      sleep_for(1ms);
      ++done;
    });
  EXPECT_EQ(group.spawned(), 100u);
  EXPECT_TRUE(group.wait().has_value());
  EXPECT_EQ(done.load(), 100);
  EXPECT_FALSE(group.token().is_cancelled());
}

// Fail fast: the failing task's error comes back, and a task blocked in recv is woken with a
// cancelled outcome instead of waiting for a value that never comes.
TEST(TaskGroupTest, TheFirstFailureCancelsABlockedRecv) {
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  auto [tx, rx] = create_bounded_channel<int>(1);
  std::atomic<bool> recv_cancelled{false}, saw_cancelled{false};
  TaskGroup group;
  group.spawn([&, rx = rx] {
    auto value = rx.recv(); // nobody sends
    recv_cancelled = !value && value.error().is_cancelled();
    saw_cancelled = this_task::is_cancelled();
  });
  group.spawn([] {
    sleep_for(5ms);
    throw std::runtime_error("sensor offline");
  });
  auto result = group.wait();
  set_error_reporter_with_context(nullptr);
  ASSERT_FALSE(result.has_value());
  EXPECT_TRUE(result.error().is_failed());
  ASSERT_TRUE(result.error().failure.has_value());
  EXPECT_NE(result.error().what().find("sensor offline"), std::string::npos)
      << result.error().what();
  EXPECT_TRUE(recv_cancelled.load());
  EXPECT_TRUE(saw_cancelled.load());
  // The panic is reported once (scheduler.task_panic); the cancelled recv is not.
  ASSERT_EQ(recorder.size(), 1u);
  EXPECT_EQ(recorder.reports()[0].op, "scheduler.task_panic");
  (void)tx;
}

TEST(TaskGroupTest, ADeadlineCancelsSleepsSendsSelectsAndJoins) {
  auto [full_tx, full_rx] = create_bounded_channel<std::string>(0);
  auto [idle_tx, idle_rx] = create_unbounded_channel<int>();
  std::atomic<int> cancelled{0};
  std::string handed_back;
  const auto start = std::chrono::steady_clock::now();
  TaskGroup group(20ms);
  group.spawn([&] { cancelled += !sleep_for(10s); });
  group.spawn([&, full_tx = full_tx] {
    auto sent = full_tx.send("reading"); // a rendezvous nobody meets
    if (!sent && sent.error().cancelled) {
      handed_back = std::move(sent.error().value);
      ++cancelled;
    }
  });
  group.spawn([&, idle_rx = idle_rx] {
    cancelled += select(on_recv(idle_rx, [](auto) {})) == select_cancelled;
  });
  group.spawn([&, idle_rx = idle_rx] {
    auto got = idle_rx.recv_for(10s);
    cancelled += !got && got.error() == RecvTimeoutError::Cancelled;
  });
  auto [hold_tx, hold_rx] = create_bounded_channel<int>(0);
  group.spawn([&, hold_rx = hold_rx] {
    auto sleeper = spawn_task([hold_rx] { (void)hold_rx.recv(); }); // until the test ends
    auto joined = sleeper.join(); // the join gives up; the handle stays joinable
    cancelled += !joined && sleeper.joinable();
  });
  auto result = group.wait();
  ASSERT_FALSE(result.has_value());
  EXPECT_TRUE(result.error().is_deadline_exceeded());
  EXPECT_EQ(cancelled.load(), 5);
  EXPECT_EQ(handed_back, "reading");
  EXPECT_LT(std::chrono::steady_clock::now() - start, 5s);
  (void)idle_tx;
  (void)full_rx;
  {
    auto release = std::move(hold_tx);
  } // the detached sleeper ends
}

TEST(TaskGroupTest, CancelFromOutsideEndsTheGroupAsCancelled) {
  auto [tx, rx] = create_unbounded_channel<int>();
  std::atomic<int> received{0};
  TaskGroup group;
  for (int i = 0; i < 4; ++i)
    group.spawn([&, rx = rx] {
      for (int value : rx) // ends on cancellation as on the end of the stream
        received += value;
    });
  ASSERT_TRUE(tx.send(1).has_value());
  while (received.load() == 0)
    std::this_thread::sleep_for(1ms);
  group.cancel();
  auto result = group.wait();
  ASSERT_FALSE(result.has_value());
  EXPECT_TRUE(result.error().is_cancelled());
  EXPECT_EQ(received.load(), 1);
}

// A group made inside a task of another group is cancelled with it, and the outer group still
// waits for the inner tasks to end.
TEST(TaskGroupTest, CancellationReachesNestedGroups) {
  std::atomic<bool> inner_cancelled{false};
  TaskGroup outer;
  outer.spawn([&] {
    TaskGroup inner;
    inner.spawn([&] { inner_cancelled = !sleep_for(10s); });
    auto result = inner.wait();
    EXPECT_TRUE(!result && result.error().is_cancelled());
  });
  std::this_thread::sleep_for(5ms);
  outer.cancel();
  (void)outer.wait();
  EXPECT_TRUE(inner_cancelled.load());
}

TEST(TaskGroupTest, MembersMaySpawnMoreMembers) {
  std::atomic<int> leaves{0};
  TaskGroup group;
  group.spawn([&] {
    for (int i = 0; i < 10; ++i)
      group.spawn([&] { ++leaves; });
  });
  EXPECT_TRUE(group.wait().has_value());
  EXPECT_EQ(leaves.load(), 10);
  EXPECT_EQ(group.spawned(), 11u);
}

TEST(TaskGroupTest, DestroyingAnUnwaitedGroupCancelsAndWaits) {
  std::atomic<bool> finished{false};
  {
    TaskGroup group;
    group.spawn([&] {
      (void)sleep_for(10s);
      finished = true;
    });
  }
  EXPECT_TRUE(finished.load());
}

TEST(TaskGroupTest, WaitTwiceReturnsTheSameResult) {
  TaskGroup group;
  group.spawn([] { throw std::runtime_error("once"); });
  test::ReportRecorder recorder;
  set_error_reporter_with_context(recorder.callback());
  auto first = group.wait();
  set_error_reporter_with_context(nullptr);
  auto second = group.wait();
  ASSERT_FALSE(first.has_value());
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(first.error().what(), second.error().what());
}

TEST(CancellationTokenTest, ChildrenFollowTheirParentButNotTheOtherWay) {
  CancellationToken parent;
  CancellationToken child = parent.child();
  CancellationToken grandchild = child.child();
  CancellationToken sibling = parent.child();
  sibling.cancel();
  EXPECT_FALSE(parent.is_cancelled());
  EXPECT_FALSE(child.is_cancelled());
  parent.cancel();
  EXPECT_TRUE(child.is_cancelled());
  EXPECT_TRUE(grandchild.is_cancelled());
  EXPECT_TRUE(parent.child().is_cancelled()); // born cancelled
  CancellationToken copy = parent;
  EXPECT_EQ(copy, parent);
  EXPECT_FALSE(this_task::is_cancelled()); // a plain thread is never cancelled
}

TEST(CancellationTokenTest, AGroupMadeFromATokenIsCancelledByIt) {
  CancellationToken shutdown;
  std::atomic<bool> woke{false};
  TaskGroup group(shutdown);
  group.spawn([&] { woke = !sleep_for(10s); });
  std::this_thread::sleep_for(2ms);
  shutdown.cancel();
  auto result = group.wait();
  ASSERT_FALSE(result.has_value());
  EXPECT_TRUE(result.error().is_cancelled());
  EXPECT_TRUE(woke.load());
}

// What can complete without waiting still completes in a cancelled task: a ready value is
// received, and a finished task is joined.
TEST(CancellationTokenTest, ACancelledTaskStillCompletesWhatNeedsNoWait) {
  auto [tx, rx] = create_unbounded_channel<int>();
  ASSERT_TRUE(tx.send(7).has_value());
  CancellationToken token;
  token.cancel();
  TaskGroup group(token);
  std::atomic<int> got{0};
  std::atomic<bool> joined{false};
  group.spawn([&, rx = rx] {
    auto quick = spawn_task([] { return 1; });
    while (!quick.is_finished())
      yield_now();
    joined = quick.join().has_value();
    got = rx.recv().value_or(-1);
    EXPECT_FALSE(rx.recv().has_value()); // now it would wait: cancelled
  });
  (void)group.wait();
  EXPECT_EQ(got.load(), 7);
  EXPECT_TRUE(joined.load());
}

TEST(TaskJoinTest, JoinUntilGivesUpAndTheHandleStaysJoinable) {
  auto [tx, rx] = create_bounded_channel<int>(0);
  auto task = spawn_task([rx = rx] { return rx.recv().value_or(-1); });
  EXPECT_FALSE(task.join_for(5ms).has_value());
  EXPECT_TRUE(task.joinable());
  ASSERT_TRUE(tx.send(9).has_value());
  auto joined = task.join_for(10s);
  ASSERT_TRUE(joined.has_value());
  EXPECT_EQ(joined->value(), 9);
  EXPECT_FALSE(task.joinable());
}

TEST(TaskJoinTest, AJoiningTaskGivesUpAtItsDeadlineToo) {
  auto outer = spawn_task([] {
    auto [tx, rx] = create_bounded_channel<int>(0);
    auto inner = spawn_task([rx = rx] { return rx.recv().value_or(-1); });
    const bool gave_up = !inner.join_for(5ms).has_value();
    (void)tx.send(3);
    return gave_up && inner.join().value_or(0) == 3;
  });
  EXPECT_EQ(outer.join(), true);
}

} // namespace
} // namespace medi
