// wait_context.cpp: a blocked channel operation's wait, and its wake-up by whoever selects it.
#include "medi/detail/channel/wait_context.h"

#include "../sched/cancel_state.h"
#include "../sched/task_park.h"
#include "../sched/task_state.h"
#include "medi/detail/channel/backoff.h"

namespace medi::detail {
WaitContext::WaitContext(bool for_select) noexcept : WaitContext(current_task(), for_select) {}

WaitContext::WaitContext(TaskControl *task, bool for_select) noexcept : for_select_(for_select) {
  if (task) {
    task_ = task; // the task whose fiber parks (a task run inline parks its joiner's fiber)
    cancel_ = cancel_state_of(innermost_of(task));
  } else
    thread_ = &Waiter::thread_parker();
}

const void *WaitContext::owner() const noexcept {
  return task_ ? static_cast<const void *>(task_) : static_cast<const void *>(thread_);
}

void *WaitContext::wait_packet() const noexcept {
  Backoff backoff;
  for (;;) {
    if (void *packet = packet_.load(std::memory_order_acquire))
      return packet;
    backoff.snooze(); // the selector stores it right after selecting
  }
}

std::uintptr_t WaitContext::wait_until(std::optional<Clock::time_point> deadline) noexcept {
  const Waiter waiter = Waiter::of(task_, thread_);
  // A thread spins, then yields, for a bounded while before it pays for a futex wait (as
  // crossbeam's contexts do); a task parks at once (its counterpart may need its worker).
  if (!task_) {
    Backoff backoff;
    while (selected() == kWaiting && !backoff.completed())
      backoff.snooze();
  }
  for (;;) {
    const std::uintptr_t selection = selected();
    if (selection == kAborted || selection == kCancelled)
      return selection; // only this party selects these: nobody else touches the context
    if (selection != kWaiting)
      break;
    if (cancel_ && cancel_->cancelled()) {
      if (try_select(kCancelled))
        return kCancelled;
      break;
    }
    if (!deadline) {
      waiter.park();
    } else if (Clock::now() >= *deadline) {
      if (try_select(kAborted))
        return kAborted;
      break;
    } else {
      waiter.park_until(*deadline);
    }
  }
  // Selected by another party: it may still be inside unpark(); the context (on our stack) and
  // the task or thread it names must outlive that call. That is a few dozen instructions away
  // (a thief may run the woken task before its waker has returned): spin before yielding.
  Backoff backoff;
  while (!woken_.load(std::memory_order_acquire))
    backoff.snooze();
  return selected();
}

void WaitContext::unpark() noexcept {
  Waiter::of(task_, thread_).unpark();
  woken_.store(true, std::memory_order_release); // our last touch of the context
}

} // namespace medi::detail
