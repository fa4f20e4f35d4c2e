// timer_service.h: wakes tasks at a deadline (internal). One thread, started on first use, sleeps
// until the earliest deadline and unparks the tasks whose time has come. Threads that wait with a
// deadline do not need it: they block with a timeout themselves.
#ifndef MEDI_RUNTIME_SCHED_TIMER_SERVICE_H
#define MEDI_RUNTIME_SCHED_TIMER_SERVICE_H

#include "medi/detail/task_control.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace medi::detail {

class TimerService {
public:
  using Clock = std::chrono::steady_clock;

  static TimerService &instance();

  /// Identifies one armed wake-up, for cancel().
  using Ticket = std::pair<Clock::time_point, std::uint64_t>;

  /// Unparks `task` at `deadline` (holding a reference to it until then).
  Ticket wake_at(Clock::time_point deadline, TaskControl *task);
  /// Disarms a wake-up that is no longer needed (a wait that ended early); a no-op once fired.
  void cancel(const Ticket &ticket) noexcept;
  /// Deadlines not yet reached.
  std::size_t pending() const;
  /// Deadlines not yet reached, or reached and still being delivered: while non-zero, a wake-up
  /// is on its way to somebody (the deadlock watch asks).
  std::size_t busy() const;

private:
  TimerService() = default;
  void run();

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::map<Ticket, TaskControl *> entries_; // guarded by mutex_; earliest first
  std::uint64_t next_sequence_ = 0;         // guarded by mutex_
  std::size_t firing_ = 0;                  // guarded by mutex_: taken out, not yet unparked
  bool started_ = false;                    // guarded by mutex_
};

/// Parks the calling task, or blocks the calling thread, until `deadline`. False when the task
/// is (or becomes) cancelled first. A task's sleep is a timed wait on op task.sleep at `site`
/// (never part of a deadlock; a trace shows it).
bool sleep_until(TimerService::Clock::time_point deadline, SourceSite site) noexcept;

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_TIMER_SERVICE_H
