// mutator.cpp: the recycled per-task and per-thread MutatorStates behind mutator.h.
#include "mutator.h"

#include "../sched/task_slots.h"

#include <mutex>

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

// A thread's state, released when the thread exits.
struct ThreadMutator {
  MutatorState *state = nullptr;
  ~ThreadMutator() {
    if (state)
      recycle(state);
  }
};

// A task's state, released when the task finishes: the objects it allocated and never
// published are not protected any more.
constinit const medi::detail::TaskSlot task_mutator([](void *state) noexcept {
  recycle(static_cast<MutatorState *>(state));
});

} // namespace

MutatorState &current_mutator() {
  if (medi::detail::TaskControl *task = medi::detail::current_task()) {
    void *state = task_mutator.get(task);
    if (!state) {
      state = acquire();
      task_mutator.set(task, state);
    }
    return *static_cast<MutatorState *>(state);
  }
  thread_local ThreadMutator thread_mutator;
  if (!thread_mutator.state)
    thread_mutator.state = acquire();
  return *thread_mutator.state;
}

} // namespace medi::gc_zone::detail
