// scheduler_core.h: the M:N scheduler behind medi::Scheduler (internal).
//
// Workers are OS threads, each with one work-stealing deque per priority and a run-next slot per
// priority (worker.h). A task spawned from a task goes to its worker's deque; a task woken from
// a task goes to its worker's run-next slot; tasks made ready from outside go through the
// injection queue (injection_queue.h). Which task a worker runs next, and what it steals, is the
// dispatcher's job (dispatcher.cpp); how idle workers search, sleep and are woken is
// idle_workers.h's; running a task on its fiber and what happens when it switches back is
// task_runner.cpp's. A plain thread that spawns gets a seat, a worker of its own that it runs
// only while it joins (guest_seats.h, guest_join.cpp). The live list (live_list.h) tracks started
// tasks for shutdown and the deadlock watch; blocking() hands a worker to a new thread
// (blocking_handoff.cpp).
#ifndef MEDI_RUNTIME_SCHED_SCHEDULER_CORE_H
#define MEDI_RUNTIME_SCHED_SCHEDULER_CORE_H

#include "guest_seats.h"
#include "idle_workers.h"
#include "injection_queue.h"
#include "live_list.h"
#include "medi/error/recovery_policy.h"
#include "medi/scheduler.h"
#include "stack_pool.h"
#include "stack_settings.h"
#include "task_state.h"
#include "worker.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace medi::detail {

struct ExceptionState;

class SchedulerCore {
public:
  SchedulerCore(std::size_t threads, RecoveryPolicy policy,
                const StackSettings &stacks = StackSettings::from_environment());
  ~SchedulerCore();
  SchedulerCore(const SchedulerCore &) = delete;
  SchedulerCore &operator=(const SchedulerCore &) = delete;

  /// A task that can run: onto the calling worker's deque when it is one of ours, else onto the
  /// calling plain thread's seat, else injected.
  void schedule(TaskControl *task) noexcept;
  /// A task made ready again (unparked): into the calling worker's run-next slot when it is one
  /// of ours, so it runs as soon as the waker parks or finishes, on the same core; else injected.
  void schedule_woken(TaskControl *task) noexcept;
  /// A parked task was unparked (its unpark found it parked, so nobody else reschedules it).
  void wake_parked(TaskControl *task) noexcept { schedule_woken(task); }
  /// A new task: as schedule(), failing it at once when the scheduler is shut down.
  void submit(TaskControl *task) noexcept;

  /// Starts workers until `threads` run (after a shutdown, starts them again).
  void ensure_running(std::size_t threads);
  /// Stops the workers after the task each is running switches out; tasks not yet started
  /// finish with an error. Does not wait (join() does).
  void shutdown() noexcept;
  void join() noexcept;

  std::size_t num_threads() const noexcept;
  RecoveryPolicy policy() const noexcept { return policy_.load(std::memory_order_relaxed); }
  void set_policy(RecoveryPolicy policy) noexcept { policy_.store(policy); }
  bool running() const noexcept { return !stopping_.load(std::memory_order_acquire); }

  /// From a task that is parking (ParkState::Parking): switches out, straight into the woken
  /// task its worker would run next when the dispatcher's common case applies (one context
  /// switch instead of two, through the worker's loop), else back to the worker. Either way the
  /// park is finished once the task is off its stack.
  static void switch_out_parking(TaskControl *task) noexcept;
  /// From a task: lets other ready tasks run (it is queued behind them).
  static void yield_current(TaskControl *task) noexcept;

  /// A join on a task that has not started and sits at the bottom of the calling worker's deque
  /// runs it right here, on the joiner's stack, instead of parking the joiner and switching: the
  /// child would run next on this worker anyway. False when it does not apply.
  static bool run_inline(TaskControl *target) noexcept;

  /// A join from a plain thread (no deadline): the thread runs the tasks queued on its seat
  /// (those it spawned, and what they spawned or woke) until `target` has finished or the seat
  /// is empty. Returns whether `target` has finished.
  bool help_until_finished(const TaskControl *target) noexcept;

