// timer_service.cpp: the timer thread and sleep_until for tasks and threads.
#include "timer_service.h"

#include "../rt/zone_stack.h"
#include "../trace/trace_points.h"
#include "cancel_state.h"
#include "medi/error/op_tags.h"
#include "task_park.h"
#include "task_state.h"
#include "thread_parker.h"

namespace medi::detail {

TimerService &TimerService::instance() {
  // Never destroyed: its thread may still be waiting when the process exits.
  static TimerService *service = new TimerService();
  return *service;
}

TimerService::Ticket TimerService::wake_at(Clock::time_point deadline, TaskControl *task) {
  task->retain();
  std::lock_guard lock(mutex_);
  const Ticket ticket{deadline, next_sequence_++};
  const bool earliest = entries_.empty() || ticket < entries_.begin()->first;
  entries_.emplace(ticket, task);
  if (!started_) {
    started_ = true;
    std::thread([this] { run(); }).detach();
  }
  if (earliest)
    changed_.notify_one();
  return ticket;
}

void TimerService::cancel(const Ticket &ticket) noexcept {
  TaskControl *task = nullptr;
  {
    std::lock_guard lock(mutex_);
    auto entry = entries_.find(ticket);
    if (entry == entries_.end())
      return;
    task = entry->second;
    entries_.erase(entry);
  }
  task->release();
}

std::size_t TimerService::pending() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

std::size_t TimerService::busy() const {
  std::lock_guard lock(mutex_);
  return entries_.size() + firing_;
}

void TimerService::run() {
  trace::name_thread("timer service");
  std::unique_lock lock(mutex_);
  for (;;) {
    if (entries_.empty()) {
      changed_.wait(lock);
      continue;
    }
    const auto deadline = entries_.begin()->first.first;
    if (Clock::now() < deadline) {
      changed_.wait_until(lock, deadline);
      continue;
    }
    std::vector<TaskControl *> due;
    while (!entries_.empty() && entries_.begin()->first.first <= Clock::now()) {
      due.push_back(entries_.begin()->second);
      entries_.erase(entries_.begin());
    }
    firing_ = due.size();
    lock.unlock();
    for (TaskControl *task : due) {
      Waiter::for_task(task).unpark();
      task->release();
    }
    lock.lock();
    firing_ = 0;
  }
}

bool sleep_until(TimerService::Clock::time_point deadline, SourceSite site) noexcept {
  if (TaskControl *task = current_task()) {
    const CancelState *cancel = cancel_state_of(innermost_of(task));
    if (cancel && cancel->cancelled())
      return false;
    if (TimerService::Clock::now() >= deadline)
      return true;
    TimerService &timers = TimerService::instance();
    TimerService::Ticket ticket;
    {
      // Sleeping is allowed in a real-time zone (a periodic loop sleeps until its next
      // period); the timer's node is the runtime's bookkeeping, not the program's allocation.
      const AllocationCheckPause allocation_check_pause;
      ticket = timers.wake_at(deadline, task);
    }
    const Waiter waiter = Waiter::current();
    const BlockedOn why{.op = op::task_sleep, .site = site, .timed = true};
    const BlockingScope blocking_scope(why, task);
    while (TimerService::Clock::now() < deadline) {
      if (cancel && cancel->cancelled()) {
        const AllocationCheckPause allocation_check_pause;
        timers.cancel(ticket);
        return false;
      }
      waiter.park(); // a stray permit wakes us early: park again; the timer still fires
    }
    return true;
  }
  ThreadParker parker;
  while (parker.park_until(deadline) && TimerService::Clock::now() < deadline) {
  }
  return true;
}

} // namespace medi::detail
