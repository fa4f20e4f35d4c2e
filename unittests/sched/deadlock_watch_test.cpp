// deadlock_watch_test.cpp: medi::DeadlockWatch finds what Go calls "all goroutines are asleep":
// a channel cycle between tasks, a program thread waiting on a sender that leaked into a parked
// task, a join that can never return; and does not mistake a timed wait or a sleeping task for
// one. Each handler breaks the deadlock it is shown (a send from the watch's thread), so the
// test ends normally.
#include "../error/report_recorder.h"
#include "medi/channel.h"
#include "medi/deadlock.h"
#include "medi/select.h"
#include "medi/task.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <source_location>
#include <string>
#include <thread>
#include <vector>

namespace medi {
namespace {

using namespace std::chrono_literals;

class DeadlockWatchTest : public test::RecordingTest {
protected:
  std::vector<test::RecordedReport> deadlock_reports() const {
    std::vector<test::RecordedReport> found;
    for (const test::RecordedReport &report : recorder.reports())
      if (report.op == "scheduler.deadlock")
        found.push_back(report);
    return found;
  }
};

// "<file>:<line>:" as a deadlock report writes a call site.
std::string at(const std::source_location &location) {
  return std::string(location.file_name()) + ':' + std::to_string(location.line()) + ':';
}

bool mentions(const Deadlock &deadlock, const std::string &text) {
  for (const std::string &party : deadlock.waiting)
    if (party.find(text) != std::string::npos)
      return true;
  return false;
}

TEST_F(DeadlockWatchTest, ATwoTaskChannelCycleIsReportedWithEachWaitAndItsLine) {
  auto [a_tx, a_rx] = create_unbounded_channel<int>();
  auto [b_tx, b_rx] = create_unbounded_channel<int>();
  std::atomic<int> handled{0};
  DeadlockWatch watch([&, breaker = a_tx](const RuntimeError &) {
    ++handled;
    (void)breaker.send(1); // breaks the cycle: the first task gets its value
  });
  ASSERT_TRUE(watch.active());
  static const std::source_location first_waits = std::source_location::current();
  static const std::source_location second_waits = std::source_location::current();
  auto first = spawn_task([a_rx, b_tx] {
    const int value = a_rx.recv(first_waits).value_or(-1); // waits for the second task
    (void)b_tx.send(value + 1);
    return value;
  });
  auto second = spawn_task([b_rx, a_tx] {
    const int value = b_rx.recv(second_waits).value_or(-1); // waits for the first task
    (void)a_tx.send(value + 1);
    return value;
  });
  static const std::source_location main_joins = std::source_location::current();
  EXPECT_EQ(first.join(main_joins).value_or(-1), 1);
  EXPECT_EQ(second.join().value_or(-1), 2);

  EXPECT_EQ(handled.load(), 1);
  const auto reports = deadlock_reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].line, main_joins.line()) << "the report's context is the program thread's";
  const Deadlock *deadlock = reports[0].error.get_if<Deadlock>();
  ASSERT_NE(deadlock, nullptr);
  EXPECT_EQ(deadlock->threads, 1u);
  EXPECT_EQ(deadlock->tasks, 2u);
  EXPECT_TRUE(mentions(*deadlock, "the program thread waits in task.join at " + at(main_joins)));
  EXPECT_TRUE(mentions(*deadlock, "waits in xchan.recv at " + at(first_waits)));
  EXPECT_TRUE(mentions(*deadlock, "waits in xchan.recv at " + at(second_waits)));
  EXPECT_NE(reports[0].error.to_string().find("deadlock: every task and thread is waiting"),
            std::string::npos);
}

TEST_F(DeadlockWatchTest, MainWaitingOnASenderThatLeakedIntoAParkedTaskIsReported) {
  auto [result_tx, result_rx] = create_channel<int>();
  auto [gate_tx, gate_rx] = create_bounded_channel<int>(0);
  DeadlockWatch watch([gate = gate_tx](const RuntimeError &) { (void)gate.send(7); });
  static const std::source_location task_waits = std::source_location::current();
  spawn_task([tx = std::move(result_tx), gate_rx] {
    // The only sender of the program thread's channel, parked on a gate nobody else opens.
    if (auto value = gate_rx.recv(task_waits))
      (void)tx.send(*value);
  }); // detached
  static const std::source_location main_waits = std::source_location::current();
  EXPECT_EQ(result_rx.recv(main_waits).value_or(-1), 7);

  const auto reports = deadlock_reports();
  ASSERT_EQ(reports.size(), 1u);
  const Deadlock *deadlock = reports[0].error.get_if<Deadlock>();
  ASSERT_NE(deadlock, nullptr);
  EXPECT_TRUE(mentions(*deadlock, "the program thread waits in channel.recv at " + at(main_waits)));
  EXPECT_TRUE(mentions(*deadlock, "waits in xchan.recv at " + at(task_waits)));
  EXPECT_TRUE(mentions(*deadlock, "spawned at " + std::string(__FILE__)));
}

