// scheduler_core.h: the M:N scheduler behind medi::Scheduler (internal).
//
// Workers are OS threads, each with one work-stealing deque per priority. A task spawned from a
// task goes to its worker's deque; tasks made ready from outside go through the injection queue.
// A worker takes, in order: its own High deque, injected High, its own Normal, injected Normal,
// its own Low, injected Low, then steals High, Normal, Low from the others. Every
// kAgingPeriod-th dispatch it looks lowest priority first, so Low tasks cannot starve. Idle
// workers search (spin and steal) briefly, then sleep on a futex until work arrives; new work
// wakes a sleeper only when no worker is searching, so a busy spawner rarely makes a system call.
#ifndef MEDI_RUNTIME_SCHED_SCHEDULER_CORE_H
#define MEDI_RUNTIME_SCHED_SCHEDULER_CORE_H

#include "medi/detail/spin_lock.h"
#include "medi/detail/task_control.h"
#include "medi/error/recovery_policy.h"
#include "medi/scheduler.h"
#include "stack_pool.h"
#include "stack_settings.h"
#include "work_stealing_deque.h"

#include <array>
#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace medi::detail {

class Fiber;
struct ExceptionState;

class SchedulerCore {
public:
  static constexpr unsigned kAgingPeriod = kPriorityAgingPeriod;

  SchedulerCore(std::size_t threads, RecoveryPolicy policy,
                const StackSettings &stacks = StackSettings::from_environment());
  ~SchedulerCore();
  SchedulerCore(const SchedulerCore &) = delete;
  SchedulerCore &operator=(const SchedulerCore &) = delete;

  /// A task that can run: onto the calling worker's deque when it is one of ours, else injected.
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

  /// From a task that is parking (park_state parking): switches out, straight into the woken
  /// task its worker would run next when find_task's common case applies (one context switch
  /// instead of two, through the worker's loop), else back to the worker. Either way the park
  /// is finished once the task is off its stack.
  static void switch_out_parking(TaskControl *task) noexcept;

