// cancel_state.cpp: cancellation flags, their children, and waking the tasks that observe them.
#include "cancel_state.h"

#include "task_park.h"

#include <algorithm>

namespace medi::detail {

CancelState *CancelState::create(CancelState *parent) {
  auto *state = new CancelState();
  if (parent) {
    std::lock_guard lock(parent->mutex_);
    try {
      parent->children_.push_back(state);
    } catch (...) {
      delete state; // not linked yet: its destructor leaves the parent alone
      throw;
    }
    parent->retain();
    state->parent_ = parent;
    if (parent->cancelled())
      state->cancelled_.store(true, std::memory_order_release);
  }
  return state;
}

CancelState::~CancelState() {
  // Unlinked first: until then a cancelling parent may walk our tasks (under its lock).
  if (parent_) {
    {
      std::lock_guard lock(parent_->mutex_);
      std::erase(parent_->children_, this);
    }
    parent_->release();
  }
  for (TaskControl *task : tasks_)
    task->release();
}

void CancelState::release() noexcept {
  if (references_.fetch_sub(1, std::memory_order_acq_rel) == 1)
    delete this;
}

void CancelState::cancel() noexcept {
  cancelled_.store(true, std::memory_order_seq_cst);
  // Children are cancelled under our lock: a child that is being destroyed unlinks itself under
  // it, so every child listed here is alive (lock order: parent, then child).
  std::lock_guard lock(mutex_);
  for (TaskControl *task : tasks_)
    if (!task->finished())
      Waiter::for_task(task).unpark(); // a wait loop re-checks the flag; a permit is harmless
  for (CancelState *child : children_)
    child->cancel();
}

void CancelState::observe(TaskControl *task) {
  std::vector<TaskControl *> finished;
  {
    std::lock_guard lock(mutex_);
    if (tasks_.size() >= prune_at_)
      finished = take_finished_locked();
    tasks_.push_back(task); // may throw: nothing is changed then
    task->retain();
    retain();
    state_of(task).cancel = this;
  }
  // Released outside the lock: a task's last reference may own a token of ours.
  for (TaskControl *done : finished)
    done->release();
}

std::vector<TaskControl *> CancelState::tasks() {
  std::lock_guard lock(mutex_);
  std::vector<TaskControl *> copy(tasks_);
  for (TaskControl *task : copy)
    task->retain();
  return copy;
}

// Finished tasks need no waking: taken out once the list has doubled since the last time, so a
// long-lived group that spawns without end holds only its running tasks, in amortized O(1).
std::vector<TaskControl *> CancelState::take_finished_locked() {
  std::vector<TaskControl *> finished;
  finished.reserve(tasks_.size()); // the one step that may throw, before anything changes
  std::erase_if(tasks_, [&](TaskControl *task) {
    if (!task->finished())
      return false;
    finished.push_back(task);
    return true;
  });
  prune_at_ = std::max<std::size_t>(64, 2 * tasks_.size());
  return finished;
}

} // namespace medi::detail
