// PollPace: the length of a program thread's poll follows how long its recent waits took.
#include "dist/poll_pace.h"

#include <gtest/gtest.h>

namespace medi::dist::detail {
namespace {

using namespace std::chrono_literals;
using Clock = PollPace::Clock;

// One wait of `waited` that ended within the poll, or after it had parked.
void wait(PollPace &pace, Clock::duration waited) {
  const Clock::time_point start{};
  const Clock::duration length = pace.begin(start);
  if (waited <= length) {
    pace.ended();
  } else {
    pace.parked();
    pace.woke(start + waited);
  }
}

TEST(PollPace, StartsAtTheShortestPoll) {
  PollPace pace;
  EXPECT_EQ(pace.length(), kPollBeforeParking);
}

TEST(PollPace, AnAnswerJustAfterThePollLengthensTheNextToTwiceThatWait) {
  PollPace pace;
  wait(pace, 120us);
  EXPECT_EQ(pace.length(), 240us);
  wait(pace, 300us);
  EXPECT_EQ(pace.length(), 600us);
}

TEST(PollPace, NeverPollsLongerThanTheLongestPoll) {
  PollPace pace;
  wait(pace, 800us);
  EXPECT_EQ(pace.length(), kLongestPoll);
  wait(pace, 5ms); // slow, but not idle: still the longest
  EXPECT_EQ(pace.length(), kLongestPoll);
}

TEST(PollPace, QuickAnswersShrinkItBackToTheShortest) {
  PollPace pace;
  wait(pace, 400us);
  ASSERT_EQ(pace.length(), 800us);
  wait(pace, 5us);
  EXPECT_EQ(pace.length(), 700us); // an eighth less
  for (int i = 0; i < 100; ++i)
    wait(pace, 5us);
  EXPECT_EQ(pace.length(), kPollBeforeParking);
}

TEST(PollPace, AnIdlePeerHalvesIt) {
  PollPace pace;
  wait(pace, 900us);
  ASSERT_EQ(pace.length(), kLongestPoll);
  wait(pace, 2s);
  EXPECT_EQ(pace.length(), 500us); // half of kLongestPoll
  for (int i = 0; i < 10; ++i)
    wait(pace, 2s);
  EXPECT_EQ(pace.length(), kPollBeforeParking);
}

TEST(PollPace, AWakeWithoutAParkedPollTeachesNothing) {
  PollPace pace;
  pace.begin(Clock::time_point{});
  pace.ended();
  const auto length = pace.length();
  pace.woke(Clock::time_point{} + 300us); // this wait never polled: nothing to learn from it
  EXPECT_EQ(pace.length(), length);
}

} // namespace
} // namespace medi::dist::detail
