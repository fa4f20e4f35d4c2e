// deadlock_report.h: what the deadlock watch found, and the report it makes of it (internal).
#ifndef MEDI_RUNTIME_SCHED_DEADLOCK_REPORT_H
#define MEDI_RUNTIME_SCHED_DEADLOCK_REPORT_H

#include "medi/detail/blocked_on.h"
#include "medi/error/runtime_context.h"
#include "medi/error/runtime_error.h"
#include "scheduler_core.h"

#include <optional>
#include <utility>
#include <vector>

namespace medi::detail {

/// Every party of a deadlock, as one look found them.
struct DeadlockSnapshot {
  std::optional<BlockedOn> thread; // the watched thread's wait
  std::vector<ParkedTask> tasks;
  SchedulerCore::Quiet quiet;     // how the scheduler stood (zero when it never started)
  std::uint64_t thread_waits = 0; // the watched thread's waits so far

  /// The same still state as `other`: nothing ran and nobody waited anew in between.
  bool same_state(const DeadlockSnapshot &other) const noexcept {
    return quiet == other.quiet && thread_waits == other.thread_waits;
  }
};

/// The Deadlock error (the watched thread first, then tasks by id, at most Deadlock::kMaxListed)
/// and its context: the watched thread's call site, with op scheduler.deadlock.
std::pair<RuntimeError, RuntimeContext> describe_deadlock(const DeadlockSnapshot &snapshot);

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_DEADLOCK_REPORT_H
