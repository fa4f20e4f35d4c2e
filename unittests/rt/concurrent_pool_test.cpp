// concurrent_pool_test.cpp: the lock-free pool: the same reports as FixedPool, and 4 threads
// allocating and freeing concurrently (each slot owned by one thread at a time, checked by
// stamping), with racing double frees of one slot of which exactly one wins.
#include "../error/report_recorder.h"
#include "medi/rt/concurrent_pool.h"

#include <atomic>
#include <gtest/gtest.h>
#include <set>
#include <thread>
#include <vector>

namespace medi {
namespace {

using ConcurrentPoolTest = test::RecordingTest;

TEST_F(ConcurrentPoolTest, ReportsAsFixedPoolDoes) {
  ConcurrentFixedPool<int, 2> pool;
  int *a = pool.alloc_raw(1);
  auto b = pool.alloc(2);
  EXPECT_FALSE(pool.alloc(3)) << "exhausted";
  pool.free_ptr(a);
  pool.free_ptr(a);
  int outside = 0;
  pool.free_ptr(&outside);
  const auto reports = recorder.reports();
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[0].op, "fixed_pool.alloc_exhausted");
  EXPECT_EQ(reports[1].op, "fixed_pool.double_free");
  EXPECT_EQ(reports[2].op, "fixed_pool.invalid_free");
  EXPECT_EQ(pool.free_count(), 1u);
}

TEST_F(ConcurrentPoolTest, ThreadsShareThePoolWithoutSharingASlot) {
  constexpr std::size_t kSlots = 64;
  ConcurrentFixedPool<std::uint64_t, kSlots> pool;
  std::atomic<int> collisions{0};
  std::vector<std::thread> threads;
  for (std::uint64_t t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      std::vector<std::uint64_t *> mine;
      for (int i = 0; i < 50'000; ++i) {
        if (mine.size() < 8) {
          if (std::uint64_t *p = pool.alloc_raw(t))
            mine.push_back(p);
        } else {
          for (std::uint64_t *p : mine) {
            collisions += *p != t; // another thread wrote into a slot we own
            pool.free_ptr(p);
          }
          mine.clear();
        }
        for (std::uint64_t *p : mine)
          *p = t;
      }
      for (std::uint64_t *p : mine)
        pool.free_ptr(p);
    });
  for (auto &thread : threads)
    thread.join();
  EXPECT_EQ(collisions.load(), 0);
  EXPECT_EQ(pool.free_count(), kSlots);
  std::set<std::uint64_t *> all;
  for (std::size_t i = 0; i < kSlots; ++i)
    all.insert(pool.alloc_raw(i));
  EXPECT_EQ(all.size(), kSlots) << "the free list is intact";
  EXPECT_FALSE(all.contains(nullptr));
}

TEST_F(ConcurrentPoolTest, RacingDoubleFreesLetExactlyOneWin) {
  ConcurrentFixedPool<int, 4> pool;
  for (int round = 0; round < 200; ++round) {
    int *p = pool.alloc_raw(round);
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t)
      threads.emplace_back([&] {
        while (!go)
          std::this_thread::yield();
        pool.free_ptr(p);
      });
    go = true;
    for (auto &thread : threads)
      thread.join();
    ASSERT_EQ(pool.free_count(), 4u);
  }
  EXPECT_EQ(recorder.size(), 400u) << "two losing frees reported per round";
}

} // namespace
} // namespace medi
