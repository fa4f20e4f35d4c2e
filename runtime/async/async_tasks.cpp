// async_tasks.cpp: MLIR's async coroutines as Medi tasks.
#include "async_tasks.h"

#include "../sched/scheduler_core.h"
#include "../sched/task_park.h"
#include "../sched/task_slots.h"
#include "../sched/task_state.h"
#include "medi/scheduler.h"
#include "medi/task.h"

#include <atomic>
#include <new>

namespace medi::async {
namespace {

constexpr medi_rt_source kExecuteSite{nullptr, "mlir async runtime", "async.execute", 0, 0};

// Tasks started and not yet returned, and who waits for that count to reach zero.
std::atomic<std::int64_t> running_tasks{0};
std::atomic<detail::ThreadParker *> quiescence_waiter{nullptr};

void task_returned() noexcept {
  if (running_tasks.fetch_sub(1, std::memory_order_acq_rel) == 1)
    if (detail::ThreadParker *waiter = quiescence_waiter.load(std::memory_order_acquire))
      waiter->unpark();
}

class CoroutineTask final : public detail::TaskWithResult<void> {
public:
  CoroutineTask(CoroHandle handle, CoroResume resume) noexcept
      : TaskWithResult<void>(Priority::Normal, SourceSite(&kExecuteSite)), handle_(handle),
        resume_(resume) {}

  void run() override {
    resume_(handle_);
    task_returned();
  }

private:
  CoroHandle handle_;
  CoroResume resume_;
};

// How many continuations are running nested on the current stack: a task's count lives in the
// task (its fiber may move between threads), a plain thread's in the thread.
constinit const detail::TaskSlot inline_depth_slot;
thread_local unsigned thread_inline_depth = 0;

} // namespace

bool execute(CoroHandle handle, CoroResume resume) noexcept {
  CoroutineTask *task;
  try {
    task = new CoroutineTask(handle, resume);
  } catch (const std::bad_alloc &) {
    return false;
  }
  running_tasks.fetch_add(1, std::memory_order_relaxed);
  detail::submit(task, detail::global_core());
  return true;
}

void run_continuation(CoroHandle handle, CoroResume resume) noexcept {
  detail::TaskControl *task = detail::current_task();
  const unsigned depth =
      task ? static_cast<unsigned>(reinterpret_cast<std::uintptr_t>(inline_depth_slot.get(task)))
           : thread_inline_depth;
  if (depth >= kMaxInlineResumes && execute(handle, resume))
    return;
  auto set_depth = [task](unsigned value) {
    if (task)
      inline_depth_slot.set(task, reinterpret_cast<void *>(static_cast<std::uintptr_t>(value)));
    else
      thread_inline_depth = value;
  };
  set_depth(depth + 1);
  resume(handle);
  // The coroutine may have parked and the fiber moved to another thread: `task` is still this
  // stack's task, and a thread's stack stays on its thread.
  set_depth(depth);
}

void wait_for_tasks() noexcept {
  detail::ThreadParker &parker = detail::Waiter::thread_parker();
  quiescence_waiter.store(&parker, std::memory_order_release);
  while (running_tasks.load(std::memory_order_acquire) != 0)
    parker.park_until(std::chrono::steady_clock::now() + std::chrono::milliseconds(50));
  quiescence_waiter.store(nullptr, std::memory_order_release);
}

std::int64_t worker_threads() noexcept {
  return static_cast<std::int64_t>(detail::global_core()->num_threads());
}

} // namespace medi::async
