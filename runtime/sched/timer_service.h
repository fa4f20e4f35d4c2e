// timer_service.h: wakes tasks at a deadline (internal). One thread, started on first use, sleeps
// until the earliest deadline and unparks the tasks whose time has come. Threads that wait with a
// deadline do not need it: they block with a timeout themselves.
#ifndef MEDI_RUNTIME_SCHED_TIMER_SERVICE_H
#define MEDI_RUNTIME_SCHED_TIMER_SERVICE_H

#include "medi/detail/task_control.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

namespace medi::detail {

class TimerService {
public:
  using Clock = std::chrono::steady_clock;

  static TimerService &instance();

  /// Unparks `task` at `deadline` (holding a reference to it until then).
  void wake_at(Clock::time_point deadline, TaskControl *task);
  /// Deadlines not yet reached.
  std::size_t pending() const;

private:
  TimerService() = default;
  void run();

  struct Entry {
    Clock::time_point deadline;
    TaskControl *task;
    bool operator>(const Entry &other) const { return deadline > other.deadline; }
  };

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> entries_; // guarded by mutex_
  bool started_ = false;                                                   // guarded by mutex_
};

/// Parks the calling task, or blocks the calling thread, until `deadline`.
void sleep_until(TimerService::Clock::time_point deadline) noexcept;

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_TIMER_SERVICE_H
