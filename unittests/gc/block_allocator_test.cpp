// block_allocator_test.cpp: the GC's size-class blocks (runtime/gc/block_allocator.h). Freed
// blocks come back exactly once, whether they went to a class's array or, when it was full, to
// its list; taking blocks grows the array, so later frees fit in it.
#include "gc/block_allocator.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>
#include <vector>

namespace medi::gc_zone::detail {
namespace {

std::vector<void *> take_all(BlockAllocator &blocks, std::size_t size_class) {
  std::vector<void *> taken;
  void *batch[7];
  while (const std::size_t moved = blocks.take_blocks(size_class, batch, 7))
    taken.insert(taken.end(), batch, batch + moved);
  return taken;
}

TEST(BlockAllocatorTest, FreedBlocksComeBackOnceFromTheArrayAndTheList) {
  BlockAllocator blocks;
  constexpr std::size_t kBytes = 100, kCount = 5000;
  const std::size_t size_class = BlockAllocator::class_of(kBytes);
  std::vector<void *> allocated;
  for (std::size_t i = 0; i < kCount; ++i) {
    void *block = blocks.allocate(kBytes);
    ASSERT_NE(block, nullptr);
    allocated.push_back(block);
  }
  const std::set<void *> distinct(allocated.begin(), allocated.end());
  ASSERT_EQ(distinct.size(), kCount);
  // Two rounds: the first frees onto the list (the array has no room yet) and taking them back
  // grows the array; the second frees into the array and the list both.
  for (int round = 0; round < 2; ++round) {
    for (void *block : allocated)
      blocks.deallocate(block, kBytes);
    std::vector<void *> taken = take_all(blocks, size_class);
    ASSERT_EQ(taken.size(), kCount) << "round " << round;
    EXPECT_EQ(std::set<void *>(taken.begin(), taken.end()), distinct) << "round " << round;
    allocated = taken;
  }
  EXPECT_EQ(blocks.take_blocks(size_class, allocated.data(), 1), 0u);
  for (void *block : allocated)
    blocks.deallocate(block, kBytes);
}

TEST(BlockAllocatorTest, ARangesLeftoverBecomesFreeBlocks) {
  BlockAllocator blocks;
  char *begin = nullptr, *end = nullptr;
  ASSERT_TRUE(blocks.take_range(4096, begin, end));
  ASSERT_EQ(end - begin, 4096);
  blocks.give_back_range(begin + 64, end); // 4032 bytes: 7 blocks of 512 and one of 448
  const std::vector<void *> large = take_all(blocks, BlockAllocator::class_of(512));
  const std::vector<void *> tail = take_all(blocks, BlockAllocator::class_of(448));
  EXPECT_EQ(large.size(), 7u);
  ASSERT_EQ(tail.size(), 1u);
  EXPECT_EQ(tail[0], begin + 64 + 7 * 512);
}

} // namespace
} // namespace medi::gc_zone::detail
