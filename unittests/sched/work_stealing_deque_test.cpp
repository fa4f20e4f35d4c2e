// work_stealing_deque_test.cpp: owner LIFO, thief FIFO, a refused steal, growth, and every item
// taken exactly once while the owner and three thieves race.
#include "sched/work_stealing_deque.h"

#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace medi::detail {
namespace {

TEST(WorkStealingDequeTest, OwnerPopsNewestThievesStealOldest) {
  int items[4] = {0, 1, 2, 3};
  WorkStealingDeque<int *> deque(2);
  for (int &item : items)
    deque.push(&item);
  EXPECT_EQ(deque.size_estimate(), 4);
  EXPECT_EQ(deque.steal(), &items[0]);
  EXPECT_EQ(deque.pop(), &items[3]);
  EXPECT_EQ(deque.steal(), &items[1]);
  EXPECT_EQ(deque.pop(), &items[2]);
  EXPECT_EQ(deque.pop(), nullptr);
  EXPECT_EQ(deque.steal(), nullptr);
  EXPECT_TRUE(deque.empty_estimate());
}

TEST(WorkStealingDequeTest, StealIfLeavesARefusedItemInPlace) {
  int items[2] = {0, 1};
  WorkStealingDeque<int *> deque(2);
  deque.push(&items[0]);
  deque.push(&items[1]);
  int *offered = nullptr;
  EXPECT_EQ(deque.steal_if([&](int *item) {
    offered = item;
    return false;
  }),
            nullptr);
  EXPECT_EQ(offered, &items[0]); // the oldest is what a thief is offered
  EXPECT_EQ(deque.size_estimate(), 2);
  EXPECT_EQ(deque.steal_if([](int *) { return true; }), &items[0]);
  EXPECT_EQ(deque.pop(), &items[1]);
  EXPECT_EQ(deque.steal_if([](int *) { return true; }), nullptr);
}

TEST(WorkStealingDequeTest, GrowsAndKeepsOrder) {
  std::vector<int> items(10000);
  WorkStealingDeque<int *> deque(2);
  for (int &item : items)
    deque.push(&item);
  EXPECT_EQ(deque.steal(), &items.front());
  for (std::size_t i = items.size(); i-- > 1;)
    ASSERT_EQ(deque.pop(), &items[i]);
  EXPECT_EQ(deque.pop(), nullptr);
}

TEST(WorkStealingDequeTest, EveryItemIsTakenExactlyOnceUnderContention) {
  constexpr int kItems = 200000;
  constexpr int kThieves = 3;
  std::vector<int> items(kItems);
  std::vector<std::atomic<int>> taken(kItems);
  WorkStealingDeque<int *> deque(4);
  std::atomic<bool> owner_done{false};
  auto take = [&](int *item) { taken[static_cast<std::size_t>(item - items.data())].fetch_add(1); };

  std::vector<std::jthread> thieves;
  for (int t = 0; t < kThieves; ++t)
    thieves.emplace_back([&] {
      while (!owner_done.load() || !deque.empty_estimate())
        if (int *item = deque.steal())
          take(item);
    });
  // The owner pushes in bursts and pops some back, as a worker spawning and running tasks does.
  for (int i = 0; i < kItems; ++i) {
    deque.push(&items[static_cast<std::size_t>(i)]);
    if (i % 3 == 0)
      if (int *item = deque.pop())
        take(item);
  }
  while (int *item = deque.pop())
    take(item);
  owner_done = true;
  thieves.clear();

  int total = 0;
  for (int i = 0; i < kItems; ++i) {
    ASSERT_EQ(taken[static_cast<std::size_t>(i)].load(), 1) << "item " << i;
    ++total;
  }
  EXPECT_EQ(total, kItems);
}

} // namespace
} // namespace medi::detail
