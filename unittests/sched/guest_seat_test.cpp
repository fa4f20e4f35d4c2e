// guest_seat_test.cpp: a plain thread's seat (runtime/sched/guest_seats.h). Its spawns are
// queued on its seat, where workers take them; its joins run the seat's tasks on the thread
// itself (each on its own fiber); tasks left on a seat run even when nobody joins them, after
// the thread has exited, and fail at a shutdown; more threads than seats fall back to the
// shared queue.
#include "../error/report_recorder.h"
#include "../sanitizers.h"
#include "medi/channel.h"
#include "medi/task.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace medi {
namespace {

using namespace std::chrono_literals;
using GuestSeatTest = test::ReportingTest;

// Waits until `done()` or 10 s pass (generous: each condition comes within milliseconds).
template <class Done> bool eventually(Done done) {
  const auto give_up = std::chrono::steady_clock::now() + 10s;
  while (!done()) {
    if (std::chrono::steady_clock::now() > give_up)
      return false;
    std::this_thread::sleep_for(100us);
  }
  return true;
}

// The calling OS thread. Not std::this_thread::get_id(): pthread_self() is declared const, so a
// compiler may reuse its value across a park, after which a task can be on another thread.
long os_thread() {
  return ::syscall(SYS_gettid);
}

// Keeps a 1-worker scheduler's only worker busy (spinning, not parking) until released, or for
// 5 s at most (so a join that does not help fails its test instead of hanging it).
class BusyWorker {
public:
  explicit BusyWorker(Scheduler &scheduler) {
    std::thread([&] {
      task_ = scheduler.spawn_task([this] {
        running_ = true;
        const auto give_up = std::chrono::steady_clock::now() + 5s;
        while (!released_.load() && std::chrono::steady_clock::now() < give_up)
          std::this_thread::yield();
      });
    }).join(); // spawned from a thread that never joins it: only the worker runs it
    EXPECT_TRUE(eventually([this] { return running_.load(); }));
  }
  ~BusyWorker() {
    release();
    (void)task_.join();
  }
  void release() { released_ = true; }

private:
  std::atomic<bool> running_{false}, released_{false};
  Task<void> task_;
};

TEST_F(GuestSeatTest, AJoinRunsTheJoinedTaskOnTheJoiningThreadWhenNoWorkerIsFree) {
  Scheduler scheduler(1);
  BusyWorker busy(scheduler);
  const auto main_thread = os_thread();
  auto task = scheduler.spawn_task([] { return os_thread(); });
  const auto ran_on = task.join();
  ASSERT_TRUE(ran_on.has_value());
  EXPECT_EQ(*ran_on, main_thread);
}

TEST_F(GuestSeatTest, ATaskThatParksWhileItsJoinerRunsItResumesOnAWorker) {
  Scheduler scheduler(1);
  auto busy = std::make_unique<BusyWorker>(scheduler);
  const auto main_thread = os_thread();
  long first_half = 0, second_half = 0;
  auto task = scheduler.spawn_task([&] {
    first_half = os_thread();
    busy->release(); // the worker is free from here on
    sleep_for(2ms);  // parks: main's join stops helping and waits
    second_half = os_thread();
    return this_task::id();
  });
  const auto task_id = task.id();
  const auto joined = task.join();
  ASSERT_TRUE(joined.has_value());
  EXPECT_EQ(*joined, task_id) << "a task run by a plain thread's join is still a task";
  EXPECT_EQ(first_half, main_thread);
  EXPECT_NE(second_half, main_thread) << "resumed by the worker, not by main's finished help";
  busy.reset();
}

TEST_F(GuestSeatTest, WhatATaskRunByTheJoinSpawnsOrWakesIsRunToo) {
  Scheduler scheduler(1);
  BusyWorker busy(scheduler);
  auto [tx, rx] = create_bounded_channel<int>(0);
  // Both run on main's join: the receiver parks, the sender wakes it onto main's seat.
  auto receiver = scheduler.spawn_task([rx = rx] { return rx.recv().value_or(-1); });
  auto sender = scheduler.spawn_task([&scheduler, tx = tx] {
    auto child = scheduler.spawn_task([] { return 20; });
    const int sent = 1 + *child.join();
    (void)tx.send(sent + 1);
    return sent;
  });
  EXPECT_EQ(sender.join(), 21);
  EXPECT_EQ(receiver.join(), 22);
}

TEST_F(GuestSeatTest, TasksNobodyJoinsRunOnTheWorkersEvenWhenTheyAllSlept) {
  Scheduler scheduler(2);
  std::atomic<int> ran{0};
  // Each round lets the workers fall asleep first, so the spawn has to wake one (the seat's
  // publication; a lost wake-up would leave the task queued for good).
  for (int round = 0; round < 50; ++round) {
    std::this_thread::sleep_for(1ms);
    scheduler.spawn_task([&] { ran.fetch_add(1); }); // detached: nobody joins it
    ASSERT_TRUE(eventually([&] { return ran.load() == round + 1; })) << "round " << round;
  }
  for (int i = 0; i < 10000; ++i)
    scheduler.spawn_task([&] { ran.fetch_add(1); });
  EXPECT_TRUE(eventually([&] { return ran.load() == 50 + 10000; })) << ran.load();
}

TEST_F(GuestSeatTest, TasksLeftOnTheSeatOfAThreadThatExitedStillRun) {
  Scheduler scheduler(1);
  std::atomic<bool> go{false};
  std::atomic<int> ran{0};
  std::thread([&] {
    for (int i = 0; i < 100; ++i)
      scheduler.spawn_task([&] {
        while (!go.load())
          sleep_for(100us);
        ran.fetch_add(1);
      });
  }).join();
  go = true;
  EXPECT_TRUE(eventually([&] { return ran.load() == 100; })) << ran.load();
  // The released seat is taken again, and works as before.
  std::thread([&] { EXPECT_EQ(scheduler.spawn_task([] { return 7; }).join(), 7); }).join();
}

TEST_F(GuestSeatTest, MoreThreadsThanSeatsEachGetExactResults) {
  Scheduler scheduler(2);
  static constexpr int kThreads = 20, kTasks = 2000;
  for (int wave = 0; wave < 2; ++wave) { // the second wave reuses the seats the first released
    std::vector<long> sums(kThreads, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        std::vector<Task<int>> tasks;
        for (int i = 0; i < kTasks; ++i)
          tasks.push_back(scheduler.spawn_task([t, i] { return t * kTasks + i; }));
        for (auto &task : tasks)
          sums[t] += *task.join();
      });
    for (auto &thread : threads)
      thread.join();
    for (int t = 0; t < kThreads; ++t) {
      const long first = static_cast<long>(t) * kTasks;
      EXPECT_EQ(sums[t], kTasks * first + static_cast<long>(kTasks) * (kTasks - 1) / 2)
          << "thread " << t << ", wave " << wave;
    }
  }
}

