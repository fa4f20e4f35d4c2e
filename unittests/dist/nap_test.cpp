// Nap: the progress thread's sleeps double from kFirstNap up to kLongestNap, and start over.
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

} // namespace
} // namespace medi::dist::detail
