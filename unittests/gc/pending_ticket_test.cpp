// pending_ticket_test.cpp: which new objects are pending (runtime/gc/mutator.h), decided from the
// low 32 bits of a ticket that an object keeps against its mutator's 64-bit counters: exact for
// every object within the window of its mutator's current ticket, also after the 32-bit half
// wraps; an older object may alias into the window (and so be kept a while longer), never the
// reverse.
#include "gc/mutator.h"

#include <cstdint>
#include <gtest/gtest.h>

namespace medi::gc_zone::detail {
namespace {

constexpr std::uint64_t kWrap = std::uint64_t{1} << 32;

bool pending(std::uint64_t ticket, std::uint64_t floor, std::uint64_t current) {
  return MutatorState::protects(static_cast<std::uint32_t>(ticket), floor, current);
}

TEST(PendingTicketTest, TheWindowEndsKPendingWindowTicketsBack) {
  const std::uint64_t current = 10'000;
  EXPECT_TRUE(pending(current, 1, current));
  EXPECT_TRUE(pending(current - (kPendingWindow - 1), 1, current));
  EXPECT_FALSE(pending(current - kPendingWindow, 1, current));
  EXPECT_FALSE(pending(1, 1, current));
}

TEST(PendingTicketTest, ASafePointEndsItForEveryEarlierTicket) {
  const std::uint64_t current = 10'000;
  EXPECT_FALSE(pending(current, current + 1, current)); // the safe point came after it
  EXPECT_FALSE(pending(current - 5, current - 4, current));
  EXPECT_TRUE(pending(current - 4, current - 4, current));
}

TEST(PendingTicketTest, IsExactAcrossTheWrapOfTheLowHalf) {
  // The mutator's counter has passed 2^32 a few times; the object's ticket is just below a
  // wrap, the current one just above it.
  const std::uint64_t current = 3 * kWrap + 10;
  EXPECT_TRUE(pending(current - 20, 1, current));
  EXPECT_TRUE(pending(current - (kPendingWindow - 1), 1, current));
  EXPECT_FALSE(pending(current - kPendingWindow, 1, current));
  EXPECT_FALSE(pending(current - 20, current - 19, current));
  EXPECT_TRUE(pending(current - 20, current - 20, current));
  EXPECT_FALSE(pending(current, current + 1, current));
}

TEST(PendingTicketTest, AnObjectOlderThanTheLowHalfCanOnlyAliasIntoPending) {
  // 2^32 tickets back reads as 0 back: kept as pending a while longer, which is safe; the
  // reverse (a pending object read as not pending) cannot happen, as the tests above show.
  const std::uint64_t current = 2 * kWrap + 100;
  EXPECT_TRUE(pending(current - kWrap, 1, current));
  EXPECT_FALSE(pending(current - kWrap - kPendingWindow, 1, current));
}

TEST(PendingTicketTest, ASnapshotAnswersAsTheLiveCounters) {
  MutatorState mutator;
  const std::uint32_t first = mutator.next_ticket();
  for (int i = 0; i < 9; ++i)
    mutator.next_ticket();
  PendingSnapshot snapshot;
  EXPECT_TRUE(snapshot.protects(&mutator, first));
  EXPECT_EQ(snapshot.protects(&mutator, first), mutator.protects(first));
  EXPECT_FALSE(snapshot.protects(nullptr, first));
  mutator.safe_point();
  PendingSnapshot after;
  EXPECT_FALSE(after.protects(&mutator, first));
  EXPECT_FALSE(mutator.protects(first));
}

} // namespace
} // namespace medi::gc_zone::detail
