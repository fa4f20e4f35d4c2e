// nap.h: the progress thread's sleeps (world.cpp), which double while nothing calls it back.
//
// Idle, the thread sleeps for growing intervals between rounds, so a rank with nothing to do
// uses little of a core, and a frame that arrives after a long quiet waits at most kLongestNap.
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
/// Large values still move if one did within this: on a loaded machine a stream of them can
/// pause for a few milliseconds, and a look every kFirstNap would only load it more.
inline constexpr auto kLargeValuesQuiet = std::chrono::milliseconds(10);

/// A sleep that doubles each time it is taken, from kFirstNap up to kLongestNap.
class Nap {
public:
  /// How long to sleep now; the next is twice as long.
  std::chrono::microseconds next() {
    const auto now = next_;
    next_ = std::min(next_ * 2, kLongestNap);
    return now;
  }
  /// Starts again from kFirstNap.
  void reset() { next_ = kFirstNap; }

private:
  std::chrono::microseconds next_ = kFirstNap;
};

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_NAP_H
