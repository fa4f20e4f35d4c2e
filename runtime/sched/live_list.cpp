// live_list.cpp: the scheduler's list of started tasks (live_list.h).
#include "live_list.h"

#include "task_state.h"

#include <mutex>

namespace medi::detail {

void LiveList::enter(TaskControl *task) noexcept {
  Shard &shard = shard_of(task);
  TaskState &state = state_of(task);
  std::lock_guard lock(shard.lock);
  state.live_prev = nullptr;
  state.live_next = shard.head;
  if (shard.head)
    state_of(shard.head).live_prev = task;
  shard.head = task;
  state.in_live_list.store(true, std::memory_order_relaxed);
}

void LiveList::unlink_locked(Shard &shard, TaskControl *task) noexcept {
  TaskState &state = state_of(task);
  (state.live_prev ? state_of(state.live_prev).live_next : shard.head) = state.live_next;
  if (state.live_next)
    state_of(state.live_next).live_prev = state.live_prev;
  state.in_live_list.store(false, std::memory_order_relaxed);
}

void LiveList::leave(TaskControl *task) noexcept {
  // Relaxed is enough: the flag was last written by whoever parked the task (ordered before us
  // by the unpark) or, for an abandoned task, by this thread. Most tasks never park and never
  // take a lock here.
  if (!state_of(task).in_live_list.load(std::memory_order_relaxed))
    return;
  Shard &shard = shard_of(task);
  std::lock_guard lock(shard.lock);
  if (state_of(task).in_live_list.load(std::memory_order_relaxed))
    unlink_locked(shard, task);
}

std::vector<TaskControl *> LiveList::abandon_parked() {
  std::vector<TaskControl *> abandoned;
  for (Shard &shard : shards_) {
    std::lock_guard lock(shard.lock);
    for (TaskControl *task = shard.head; task;) {
      TaskState &state = state_of(task);
      TaskControl *next = state.live_next;
      ParkState parked = ParkState::Parked;
      if (state.park_state.compare_exchange_strong(parked, ParkState::Abandoned,
                                                   std::memory_order_acq_rel)) {
        unlink_locked(shard, task);
        abandoned.push_back(task);
      }
      task = next;
    }
  }
  return abandoned;
}

bool LiveList::inspect_shard(Shard &shard, std::vector<ParkedTask> &parked, TaskControl *&woken) {
  std::lock_guard lock(shard.lock);
  for (TaskControl *task = shard.head; task; task = state_of(task).live_next) {
    TaskState &state = state_of(task);
    // Claimed while we copy its record: the record lives on its stack, and an unpark that comes
    // meanwhile leaves a permit instead of rescheduling it (the caller does).
    ParkState expected = ParkState::Parked;
    if (!state.park_state.compare_exchange_strong(expected, ParkState::Inspected,
                                                  std::memory_order_acq_rel))
      return false; // woken, queued or running
    parked.push_back(ParkedTask{
        .id = task->id(),
        .spawned = task->spawn_site(),
        .blocked_on = state.blocked_on ? std::optional(*state.blocked_on) : std::nullopt,
    });
    expected = ParkState::Inspected;
    if (!state.park_state.compare_exchange_strong(expected, ParkState::Parked,
                                                  std::memory_order_acq_rel)) {
      woken = task; // unparked while we looked: it runs again, nothing is stuck
      return true;
    }
  }
  return true;
}

} // namespace medi::detail
