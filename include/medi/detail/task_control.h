// medi/detail/task_control.h: a task as its handle sees it (internal; here only because
// medi::Task<R> is a template): a reference count, an id, a priority, and once it has finished,
// its failure if it failed (TaskWithResult<R> adds the result). The runtime's own per-task state
// (its fiber, its park state, its zones, ...) lives in an opaque block that only the runtime
// reads, as oneTBB's task keeps `m_reserved`. Not API: names in medi::detail may change at any
// time.
#ifndef MEDI_DETAIL_TASK_CONTROL_H
#define MEDI_DETAIL_TASK_CONTROL_H

#include "medi/error/runtime_context.h"
#include "medi/error/runtime_error.h"
#include "medi/error/source_site.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <new>
#include <optional>

namespace medi {

enum class Priority : std::uint8_t; // <medi/scheduler.h>

namespace detail {

class SchedulerCore;
struct TaskAccess;

/// How a timed or cancellable wait for a task's finish ended.
enum class JoinWait : std::uint8_t { Finished, TimedOut, Cancelled };

class TaskControl {
public:
  TaskControl(Priority priority, SourceSite spawn_site) noexcept;
  virtual ~TaskControl();
  TaskControl(const TaskControl &) = delete;
  TaskControl &operator=(const TaskControl &) = delete;

  // Control blocks come from per-thread free lists in front of the general allocator.
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
  using SteadyTime = std::chrono::steady_clock::time_point;
  /// As wait_finished(), giving up at `deadline` and, when `cancellable`, when the calling task
  /// is cancelled (a second joiner that blocks as a thread does sees only the deadline).
  JoinWait wait_finished_until(std::optional<SteadyTime> deadline, SourceSite site,
                               bool cancellable = true) noexcept;
  /// Why the task failed (a panic, or a scheduler that stopped before it ran), once finished.
  const std::optional<RuntimeError> &failure() const noexcept { return failure_; }

  /// The size of the runtime's per-task state (checked where it is defined).
  static constexpr std::size_t kRuntimeStateBytes = 160;

private:
  friend struct TaskAccess; // the runtime's accessor

  // Hot first: what every spawn, switch and join touches sits in the block's first lines.
  std::atomic<std::uint32_t> references_{1};
  std::atomic<bool> finished_{false};
  const Priority priority_;
  const std::uint64_t id_;
  const SourceSite spawn_site_;
  alignas(std::max_align_t) std::byte runtime_state_[kRuntimeStateBytes];
  std::optional<RuntimeError> failure_; // read only once a task has failed
};

/// Hands a new task to `scheduler`, which takes over one reference.
void submit(TaskControl *task, SchedulerCore *scheduler);

} // namespace detail
} // namespace medi

#endif // MEDI_DETAIL_TASK_CONTROL_H
