// The small buffers a round of MPI work reuses (runtime/dist/spare_buffers.h).
#include "dist/spare_buffers.h"

#include <gtest/gtest.h>

namespace medi::dist::detail {
namespace {

TEST(SpareBuffers, ABufferGivenBackIsTakenAgainAtTheSizeAsked) {
  SpareBuffers spare;
  Bytes buffer(100, std::byte{7});
  const std::byte *storage = buffer.data();
  spare.give(std::move(buffer));
  EXPECT_TRUE(buffer.empty()); // consumed
  EXPECT_EQ(spare.kept(), 1u);

  const Bytes again = spare.take_for_value(40);
  EXPECT_EQ(again.data(), storage);
  EXPECT_EQ(again.size(), 40u);
  EXPECT_EQ(spare.kept(), 0u);
  EXPECT_NE(spare.take_for_value(40).data(), storage); // a new one: none is kept now
}

TEST(SpareBuffers, AMessageGetsAMessageBufferNeverASmallValuesOne) {
  SpareBuffers spare;
  Bytes value(8);
  const std::byte *value_storage = value.data();
  spare.give(std::move(value));

  Bytes message = spare.take_for_message(); // new: the value's buffer would reallocate
  EXPECT_NE(message.data(), value_storage);
  EXPECT_TRUE(message.empty());
  EXPECT_GE(message.capacity(), SpareBuffers::kMessageCapacity);
  message.resize(100); // a frame appended
  const std::byte *message_storage = message.data();
  spare.give(std::move(message));
  EXPECT_EQ(spare.kept(), 2u);

  const Bytes next = spare.take_for_message();
  EXPECT_EQ(next.data(), message_storage);
  EXPECT_TRUE(next.empty());
  EXPECT_EQ(spare.take_for_value(8).data(), value_storage);
}

TEST(SpareBuffers, AValueIsNeverHandedABufferMuchLargerThanItself) {
  SpareBuffers spare;
  Bytes large(SpareBuffers::kLargest);
  const std::byte *large_storage = large.data();
  spare.give(std::move(large));

  const Bytes value = spare.take_for_value(8);
  EXPECT_NE(value.data(), large_storage);
  EXPECT_EQ(value.size(), 8u);
  EXPECT_LE(value.capacity(), 2 * 8 + SpareBuffers::kWastedBytes);
  EXPECT_EQ(spare.kept(), 1u);

  // A message being built may take it: it will be sent and given back, not kept by the program.
  EXPECT_EQ(spare.take_for_message().data(), large_storage);
}

TEST(SpareBuffers, KeepsAtMostKKeptAndPassesLargeBuffersToThePool) {
  SpareBuffers spare;
  for (std::size_t i = 0; i < SpareBuffers::kKept + 4; ++i)
    spare.give(Bytes(64));
  EXPECT_EQ(spare.kept(), SpareBuffers::kKept);

  const std::size_t pooled = BufferPool::get().kept();
  spare.give(Bytes(SpareBuffers::kLargest + 1));
  EXPECT_EQ(spare.kept(), SpareBuffers::kKept);
  EXPECT_EQ(BufferPool::get().kept(), pooled + 1);
  (void)BufferPool::get().take(SpareBuffers::kLargest + 1); // leave the process's pool as it was

  spare.give(Bytes()); // nothing to keep
  EXPECT_EQ(spare.kept(), SpareBuffers::kKept);
}

} // namespace
} // namespace medi::dist::detail
