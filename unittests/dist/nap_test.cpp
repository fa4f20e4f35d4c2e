// Nap: the progress thread's sleeps double from kFirstNap up to kLongestNap (kDeepestNap after a
// long quiet), and start over.
#include "dist/nap.h"

#include <gtest/gtest.h>

namespace medi::dist::detail {
namespace {

using namespace std::chrono_literals;

TEST(Nap, DoublesFromTheFirstNapUpToTheLongest) {
  Nap nap;
  EXPECT_EQ(nap.next(), kFirstNap);
  EXPECT_EQ(nap.next(), 2 * kFirstNap);
  EXPECT_EQ(nap.next(), 4 * kFirstNap);
  for (int i = 0; i < 20; ++i)
    (void)nap.next();
  EXPECT_EQ(nap.next(), kLongestNap);
  EXPECT_EQ(nap.next(), kLongestNap);
}

TEST(Nap, AResetStartsAgainFromTheFirstNap) {
  Nap nap;
  for (int i = 0; i < 5; ++i)
    (void)nap.next();
  ASSERT_GT(nap.next(), kFirstNap);
  nap.reset();
  EXPECT_EQ(nap.next(), kFirstNap);
  EXPECT_EQ(nap.next(), 2 * kFirstNap);
}

TEST(Nap, AfterALongQuietAnIdleNapGrowsOnToTheDeepest) {
  Nap nap(kDeepestNap);
  std::chrono::microseconds slept{};
  while (slept < kQuietBeforeDeepNaps) {
    const auto length = nap.next();
    ASSERT_LE(length, kLongestNap) << "after " << slept.count() << " us";
    slept += length;
  }
  EXPECT_EQ(nap.next(), 2 * kLongestNap);
  for (int i = 0; i < 20; ++i)
    (void)nap.next();
  EXPECT_EQ(nap.next(), kDeepestNap);
  nap.reset();
  EXPECT_EQ(nap.next(), kFirstNap);
}

TEST(Nap, ANapWithoutADeeperLimitStaysAtTheLongest) {
  Nap nap;
  for (int i = 0; i < 1000; ++i)
    ASSERT_LE(nap.next(), kLongestNap);
}

} // namespace
} // namespace medi::dist::detail
