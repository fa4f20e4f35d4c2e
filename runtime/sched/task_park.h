// task_park.h: the one park/unpark primitive (internal). Whoever waits (a task on a worker, or a
// plain thread such as main) parks; whoever makes the condition true unparks it. Inside a task,
// parking frees the worker for other tasks; on a thread, it blocks the thread.
//
// Both sides keep a permit, so an unpark that arrives before the park is not lost: the park
// returns at once. Waiters re-check their condition in a loop (a permit may be left over).
#ifndef MEDI_RUNTIME_SCHED_TASK_PARK_H
#define MEDI_RUNTIME_SCHED_TASK_PARK_H

#include "medi/detail/task_control.h"
#include "thread_parker.h"

#include <chrono>

namespace medi::detail {

/// A task's park_state (runtime/sched/task_park.cpp): empty, notified (a permit), parking (its
/// fiber is switching out; the worker then makes it parked), parked (descheduled, only an unpark
/// reschedules it), and two states the scheduler gives a parked task under its live list's lock:
/// abandoned (a shutdown failed it: nobody reschedules it) and inspected (the deadlock watch is
/// copying its record: an unpark leaves a permit and the watch reschedules it when done).
namespace park_state {
inline constexpr std::int32_t kEmpty = 0, kNotified = 1, kParking = 2, kParked = -1,
                              kAbandoned = -2, kInspected = -3;
} // namespace park_state

class Waiter {
public:
  /// The calling task, or the calling thread when it is not running a task.
  static Waiter current() noexcept;
  /// A task, to unpark from elsewhere.
  static Waiter for_task(TaskControl *task) noexcept {
    Waiter waiter;
    waiter.task_ = task;
    return waiter;
  }
  /// The calling thread's parker (threads that run no task park on it).
  static ThreadParker &thread_parker() noexcept;
  static Waiter of(TaskControl *task, ThreadParker *thread) noexcept {
    Waiter waiter;
    waiter.task_ = task;
    waiter.thread_ = thread;
    return waiter;
  }
  /// Parks the caller, which must be the party this Waiter names.
  void park() const noexcept;
  /// Wakes the party (or leaves it a permit). Any thread.
  void unpark() const noexcept;
  /// As park(), giving up at `deadline` (a task arms the timer service for it). Returns early on
  /// any unpark; callers re-check their condition.
  void park_until(std::chrono::steady_clock::time_point deadline) const noexcept;

private:
  TaskControl *task_ = nullptr;
  ThreadParker *thread_ = nullptr;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_TASK_PARK_H
