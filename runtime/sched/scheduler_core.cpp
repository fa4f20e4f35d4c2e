// scheduler_core.cpp: workers, their run loop, where the next task comes from, and idling.
#include "scheduler_core.h"

#include "fiber.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/fault_injection.h"
#include "stack_overflow.h"
#include "stack_settings.h"
#include "task_park.h"

#include <algorithm>
#include <exception>
#include <string>

namespace medi::detail {
namespace {

constexpr std::size_t index_of(Priority priority) {
  return static_cast<std::size_t>(priority);
}
constexpr std::array kHighFirst{Priority::High, Priority::Normal, Priority::Low};
constexpr std::array kLowFirst{Priority::Low, Priority::Normal, Priority::High};

// A woken task that a newer wake-up pushes out of the run-next slot keeps the slot's terms in the
// deque: thieves leave it alone until their kRunNextStealRound-th search round, as they leave the
// slot. Without that, an idle worker stole the woken senders of a busy rendezvous receiver as
// soon as they were pushed, and each message then crossed cores several times (tasks mpsc on
// bounded(0): a median of ~210 ns per message, ~750 in runs where the two workers kept trading
// tasks; ~150 with the mark, docs/benchmarks.md). The mark is the pointer's lowest bit (control
// blocks are aligned), so a thief decides without touching a task that may no longer be there.
constexpr std::uintptr_t kWokenMark = 1;
static_assert(alignof(TaskControl) > kWokenMark);

TaskControl *marked_woken(TaskControl *task) noexcept {
  return reinterpret_cast<TaskControl *>(reinterpret_cast<std::uintptr_t>(task) | kWokenMark);
}
bool is_marked_woken(const TaskControl *task) noexcept {
  return (reinterpret_cast<std::uintptr_t>(task) & kWokenMark) != 0;
}
TaskControl *unmarked(TaskControl *task) noexcept {
  return reinterpret_cast<TaskControl *>(reinterpret_cast<std::uintptr_t>(task) & ~kWokenMark);
}

thread_local void *running_worker = nullptr; // the Worker this thread runs, on our threads
thread_local SchedulerCore *running_core = nullptr;

// The task's callable, with panics caught and reported at the task boundary; then it finishes
// (waking its joiner). A canary stack's canary is checked before the finish, so the report of an
// overflow comes before join() returns, and join() returns it.
void run_to_completion(TaskControl *task) noexcept {
  std::optional<RuntimeError> failure;
  bool reported = false;
  try {
    task->run();
  } catch (const ReportedTaskFailure &reported_failure) {
    failure = reported_failure.error;
    reported = true;
  } catch (const std::exception &e) {
    failure = RuntimeError::task_panic(std::string(e.what()));
  } catch (...) {
    failure = RuntimeError::task_panic();
  }
  if (failure && !reported) {
    report_error(*failure, task->spawn_site());
  }
  if (!StackPool::canary_intact(Fiber::current()->stack())) {
    RuntimeError overflow = RuntimeError::message(
        "task overflowed its stack (canary overwritten); see docs/tasks.md to raise it");
    RuntimeContext context = task->spawn_site();
    context.op = op::scheduler_stack_overflow;
    report_error(overflow, context);
    if (!failure)
      failure = std::move(overflow);
  }
  // Under ShutdownScheduler the scheduler stops before the joiner hears of the failure, so
  // nothing it spawns after its join returns can run.
  if (failure && task->scheduler && task->scheduler->policy() == RecoveryPolicy::ShutdownScheduler)
    task->scheduler->shutdown();
  task->finish(std::move(failure));
}

// Runs on the task's fiber.
void task_entry(void *argument) noexcept {
  auto *task = static_cast<TaskControl *>(argument);
  run_to_completion(task);
  // Safe after finish(): the scheduler still holds its reference until this fiber switches out.
  task->switch_reason = TaskControl::Switch::Finish;
}

// Why a queued task that a shutdown leaves behind fails its join().
RuntimeError left_behind_by_shutdown(const TaskControl *task) {
  return RuntimeError::message(task->fiber ? "the scheduler shut down while the task was suspended"
                                           : "the scheduler shut down before the task ran");
}

} // namespace

SchedulerCore::SchedulerCore(std::size_t threads, RecoveryPolicy policy,
                             const StackSettings &stacks)
    : stacks_(stacks.stack_size, stacks.guard_budget), policy_(policy) {
  install_stack_overflow_handler();
  ensure_running(threads);
}

SchedulerCore::~SchedulerCore() {
  shutdown();
  join();
  for (auto &worker : workers_)
    drop_spare_fibers(*worker);
}

TaskControl *SchedulerCore::current_task() noexcept {
  Fiber *fiber = Fiber::current();
  return fiber ? static_cast<TaskControl *>(fiber->argument()) : nullptr;
}

std::size_t SchedulerCore::num_threads() const noexcept {
  return worker_count_.load(std::memory_order_relaxed);
}

void SchedulerCore::ensure_running(std::size_t threads) {
  {
    std::lock_guard lock(workers_mutex_);
    if (!workers_.empty() && !stopping_.load())
      return; // already running
  }
  join(); // the previous workers, if any, finish stopping
  std::lock_guard lock(workers_mutex_);
  if (!workers_.empty() && !stopping_.load())
    return; // another caller restarted it meanwhile
  threads = std::max<std::size_t>(threads, 1);
  for (auto &worker : workers_)
    drop_spare_fibers(*worker);
  workers_.clear();
  for (std::size_t i = 0; i < threads; ++i) {
    workers_.push_back(std::make_unique<Worker>());
    workers_.back()->index = i;
  }
  stopping_.store(false, std::memory_order_release);
  worker_count_.store(threads);
  active_workers_.store(threads, std::memory_order_seq_cst);
  for (auto &worker : workers_) {
    const std::uint64_t generation = worker->owner_generation.load();
    worker->thread =
        std::thread([this, w = worker.get(), generation] { worker_loop(*w, generation); });
  }
}

void SchedulerCore::shutdown() noexcept {
  stopping_.store(true, std::memory_order_release);
  wake_all();
}

void SchedulerCore::join() noexcept {
  // Join without holding the lock: a task still running may be handing its worker to a new
  // thread (blocking()), which needs the lock; such a thread is collected on the next round.
  for (;;) {
    std::vector<std::thread> threads;
    {
      std::lock_guard lock(workers_mutex_);
      for (auto &worker : workers_)
        if (worker->thread.joinable() && worker->thread.get_id() != std::this_thread::get_id())
          threads.push_back(std::move(worker->thread));
    }
    for (auto &thread : threads)
      thread.join();
    // Threads that handed their worker on finish after their blocking call; wait for them too
    // (they may have started a new worker thread, collected on the next round).
    for (std::uint32_t left = handed_off_threads_.load(); left != 0;
         left = handed_off_threads_.load())
      handed_off_threads_.wait(left);
    std::lock_guard lock(workers_mutex_);
    if (std::ranges::none_of(workers_, [](const auto &w) { return w->thread.joinable(); }))
      break;
  }
  std::lock_guard lock(workers_mutex_);
  if (active_workers_.load(std::memory_order_seq_cst) == 0)
    fail_unstarted_tasks(); // normally done by the last worker; a no-op then
}

void SchedulerCore::submit(TaskControl *task) noexcept {
  task->scheduler = this;
  if (!running()) {
    complete_task(task, RuntimeError::message("the scheduler is shut down; the task never ran"));
    return;
  }
  schedule(task);
}

void SchedulerCore::schedule(TaskControl *task) noexcept {
  auto *worker = static_cast<Worker *>(running_worker);
  if (worker && running_core == this) {
    worker->deques[index_of(task->priority())].push(task);
    // No fence between the push and the look at the sleepers, deliberately (as TBB spawns): if a
    // worker falling asleep misses this task and we miss it, the task is not lost, because this
    // worker runs its own deque before it ever sleeps. The race costs parallelism for a moment;
    // the next spawn or wake-up corrects it. A fence here would cost every spawn ~20 ns.
    if (sleepers_.load(std::memory_order_relaxed) > 0 &&
        searching_.load(std::memory_order_relaxed) == 0)
      wake_one();
    return;
  }
  inject(task);
  // Stopped, with every worker gone: nobody will take it. Fail it (and anything else left).
  if (stopping_.load(std::memory_order_seq_cst) &&
      active_workers_.load(std::memory_order_seq_cst) == 0)
    fail_injected_tasks();
  wake_if_nobody_searching();
}

void SchedulerCore::schedule_woken(TaskControl *task) noexcept {
  auto *worker = static_cast<Worker *>(running_worker);
  if (!worker || running_core != this) {
    schedule(task);
    return;
  }
  const std::size_t priority = index_of(task->priority());
  std::atomic<TaskControl *> &slot = worker->run_next[priority];
  // An empty slot takes the task with a plain store: only this worker fills its slot, and
  // thieves only empty a full one, so nobody can change an empty slot under us. (A locked
  // exchange costs ~20 cycles, and ping-pong fills an empty slot on every hand-off.)
  if (!slot.load(std::memory_order_relaxed))
    slot.store(task, std::memory_order_release);
  else if (TaskControl *older = slot.exchange(task, std::memory_order_acq_rel))
    worker->deques[priority].push(marked_woken(older));
  // As schedule(): a sleeper is woken only when nobody searches. It may take the task after
  // kRunNextStealRound rounds, so a waker that keeps running does not hold it for long.
  if (sleepers_.load(std::memory_order_relaxed) > 0 &&
      searching_.load(std::memory_order_relaxed) == 0)
    wake_one();
}

void SchedulerCore::wake_if_nobody_searching() noexcept {
  // Pairs with worker_loop: a worker announces itself as a sleeper, stops searching, then looks
  // for work once more. Whatever we see here, either it finds our task or we wake someone.
  if (sleepers_.load(std::memory_order_seq_cst) > 0 &&
      searching_.load(std::memory_order_seq_cst) == 0)
    wake_one();
}

void SchedulerCore::enter_live_list(TaskControl *task) noexcept {
  LiveShard &shard = live_[task->id() % kLiveShards];
  std::lock_guard lock(shard.lock);
  task->live_prev = nullptr;
  task->live_next = shard.head;
  if (shard.head)
    shard.head->live_prev = task;
  shard.head = task;
  task->in_live_list = true;
}

void SchedulerCore::unlink_locked(LiveShard &shard, TaskControl *task) noexcept {
  (task->live_prev ? task->live_prev->live_next : shard.head) = task->live_next;
  if (task->live_next)
    task->live_next->live_prev = task->live_prev;
  task->in_live_list = false;
}

void SchedulerCore::leave_live_list(TaskControl *task) noexcept {
  LiveShard &shard = live_[task->id() % kLiveShards];
  std::lock_guard lock(shard.lock);
  if (task->in_live_list)
    unlink_locked(shard, task);
}

void SchedulerCore::fail_parked_tasks() {
  // Every worker has stopped: a task is parked, or queued (failed by the caller), or on its way
  // back from a blocking() thread. A parked one is claimed against a late unpark by a
  // compare-exchange: the unpark that then finds it abandoned leaves it alone.
  for (LiveShard &shard : live_) {
    std::vector<TaskControl *> abandoned;
    {
      std::lock_guard lock(shard.lock);
      for (TaskControl *task = shard.head; task;) {
        TaskControl *next = task->live_next;
        std::int32_t parked = park_state::kParked;
        if (task->park_state.compare_exchange_strong(parked, park_state::kAbandoned,
                                                     std::memory_order_acq_rel)) {
          unlink_locked(shard, task);
          abandoned.push_back(task);
        }
        task = next;
      }
    }
    for (TaskControl *task : abandoned)
      complete_task(task,
                    RuntimeError::message("the scheduler shut down while the task was waiting"));
  }
}

std::optional<SchedulerCore::Quiet> SchedulerCore::quiet() const noexcept {
  std::lock_guard lock(workers_mutex_);
  if (handed_off_threads_.load(std::memory_order_seq_cst) != 0 ||
      injected_count_.load(std::memory_order_seq_cst) != 0)
    return std::nullopt;
  Quiet quiet{.wake_epoch = wake_epoch_.load(std::memory_order_seq_cst)};
  const bool stopped = active_workers_.load(std::memory_order_seq_cst) == 0;
  for (const auto &worker : workers_) {
    if (!stopped && !worker->asleep.load(std::memory_order_seq_cst))
      return std::nullopt;
    quiet.runs += worker->runs.load(std::memory_order_seq_cst);
  }
  return quiet;
}

std::optional<std::vector<SchedulerCore::ParkedTask>> SchedulerCore::parked_tasks_if_none_woken() {
  std::vector<ParkedTask> parked;
  TaskControl *woken_meanwhile = nullptr;
  for (LiveShard &shard : live_) {
    {
      std::lock_guard lock(shard.lock);
      for (TaskControl *task = shard.head; task; task = task->live_next) {
        // Claimed while we copy its record: the record lives on its stack, and an unpark that
        // comes meanwhile leaves a permit instead of rescheduling it (we do, below).
        std::int32_t state = park_state::kParked;
        if (!task->park_state.compare_exchange_strong(state, park_state::kInspected,
                                                      std::memory_order_acq_rel))
          return std::nullopt; // woken, queued or running
        parked.push_back(ParkedTask{
            .id = task->id(),
            .spawned = task->spawn_site(),
            .blocked_on = task->blocked_on ? std::optional(*task->blocked_on) : std::nullopt,
        });
        state = park_state::kInspected;
        if (!task->park_state.compare_exchange_strong(state, park_state::kParked,
                                                      std::memory_order_acq_rel)) {
          woken_meanwhile = task; // unparked while we looked: it runs again, nothing is stuck
          break;
        }
      }
    }
    if (woken_meanwhile) {
      schedule_woken(woken_meanwhile); // not a worker here: injected
      return std::nullopt;
    }
  }
  return parked;
}

void SchedulerCore::inject(TaskControl *task) {
  std::lock_guard lock(injection_mutex_);
  injected_[index_of(task->priority())].push_back(task);
  injected_count_.fetch_add(1, std::memory_order_seq_cst);
}

TaskControl *SchedulerCore::take_injected(Priority priority) {
  if (injected_count_.load(std::memory_order_seq_cst) == 0)
    return nullptr;
  std::lock_guard lock(injection_mutex_);
  auto &queue = injected_[index_of(priority)];
  if (queue.empty())
    return nullptr;
  TaskControl *task = queue.front();
  queue.pop_front();
  injected_count_.fetch_sub(1, std::memory_order_relaxed);
  return task;
}

TaskControl *SchedulerCore::take_run_next(Worker &worker, Priority priority) noexcept {
  std::atomic<TaskControl *> &slot = worker.run_next[index_of(priority)];
  TaskControl *task = slot.load(std::memory_order_relaxed);
  // A compare-exchange, not an exchange: the owner and a thief may both try; one wins.
  if (task && slot.compare_exchange_strong(task, nullptr, std::memory_order_acq_rel,
                                           std::memory_order_relaxed))
    return task;
  return nullptr;
}

TaskControl *SchedulerCore::steal(Worker &thief, Priority priority, bool steal_run_next) {
  const std::size_t count = workers_.size();
  for (std::size_t offset = 1; offset < count; ++offset) {
    Worker &victim = *workers_[(thief.index + offset) % count];
    if (TaskControl *task = victim.deques[index_of(priority)].steal_if(
            [&](TaskControl *item) { return steal_run_next || !is_marked_woken(item); }))
      return unmarked(task);
    if (steal_run_next)
      if (TaskControl *task = take_run_next(victim, priority))
        return task;
  }
  return nullptr;
}

TaskControl *SchedulerCore::take_common_dispatch(Worker &worker) noexcept {
  // Nothing waits at High (not in the run-next slot, the deque or the injection queue: each one
  // load). The owner's empty estimate of its own deque is exact enough here: only thieves move
  // its top, and they only make it emptier. find_task's loop takes the same task in more steps.
  if (worker.run_next[index_of(Priority::High)].load(std::memory_order_relaxed) ||
      !worker.deques[index_of(Priority::High)].empty_estimate() ||
      injected_count_.load(std::memory_order_seq_cst) != 0)
    return nullptr;
  return take_run_next(worker, Priority::Normal);
}

TaskControl *SchedulerCore::find_task(Worker &worker, bool steal_run_next) {
  // Counted in dispatches, not in looks: an idle worker looks many times, and counting those
  // made the aging turn fall at random (a one-worker priority test failed 1 run in ~300).
  const bool aging = (worker.dispatches + 1) % kAgingPeriod == 0;
  TaskControl *found = nullptr;
  if (!aging && (found = take_common_dispatch(worker))) [[likely]] {
    ++worker.dispatches;
    return found;
  }
  for (Priority priority : aging ? kLowFirst : kHighFirst) {
    if ((found = take_run_next(worker, priority)) ||
        (found = unmarked(worker.deques[index_of(priority)].pop())) ||
        (found = take_injected(priority)))
      break;
  }
  if (!found)
    for (Priority priority : aging ? kLowFirst : kHighFirst)
      if ((found = steal(worker, priority, steal_run_next)))
        break;
  if (found)
    ++worker.dispatches;
  return found;
}

void SchedulerCore::worker_loop(Worker &worker, std::uint64_t generation) {
  const AltSignalStack signal_stack; // where a guard-page fault is reported from
  running_worker = &worker;
  running_core = this;
  struct LastOut {
    SchedulerCore &core;
    Worker &worker;
    std::uint64_t generation;
    ~LastOut() {
      // No longer a worker: tasks woken from here on are injected, and failed (see schedule()).
      running_worker = nullptr;
      running_core = nullptr;
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
    if (!task) {
      // Search: a short bounded spin, stealing, before sleeping.
      searching_.fetch_add(1, std::memory_order_seq_cst);
      for (int round = 0; !task && round < kSearchRounds && keep_going(); ++round) {
        std::this_thread::yield();
        task = find_task(worker, round >= kRunNextStealRound);
      }
      if (task) {
        // Found work while others sleep: there may be more, so let one of them search next.
        if (searching_.fetch_sub(1, std::memory_order_seq_cst) == 1 &&
            sleepers_.load(std::memory_order_seq_cst) > 0)
          wake_one();
      } else {
        const std::uint32_t epoch = wake_epoch_.load(std::memory_order_seq_cst);
        sleepers_.fetch_add(1, std::memory_order_seq_cst);
        searching_.fetch_sub(1, std::memory_order_seq_cst);
        task = stopping_.load() ? nullptr : find_task(worker, true);
        if (!task && keep_going()) {
          worker.asleep.store(true, std::memory_order_seq_cst);
          wake_epoch_.wait(epoch, std::memory_order_seq_cst);
          worker.asleep.store(false, std::memory_order_seq_cst);
        }
        sleepers_.fetch_sub(1, std::memory_order_seq_cst);
      }
    }
    if (task)
      run_task(worker, task, thread_state);
  }
}

Fiber *SchedulerCore::fiber_for(Worker &worker, TaskControl *task) {
  if (fault_injection::allocation_fails(fault_injection::Point::TaskStack))
    return nullptr;
  if (!worker.spare_fibers.empty()) {
    Fiber *fiber = worker.spare_fibers.back();
    worker.spare_fibers.pop_back();
    fiber->restart(&task_entry, task);
    return fiber;
  }
  auto stack = stacks_.acquire();
  return stack ? new Fiber(*stack, &task_entry, task) : nullptr;
}

void SchedulerCore::retire_fiber(Worker &worker, TaskControl *task) {
  Fiber *fiber = std::exchange(task->fiber, nullptr);
  if (!StackPool::canary_intact(fiber->stack())) {
    delete fiber; // reported by run_to_completion; the stack is damaged: leave it out of the pool
    return;
  }
  if (worker.spare_fibers.size() < kSpareFibersPerWorker) {
    worker.spare_fibers.push_back(fiber);
    return;
  }
  stacks_.release(fiber->stack());
  delete fiber;
}

void SchedulerCore::drop_spare_fibers(Worker &worker) noexcept {
  for (Fiber *fiber : worker.spare_fibers) {
    stacks_.release(fiber->stack());
    delete fiber;
  }
  worker.spare_fibers.clear();
}

void SchedulerCore::run_task(Worker &worker, TaskControl *task, ExceptionState &thread_state) {
  if (!task->fiber) {
    task->fiber = fiber_for(worker, task);
    if (!task->fiber) {
      RuntimeError failure = RuntimeError::message("no memory for the task's stack; it never ran");
      RuntimeContext context = task->spawn_site();
      context.op = op::scheduler_out_of_memory;
      report_error(failure, context);
      complete_task(task, std::move(failure));
      return;
    }
    enter_live_list(task);
  }
  task->switch_reason = TaskControl::Switch::None;
  // Relaxed: the watch reads it after the worker's next asleep store (a release), or sees the
  // worker awake.
  worker.runs.store(worker.runs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  // The task that comes back is the one we resumed, or the last of those that parking tasks
  // handed the worker over to (switch_out_parking).
  task = static_cast<TaskControl *>(task->fiber->resume(thread_state)->argument());

  switch (task->switch_reason) {
  case TaskControl::Switch::Finish:
  case TaskControl::Switch::None: {
    leave_live_list(task);
    retire_fiber(worker, task);
    task->release(); // the scheduler's reference
    return;
  }
  case TaskControl::Switch::Yield:
  case TaskControl::Switch::Rejoin: // back from blocking(): this thread is no longer a worker
    inject(task);                   // behind everything ready now
    wake_if_nobody_searching();
    return;
  case TaskControl::Switch::Park:
    finish_park(task);
    return;
  }
}

void SchedulerCore::finish_park(TaskControl *task) noexcept {
  std::int32_t parking = park_state::kParking;
  if (!task->park_state.compare_exchange_strong(parking, park_state::kParked,
                                                std::memory_order_acq_rel))
    task->scheduler->schedule_woken(task); // unparked while switching out: run it again
}

TaskControl *SchedulerCore::next_for_hand_over(Worker &worker) noexcept {
  // find_task's common case only, and only while the worker goes on: nothing at High, not the
  // aging turn, no shutdown, and the task the parking one woke in the run-next slot (a woken
  // task has a fiber already).
  if (!Fiber::can_hand_over() || (worker.dispatches + 1) % kAgingPeriod == 0 ||
      stopping_.load(std::memory_order_acquire))
    return nullptr;
  TaskControl *next = take_common_dispatch(worker);
  if (!next)
    return nullptr;
  if (!next->fiber) { // never so today (only parked tasks are woken); the loop would start it
    worker.run_next[index_of(Priority::Normal)].store(next, std::memory_order_release);
    return nullptr;
  }
  ++worker.dispatches;
  worker.runs.store(worker.runs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  next->switch_reason = TaskControl::Switch::None;
  return next;
}

// Runs on the parking task's fiber: what it reads of this thread's worker it reads before the
// switch (it may resume on another thread).
[[gnu::noinline]] void SchedulerCore::switch_out_parking(TaskControl *task) noexcept {
  auto *worker = static_cast<Worker *>(running_worker);
  SchedulerCore *core = running_core;
  TaskControl *next =
      worker && core == task->scheduler ? core->next_for_hand_over(*worker) : nullptr;
  if (!next) {
    task->switch_reason = TaskControl::Switch::Park; // the worker's loop finishes the park
    Fiber::suspend();
    return;
  }
  Fiber::hand_over(
      next->fiber,
      [](Fiber *from, void *) noexcept {
        finish_park(static_cast<TaskControl *>(from->argument()));
      },
      nullptr);
}

bool SchedulerCore::run_inline(TaskControl *target) noexcept {
  auto *worker = static_cast<Worker *>(running_worker);
  SchedulerCore *core = running_core;
  TaskControl *parent = current_task();
  if (!worker || !parent || target->scheduler != core)
    return false;
  auto &deque = worker->deques[index_of(target->priority())];
  TaskControl *bottom = deque.pop();
  if (!bottom)
    return false;
  // Not ours to run here (a marked woken task never equals an unstarted target): back it goes.
  if (bottom != target || target->fiber) {
    deque.push(bottom);
    return false;
  }
  TaskControl *const outer = std::exchange(parent->running_inline, target);
  run_to_completion(target);
  parent->running_inline = outer;
  target->release(); // the reference its place in the queue held
  return true;
}

bool SchedulerCore::begin_blocking() noexcept {
  auto *worker = static_cast<Worker *>(running_worker);
  SchedulerCore *core = running_core;
  if (!worker || !core || !current_task() || !core->running())
    return false;
  core->hand_off(*worker);
  running_worker = nullptr; // from here on, this thread only runs the blocking call
  running_core = nullptr;
  return true;
}

void SchedulerCore::end_blocking() noexcept {
  TaskControl *task = current_task();
  task->switch_reason = TaskControl::Switch::Rejoin;
  Fiber::suspend(); // resumes on a worker
}

void SchedulerCore::hand_off(Worker &worker) {
  std::lock_guard lock(workers_mutex_);
  const std::uint64_t generation = worker.owner_generation.fetch_add(1) + 1;
  handed_off_threads_.fetch_add(1);
  worker.thread.detach(); // this thread: it ends after the blocking call (see worker_loop)
  worker.thread = std::thread([this, &worker, generation] { worker_loop(worker, generation); });
}

void SchedulerCore::complete_task(TaskControl *task, std::optional<RuntimeError> failure) {
  if (task->fiber)
    leave_live_list(task); // a suspended task failed by a shutdown: its last reference may go
  task->finish(std::move(failure));
  task->release();
}

void SchedulerCore::wake_one() noexcept {
  wake_epoch_.fetch_add(1, std::memory_order_seq_cst);
  wake_epoch_.notify_one();
}

void SchedulerCore::wake_all() noexcept {
  wake_epoch_.fetch_add(1, std::memory_order_seq_cst);
  wake_epoch_.notify_all();
}

void SchedulerCore::fail_unstarted_tasks() {
  // Only with every worker stopped: the deques are their owners' alone otherwise.
  for (auto &worker : workers_) {
    for (auto &slot : worker->run_next)
      if (TaskControl *task = slot.exchange(nullptr, std::memory_order_acq_rel))
        complete_task(task, left_behind_by_shutdown(task));
    for (auto &deque : worker->deques)
      while (TaskControl *task = unmarked(deque.pop()))
        complete_task(task, left_behind_by_shutdown(task));
  }
  fail_injected_tasks();
  fail_parked_tasks();
}

void SchedulerCore::fail_injected_tasks() {
  std::vector<TaskControl *> left;
  {
    std::lock_guard lock(injection_mutex_);
    for (auto &queue : injected_) {
      left.insert(left.end(), queue.begin(), queue.end());
      queue.clear();
    }
    injected_count_.store(0);
  }
  for (TaskControl *task : left)
    complete_task(task, left_behind_by_shutdown(task));
}

} // namespace medi::detail
