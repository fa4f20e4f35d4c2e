// mutator.cpp: the recycled per-task and per-thread MutatorStates behind mutator.h.
#include "mutator.h"

#include "../sched/scheduler_core.h"

#include <mutex>

namespace medi::detail::gc {
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

} // namespace

MutatorState &current_mutator() {
  if (TaskControl *task = SchedulerCore::current_task()) {
    if (!task->gc_mutator)
      task->gc_mutator = acquire();
    return *static_cast<MutatorState *>(task->gc_mutator);
  }
  thread_local ThreadMutator thread_mutator;
  if (!thread_mutator.state)
    thread_mutator.state = acquire();
  return *thread_mutator.state;
}

void release_mutator(void *state) noexcept {
  recycle(static_cast<MutatorState *>(state));
}

} // namespace medi::detail::gc
