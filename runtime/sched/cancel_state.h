// cancel_state.h: what a CancellationToken and a TaskGroup share (internal).
//
// A CancelState is a flag with the tasks that observe it (to wake them when it is set) and its
// child states (set with it). A task observes at most one state: TaskState::cancel, set when it
// is spawned into a group, before it first runs. Waiting in the runtime is cancellable through
// one check: a task's wait loop (WaitContext::wait_until, joins, sleeps) re-reads the flag each
// time it wakes and before it parks, and cancel() sets the flag first and then unparks every
// observing task, so either the task sees the flag or its park returns at once (task_park.h
// keeps the permit).
#ifndef MEDI_RUNTIME_SCHED_CANCEL_STATE_H
#define MEDI_RUNTIME_SCHED_CANCEL_STATE_H

#include "task_state.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <vector>

namespace medi::detail {

class CancelState {
public:
  /// A new state with one reference, a child of `parent` when it is not null (cancelled at once
  /// if the parent is). Throws std::bad_alloc.
  static CancelState *create(CancelState *parent);

  void retain() noexcept { references_.fetch_add(1, std::memory_order_relaxed); }
  void release() noexcept;

  bool cancelled() const noexcept { return cancelled_.load(std::memory_order_acquire); }
  /// Sets the flag, cancels the children, and wakes every observing task. Idempotent.
  void cancel() noexcept;

  /// Makes `task` (not yet running) observe this state; retains both. Throws std::bad_alloc.
  void observe(TaskControl *task);
  /// The observing tasks now, each retained (the caller releases them).
  std::vector<TaskControl *> tasks();

private:
  CancelState() noexcept = default;
  ~CancelState();
  /// The finished tasks, taken out of the list (the caller releases them). Throws
  /// std::bad_alloc (nothing changed then).
  std::vector<TaskControl *> take_finished_locked();

  std::atomic<std::uint32_t> references_{1};
  std::atomic<bool> cancelled_{false};
  CancelState *parent_ = nullptr; // retained; set once linked into its children
  std::mutex mutex_;
  std::vector<TaskControl *> tasks_;    // guarded by mutex_; retained
  std::vector<CancelState *> children_; // guarded by mutex_; not retained (they unlink)
  std::size_t prune_at_ = 64;           // guarded by mutex_
};

/// The state `task` observes, or null.
inline CancelState *cancel_state_of(TaskControl *task) noexcept {
  return task ? state_of(task).cancel : nullptr;
}
/// Whether the task whose code runs here belongs to a cancelled group.
inline bool cancel_requested(TaskControl *task) noexcept {
  const CancelState *state = cancel_state_of(task);
  return state && state->cancelled();
}

/// Called as a task of a group finishes (finish_task): a failure fails the group fast.
void leave_group(TaskControl *task, const std::optional<RuntimeError> &failure) noexcept;

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_CANCEL_STATE_H
