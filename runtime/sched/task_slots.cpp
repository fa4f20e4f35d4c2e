// task_slots.cpp: the registry of task slots and their exit hooks (task_slots.h).
#include "task_slots.h"

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace medi::detail {
namespace {

constinit std::atomic<std::size_t> slots_taken{0};
constinit std::array<std::atomic<TaskSlot::ExitHook>, kTaskSlots> exit_hooks{};

} // namespace

TaskSlot::TaskSlot(ExitHook on_exit) noexcept
    : index_(slots_taken.fetch_add(1, std::memory_order_relaxed)) {
  if (index_ >= kTaskSlots) {
    std::fputs(
        "[medi-runtime] more task slots taken than kTaskSlots (runtime/sched/task_state.h)\n",
        stderr);
    std::abort();
  }
  exit_hooks[index_].store(on_exit, std::memory_order_release);
}

void run_task_exit_hooks_slow(TaskControl *task) noexcept {
  std::array<void *, kTaskSlots> &slots = state_of(task).slots;
  const std::size_t taken = slots_taken.load(std::memory_order_acquire);
  for (std::size_t i = 0; i < taken && i < kTaskSlots; ++i) {
    void *value = slots[i];
    if (!value)
      continue;
    slots[i] = nullptr;
    if (TaskSlot::ExitHook hook = exit_hooks[i].load(std::memory_order_acquire))
      hook(value);
  }
}

} // namespace medi::detail
