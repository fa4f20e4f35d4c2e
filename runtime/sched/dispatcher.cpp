// dispatcher.cpp: which task a worker runs next (oneTBB's task_dispatcher).
//
// A worker takes, in order: for High, then Normal, then Low, its run-next slot, its own deque
// (newest first; the oldest first after kRunNextStreak run-next tasks in a row, so two tasks that
// keep waking each other cannot starve the rest) and the injection queue; then it steals High,
// Normal, Low from the other workers and then from the plain threads' seats. Every
// kPriorityAgingPeriod-th dispatch looks lowest priority first, so a ready Low task waits behind
// at most that many others on its worker. The aging turn counts dispatches, not looks: an idle
// worker looks many times, and counting those would make the turn fall at random.
//
// Woken tasks (a victim's run-next tasks, and those marked woken on its deque) are stolen only
// when they would otherwise wait long (woken_task_judge.h); until then one idle worker watches
// them instead of sleeping (idle_workers.h), so they are taken soon after their worker stops
// dispatching.
#include "../trace/trace_points.h"
#include "fiber.h"
#include "scheduler_core.h"
#include "woken_task_judge.h"

namespace medi::detail {
namespace {

constexpr std::array kHighFirst{Priority::High, Priority::Normal, Priority::Low};
constexpr std::array kLowFirst{Priority::Low, Priority::Normal, Priority::High};

TaskControl *take_run_next(Worker &worker, Priority priority) noexcept {
  std::atomic<TaskControl *> &slot = worker.run_next[index_of(priority)];
  TaskControl *task = slot.load(std::memory_order_relaxed);
  // A compare-exchange, not an exchange: the owner and a thief may both try; one wins.
  if (task && slot.compare_exchange_strong(task, nullptr, std::memory_order_acq_rel,
                                           std::memory_order_relaxed))
    return task;
  return nullptr;
}

// A worker's own task at `priority`: its run-next task, else the newest on its deque. After
// kRunNextStreak run-next dispatches in a row, the deque's oldest goes first (worker.h).
TaskControl *take_own_at(Worker &worker, Priority priority) noexcept {
  WorkStealingDeque<TaskControl *> &deque = worker.deques[index_of(priority)];
  if (worker.run_next_streak >= kRunNextStreak)
    if (TaskControl *task = unmarked(deque.steal())) {
      worker.run_next_streak = 0;
      return task;
    }
  if (TaskControl *task = take_run_next(worker, priority)) {
    ++worker.run_next_streak;
    return task;
  }
  TaskControl *task = unmarked(deque.pop());
  if (task)
    worker.run_next_streak = 0;
  return task;
}

} // namespace

TaskControl *SchedulerCore::steal_from(Worker &thief, Worker &victim, Priority priority) {
  // Judged at most once per look at this victim, and only when it has woken tasks.
  int may_take_woken = -1;
  auto woken_may_go = [&] {
    if (may_take_woken < 0)
      may_take_woken = woken_tasks_wait_long(victim, steady_now()) ? 1 : 0;
    if (!may_take_woken)
      thief.left_woken_tasks = true;
    return may_take_woken == 1;
  };
  if (TaskControl *task = victim.deques[index_of(priority)].steal_if(
          [&](TaskControl *item) { return !is_marked_woken(item) || woken_may_go(); })) {
    trace::steal(unmarked(task), thief.index, victim.index);
    return unmarked(task);
  }
  if (victim.run_next[index_of(priority)].load(std::memory_order_relaxed) && woken_may_go())
    if (TaskControl *task = take_run_next(victim, priority)) {
      trace::steal(task, thief.index, victim.index);
      return task;
    }
  return nullptr;
}

TaskControl *SchedulerCore::steal(Worker &thief, Priority priority) {
  const std::size_t count = workers_.size();
  for (std::size_t offset = 1; offset < count; ++offset)
    if (TaskControl *task = steal_from(thief, *workers_[(thief.index + offset) % count], priority))
      return task;
  // Then the plain threads' seats (guest_seats.h), which only workers empty.
  TaskControl *found = nullptr;
  guests_.for_each([&](Worker &seat) {
    if (!found)
      found = steal_from(thief, seat, priority);
  });
  return found;
}

TaskControl *SchedulerCore::take_own(Worker &worker) noexcept {
  for (Priority priority : kHighFirst)
    if (TaskControl *task = take_own_at(worker, priority))
      return task;
  return nullptr;
}

TaskControl *SchedulerCore::take_common_dispatch(Worker &worker) noexcept {
  // The common case: the Normal task the running one just woke, with nothing waiting at High
  // (not in the run-next slot, the deque or the injection queue: each one load). The owner's
  // emptiness estimate of its own deque is exact enough here: only thieves move its top, and
  // they only make it emptier. find_task's loop would take the same task in more steps.
  if (worker.run_next[index_of(Priority::High)].load(std::memory_order_relaxed) ||
      !worker.deques[index_of(Priority::High)].empty_estimate() || !injected_.empty())
    return nullptr;
  if (worker.run_next_streak >= kRunNextStreak) {
    if (!worker.deques[index_of(Priority::Normal)].empty_estimate())
      return nullptr;           // find_task takes the deque's oldest first
    worker.run_next_streak = 0; // nothing waits behind the slot
  }
  TaskControl *task = take_run_next(worker, Priority::Normal);
  if (task)
    ++worker.run_next_streak;
  return task;
}

TaskControl *SchedulerCore::find_task(Worker &worker) {
  const bool aging = worker.aging_turn();
  TaskControl *found = nullptr;
  if (!aging && (found = take_common_dispatch(worker))) [[likely]] {
    worker.count_dispatch();
    return found;
  }
  for (Priority priority : aging ? kLowFirst : kHighFirst) {
    if ((found = take_own_at(worker, priority)))
      break;
    if ((found = injected_.take(priority))) {
      worker.run_next_streak = 0;
      break;
    }
  }
  worker.left_woken_tasks = false;
  if (!found)
    for (Priority priority : aging ? kLowFirst : kHighFirst)
      if ((found = steal(worker, priority))) {
        worker.run_next_streak = 0;
        break;
      }
  if (found)
    worker.count_dispatch();
  return found;
}

TaskControl *SchedulerCore::next_for_hand_over(Worker &worker) noexcept {
  // Only the common case, and only while the worker goes on: not the aging turn, no shutdown,
  // and the task the parking one woke in the run-next slot, which has a fiber already.
  if (!Fiber::can_hand_over() || worker.aging_turn() || stopping_.load(std::memory_order_acquire))
    return nullptr;
  TaskControl *next = take_common_dispatch(worker);
  if (!next)
    return nullptr;
  if (!state_of(next).fiber) { // only parked tasks are woken; the worker's loop would start it
    worker.run_next[index_of(Priority::Normal)].store(next, std::memory_order_release);
    return nullptr;
  }
  worker.count_dispatch();
  state_of(next).switch_reason = SwitchReason::None;
  return next;
}

} // namespace medi::detail
