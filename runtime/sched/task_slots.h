// task_slots.h: per-task words that other parts of the runtime keep in a task without the
// scheduler knowing what they are, as POSIX thread-specific keys do for threads. The C ABI keeps
// a compiled task's panic landing in one, the GC its mutator state in another. A slot may name
// an exit hook: when the task finishes, before its joiner hears of it, the hook gets the slot's
// value if it is not null.
//
// A TaskSlot is a constant-initialized namespace-scope object: it takes its index the first time
// it is used, so it works even from code that runs during static initialization.
#ifndef MEDI_RUNTIME_SCHED_TASK_SLOTS_H
#define MEDI_RUNTIME_SCHED_TASK_SLOTS_H

#include "task_state.h"

#include <array>
#include <atomic>
#include <cstddef>

namespace medi::detail {

class TaskSlot {
public:
  using ExitHook = void (*)(void *value) noexcept;

  constexpr explicit TaskSlot(ExitHook on_exit = nullptr) noexcept : on_exit_(on_exit) {}
  TaskSlot(const TaskSlot &) = delete;
  TaskSlot &operator=(const TaskSlot &) = delete;

  void *get(TaskControl *task) const noexcept { return state_of(task).slots[index()]; }
  void set(TaskControl *task, void *value) const noexcept { state_of(task).slots[index()] = value; }

private:
  static constexpr std::size_t kUnassigned = ~std::size_t{0};
  std::size_t index() const noexcept {
    const std::size_t index = index_.load(std::memory_order_acquire);
    return index != kUnassigned ? index : take_index();
  }
  /// Takes one of the kTaskSlots slots and registers the exit hook (aborts with a message when
  /// they are all taken).
  [[gnu::cold]] std::size_t take_index() const noexcept;

  const ExitHook on_exit_;
  mutable std::atomic<std::size_t> index_{kUnassigned};
};

/// Runs the exit hooks of the task's non-empty slots and empties them.
void run_task_exit_hooks_slow(TaskControl *task) noexcept;
inline void run_task_exit_hooks(TaskControl *task) noexcept {
  // Most tasks never use a slot: one look at all of them, no call.
  const std::array<void *, kTaskSlots> &slots = state_of(task).slots;
  bool any = false;
  for (void *value : slots)
    any |= value != nullptr;
  if (any) [[unlikely]]
    run_task_exit_hooks_slow(task);
}

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_TASK_SLOTS_H
