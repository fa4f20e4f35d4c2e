// thread_parker_test.cpp: a plain thread's park/unpark (runtime/sched/thread_parker.h): the permit
// that makes an early unpark count, blocking until unparked, timeouts, permits that do not stack,
// and no wake-up lost over many hand-offs.
#include "sched/thread_parker.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace medi::detail {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// A park that has to wait for this long was never woken: the tests fail instead of hanging.
constexpr auto kPatience = 10s;

TEST(ThreadParkerTest, AnUnparkBeforeTheParkMakesItReturnAtOnce) {
  ThreadParker parker;
  parker.unpark();
  EXPECT_FALSE(parker.parked());
  const auto start = Clock::now();
  EXPECT_TRUE(parker.park_until(start + kPatience));
  EXPECT_LT(Clock::now() - start, kPatience / 2);
}

TEST(ThreadParkerTest, ParkBlocksUntilUnparked) {
  ThreadParker parker;
  std::atomic<bool> returned{false};
  std::thread sleeper([&] {
    parker.park_until(Clock::now() + kPatience);
    returned = true;
  });
  while (!parker.parked())
    std::this_thread::yield();
  std::this_thread::sleep_for(20ms);
  EXPECT_FALSE(returned.load()) << "park() returned without an unpark";
  parker.unpark();
  sleeper.join();
  EXPECT_TRUE(returned.load());
  EXPECT_FALSE(parker.parked());
}

TEST(ThreadParkerTest, ParkUntilGivesUpAtItsDeadline) {
  ThreadParker parker;
  const auto start = Clock::now();
  EXPECT_FALSE(parker.park_until(start + 30ms));
  EXPECT_GE(Clock::now() - start, 30ms);
  EXPECT_FALSE(parker.parked()) << "a timed-out park leaves no parked state behind";
}

TEST(ThreadParkerTest, ParkUntilReturnsTrueWhenUnparked) {
  ThreadParker parker;
  std::thread waker([&] {
    while (!parker.parked())
      std::this_thread::yield();
    parker.unpark();
  });
  EXPECT_TRUE(parker.park_until(Clock::now() + kPatience));
  waker.join();
}

TEST(ThreadParkerTest, PermitsDoNotAccumulate) {
  ThreadParker parker;
  parker.unpark();
  parker.unpark();
  parker.unpark();
  EXPECT_TRUE(parker.park_until(Clock::now() + kPatience)); // takes the one permit
  EXPECT_FALSE(parker.park_until(Clock::now() + 20ms)) << "three unparks left a second permit";
}

// Two threads hand a turn back and forth, each parking until it is its turn. A park that runs
// into its deadline with the turn still not its own was never woken: a lost wake-up.
TEST(ThreadParkerTest, NoWakeUpIsLostOverManyHandOffs) {
  constexpr int kRounds = 20'000;
  ThreadParker parkers[2];
  std::atomic<int> turn{0};
  std::atomic<int> lost{0};
  auto player = [&](int me) {
    for (int round = 0; round < kRounds; ++round) {
      while (turn.load() % 2 != me) {
        if (!parkers[me].park_until(Clock::now() + kPatience) && turn.load() % 2 != me) {
          ++lost;
          parkers[1 - me].unpark(); // let the other one finish too
          return;
        }
      }
      turn.fetch_add(1);
      parkers[1 - me].unpark();
    }
  };
  std::thread other(player, 1);
  player(0);
  other.join();
  EXPECT_EQ(lost.load(), 0) << "a wake-up was lost";
  EXPECT_EQ(turn.load(), 2 * kRounds);
}

} // namespace
} // namespace medi::detail