TEST_F(DeadlockWatchTest, AWaitOnATimerIsNotADeadlock) {
  auto [tx, rx] = create_unbounded_channel<int>();
  std::atomic<int> handled{0};
  DeadlockWatch watch([&](const RuntimeError &) { ++handled; });
  // Looks stuck for 400 ms (the program thread in recv, the only task asleep), but the task's
  // timer will wake it.
  spawn_task([tx] {
    sleep_for(400ms);
    (void)tx.send(5);
  });
  EXPECT_EQ(rx.recv().value_or(-1), 5);
  // And a wait with a timeout is never part of a deadlock, even with nothing to send.
  auto [idle_tx, idle_rx] = create_unbounded_channel<int>();
  EXPECT_FALSE(idle_rx.recv_for(300ms).has_value());
  auto lonely = spawn_task([idle_rx] { return idle_rx.recv_for(300ms).has_value(); });
  EXPECT_EQ(lonely.join().value_or(true), false);
  EXPECT_EQ(handled.load(), 0);
  EXPECT_TRUE(deadlock_reports().empty());
}

TEST_F(DeadlockWatchTest, AProgramThreadAloneOnItsOwnChannelIsADeadlock) {
  auto [tx, rx] = create_unbounded_channel<int>();
  DeadlockWatch watch([tx](const RuntimeError &) { (void)tx.send(3); });
  EXPECT_EQ(rx.recv().value_or(-1), 3);
  const auto reports = deadlock_reports();
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].file, __FILE__);
}

TEST_F(DeadlockWatchTest, ASelectThatCannotCompleteIsReportedAsASelect) {
  auto [a_tx, a_rx] = create_unbounded_channel<int>();
  auto [b_tx, b_rx] = create_bounded_channel<int>(1);
  DeadlockWatch watch([b_tx](const RuntimeError &) { (void)b_tx.send(4); });
  int received = 0;
  static const std::source_location main_selects = std::source_location::current();
  select(
      on_recv(
          a_rx, [&](std::expected<int, RecvError> value) { received = value.value_or(-1); },
          main_selects),
      on_recv(b_rx, [&](std::expected<int, RecvError> value) { received = value.value_or(-1); }));
  EXPECT_EQ(received, 4);
  const auto reports = deadlock_reports();
  ASSERT_EQ(reports.size(), 1u);
  const Deadlock *deadlock = reports[0].error.get_if<Deadlock>();
  ASSERT_NE(deadlock, nullptr);
  EXPECT_TRUE(mentions(*deadlock, "waits in xchan.select at " + at(main_selects)));
}

TEST_F(DeadlockWatchTest, AtMostAScreenfulIsListedThenACount) {
  constexpr int kTasks = 30;
  auto [tx, rx] = create_unbounded_channel<int>();
  DeadlockWatch watch([tx](const RuntimeError &) {
    for (int i = 0; i < kTasks; ++i)
      (void)tx.send(i);
  });
  std::vector<Task<int>> tasks;
  for (int i = 0; i < kTasks; ++i)
    tasks.push_back(spawn_task([rx] { return rx.recv().value_or(-1); }));
  int sum = 0;
  for (auto &task : tasks)
    sum += task.join().value_or(-1000);
  EXPECT_EQ(sum, kTasks * (kTasks - 1) / 2);
  const auto reports = deadlock_reports();
  ASSERT_EQ(reports.size(), 1u);
  const Deadlock *deadlock = reports[0].error.get_if<Deadlock>();
  ASSERT_NE(deadlock, nullptr);
  EXPECT_EQ(deadlock->tasks, static_cast<std::size_t>(kTasks));
  EXPECT_EQ(deadlock->waiting.size(), Deadlock::kMaxListed);
  EXPECT_NE(reports[0].error.to_string().find("; and 11 more"), std::string::npos)
      << reports[0].error.to_string();
}

TEST_F(DeadlockWatchTest, APersistingDeadlockIsReportedOnceAndANewOneAgain) {
  auto [tx, rx] = create_unbounded_channel<int>();
  std::atomic<int> handled{0};
  std::vector<std::thread> breakers;
  DeadlockWatch watch([&, tx](const RuntimeError &) {
    ++handled;
    // Leave it stuck through several more looks, then break it.
    breakers.emplace_back([tx] {
      std::this_thread::sleep_for(8 * kDeadlockConfirmInterval);
      (void)tx.send(1);
    });
  });
  EXPECT_EQ(rx.recv().value_or(-1), 1);
  EXPECT_EQ(handled.load(), 1);
  EXPECT_EQ(rx.recv().value_or(-1), 1); // stuck again: a new deadlock
  EXPECT_EQ(handled.load(), 2);
  for (auto &breaker : breakers)
    breaker.join();
  EXPECT_EQ(deadlock_reports().size(), 2u);
}

TEST_F(DeadlockWatchTest, OnlyOneWatchAtATimeAndNeverInATask) {
  DeadlockWatch first([](const RuntimeError &) {});
  EXPECT_TRUE(first.active());
  DeadlockWatch second([](const RuntimeError &) {});
  EXPECT_FALSE(second.active());
  auto in_task = spawn_task([] { return DeadlockWatch([](const RuntimeError &) {}).active(); });
  EXPECT_EQ(in_task.join().value_or(true), false);
  const auto reports = deadlock_reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_NE(reports[0].error.to_string().find("another DeadlockWatch is in effect"),
            std::string::npos);
  EXPECT_NE(reports[1].error.to_string().find("not in a task"), std::string::npos);
}

} // namespace
} // namespace medi
