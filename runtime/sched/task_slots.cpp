// task_slots.cpp: the registry of task slots and their exit hooks (task_slots.h).
#include "task_slots.h"

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace medi::detail {
namespace {

constinit std::mutex registry_mutex;
constinit std::atomic<std::size_t> slots_taken{0};
constinit std::array<std::atomic<TaskSlot::ExitHook>, kTaskSlots> exit_hooks{};

} // namespace

std::size_t TaskSlot::take_index() const noexcept {
  std::lock_guard lock(registry_mutex);
  std::size_t index = index_.load(std::memory_order_relaxed);
  if (index != kUnassigned)
    return index; // another thread took it meanwhile
  index = slots_taken.load(std::memory_order_relaxed);
  if (index >= kTaskSlots) {
    std::fputs(
        "[medi-runtime] more task slots taken than kTaskSlots (runtime/sched/task_state.h)\n",
        stderr);
    std::abort();
  }
  exit_hooks[index].store(on_exit_, std::memory_order_relaxed);
  slots_taken.store(index + 1, std::memory_order_release);
  index_.store(index, std::memory_order_release);
  return index;
}

void run_task_exit_hooks_slow(TaskControl *task) noexcept {
  std::array<void *, kTaskSlots> &slots = state_of(task).slots;
  // A slot holds a value only after its index was taken, which published its hook.
  const std::size_t taken = slots_taken.load(std::memory_order_acquire);
  for (std::size_t i = 0; i < taken; ++i) {
    void *value = slots[i];
    if (!value)
      continue;
    slots[i] = nullptr;
    if (TaskSlot::ExitHook hook = exit_hooks[i].load(std::memory_order_relaxed))
      hook(value);
  }
}

} // namespace medi::detail
