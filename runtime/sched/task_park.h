// task_park.h: the one park/unpark primitive (internal). Whoever waits (a task on a worker, or a
// plain thread such as main) parks; whoever makes the condition true unparks it. Inside a task,
// parking frees the worker for other tasks; on a thread, it blocks the thread.
//
// Both sides keep a permit, so an unpark that arrives before the park is not lost: the park
// returns at once. Waiters re-check their condition in a loop (a permit may be left over).
#ifndef MEDI_RUNTIME_SCHED_TASK_PARK_H
#define MEDI_RUNTIME_SCHED_TASK_PARK_H

#include "task_state.h"
#include "thread_parker.h"

#include <chrono>

namespace medi::detail {

// A task's ParkState (task_state.h) moves so:
//   Empty -> Parking      park() with no permit; its fiber switches out
//   Parking -> Parked     the worker, once the fiber is off its stack (finish_park)
//   Parking -> Notified   an unpark meanwhile: the worker's compare-exchange fails and it
//                         reschedules the task
//   Parked -> Notified    an unpark: it reschedules the task (only an unpark that finds Parked)
//   Empty -> Notified     an unpark of a running task: a permit, which the next park() consumes
//   Parked -> Abandoned   a shutdown claims it under its live list's lock: nobody reschedules it
//   Parked -> Inspected   the deadlock watch copies its record; an unpark meanwhile leaves a
//                         permit (Notified) and the watch reschedules it when done
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
