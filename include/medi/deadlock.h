// medi/deadlock.h: deadlock detection, Go's "all goroutines are asleep" for Medi programs.
//
//   medi::DeadlockWatch watch([](const medi::RuntimeError &) { std::_Exit(102); });
//
// A DeadlockWatch vouches that, while it lives, Medi code runs only in tasks of the global
// scheduler and on the thread that made the watch (a program's main thread). It then watches:
// when every task and that thread wait in a runtime primitive (a channel send or recv, a select,
// a join) and nothing can wake any of them (no worker running, no timer pending, no thread
// inside blocking()), it reports RuntimeError::Scheduler(Deadlock) with op scheduler.deadlock,
// naming each waiting party's operation and the source line it was called from, and calls the
// handler. A party waiting with a timeout, a task sleeping, or, under mpirun with more than one
// rank, a party waiting in a distributed operation (medi/dist.h) is never part of a deadlock.
// medi-run makes one for the program's main thread: a deadlocked program exits with code 102.
//
// The state is confirmed on two looks kDeadlockConfirmInterval apart before it is reported,
// and reported once until something moves again. See docs/reliability.md.
#ifndef MEDI_DEADLOCK_H
#define MEDI_DEADLOCK_H

#include "medi/error/runtime_error.h"

#include <chrono>
#include <functional>
#include <memory>
#include <source_location>

namespace medi {

inline constexpr std::chrono::milliseconds kDeadlockConfirmInterval{50};

class DeadlockWatch {
public:
  /// Called on the watch's own thread after the report; it may end the process, or break the
  /// deadlock (a send from here wakes a receiver) and return.
  using Handler = std::function<void(const RuntimeError &)>;

  /// Watches the global scheduler and the calling thread, which must also be the one that
  /// destroys it. One watch at a time: a second one while another lives, or one made in a task,
  /// is reported (op scheduler.deadlock) and watches nothing.
  explicit DeadlockWatch(Handler on_deadlock,
                         std::source_location location = std::source_location::current());
  ~DeadlockWatch();
  DeadlockWatch(const DeadlockWatch &) = delete;
  DeadlockWatch &operator=(const DeadlockWatch &) = delete;

  /// Whether this watch is the one in effect.
  bool active() const noexcept { return state_ != nullptr; }

private:
  struct State;
  std::unique_ptr<State> state_;
};

} // namespace medi

#endif // MEDI_DEADLOCK_H
