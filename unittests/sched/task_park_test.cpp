// task_park_test.cpp: the one park/unpark primitive (runtime/sched/task_park.h) for tasks: a
// parked task frees its worker, an unpark before the park is kept as a permit, permits do not
// stack, a timed park wakes at its deadline, and a task and a thread hand a turn back and forth
// without losing a wake-up. (Threads park on ThreadParker: thread_parker_test.cpp.)
#include "medi/scheduler.h"
#include "medi/task.h"
#include "sched/task_park.h"
#include "sched/task_state.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace medi::detail {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// Waits (up to 10 s) until the task `task` is parked, i.e. its worker has finished the park.
bool eventually_parked(std::atomic<TaskControl *> &task) {
  const auto give_up = Clock::now() + 10s;
  while (Clock::now() < give_up) {
    if (TaskControl *t = task.load(); t && state_of(t).park_state.load() == ParkState::Parked)
      return true;
    std::this_thread::yield();
  }
  return false;
}

TEST(TaskParkTest, AParkedTaskFreesItsWorkerAndAnUnparkResumesIt) {
  Scheduler scheduler(1); // one worker: the second task runs only if the first one's park frees it
  std::atomic<TaskControl *> parked_task{nullptr};
  std::atomic<bool> resumed{false};
  auto sleeper = scheduler.spawn_task([&] {
    parked_task = current_task();
    const auto start = Clock::now();
    Waiter::current().park_until(start + 10s); // a lost unpark shows as a 10 s wait, not a hang
    resumed = Clock::now() - start < 5s;
  });
  ASSERT_TRUE(eventually_parked(parked_task));
  auto other = scheduler.spawn_task([] { return 7; });
  EXPECT_EQ(other.join(), 7) << "the parked task held its worker";
  EXPECT_FALSE(resumed.load());
  Waiter::for_task(parked_task.load()).unpark();
  ASSERT_TRUE(sleeper.join().has_value());
  EXPECT_TRUE(resumed.load()) << "the unpark did not resume the task";
}

TEST(TaskParkTest, AnUnparkBeforeTheParkIsKeptAsAPermit) {
  Scheduler scheduler(1);
  auto task = scheduler.spawn_task([] {
    const Waiter self = Waiter::current();
    self.unpark(); // a permit for ourselves
    const auto start = Clock::now();
    self.park_until(start + 10s); // returns at once, consuming it
    return Clock::now() - start < 5s &&
           state_of(current_task()).park_state.load() == ParkState::Empty;
  });
  const auto empty_after = task.join();
  ASSERT_TRUE(empty_after.has_value());
  EXPECT_TRUE(*empty_after) << "the permit was not consumed";
}

TEST(TaskParkTest, PermitsDoNotAccumulate) {
  Scheduler scheduler(1);
  auto task = scheduler.spawn_task([] {
    const Waiter self = Waiter::current();
    self.unpark();
    self.unpark();
    self.park_until(Clock::now() + 10s); // takes the one permit at once
    const auto start = Clock::now();
    self.park_until(start + 30ms); // no second permit: waits for the deadline
    return Clock::now() - start;
  });
  const auto waited = task.join();
  ASSERT_TRUE(waited.has_value());
  EXPECT_GE(*waited, 30ms) << "two unparks left a second permit";
}

TEST(TaskParkTest, ATimedParkWakesAtItsDeadlineOrEarlierWhenUnparked) {
  Scheduler scheduler(2);
  std::atomic<TaskControl *> waiting{nullptr};
  auto timed_out = scheduler.spawn_task([&] {
    const auto start = Clock::now();
    Waiter::current().park_until(start + 30ms);
    return Clock::now() - start;
  });
  auto unparked = scheduler.spawn_task([&] {
    waiting = current_task();
    const auto start = Clock::now();
    Waiter::current().park_until(start + 10s);
    return Clock::now() - start;
  });
  ASSERT_TRUE(eventually_parked(waiting));
  Waiter::for_task(waiting.load()).unpark();
  const auto early = unparked.join();
  ASSERT_TRUE(early.has_value());
  EXPECT_LT(*early, 5s);
  const auto late = timed_out.join();
  ASSERT_TRUE(late.has_value());
  EXPECT_GE(*late, 30ms);
}

// A task and a plain thread hand a turn back and forth, each parking until it is its turn. A
// park that has to wait for its 10 s deadline was never woken: a lost wake-up.
TEST(TaskParkTest, ATaskAndAThreadNeverLoseAWakeUp) {
  constexpr int kRounds = 20'000;
  constexpr auto kPatience = 10s;
  Scheduler scheduler(2);
  std::atomic<int> turn{0};
  std::atomic<int> lost{0};
  std::atomic<TaskControl *> task_party{nullptr};
  // Parks until `turn` is `me`'s (0 the thread, 1 the task) or a wake-up is clearly lost.
  auto wait_for_turn = [&](const Waiter &self, int me) {
    while (turn.load() % 2 != me) {
      const auto deadline = Clock::now() + kPatience;
      self.park_until(deadline);
      if (turn.load() % 2 != me && Clock::now() >= deadline) {
        ++lost;
        return false;
      }
    }
    return true;
  };
  const Waiter thread_party = Waiter::current(); // this thread
  auto task = scheduler.spawn_task([&] {
    task_party = current_task();
    const Waiter self = Waiter::current();
    for (int round = 0; round < kRounds; ++round) {
      if (!wait_for_turn(self, 1))
        return;
      turn.fetch_add(1);
      thread_party.unpark();
    }
  });
  while (!task_party.load())
    std::this_thread::yield();
  const Waiter task_waiter = Waiter::for_task(task_party.load());
  for (int round = 0; round < kRounds; ++round) {
    if (!wait_for_turn(thread_party, 0))
      break;
    turn.fetch_add(1);
    task_waiter.unpark();
  }
  task_waiter.unpark(); // in case the task gave up waiting: it returns
  ASSERT_TRUE(task.join().has_value());
  EXPECT_EQ(lost.load(), 0) << "a wake-up was lost";
  EXPECT_EQ(turn.load(), 2 * kRounds);
}

} // namespace
} // namespace medi::detail
