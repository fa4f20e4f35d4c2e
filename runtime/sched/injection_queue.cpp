// injection_queue.cpp: the scheduler's queue of tasks made ready from outside its workers.
#include "injection_queue.h"

namespace medi::detail {

void InjectionQueue::push(TaskControl *task) {
  std::lock_guard lock(mutex_);
  queues_[index_of(task->priority())].push_back(task);
  count_.fetch_add(1, std::memory_order_seq_cst);
}

TaskControl *InjectionQueue::take(Priority priority) {
  if (empty())
    return nullptr;
  std::lock_guard lock(mutex_);
  auto &queue = queues_[index_of(priority)];
  if (queue.empty())
    return nullptr;
  TaskControl *task = queue.front();
  queue.pop_front();
  count_.fetch_sub(1, std::memory_order_relaxed);
  return task;
}

std::vector<TaskControl *> InjectionQueue::take_all() {
  std::vector<TaskControl *> left;
  std::lock_guard lock(mutex_);
  for (auto &queue : queues_) {
    left.insert(left.end(), queue.begin(), queue.end());
    queue.clear();
  }
  count_.store(0);
  return left;
}

} // namespace medi::detail