  /// The task the calling code runs in, or nullptr on a plain thread. (A task run inline by
  /// run_inline() runs in its joiner's fiber; the joiner is the one that parks and resumes.)
  static TaskControl *current_task() noexcept;
  /// A join on a task that has not started and sits at the bottom of the calling worker's deque
  /// runs it right here, on the joiner's stack, instead of parking the joiner and switching: the
  /// child would run next on this worker anyway. False when it does not apply.
  static bool run_inline(TaskControl *target) noexcept;

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
  struct ParkedTask {
    std::uint64_t id = 0;
    RuntimeContext spawned;
    std::optional<BlockedOn> blocked_on; // nullopt: parked outside any BlockingScope
  };
  /// Every task that has started and not finished, provided each one is parked; nullopt as soon
  /// as one is not (woken, queued or running).
  std::optional<std::vector<ParkedTask>> parked_tasks_if_none_woken();

private:
  struct Worker {
    std::array<WorkStealingDeque<TaskControl *>, 3> deques; // indexed by Priority
    // The task its running task last woke, per priority: taken before the deque of its
    // priority. Thieves leave it alone until they have searched a while (kRunNextStealRound):
    // a channel's counterpart, woken and run on the waker's core at once, is what makes task
    // ping-pong cheap (Go's runnext). A newer wake-up pushes the older one onto the deque.
    std::array<std::atomic<TaskControl *>, 3> run_next{};
    std::size_t index = 0;
    unsigned dispatches = 0;
    std::thread thread;
    // Which thread runs the loop: bumped when blocking() hands the worker to a new thread.
    std::atomic<std::uint64_t> owner_generation{0};
    // Fibers of finished tasks, kept with their stacks for the next tasks this worker starts.
    std::vector<Fiber *> spare_fibers;
    // For the deadlock watch: asleep from just before the worker waits for work (holding none)
    // until it wakes; runs counts the tasks it started or resumed (written by its owner only).
    std::atomic<bool> asleep{false};
    std::atomic<std::uint64_t> runs{0};
  };
  static constexpr std::size_t kSpareFibersPerWorker = 64;
  // Search rounds (each one yield of the thread) before a thief takes another worker's run-next
  // task: that worker is most likely about to run it itself (Go waits ~3 us).
  static constexpr int kSearchRounds = 64;
  static constexpr int kRunNextStealRound = 16;

public:
  /// blocking(F), first half: when called from a task on one of our workers, hands that worker
  /// (its deques, its place in the pool) to a new thread, so the calling thread may block in F
  /// without stalling other tasks. Returns whether it did.
  static bool begin_blocking() noexcept;
  /// Second half: the task, now on a thread that is no longer a worker, switches back into the
  /// scheduler and is queued; it resumes on a worker.
  static void end_blocking() noexcept;

private:
  void worker_loop(Worker &worker, std::uint64_t generation);
  void hand_off(Worker &worker);
  TaskControl *find_task(Worker &worker, bool steal_run_next = false);
  TaskControl *take_injected(Priority priority);
  static TaskControl *take_run_next(Worker &worker, Priority priority) noexcept;
  TaskControl *steal(Worker &thief, Priority priority, bool steal_run_next);
  void run_task(Worker &worker, TaskControl *task, ExceptionState &thread_state);
  /// The common dispatch: the Normal task the running one just woke, when nothing waits at
  /// High (the caller has ruled out the aging turn). Counts nothing.
  TaskControl *take_common_dispatch(Worker &worker) noexcept;
  TaskControl *next_for_hand_over(Worker &worker) noexcept;
  static void finish_park(TaskControl *task) noexcept;
  Fiber *fiber_for(Worker &worker, TaskControl *task);
  void retire_fiber(Worker &worker, TaskControl *task);
  void drop_spare_fibers(Worker &worker) noexcept;
  void wake_if_nobody_searching() noexcept;
  void complete_task(TaskControl *task, std::optional<RuntimeError> failure);
  void inject(TaskControl *task);
  void wake_one() noexcept;
  void wake_all() noexcept;
  void fail_unstarted_tasks();
  void fail_injected_tasks();
  void fail_parked_tasks();
  void enter_live_list(TaskControl *task) noexcept;
  void leave_live_list(TaskControl *task) noexcept;

  StackPool stacks_;
  std::atomic<RecoveryPolicy> policy_;
  std::atomic<bool> stopping_{false};

  mutable std::mutex workers_mutex_;
  std::vector<std::unique_ptr<Worker>> workers_; // guarded by workers_mutex_ for changes
  std::atomic<std::size_t> worker_count_{0};

  mutable std::mutex injection_mutex_;
  std::array<std::deque<TaskControl *>, 3> injected_; // guarded by injection_mutex_
  std::atomic<std::size_t> injected_count_{0};

  // Tasks that have a fiber (started, not finished), so a shutdown can fail the parked ones
  // instead of leaving their joiners waiting forever, and the deadlock watch can list them.
  // Entered when a task first runs and left when it finishes, not on every park: a park and its
  // wake-up take no lock of the scheduler's. Sharded, so workers rarely meet on one lock.
  static constexpr std::size_t kLiveShards = 64;
  struct alignas(64) LiveShard {
    SpinLock lock;
    TaskControl *head = nullptr;
  };
  std::array<LiveShard, kLiveShards> live_;
  static void unlink_locked(LiveShard &shard, TaskControl *task) noexcept; // holding shard.lock
  std::atomic<std::size_t> active_workers_{0};
  // Threads that handed their worker on in blocking() and have not finished yet; detached, so
  // join() waits for this count to reach zero instead.
  std::atomic<std::uint32_t> handed_off_threads_{0};

  // Idling (see worker_loop): a worker with nothing to do first searches (spins, stealing), then
  // sleeps on wake_epoch_. New work wakes a sleeper only when nobody is searching.
  // Each on its own cache line: every spawn reads sleepers_, which rarely changes.
  alignas(kCacheLine) std::atomic<std::uint32_t> wake_epoch_{0};
  alignas(kCacheLine) std::atomic<std::int32_t> sleepers_{0};
  alignas(kCacheLine) std::atomic<std::int32_t> searching_{0};
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_SCHEDULER_CORE_H
