// The pool of large buffers that sends give back and receives take (runtime/dist/buffer_pool.h),
// and the small buffers a thread recycles.
#include "dist/buffer_pool.h"
#include "dist/spare_buffers.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace medi::dist::detail {
namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;

Bytes filled(std::size_t size, unsigned char value) {
  return Bytes(size, std::byte(value));
}

TEST(BufferPool, TheBufferKeptLastIsTakenFirst) {
  BufferPool pool;
  Bytes first = filled(kMiB, 1), second = filled(kMiB, 2);
  const std::byte *first_storage = first.data(), *second_storage = second.data();
  pool.give(std::move(first));
  pool.give(std::move(second));
  EXPECT_TRUE(first.empty() && second.empty()); // consumed
  EXPECT_EQ(pool.kept(), 2u);

  const Bytes a = pool.take(kMiB), b = pool.take(kMiB), c = pool.take(kMiB);
  EXPECT_EQ(a.data(), second_storage);
  EXPECT_EQ(b.data(), first_storage);
  EXPECT_NE(c.data(), first_storage);
  EXPECT_NE(c.data(), second_storage);
  EXPECT_EQ(c.size(), kMiB);
  EXPECT_EQ(pool.kept(), 0u);
}

TEST(BufferPool, SmallBuffersAreFreedNotKept) {
  BufferPool pool;
  Bytes small = filled(BufferPool::kPooledBytes - 1, 3);
  pool.give(std::move(small));
  EXPECT_TRUE(small.empty());
  EXPECT_EQ(pool.kept(), 0u);
  EXPECT_EQ(pool.take(100).size(), 100u);
  EXPECT_EQ(pool.take(0).size(), 0u);
}

TEST(BufferPool, ATakenBufferHasExactlyTheSizeAskedAndGrowsZeroFilled) {
  BufferPool pool;
  Bytes half(kMiB / 2, std::byte{0xff});
  half.reserve(kMiB);
  const std::byte *storage = half.data();
  pool.give(std::move(half));

  const Bytes grown = pool.take(3 * kMiB / 4);
  ASSERT_EQ(grown.data(), storage);
  ASSERT_EQ(grown.size(), 3 * kMiB / 4);
  EXPECT_TRUE(std::all_of(grown.begin() + kMiB / 2, grown.end(),
                          [](std::byte b) { return b == std::byte{0}; }));

  Bytes full = filled(kMiB, 4);
  const std::byte *full_storage = full.data();
  pool.give(std::move(full));
  const Bytes shrunk = pool.take(kMiB / 3);
  EXPECT_EQ(shrunk.data(), full_storage);
  EXPECT_EQ(shrunk.size(), kMiB / 3);
}

TEST(BufferPool, ABufferFourTimesTooLargeOrTooSmallIsNotTaken) {
  BufferPool pool;
  Bytes big = filled(kMiB, 5);
  const std::byte *storage = big.data();
  pool.give(std::move(big));
  EXPECT_NE(pool.take(kMiB / 4 - 1).data(), storage); // would waste three quarters
  EXPECT_NE(pool.take(kMiB + 1).data(), storage);     // would reallocate
  EXPECT_EQ(pool.kept(), 1u);
  EXPECT_EQ(pool.take(kMiB / 4).data(), storage);
}

TEST(BufferPool, ThePoolIsBoundedAndDropsTheOldestFirst) {
  BufferPool pool;
  std::vector<const std::byte *> given;
  for (std::size_t i = 0; i < BufferPool::kKeptBuffers + 4; ++i) {
    Bytes buffer = filled(kMiB, 6);
    given.push_back(buffer.data());
    pool.give(std::move(buffer));
  }
  ASSERT_EQ(pool.kept(), BufferPool::kKeptBuffers);
  std::vector<Bytes> taken; // held, so that no new buffer reuses a freed one's address
  for (std::size_t i = 0; i < BufferPool::kKeptBuffers; ++i) {
    taken.push_back(pool.take(kMiB));
    EXPECT_EQ(taken.back().data(), given[given.size() - 1 - i]) << "take " << i;
  }
  EXPECT_EQ(pool.kept(), 0u);

  // The byte bound: 32 MiB holds four 8 MiB buffers, and a buffer past it alone is freed.
  for (int i = 0; i < 6; ++i)
    pool.give(filled(8 * kMiB, 7));
  EXPECT_EQ(pool.kept(), BufferPool::kKeptBytes / (8 * kMiB));
  pool.give(filled(BufferPool::kKeptBytes + 1, 8));
  EXPECT_EQ(pool.kept(), BufferPool::kKeptBytes / (8 * kMiB));
}

TEST(BufferPool, ThePublicCallsUseTheProcessPool) {
  Bytes big = filled(2 * kMiB, 9);
  const std::byte *storage = big.data();
  recycle(std::move(big));
  const Bytes again = buffer(2 * kMiB - 5);
  EXPECT_EQ(again.data(), storage);
  EXPECT_EQ(again.size(), 2 * kMiB - 5);
}

// Small buffers the program recycles are kept by its thread for the next buffer() it fits, and
// no other thread's.
TEST(BufferPool, ASmallBufferRecycledIsHandedOutAgainOnTheSameThread) {
  Bytes small = filled(8, 10);
  const std::byte *storage = small.data();
  recycle(std::move(small));
  EXPECT_TRUE(small.empty()); // consumed
  Bytes elsewhere;
  std::thread([&] { elsewhere = buffer(8); }).join();
  EXPECT_NE(elsewhere.data(), storage);
  Bytes again = buffer(6);
  EXPECT_EQ(again.data(), storage);
  EXPECT_EQ(again.size(), 6u);
  // One recycled buffer serves one buffer() at a time: the next is new.
  EXPECT_NE(buffer(8).data(), storage);
  recycle(std::move(again));
}

// buffer() never hands out a small buffer much larger than asked, so a program keeping many
// small values does not keep large buffers with them.
TEST(BufferPool, ARecycledBufferMuchLargerThanAskedIsNotHandedOutForASmallValue) {
  Bytes larger = filled(4096, 11);
  const std::byte *storage = larger.data();
  recycle(std::move(larger));
  const Bytes tiny = buffer(8);
  EXPECT_NE(tiny.data(), storage);
  EXPECT_LE(tiny.capacity(), 2 * 8 + SpareBuffers::kWastedBytes);
  EXPECT_EQ(buffer(3000).data(), storage); // within twice its size: taken
}

} // namespace
} // namespace medi::dist::detail
