// blocking_handoff.cpp: blocking(F) from a task. The calling thread is about to block outside
// the runtime, so it gives its worker (the deques, the run-next slots, its place in the pool)
// to a new thread, as Go hands off a P around a system call; the task then runs F on the old
// thread, which is no longer a worker, and afterwards switches back into the scheduler to be
// queued like a yielding task and resumed on some worker.
#include "../trace/trace_points.h"
#include "fiber.h"
#include "scheduler_core.h"

namespace medi::detail {

bool SchedulerCore::begin_blocking() noexcept {
  const WorkerThread here = this_worker_thread;
  // A seat is its plain thread's (guest_seats.h): there is no worker to hand on, and the thread
  // was waiting in a join anyway.
  if (!here.worker || here.worker->guest || !here.core || !current_task() || !here.core->running())
    return false;
  trace::blocking_handoff(here.worker->index);
  here.core->hand_off(*here.worker);
  this_worker_thread = {}; // from here on, this thread only runs the blocking call
  return true;
}

void SchedulerCore::end_blocking() noexcept {
  state_of(current_task()).switch_reason = SwitchReason::Rejoin;
  Fiber::suspend(); // resumes on a worker
}

void SchedulerCore::hand_off(Worker &worker) {
  std::lock_guard lock(workers_mutex_);
  const std::uint64_t generation = worker.owner_generation.fetch_add(1) + 1;
  handed_off_threads_.fetch_add(1);
  worker.thread.detach(); // this thread: it ends after the blocking call (see worker_loop)
  worker.thread = std::thread([this, &worker, generation] { worker_loop(worker, generation); });
}

} // namespace medi::detail
