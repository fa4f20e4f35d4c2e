// task_park.cpp: parking a task (switch its fiber out, let the worker finish the park) and
// unparking it (hand it back to its scheduler).
//
// A task's park_state (task_park.h): the worker turns parking into parked after the switch; an
// unpark that finds parking leaves a permit, the worker's compare-exchange fails, and it
// reschedules the task instead. Only an unpark that finds parked reschedules it.
#include "task_park.h"

#include "../trace/trace_points.h"
#include "fiber.h"
#include "scheduler_core.h"
#include "task_state.h"
#include "timer_service.h"

namespace medi::detail {
namespace {

void park_task(TaskControl *task) noexcept {
  std::atomic<ParkState> &park_state = state_of(task).park_state;
  ParkState expected = ParkState::Empty;
  if (!park_state.compare_exchange_strong(expected, ParkState::Parking,
                                          std::memory_order_acq_rel)) {
    // A permit waits (a running task's state is only ever Empty or Notified). Consume it with a
    // read-modify-write, never a plain store: a store could erase an unpark that arrives between
    // the failed compare-exchange and the store, and would not acquire what the unparker
    // published before it, so the caller's next check of its condition could read a stale value
    // and park for good. The exchange takes exactly the permit that exists and acquires it.
    park_state.exchange(ParkState::Empty, std::memory_order_acq_rel);
    return;
  }
  trace::park(task);
  SchedulerCore::switch_out_parking(task);
  // Woken: consume the permit that woke us (a later one, if any, stays).
  ParkState notified = ParkState::Notified;
  park_state.compare_exchange_strong(notified, ParkState::Empty, std::memory_order_acq_rel);
}

void unpark_task(TaskControl *task) noexcept {
  TaskState &state = state_of(task);
  // Read before the exchange: once it is made the task may run, finish and be freed.
  const std::uint64_t id = trace::on() ? task->id() : 0;
  const ParkState was = state.park_state.exchange(ParkState::Notified, std::memory_order_acq_rel);
  if (id && (was == ParkState::Parked || was == ParkState::Parking)) [[unlikely]]
    trace::record_wake(id);
  // A task this exchange found parked stays parked until it is woken here, so its state is still
  // there. Its scheduler is read only then: it was set when the task was submitted, before the
  // task ran and parked (the exchange acquires it). An unparker may reach a task whose spawner is
  // still submitting it (a group's cancel), while that field is being written.
  if (was == ParkState::Parked)
    state.scheduler->wake_parked(task);
}

} // namespace

ThreadParker &Waiter::thread_parker() noexcept {
  thread_local ThreadParker parker;
  return parker;
}

Waiter Waiter::current() noexcept {
  Waiter waiter;
  if (TaskControl *task = current_task())
    waiter.task_ = task;
  else
    waiter.thread_ = &thread_parker();
  return waiter;
}

void Waiter::park() const noexcept {
  if (task_)
    park_task(task_);
  else
    thread_->park();
}

void Waiter::park_until(std::chrono::steady_clock::time_point deadline) const noexcept {
  if (!task_) {
    thread_->park_until(deadline);
    return;
  }
  if (std::chrono::steady_clock::now() >= deadline)
    return;
  TimerService &timers = TimerService::instance();
  const TimerService::Ticket ticket = timers.wake_at(deadline, task_);
  park_task(task_);
  timers.cancel(ticket); // woken early: the timer is not needed (a no-op when it fired)
}

void Waiter::unpark() const noexcept {
  if (task_)
    unpark_task(task_);
  else
    thread_->unpark();
}

} // namespace medi::detail
