// task_control.cpp: a task's life as the scheduler and its joiner see it: ids, references,
// finishing, and waiting for the finish.
#include "medi/detail/task_control.h"

#include "fiber.h"
#include "medi/error/op_tags.h"
#include "scheduler_core.h"
#include "task_park.h"
#include "task_slots.h"
#include "task_state.h"

#include <condition_variable>
#include <mutex>
#include <utility>

namespace medi::detail {
namespace {

// Plain threads that join wait on a condition variable from a small striped pool. (Not
// std::atomic<bool>::wait: libstdc++ 12 implements it for bool through a shared proxy word, on
// which a join cannot rely to deliver its wake-up; a condition variable's is defined by its
// mutex.)
struct JoinStripe {
  std::mutex mutex;
  std::condition_variable finished;
};

JoinStripe &join_stripe(const TaskControl *task) noexcept {
  static JoinStripe *const stripes = new JoinStripe[64]; // never destroyed: late joins at exit
  return stripes[(reinterpret_cast<std::uintptr_t>(task) >> 6) % 64];
}

std::atomic<std::uint64_t> next_task_id{1};
// TaskState::join_waiter once the task has finished: nobody may register any more.
void *const kFinished = reinterpret_cast<void *>(std::uintptr_t{1});

// Ids are handed to each thread in blocks, so spawning threads do not contend on one counter.
std::uint64_t take_task_id() noexcept {
  constexpr std::uint64_t kBlock = 1024;
  thread_local std::uint64_t next = 0, end = 0;
  if (next == end) {
    next = next_task_id.fetch_add(kBlock, std::memory_order_relaxed);
    end = next + kBlock;
  }
  return next++;
}

} // namespace

TaskControl::TaskControl(Priority priority, SourceSite spawn_site) noexcept
    : priority_(priority), id_(take_task_id()), spawn_site_(spawn_site) {
  new (TaskAccess::runtime_state(*this)) TaskState;
}

RuntimeContext TaskControl::spawn_site() const noexcept {
  return spawn_site_.context(op::scheduler_task_panic);
}

TaskControl::~TaskControl() {
  TaskState &state = state_of(this);
  // A task abandoned while suspended (its scheduler shut down) still owns its fiber; the stack's
  // memory stays with the pool, which unmaps it when the scheduler goes.
  delete state.fiber;
  state.~TaskState();
}

TaskControl *current_task() noexcept {
  Fiber *fiber = Fiber::current();
  return fiber ? static_cast<TaskControl *>(fiber->argument()) : nullptr;
}

void TaskControl::release() noexcept {
  if (references_.fetch_sub(1, std::memory_order_acq_rel) == 1)
    delete this;
}

void finish_task(TaskControl *task, std::optional<RuntimeError> failure) noexcept {
  TaskState &state = state_of(task);
  run_task_exit_hooks(task);
  TaskAccess::set_finished(*task, std::move(failure));
  if (state.thread_joiners.load(std::memory_order_seq_cst) > 0) {
    JoinStripe &stripe = join_stripe(task);
    {
      std::lock_guard lock(stripe.mutex);
    } // a joiner between its check and its wait holds it
    stripe.finished.notify_all();
  }
  void *joiner = state.join_waiter.exchange(kFinished, std::memory_order_acq_rel);
  if (joiner && joiner != kFinished) { // a joining task, retained when it registered
    auto *joining = static_cast<TaskControl *>(joiner);
    Waiter::for_task(joining).unpark();
    joining->release();
  }
}

void TaskControl::wait_finished(SourceSite site) noexcept {
  if (finished())
    return;
  TaskState &state = state_of(this);
  TaskControl *self = current_task();
  if (self && SchedulerCore::run_inline(this))
    return;
  const BlockedOn why{.op = op::task_join, .site = site, .joining = this};
  const BlockingScope blocking_scope(why);
  if (self) {
    // A task parks, freeing its worker. It stays alive until the finisher has unparked it.
    self->retain();
    void *expected = nullptr;
    if (state.join_waiter.compare_exchange_strong(expected, self, std::memory_order_acq_rel)) {
      const Waiter waiter = Waiter::current();
      while (!finished())
        waiter.park();
      return;
    }
    self->release(); // finished meanwhile, or joined elsewhere too: wait as a thread would
  }
  // A plain thread (or a second joiner) blocks. Announce first, then check: finish_task() marks
  // the task finished first, then looks for joiners, so one of the two sees the other.
  state.thread_joiners.fetch_add(1, std::memory_order_seq_cst);
  {
    JoinStripe &stripe = join_stripe(this);
    std::unique_lock lock(stripe.mutex);
    stripe.finished.wait(lock, [this] { return TaskAccess::finished_seq_cst(*this); });
  }
  state.thread_joiners.fetch_sub(1, std::memory_order_relaxed);
}

void submit(TaskControl *task, SchedulerCore *scheduler) {
  scheduler->submit(task);
}

} // namespace medi::detail
