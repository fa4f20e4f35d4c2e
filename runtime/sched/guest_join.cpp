// guest_join.cpp: a join from a plain thread runs the thread's own queued tasks while it waits
// (oneTBB's external thread in task_group::wait(); guest_seats.h says where the tasks come from).
//
// For as long as it helps, the thread is its seat's worker: it runs each task on the task's own
// fiber, exactly as a worker would (a task that parks is resumed later wherever it is woken),
// and what those tasks spawn or wake goes onto the seat. It takes only from its own seat, newest
// first, and never steals: a worker may be running the joined task, and the thread should be
// back as soon as that one finishes. When it stops, whatever is left on the seat is handed to
// the workers.
#include "fiber.h"
#include "scheduler_core.h"
#include "stack_overflow.h"

namespace medi::detail {

bool SchedulerCore::help_until_finished(const TaskControl *target) noexcept {
  if (this_worker_thread.worker || current_task())
    return false;
  Worker *seat = guests_.held_seat_of_this_thread();
  if (!seat || target->finished() || queued_estimate(*seat) == 0)
    return target->finished();
  ensure_alt_signal_stack(); // a task's guard-page fault is reported from it
  this_worker_thread = {seat, this};
  seat->asleep.store(false, std::memory_order_seq_cst);
  ExceptionState &thread_state = thread_exception_state();
  while (!target->finished() && running()) {
    TaskControl *task = take_own(*seat);
    if (!task)
      break;
    seat->count_dispatch();
    run_task(*seat, task, thread_state);
  }
  // What the tasks woke stays queued for the workers: a run-next task moves to its deque (not
  // marked: nobody here will run it soon).
  for (std::size_t priority = 0; priority < kPriorities; ++priority)
    if (TaskControl *task = seat->run_next[priority].exchange(nullptr, std::memory_order_acq_rel))
      seat->deques[priority].push(task);
  this_worker_thread = {};
  seat->asleep.store(true, std::memory_order_seq_cst);
  // Spawns and wake-ups while we helped published as a worker's own (relaxed: a worker looks at
  // its own queues before it sleeps); we will not look again, so publish them for the others.
  if (queued_estimate(*seat) != 0) {
    asymmetric_fence::light();
    if (stopping_.load(std::memory_order_seq_cst) &&
        active_workers_.load(std::memory_order_seq_cst) == 0)
      fail_queued_on(*seat);
    else
      idle_.work_published(IdleWorkers::Published::Shared);
  }
  return target->finished();
}

} // namespace medi::detail
