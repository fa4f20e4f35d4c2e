// stack_pool_test.cpp: guarded and canary stacks, reuse, the guard budget, overflow detection.
#include "sched/stack_pool.h"

#include <gtest/gtest.h>
#include <set>
#include <vector>

namespace medi::detail {
namespace {

TEST(StackPoolTest, StacksAreWritableAndPageRounded) {
  StackPool pool(10000);
  EXPECT_EQ(pool.stack_size() % 4096, 0u);
  EXPECT_GE(pool.stack_size(), 10000u);
  auto stack = pool.acquire();
  ASSERT_TRUE(stack);
  EXPECT_TRUE(stack->guarded);
  stack->top()[-1] = std::byte{1};
  stack->limit[0] = std::byte{2};
  pool.release(*stack);
}

TEST(StackPoolTest, ReleasedStacksAreReused) {
  StackPool pool;
  auto first = pool.acquire();
  ASSERT_TRUE(first);
  pool.release(*first);
  EXPECT_EQ(pool.free_count(), 1u);
  auto second = pool.acquire();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->limit, first->limit);
  EXPECT_EQ(pool.free_count(), 0u);
  pool.release(*second);
}

TEST(StackPoolTest, BeyondTheGuardBudgetStacksCarryCanaries) {
  StackPool pool(StackPool::kDefaultStackSize, /*guard_budget=*/2);
  std::vector<FiberStack> stacks;
  std::set<std::byte *> limits;
  for (int i = 0; i < 70; ++i) { // more than one slab of canary stacks
    auto stack = pool.acquire();
    ASSERT_TRUE(stack);
    EXPECT_EQ(stack->guarded, i < 2) << i;
    EXPECT_TRUE(StackPool::canary_intact(*stack));
    limits.insert(stack->limit);
    stacks.push_back(*stack);
  }
  EXPECT_EQ(limits.size(), stacks.size()) << "stacks overlap";
  EXPECT_EQ(pool.guarded_in_use(), 2u);
  for (const FiberStack &stack : stacks)
    pool.release(stack);
}

TEST(StackPoolTest, CanaryCatchesAnOverflow) {
  StackPool pool(StackPool::kDefaultStackSize, /*guard_budget=*/0);
  auto stack = pool.acquire();
  ASSERT_TRUE(stack);
  ASSERT_FALSE(stack->guarded);
  EXPECT_TRUE(StackPool::canary_intact(*stack));
  StackPool::overflow_boundary(*stack)[-1] = std::byte{0}; // one byte past the usable stack
  EXPECT_FALSE(StackPool::canary_intact(*stack));
  // A reused canary stack gets a fresh canary.
  pool.release(*stack);
  auto again = pool.acquire();
  ASSERT_TRUE(again);
  EXPECT_TRUE(StackPool::canary_intact(*again));
  pool.release(*again);
}

TEST(StackPoolDeathTest, GuardPageFaultsOnOverflow) {
  StackPool pool;
  auto stack = pool.acquire();
  ASSERT_TRUE(stack);
  ASSERT_TRUE(stack->guarded);
  EXPECT_DEATH(
      {
        volatile std::byte *below = StackPool::overflow_boundary(*stack) - 1;
        *below = std::byte{0};
      },
      "");
  pool.release(*stack);
}

TEST(StackPoolTest, DefaultGuardBudgetFollowsMaxMapCount) {
  // Two mappings per guarded stack, a quarter of vm.max_map_count: 8,191 with Linux's default
  // (a quarter of that under a sanitizer).
  EXPECT_GT(default_guard_budget(), 1000u);
}

} // namespace
} // namespace medi::detail
