// task_group_state.h: a task group as the runtime keeps it (internal): its token, its outcome,
// and the deadline's watcher. medi::TaskGroup and the C ABI's groups are views of it.
#ifndef MEDI_RUNTIME_SCHED_TASK_GROUP_STATE_H
#define MEDI_RUNTIME_SCHED_TASK_GROUP_STATE_H

#include "cancel_state.h"
#include "medi/cancellation.h"

#include <atomic>
#include <chrono>
#include <expected>
#include <mutex>
#include <optional>

namespace medi::detail {

class TaskGroupState {
public:
  using Deadline = std::optional<std::chrono::steady_clock::time_point>;

  /// A group whose token is a child of `parent` (may be null), with one reference; made inside
  /// a real-time zone, it is reported as a violation first. Throws std::bad_alloc.
  static TaskGroupState *create(CancelState *parent, Deadline deadline, SourceSite site);
  ~TaskGroupState();
  TaskGroupState(const TaskGroupState &) = delete;
  TaskGroupState &operator=(const TaskGroupState &) = delete;

  void retain() noexcept { references_.fetch_add(1, std::memory_order_relaxed); }
  void release() noexcept;

  /// Makes `task` (new, not yet submitted) a member; submitting it is the caller's. Throws
  /// std::bad_alloc (nothing changed then).
  void adopt(TaskControl *task);
  /// Records why the group ends early, if nothing was recorded before, and cancels it.
  void end_early(TaskGroupError::Kind kind, std::optional<RuntimeError> failure) noexcept;
  /// A member finished (with `failure`, if it failed).
  void member_finished(const std::optional<RuntimeError> &failure) noexcept;
  /// Waits for every member (not cancellable: a group never leaves tasks behind), then stops
  /// the deadline's watcher. Later calls return the first call's result.
  std::expected<void, TaskGroupError> wait(SourceSite site) noexcept;

  CancelState *token() const noexcept { return token_; }
  /// Where the group was made.
  SourceSite site() const noexcept { return site_; }
  std::size_t spawned() const noexcept { return spawned_.load(std::memory_order_relaxed); }
  bool waited() const noexcept { return waited_; }

private:
  TaskGroupState(CancelState *parent, Deadline deadline, SourceSite site);
  void start_deadline_watch(std::chrono::steady_clock::time_point deadline, SourceSite site);

  std::atomic<std::uint32_t> references_{1};
  std::atomic<std::size_t> spawned_{0};
  const SourceSite site_;
  CancelState *token_; // owned reference
  std::mutex mutex_;
  std::optional<TaskGroupError> outcome_; // guarded by mutex_: the first early end
  CancelState *watch_token_ = nullptr;    // the deadline watcher's, when there is a deadline
  TaskControl *watcher_ = nullptr;        // retained
  bool members_done_ = false;             // guarded by mutex_: a deadline now comes too late
  bool waited_ = false;
  std::expected<void, TaskGroupError> result_;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_TASK_GROUP_STATE_H