TEST_F(GuestSeatTest, AShutdownFailsTheTasksQueuedOnASeat) {
  Scheduler scheduler(1);
  std::atomic<bool> ran{false};
  Task<void> queued;
  {
    BusyWorker busy(scheduler);
    queued = scheduler.spawn_task([&] { ran = true; });
    scheduler.shutdown();
  } // the worker is released, finishes its task and stops
  const auto joined = queued.join();
  scheduler.join();
  EXPECT_FALSE(ran.load());
  ASSERT_FALSE(joined.has_value());
  EXPECT_NE(joined.error().to_string().find("shut down"), std::string::npos)
      << joined.error().to_string();
}

TEST_F(GuestSeatTest, BlockingInATaskRunByAJoinRunsTheCallThere) {
  Scheduler scheduler(1);
  BusyWorker busy(scheduler);
  auto task = scheduler.spawn_task([] { return blocking([] { return 5; }) + 1; });
  EXPECT_EQ(task.join(), 6);
}

// Recurses until `depth` reaches `limit` (far beyond any stack); the volatile frame keeps the
// compiler from turning it into a loop.
[[gnu::noinline]] int recurse_to(int depth, int limit) {
  volatile char frame[512];
  frame[0] = static_cast<char>(depth);
  return depth == limit ? 0 : recurse_to(depth + 1, limit) + frame[0];
}

// A guard-page hit in a task that main's join runs is reported from main's thread too (it gets
// an alternate signal stack for that).
void overflow_on_mains_join() {
  Scheduler scheduler(1);
  BusyWorker busy(scheduler);
  auto task = scheduler.spawn_task([] { return recurse_to(0, 1 << 30); });
  (void)task.join();
}

TEST(GuestSeatDeathTest, AnOverflowInATaskRunByAPlainThreadsJoinIsReported) {
  if (test::kSanitized)
    GTEST_SKIP() << "sanitizers report stack overflows themselves";
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(overflow_on_mains_join(),
               "\\[medi-runtime\\] task [0-9]+ overflowed its stack .*guest_seat_test.cpp:");
}

} // namespace
} // namespace medi
