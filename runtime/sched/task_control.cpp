// task_control.cpp: a task's life as the scheduler and its joiner see it: ids, references,
// finishing, and waiting for the finish.
#include "medi/detail/task_control.h"

#include "../trace/trace_points.h"
#include "cancel_state.h"
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
  // A suspended task that a shutdown failed gave up its fiber then (complete_task; the fiber
  // lives on its stack, which the pool unmaps when the scheduler goes); none is left here.
  if (state.fiber)
    Fiber::destroy(state.fiber);
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
  if (trace::on()) [[unlikely]]
    trace::record_finish(task, failure ? trace::Finish::Failed
                               : state.cancel && state.cancel->cancelled()
                                   ? trace::Finish::Cancelled
                                   : trace::Finish::Ok);
  if (state.cancel)
    leave_group(task, failure); // before the finish is seen: a waiting group reads the failure
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
  wait_finished_until(std::nullopt, site, /*cancellable=*/false);
}

JoinWait TaskControl::wait_finished_until(std::optional<SteadyTime> deadline, SourceSite site,
                                          bool cancellable) noexcept {
  using Clock = std::chrono::steady_clock;
  if (finished())
    return JoinWait::Finished;
  TaskState &state = state_of(this);
  TaskControl *self = current_task();
  const bool can_cancel = cancellable && cancel_state_of(innermost_of(self)) != nullptr;
  // Running the task inline cannot stop at a deadline or a cancellation.
  if (self && !deadline && !can_cancel && SchedulerCore::run_inline(this))
    return JoinWait::Finished;
  const auto gave_up = [&]() -> std::optional<JoinWait> {
    if (can_cancel && cancel_requested(innermost_of(self)))
      return JoinWait::Cancelled;
    if (deadline && Clock::now() >= *deadline)
      return JoinWait::TimedOut;
    return std::nullopt;
  };
  const BlockedOn why{
      .op = op::task_join, .site = site, .timed = deadline.has_value(), .joining = this};
  const BlockingScope blocking_scope(why);
  if (self) {
    // A task parks, freeing its worker. It stays alive until the finisher has unparked it.
    self->retain();
    void *expected = nullptr;
    if (state.join_waiter.compare_exchange_strong(expected, self, std::memory_order_acq_rel)) {
      const Waiter waiter = Waiter::current();
      while (!finished()) {
        if (const auto outcome = gave_up()) {
          // Take our registration back; if the finisher took it first, it unparks and releases
          // us (a permit may be left over: waits re-check their condition).
          void *registered = self;
          if (state.join_waiter.compare_exchange_strong(registered, nullptr,
                                                        std::memory_order_acq_rel)) {
            self->release();
            return *outcome;
          }
          return JoinWait::Finished;
        }
        deadline ? waiter.park_until(*deadline) : waiter.park();
      }
      return JoinWait::Finished;
    }
    self->release(); // finished meanwhile, or joined elsewhere too: wait as a thread would
  }
  // A plain thread first runs the tasks queued on its seat (guest_join.cpp): most often the one
  // it joins is among them, or finishes meanwhile.
  if (!self && !deadline && state.scheduler && state.scheduler->help_until_finished(this))
    return JoinWait::Finished;
  // A plain thread (or a second joiner) blocks. Announce first, then check: finish_task() marks
  // the task finished first, then looks for joiners, so one of the two sees the other.
  state.thread_joiners.fetch_add(1, std::memory_order_seq_cst);
  bool done;
  {
    JoinStripe &stripe = join_stripe(this);
    std::unique_lock lock(stripe.mutex);
    const auto is_finished = [this] { return TaskAccess::finished_seq_cst(*this); };
    done = deadline ? stripe.finished.wait_until(lock, *deadline, is_finished)
                    : (stripe.finished.wait(lock, is_finished), true);
  }
  state.thread_joiners.fetch_sub(1, std::memory_order_relaxed);
  return done ? JoinWait::Finished : JoinWait::TimedOut;
}

void submit(TaskControl *task, SchedulerCore *scheduler) {
  scheduler->submit(task);
}

} // namespace medi::detail
