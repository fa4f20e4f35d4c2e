// scheduler_core.cpp: a scheduler's life (starting, stopping and joining its workers) and where
// a ready task goes (a worker's own queues or the injection queue).
#include "scheduler_core.h"

#include "asymmetric_fence.h"
#include "fiber.h"
#include "stack_overflow.h"

#include <algorithm>
#include <thread>
#include <utility>

namespace medi::detail {
namespace {

// Why a queued task that a shutdown leaves behind fails its join().
RuntimeError left_behind_by_shutdown(const TaskControl *task) {
  return RuntimeError::message(state_of(task).fiber
                                   ? "the scheduler shut down while the task was suspended"
                                   : "the scheduler shut down before the task ran");
}

} // namespace

SchedulerCore::SchedulerCore(std::size_t threads, RecoveryPolicy policy,
                             const StackSettings &stacks)
    : stacks_(stacks.stack_size, stacks.guard_budget), policy_(policy) {
  install_stack_overflow_handler();
  asymmetric_fence::init(); // before any worker may sleep or any seat publish
  ensure_running(threads);
}

SchedulerCore::~SchedulerCore() {
  shutdown();
  join();
  for (auto &worker : workers_)
    worker->fibers.drop(stacks_);
  guests_.for_each([this](Worker &seat) { seat.fibers.drop(stacks_); });
  for (TaskControl *task : abandoned_) {
    // Its fiber lives on its stack, which goes with the pool: end it while it is mapped.
    if (Fiber *fiber = std::exchange(state_of(task).fiber, nullptr))
      (void)Fiber::destroy(fiber);
    task->release();
  }
}

Worker *SchedulerCore::this_worker() const noexcept {
  const WorkerThread &here = this_worker_thread;
  return here.core == this ? here.worker : nullptr;
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
    worker->fibers.drop(stacks_);
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
  idle_.wake_all();
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
  state_of(task).scheduler = this;
  if (!running()) {
    complete_task(task, RuntimeError::message("the scheduler is shut down; the task never ran"));
    return;
  }
  trace::spawn(task);
  schedule(task);
}

void SchedulerCore::schedule(TaskControl *task) noexcept {
  if (Worker *worker = this_worker()) {
    worker->deques[index_of(task->priority())].push(task);
    idle_.work_published(IdleWorkers::Published::OnOwnWorker);
    return;
  }
  // A task of another scheduler has no seat here: its thread is not its own (its fiber moves).
  if (!current_task())
    if (Worker *seat = guests_.seat_of_this_thread()) {
      push_to_seat(*seat, task);
      return;
    }
  inject(task);
}

void SchedulerCore::push_to_seat(Worker &seat, TaskControl *task) {
  seat.deques[index_of(task->priority())].push(task);
  // Only other workers look at a seat: the idle protocol needs the push ordered before the reads
  // of the sleepers (idle_workers.h, a seat).
  asymmetric_fence::light();
  if (stopping_.load(std::memory_order_seq_cst) &&
      active_workers_.load(std::memory_order_seq_cst) == 0) {
    fail_queued_on(seat); // stopped, every worker gone: nobody will take it
    return;
  }
  idle_.work_published(IdleWorkers::Published::Shared);
}

void SchedulerCore::schedule_woken(TaskControl *task) noexcept {
  Worker *worker = this_worker();
  if (!worker) {
    schedule(task);
    return;
  }
  const std::size_t priority = index_of(task->priority());
  std::atomic<TaskControl *> &slot = worker->run_next[priority];
  // An empty slot takes the task with a plain store: only this worker fills its slot, and
  // thieves only empty a full one, so nobody can change an empty slot under us (and ping-pong
  // fills an empty slot on every hand-off, where a locked exchange would cost ~20 cycles).
  if (!slot.load(std::memory_order_relaxed))
    slot.store(task, std::memory_order_release);
  else if (TaskControl *older = slot.exchange(task, std::memory_order_acq_rel))
    worker->deques[priority].push(marked_woken(older));
  // A sleeper woken here takes the task if this worker stops dispatching (woken_task_judge.h), so
  // a waker that keeps running does not hold it for long.
  idle_.work_published(IdleWorkers::Published::OnOwnWorker);
}

void SchedulerCore::inject(TaskControl *task) {
  injected_.push(task);
  // Stopped, with every worker gone: nobody will take it. Fail it (and anything else left).
  if (stopping_.load(std::memory_order_seq_cst) &&
      active_workers_.load(std::memory_order_seq_cst) == 0)
    fail_injected_tasks();
  idle_.work_published(IdleWorkers::Published::Shared);
}

std::optional<SchedulerCore::Quiet> SchedulerCore::quiet() const noexcept {
  std::lock_guard lock(workers_mutex_);
  if (handed_off_threads_.load(std::memory_order_seq_cst) != 0 || !injected_.empty())
    return std::nullopt;
  Quiet quiet{.wake_epoch = idle_.epoch()};
  const bool stopped = active_workers_.load(std::memory_order_seq_cst) == 0;
  for (const auto &worker : workers_) {
    if (!stopped && !worker->asleep.load(std::memory_order_seq_cst))
      return std::nullopt;
    quiet.runs += worker->runs.load(std::memory_order_seq_cst);
  }
  // A seat is quiet when its thread is not helping and nothing waits on it.
  bool seats_quiet = true;
  guests_.for_each([&](const Worker &seat) {
    if (!seat.asleep.load(std::memory_order_seq_cst) || queued_estimate(seat) != 0)
      seats_quiet = false;
    quiet.runs += seat.runs.load(std::memory_order_seq_cst);
  });
  if (!seats_quiet)
    return std::nullopt;
  return quiet;
}

std::optional<std::vector<ParkedTask>> SchedulerCore::parked_tasks_if_none_woken() {
  // Not a worker here: a task woken meanwhile is injected.
  return live_.parked_if_none_woken([this](TaskControl *task) { schedule_woken(task); });
}

void SchedulerCore::fail_unstarted_tasks() {
  // Only with every worker stopped: the deques are their owners' alone otherwise. A seat's owner
  // may still be there, so its tasks are taken as a thief takes them.
  for (auto &worker : workers_)
    fail_queued_on(*worker);
  guests_.for_each([this](Worker &seat) { fail_queued_on(seat); });
  fail_injected_tasks();
  fail_parked_tasks();
}

void SchedulerCore::fail_queued_on(Worker &worker) {
  for (auto &slot : worker.run_next)
    if (TaskControl *task = slot.exchange(nullptr, std::memory_order_acq_rel))
      complete_task(task, left_behind_by_shutdown(task));
  for (auto &deque : worker.deques)
    while (TaskControl *task = unmarked(deque.steal()))
      complete_task(task, left_behind_by_shutdown(task));
}

void SchedulerCore::fail_injected_tasks() {
  for (TaskControl *task : injected_.take_all())
    complete_task(task, left_behind_by_shutdown(task));
}

void SchedulerCore::fail_parked_tasks() {
  // Every worker has stopped: a task is parked, or queued (failed above), or on its way back
  // from a blocking() thread (inject() fails it once it is queued). A parked task is not
  // unwound: a channel may still list a wait context on its stack and unpark it later, so its
  // control block and stack are kept until the scheduler goes (the unpark then finds it
  // Abandoned and does nothing).
  for (TaskControl *task : live_.abandon_parked()) {
    task->retain();
    {
      std::lock_guard lock(abandoned_mutex_);
      abandoned_.push_back(task);
    }
    complete_task(task,
                  RuntimeError::message("the scheduler shut down while the task was waiting"));
  }
}

} // namespace medi::detail
