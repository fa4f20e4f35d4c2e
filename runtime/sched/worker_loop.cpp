// worker_loop.cpp: a worker thread's loop: find a task, run it, and when there is none, search
// and sleep (idle_workers.h). A worker's loop ends at a shutdown, or when blocking() hands the
// worker to a new thread (its generation changes; blocking_handoff.cpp).
#include "../trace/trace_points.h"
#include "scheduler_core.h"
#include "stack_overflow.h"

#include <string>

namespace medi::detail {

constinit thread_local WorkerThread this_worker_thread;

void SchedulerCore::worker_loop(Worker &worker, std::uint64_t generation) {
  const AltSignalStack signal_stack; // where a guard-page fault is reported from
  this_worker_thread = {&worker, this};
  trace::name_thread("worker " + std::to_string(worker.index));
  trace::worker_sleep(worker.index, false); // awake from the start: the worker gets its track
  struct LastOut {
    SchedulerCore &core;
    Worker &worker;
    std::uint64_t generation;
    ~LastOut() {
      // No longer a worker: tasks woken from here on are injected, and failed (see schedule()).
      this_worker_thread = {};
      if (worker.owner_generation.load() != generation) {
        // Handed to another thread by blocking(), which now counts as the worker. Our last
        // touch of the scheduler, made under its lock: join() takes the lock after it sees the
        // count reach zero, so it cannot destroy the scheduler while we are still here.
        std::lock_guard lock(core.workers_mutex_);
        if (core.handed_off_threads_.fetch_sub(1) == 1)
          core.handed_off_threads_.notify_all();
        return;
      }
      // The last worker to stop fails what can no longer run, so no join() waits forever even
      // when nobody calls join() (a panic under ShutdownScheduler).
      if (core.active_workers_.fetch_sub(1, std::memory_order_seq_cst) == 1)
        core.fail_unstarted_tasks();
    }
  } last_out{*this, worker, generation};
  // This thread's C++ exception state, swapped with each fiber's as it is resumed.
  ExceptionState &thread_state = thread_exception_state();
  auto keep_going = [&] {
    return !stopping_.load(std::memory_order_acquire) &&
           worker.owner_generation.load(std::memory_order_acquire) == generation;
  };
  while (keep_going()) {
    TaskControl *task = find_task(worker);
    if (!task)
      task = idle_.search_then_sleep([&] { return find_task(worker); }, keep_going, stopping_,
                                     worker.left_woken_tasks, worker.asleep, worker.index);
    if (!task)
      continue;
    if (keep_going()) {
      run_task(worker, task, thread_state);
    } else {
      // Found while a shutdown (or a hand-off) began: not started or resumed after it. Queued
      // on this worker, a shutdown fails it with the rest; a new owner of the worker runs it.
      worker.deques[index_of(task->priority())].push(task);
    }
  }
}

} // namespace medi::detail
