// injection_queue.h: tasks made ready outside the workers' own queues (internal): spawned or woken
// by a plain thread, yielding, or back from blocking(). One FIFO per priority under a mutex; a
// count that workers read without the lock, so an empty queue costs a worker one load.
#ifndef MEDI_RUNTIME_SCHED_INJECTION_QUEUE_H
#define MEDI_RUNTIME_SCHED_INJECTION_QUEUE_H

#include "medi/detail/task_control.h"
#include "worker.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace medi::detail {

class InjectionQueue {
public:
  /// Appends `task`; the count is published (seq_cst) before the caller looks for sleepers.
  void push(TaskControl *task);
  /// The oldest task of `priority`, or nullptr.
  TaskControl *take(Priority priority);
  /// Every task left (a shutdown fails them).
  std::vector<TaskControl *> take_all();
  bool empty() const noexcept { return count_.load(std::memory_order_seq_cst) == 0; }

private:
  std::mutex mutex_;
  std::array<std::deque<TaskControl *>, kPriorities> queues_; // guarded by mutex_
  std::atomic<std::size_t> count_{0};
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_INJECTION_QUEUE_H
