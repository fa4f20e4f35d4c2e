// nap.h: the progress thread's sleeps (world.cpp), which double while nothing calls it back.
//
// Idle, the thread sleeps for growing intervals between rounds, so a rank with nothing to do
// uses little of a core: each wake-up and round costs tens of microseconds of CPU. A frame that
// arrives after a short quiet waits at most kLongestNap; after kQuietBeforeDeepNaps of quiet, at
// most kDeepestNap.
// While a program thread polls, the thread sleeps and looks again after a nap, in case the poller
// left with its value and nobody drives MPI; those naps grow too while large values move, since
// every look is a wake-up beside a copy between the processes that needs the core.
#ifndef MEDI_RUNTIME_DIST_NAP_H
#define MEDI_RUNTIME_DIST_NAP_H

#include <algorithm>
#include <chrono>

namespace medi::dist::detail {

inline constexpr auto kFirstNap = std::chrono::microseconds(20);
inline constexpr auto kLongestNap = std::chrono::microseconds(1000);
inline constexpr auto kDeepestNap = std::chrono::microseconds(10000);
inline constexpr auto kQuietBeforeDeepNaps = std::chrono::milliseconds(100);
/// Large values still move if one did within this: on a loaded machine a stream of them can
/// pause for a few milliseconds, and a look every kFirstNap would only load it more.
inline constexpr auto kLargeValuesQuiet = std::chrono::milliseconds(10);

/// A sleep that doubles each time it is taken, from kFirstNap up to kLongestNap, and on up to
/// `deepest` once kQuietBeforeDeepNaps have been slept since the last reset().
class Nap {
public:
  explicit Nap(std::chrono::microseconds deepest = kLongestNap) : deepest_(deepest) {}

  /// How long to sleep now; the next is twice as long, within the limits above.
  std::chrono::microseconds next() {
    const auto now = next_;
    slept_ += now;
    const auto longest =
        slept_ >= kQuietBeforeDeepNaps ? deepest_ : std::min(deepest_, kLongestNap);
    next_ = std::min(next_ * 2, longest);
    return now;
  }
  /// Starts again from kFirstNap.
  void reset() {
    next_ = kFirstNap;
    slept_ = {};
  }

private:
  std::chrono::microseconds deepest_;
  std::chrono::microseconds next_ = kFirstNap;
  std::chrono::microseconds slept_{};
};

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_NAP_H
