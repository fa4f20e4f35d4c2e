// task_state.h: what a task is to the runtime (internal). <medi/detail/task_control.h> shows a
// task's handle side; everything the scheduler, the parking protocol and the other parts of the
// runtime keep per task lives here, in the control block's opaque runtime-state bytes, reached
// through state_of().
#ifndef MEDI_RUNTIME_SCHED_TASK_STATE_H
#define MEDI_RUNTIME_SCHED_TASK_STATE_H

#include "../rt/zone_stack.h"
#include "medi/detail/blocked_on.h"
#include "medi/detail/task_control.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>

namespace medi::detail {

class CancelState;
class Fiber;
class SchedulerCore;
class TaskGroupState;

/// Why a task's fiber switched back to its worker.
enum class SwitchReason : std::uint8_t { None, Yield, Park, Finish, Rejoin };

/// A task's park state (task_park.h): whether a permit waits, whether it is parked, and the two
/// states the scheduler gives a parked task while it holds it (abandoned, inspected).
enum class ParkState : std::int8_t {
  Empty,     // running, no permit
  Notified,  // an unpark left a permit
  Parking,   // its fiber is switching out; the worker then makes it Parked
  Parked,    // descheduled: only an unpark reschedules it
  Abandoned, // a shutdown failed it: nobody reschedules it
  Inspected, // the deadlock watch is copying its record: an unpark leaves a permit
};

/// Per-task words that other parts of the runtime own (task_slots.h).
inline constexpr std::size_t kTaskSlots = 4;

// Ordered hot first: a spawn, its run and its join touch the first two cache lines.
struct TaskState {
  SchedulerCore *scheduler = nullptr;
  Fiber *fiber = nullptr; // from its first run until it finishes (owns its stack)
  SwitchReason switch_reason = SwitchReason::None;
  std::atomic<ParkState> park_state{ParkState::Empty};
  std::atomic<bool> in_live_list{false};        // entered at its first park (live_list.h)
  std::atomic<std::uint32_t> thread_joiners{0}; // plain threads waiting for it to finish
  // The one joining task, or kFinished once the task has finished (task_control.cpp).
  std::atomic<void *> join_waiter{nullptr};
  TaskControl *running_inline = nullptr; // a joined task running on this task's stack
  std::array<void *, kTaskSlots> slots{};
  TaskControl *live_prev = nullptr; // in its scheduler's live list while it has a fiber
  TaskControl *live_next = nullptr;
  const BlockedOn *blocked_on = nullptr; // what it waits for, while in a BlockingScope
  CancelState *cancel = nullptr;         // the token it observes (cancel_state.h), retained
  TaskGroupState *group = nullptr;       // the group it belongs to, retained until it finishes
  ZoneStack zones; // the task's memory zones (they travel with it between workers)
};

/// The runtime's accessor to a control block's private parts.
struct TaskAccess {
  static TaskState &state(TaskControl &task) noexcept {
    return *std::launder(reinterpret_cast<TaskState *>(task.runtime_state_));
  }
  static void *runtime_state(TaskControl &task) noexcept { return task.runtime_state_; }
  static SourceSite spawn_site(const TaskControl &task) noexcept { return task.spawn_site_; }
  static void set_finished(TaskControl &task, std::optional<RuntimeError> failure) noexcept {
    if (failure)
      task.failure_ = std::move(failure);
    task.finished_.store(true, std::memory_order_seq_cst);
  }
  static bool finished_seq_cst(const TaskControl &task) noexcept {
    return task.finished_.load(std::memory_order_seq_cst);
  }
};
static_assert(sizeof(TaskState) <= TaskControl::kRuntimeStateBytes,
              "raise TaskControl::kRuntimeStateBytes");
static_assert(alignof(TaskState) <= alignof(std::max_align_t));

inline TaskState &state_of(TaskControl *task) noexcept {
  return TaskAccess::state(*task);
}
inline const TaskState &state_of(const TaskControl *task) noexcept {
  return TaskAccess::state(const_cast<TaskControl &>(*task));
}

/// The task whose fiber the calling code runs on, or nullptr on a plain thread. (A task run
/// inline by a join runs on its joiner's fiber; see innermost_task().)
TaskControl *current_task() noexcept;

/// The task whose code runs on `task`'s stack: `task`, or the task it runs inline (a joined
/// child, which may itself run one inline). Null for null.
inline TaskControl *innermost_of(TaskControl *task) noexcept {
  while (task && state_of(task).running_inline)
    task = state_of(task).running_inline;
  return task;
}

/// The task whose code is running here: the current task, or the task it runs inline.
inline TaskControl *innermost_task() noexcept {
  return innermost_of(current_task());
}

/// Ends a task: frees what other parts of the runtime kept in its slots, records its failure,
/// marks it finished, and wakes its joiners.
void finish_task(TaskControl *task, std::optional<RuntimeError> failure) noexcept;

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_TASK_STATE_H
