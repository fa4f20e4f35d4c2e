// poll_pace.h: how long a program thread drives MPI itself before it parks (World::poll), learnt
// from how long its recent waits took.
//
// A fixed length is bistable on a loaded machine. While answers come within it, the waiting
// threads poll, and an answer costs a few microseconds. Once one comes after it (a thread
// descheduled, a peer slow to wake), the waiter parks and hands MPI to its progress thread; each
// answer then costs a wake-up on each side, which takes longer than the poll, and the pair stays
// slow. So the length adapts, as glibc's adaptive mutexes spin for up to twice the spins that
// recently succeeded (nptl/pthread_mutex_lock.c, PTHREAD_MUTEX_ADAPTIVE_NP):
// - a wait that outlasted the poll makes the next poll twice that wait;
// - a wait within the poll shrinks the next by an eighth;
// - a wait longer than kIdleWait (a peer with nothing to say) halves it;
// always between kPollBeforeParking and kLongestPoll. An idle rank keeps the shortest poll.
#ifndef MEDI_RUNTIME_DIST_POLL_PACE_H
#define MEDI_RUNTIME_DIST_POLL_PACE_H

#include "dist/nap.h"

#include <algorithm>
#include <chrono>
#include <optional>

namespace medi::dist::detail {

/// The shortest poll: about a hundred round trips of a small message through shared memory.
inline constexpr auto kPollBeforeParking = std::chrono::microseconds(50);
/// The longest: while frames keep coming, a peer's progress thread naps for up to kLongestNap
/// (nap.h), so an answer from a peer whose program thread had parked comes within about that.
inline constexpr auto kLongestPoll = kLongestNap;
/// A wait longer than this was for a peer that had nothing to say, not one slow to answer.
inline constexpr auto kIdleWait = std::chrono::milliseconds(10);

/// One program thread's poll length (poll_pace()).
class PollPace {
public:
  using Clock = std::chrono::steady_clock;

  /// The length of the poll that starts at `start`; ended() or parked() follows.
  Clock::duration begin(Clock::time_point start) {
    parked_since_.reset();
    started_ = start;
    return length_;
  }
  /// The poll ended with what it waited for, so within its length: the next may be shorter. (No
  /// clock is read for it: this is the path of a quick answer.)
  void ended() { shrink(); }
  /// The poll gave up: its caller parks, and calls woke() when what it waits for comes.
  void parked() { parked_since_ = started_; }
  /// What the parked caller waited for came, at `now` (nothing to learn unless it parked after a
  /// poll).
  void woke(Clock::time_point now) {
    if (parked_since_)
      learn(now - *parked_since_);
    parked_since_.reset();
  }
  Clock::duration length() const { return length_; }

private:
  void learn(Clock::duration waited) {
    if (waited > kIdleWait)
      length_ = std::max<Clock::duration>(length_ / 2, kPollBeforeParking);
    else if (waited > length_)
      length_ = std::min<Clock::duration>(2 * waited, kLongestPoll);
    else
      shrink();
  }
  void shrink() { length_ = std::max<Clock::duration>(length_ - length_ / 8, kPollBeforeParking); }

  Clock::duration length_ = kPollBeforeParking;
  Clock::time_point started_;
  std::optional<Clock::time_point> parked_since_;
};

/// The calling thread's poll length.
inline PollPace &poll_pace() {
  thread_local PollPace pace;
  return pace;
}

} // namespace medi::dist::detail

#endif // MEDI_RUNTIME_DIST_POLL_PACE_H