  /// blocking(F), first half: when called from a task on one of our workers, hands that worker
  /// (its deques, its place in the pool) to a new thread, so the calling thread may block in F
  /// without stalling other tasks. Returns whether it did.
  static bool begin_blocking() noexcept;
  /// Second half: the task, now on a thread that is no longer a worker, switches back into the
  /// scheduler and is queued; it resumes on a worker.
  static void end_blocking() noexcept;

  // --- for the deadlock watch (runtime/sched/deadlock_watch.cpp) ------------------------------
  /// What says that nothing ran between two looks.
  struct Quiet {
    std::uint64_t runs = 0; // tasks started or resumed, summed over the workers
    std::uint32_t wake_epoch = 0;
    friend bool operator==(const Quiet &, const Quiet &) = default;
  };
  /// Nothing runs and nothing waits to run: every worker is asleep (or stopped), no task is
  /// injected, no thread is inside blocking(). nullopt otherwise.
  std::optional<Quiet> quiet() const noexcept;
  /// Every task that has started and not finished, provided each one is parked; nullopt as soon
  /// as one is not (woken, queued or running).
  std::optional<std::vector<ParkedTask>> parked_tasks_if_none_woken();

private:
  // The calling thread's worker, when it is one of this scheduler's; else nullptr.
  Worker *this_worker() const noexcept;

  // worker_loop.cpp
  void worker_loop(Worker &worker, std::uint64_t generation);
  // dispatcher.cpp
  TaskControl *find_task(Worker &worker);
  TaskControl *take_common_dispatch(Worker &worker) noexcept;
  TaskControl *next_for_hand_over(Worker &worker) noexcept;
  TaskControl *steal(Worker &thief, Priority priority);
  // task_runner.cpp
  void run_task(Worker &worker, TaskControl *task, ExceptionState &thread_state);
  static void finish_park(TaskControl *task) noexcept;
  void complete_task(TaskControl *task, std::optional<RuntimeError> failure);
  // blocking_handoff.cpp
  void hand_off(Worker &worker);
  // scheduler_core.cpp
  /// Queues a task for any worker, and wakes one; fails it (and anything else queued) when the
  /// scheduler has stopped and every worker is gone.
  void inject(TaskControl *task);
  /// Queues a task on a plain thread's seat (its owner calling), and wakes a worker to take it.
  void push_to_seat(Worker &seat, TaskControl *task);
  /// A worker's or seat's tasks, for a steal: the oldest queued, or its run-next task (woken
  /// tasks only when they would wait long; else it sets thief.left_woken_tasks).
  TaskControl *steal_from(Worker &thief, Worker &victim, Priority priority);
  /// Takes a task from a worker's own queues only (run-next slots, then its deques), High first.
  static TaskControl *take_own(Worker &worker) noexcept;
  /// Fails every task queued on `worker` (only its owner, or with its owner gone; thieves may
  /// still be taking some).
  void fail_queued_on(Worker &worker);
  void fail_unstarted_tasks();
  void fail_injected_tasks();
  void fail_parked_tasks();

  StackPool stacks_;
  std::atomic<RecoveryPolicy> policy_;
  std::atomic<bool> stopping_{false};

  mutable std::mutex workers_mutex_;
  std::vector<std::unique_ptr<Worker>> workers_; // guarded by workers_mutex_ for changes
  std::atomic<std::size_t> worker_count_{0};
  std::atomic<std::size_t> active_workers_{0};
  // Threads that handed their worker on in blocking() and have not finished yet; detached, so
  // join() waits for this count to reach zero instead.
  std::atomic<std::uint32_t> handed_off_threads_{0};

  InjectionQueue injected_;
  GuestSeats guests_;
  LiveList live_;
  IdleWorkers idle_;
  // Parked tasks a shutdown failed: kept (one reference each) until the scheduler is destroyed.
  std::mutex abandoned_mutex_;
  std::vector<TaskControl *> abandoned_; // guarded by abandoned_mutex_
};

/// Runs the task's callable, with panics caught and reported at the task boundary, then finishes
/// it (waking its joiner). On the task's own fiber, or inline on its joiner's (task_runner.cpp).
void run_to_completion(TaskControl *task) noexcept;

/// medi::Scheduler's core, for the runtime and its tests.
struct SchedulerAccess {
  static SchedulerCore &core(Scheduler &scheduler) noexcept { return *scheduler.core_; }
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_SCHEDULER_CORE_H
