// mutator.cpp: the recycled per-task and per-thread MutatorStates behind mutator.h.
#include "mutator.h"

#include "../sched/fiber.h"
#include "../sched/task_slots.h"

#include <mutex>
#include <utility>

namespace medi::gc_zone::detail {
namespace {

std::mutex free_mutex;
MutatorState *free_list = nullptr;

MutatorState *acquire() {
  {
    std::lock_guard lock(free_mutex);
    if (MutatorState *state = free_list) {
      free_list = state->next_free;
      return state;
    }
  }
  return new MutatorState; // never freed: objects may point at it after its owner is gone
}

void recycle(MutatorState *state) noexcept {
  state->safe_point();
  std::lock_guard lock(free_mutex);
  state->next_free = free_list;
  free_list = state;
}

// A thread's state: `thread_state` is a plain pointer (no guard on the allocation path), and
// the hook, made on first use, releases it when the thread exits.
constinit thread_local MutatorState *thread_state = nullptr;
struct ThreadMutatorRelease {
  bool armed = false;
  ~ThreadMutatorRelease() {
    if (MutatorState *state = std::exchange(thread_state, nullptr))
      recycle(state);
  }
};
thread_local ThreadMutatorRelease thread_release;

// A task's state, released when the task finishes: the objects it allocated and never
// published are not protected any more.
constinit const medi::detail::TaskSlot task_mutator([](void *state) noexcept {
  recycle(static_cast<MutatorState *>(state));
});

[[gnu::noinline]] MutatorState &first_thread_state() {
  MutatorState *state = acquire();
  thread_release.armed = true; // constructs the hook, so that it runs at exit
  thread_state = state;
  return *state;
}

} // namespace

MutatorState &current_mutator() {
  // Fiber::current() rather than current_task(): one call fewer on every allocation.
  if (medi::detail::Fiber *fiber = medi::detail::Fiber::current()) {
    auto *task = static_cast<medi::detail::TaskControl *>(fiber->argument());
    void *state = task_mutator.get(task);
    if (!state) {
      state = acquire();
      task_mutator.set(task, state);
    }
    return *static_cast<MutatorState *>(state);
  }
  if (MutatorState *state = thread_state) [[likely]]
    return *state;
  return first_thread_state();
}

} // namespace medi::gc_zone::detail
