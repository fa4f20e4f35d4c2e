// medi/detail/task_control.h: what a task is to the scheduler (internal to the runtime; here only
// because medi::Task<R> is a template). Not API: names in medi::detail may change at any time.
#ifndef MEDI_DETAIL_TASK_CONTROL_H
#define MEDI_DETAIL_TASK_CONTROL_H

#include "medi/detail/blocked_on.h"
#include "medi/error/runtime_context.h"
#include "medi/error/runtime_error.h"
#include "medi/error/source_site.h"
#include "medi/zone.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>
#include <source_location>

namespace medi {

/// Honoured, not a hint: see docs/tasks.md for the order and the aging rule.
enum class Priority : std::uint8_t { Low = 0, Normal = 1, High = 2 };

namespace detail {

class Fiber;
class SchedulerCore;

class TaskControl {
public:
  TaskControl(Priority priority, SourceSite spawn_site) noexcept;
  virtual ~TaskControl();
  TaskControl(const TaskControl &) = delete;
  TaskControl &operator=(const TaskControl &) = delete;

  // Control blocks come from per-thread free lists (runtime/sched/task_allocator.cpp).
  static void *operator new(std::size_t bytes);
  static void operator delete(void *memory, std::size_t bytes) noexcept;
  static void *operator new(std::size_t bytes, std::align_val_t alignment);
  static void operator delete(void *memory, std::size_t bytes, std::align_val_t alignment) noexcept;

  /// Runs the task's callable and keeps its result; exceptions propagate to the scheduler.
  virtual void run() = 0;

  void retain() noexcept { references_.fetch_add(1, std::memory_order_relaxed); }
  void release() noexcept;

  std::uint64_t id() const noexcept { return id_; }
  Priority priority() const noexcept { return priority_; }
  /// Where the task was spawned, with op scheduler.task_panic (built on demand: only a failing
  /// task needs it, and a spawn should not pay for it).
  RuntimeContext spawn_site() const noexcept;

  bool finished() const noexcept { return finished_.load(std::memory_order_acquire); }
  /// Parks the calling task (or blocks the calling thread) until the task has finished; `site`
  /// is the join's call site (a deadlock report names it).
  void wait_finished(SourceSite site) noexcept;
  /// Why the task failed (a panic, or a scheduler that stopped before it ran), once finished.
  const std::optional<RuntimeError> &failure() const noexcept { return failure_; }

  // --- scheduler side (runtime/sched) ---------------------------------------------------------
  enum class Switch : std::uint8_t { None, Yield, Park, Finish, Rejoin };
  Fiber *fiber = nullptr; // from its first run until it finishes (owns its stack)
  SchedulerCore *scheduler = nullptr;
  Switch switch_reason = Switch::None;
  std::atomic<std::int32_t> park_state{0}; // see runtime/sched/task_park.h
  TaskControl *live_prev = nullptr;        // in the scheduler's live list while it has a fiber
  TaskControl *live_next = nullptr;
  bool in_live_list = false;
  TaskControl *running_inline = nullptr; // a joined task running on this task's stack
  ZoneStack zones;                       // the task's memory zones (medi/zone.h)
  void *panic_landing = nullptr;         // where a compiled task's panic returns to (runtime/abi)
  void *gc_mutator = nullptr;            // its GC allocations' pending state (runtime/gc/mutator)
  const BlockedOn *blocked_on = nullptr; // what it waits for, while in a BlockingScope
  void finish(std::optional<RuntimeError> failure) noexcept;

private:
  std::atomic<std::uint32_t> references_{1};
  const std::uint64_t id_;
  const Priority priority_;
  const SourceSite spawn_site_;
  std::atomic<bool> finished_{false};
  std::atomic<void *> join_waiter_{nullptr};
  std::atomic<std::uint32_t> thread_joiners_{0};
  std::optional<RuntimeError> failure_;
};

/// Thrown to a task's boundary for a failure that was reported where it happened (a compiled
/// task's panic): the task fails with `error`, and the scheduler does not report it again.
struct ReportedTaskFailure {
  RuntimeError error;
};

/// Hands a new task to `scheduler`, which takes over one reference.
void submit(TaskControl *task, SchedulerCore *scheduler);

} // namespace detail
} // namespace medi

#endif // MEDI_DETAIL_TASK_CONTROL_H
