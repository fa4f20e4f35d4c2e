// inline_join.cpp: a join that runs its target right away, on the joiner's stack.
//
// A task that spawns a child and joins it at once would otherwise park, and its worker would
// switch to the child (it sits at the bottom of the worker's deque, next in line) and back. When
// the target has not started and is that bottom task, the joiner runs it inline instead: no
// fiber, no switch. While it runs, the joiner's TaskState::running_inline names it, so the code
// that asks which task is running (this_task::id(), a compiled panic's landing, a stack-overflow
// report) sees the inner one (innermost_task()).
#include "../trace/trace_points.h"
#include "scheduler_core.h"

namespace medi::detail {

bool SchedulerCore::run_inline(TaskControl *target) noexcept {
  const WorkerThread here = this_worker_thread;
  TaskControl *parent = current_task();
  // A task that observes a cancellation token runs on its own fiber: cancelling wakes the task
  // it names, which a task run inline is not (its joiner's fiber is the one that parks).
  if (!here.worker || !parent || state_of(target).scheduler != here.core || state_of(target).cancel)
    return false;
  auto &deque = here.worker->deques[index_of(target->priority())];
  TaskControl *bottom = deque.pop();
  if (!bottom)
    return false;
  // Not ours to run here (a marked woken task never equals an unstarted target): back it goes.
  if (bottom != target || state_of(target).fiber) {
    deque.push(bottom);
    return false;
  }
  TaskControl *&running_inline = state_of(parent).running_inline;
  TaskControl *const outer = std::exchange(running_inline, target);
  const bool traced = trace::on();
  if (traced) [[unlikely]]
    trace::record_run_begin(target, true, true, 0);
  run_to_completion(target);
  if (traced) [[unlikely]]
    trace::record_run_end(target, trace::RunEnd::Finished);
  running_inline = outer;
  target->release(); // the reference its place in the queue held
  return true;
}

} // namespace medi::detail
