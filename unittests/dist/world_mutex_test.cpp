// WorldMutex: mutual exclusion, and waiters that sleep through a long hold and are woken by the
// unlock that ends it.
#include "dist/world_mutex.h"

#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>
#include <time.h>
#include <vector>

namespace medi::dist::detail {
namespace {

using namespace std::chrono_literals;

std::chrono::nanoseconds thread_cpu_time() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

TEST(WorldMutexTest, TryLockFailsWhileHeldAndSucceedsOnceFree) {
  WorldMutex mutex;
  ASSERT_TRUE(mutex.try_lock());
  EXPECT_FALSE(mutex.try_lock());
  mutex.unlock();
  EXPECT_TRUE(mutex.try_lock());
  mutex.unlock();
}

// Short holds, and now and then one long enough that the others go to sleep: every increment
// is made under the lock (the count is exact), and every sleeper is woken (the test ends).
TEST(WorldMutexTest, ExcludesAndWakesEveryWaiterAcrossShortAndLongHolds) {
  WorldMutex mutex;
  long counter = 0; // guarded by mutex, deliberately not atomic
  constexpr int kThreads = 4;
  constexpr int kIncrements = 20000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kIncrements; ++i) {
        std::lock_guard lock(mutex);
        ++counter;
        if (i % 2000 == t)
          std::this_thread::sleep_for(200us); // the others spin out and sleep
      }
    });
  }
  for (std::thread &thread : threads)
    thread.join();
  EXPECT_EQ(counter, long{kThreads} * kIncrements);
}

// A waiter behind a hold of 100 ms sleeps instead of spinning through it: it uses a small part
// of that time on its core, and gets the lock once the holder lets go.
TEST(WorldMutexTest, AWaiterSleepsThroughALongHoldAndIsWokenByItsEnd) {
  WorldMutex mutex;
  mutex.lock();
  std::atomic<bool> waiting{false}, acquired{false};
  std::chrono::nanoseconds waiter_cpu{};
  std::thread waiter([&] {
    const auto before = thread_cpu_time();
    waiting.store(true);
    mutex.lock();
    waiter_cpu = thread_cpu_time() - before;
    acquired.store(true);
    mutex.unlock();
  });
  while (!waiting.load())
    std::this_thread::yield();
  std::this_thread::sleep_for(100ms);
  EXPECT_FALSE(acquired.load());
  mutex.unlock();
  waiter.join();
  EXPECT_TRUE(acquired.load());
  EXPECT_LT(waiter_cpu, 50ms) << "the waiter spun through the hold instead of sleeping";
}

} // namespace
} // namespace medi::dist::detail
