// task_control.cpp: a task's life as the scheduler and its joiner see it: ids, references,
// finishing, and waiting for the finish.
#include "medi/detail/task_control.h"

#include "fiber.h"
#include "medi/config.h"
#include "medi/error/op_tags.h"
#include "scheduler_core.h"
#include "task_park.h"

#include <condition_variable>
#include <mutex>
#include <utility>

#if MEDI_ENABLE_GC
#include "../gc/mutator.h"
#endif

namespace medi::detail {
namespace {

// Plain threads that join wait on a condition variable from a small striped pool. (Not
// std::atomic<bool>::wait: libstdc++ 12 implements it for bool through a shared proxy word, and
// a join built on it was seen to miss its wake-up.)
struct JoinStripe {
  std::mutex mutex;
  std::condition_variable finished;
};

JoinStripe &join_stripe(const TaskControl *task) noexcept {
  static JoinStripe *const stripes = new JoinStripe[64]; // never destroyed: late joins at exit
  return stripes[(reinterpret_cast<std::uintptr_t>(task) >> 6) % 64];
}

std::atomic<std::uint64_t> next_task_id{1};
// join_waiter_ once the task has finished: nobody may register any more.
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
    : id_(take_task_id()), priority_(priority), spawn_site_(spawn_site) {}

RuntimeContext TaskControl::spawn_site() const noexcept {
  return spawn_site_.context(op::scheduler_task_panic);
}

TaskControl::~TaskControl() {
  // A task abandoned while suspended (its scheduler shut down) still owns its fiber; the stack's
  // memory stays with the pool, which unmaps it when the scheduler goes.
  delete fiber;
}

void TaskControl::release() noexcept {
  if (references_.fetch_sub(1, std::memory_order_acq_rel) == 1)
    delete this;
}

void TaskControl::finish(std::optional<RuntimeError> failure) noexcept {
#if MEDI_ENABLE_GC
  if (gc_mutator) // the objects it allocated and never published are not protected any more
    gc::release_mutator(std::exchange(gc_mutator, nullptr));
#endif
  if (failure)
    failure_ = std::move(failure);
  finished_.store(true, std::memory_order_seq_cst);
  if (thread_joiners_.load(std::memory_order_seq_cst) > 0) {
    JoinStripe &stripe = join_stripe(this);
    {
      std::lock_guard lock(stripe.mutex);
    } // a joiner between its check and its wait holds it
    stripe.finished.notify_all();
  }
  void *joiner = join_waiter_.exchange(kFinished, std::memory_order_acq_rel);
  if (joiner && joiner != kFinished) { // a joining task, retained when it registered
    auto *task = static_cast<TaskControl *>(joiner);
    Waiter::for_task(task).unpark();
    task->release();
  }
}

void TaskControl::wait_finished(SourceSite site) noexcept {
  if (finished())
    return;
  TaskControl *self = SchedulerCore::current_task();
  if (self && SchedulerCore::run_inline(this))
    return;
  const BlockedOn why{.op = op::task_join, .site = site, .joining = this};
  const BlockingScope blocking_scope(why);
  if (self) {
    // A task parks, freeing its worker. It stays alive until the finisher has unparked it.
    self->retain();
    void *expected = nullptr;
    if (join_waiter_.compare_exchange_strong(expected, self, std::memory_order_acq_rel)) {
      const Waiter waiter = Waiter::current();
      while (!finished())
        waiter.park();
      return;
    }
    self->release(); // finished meanwhile, or joined elsewhere too: wait as a thread would
  }
  // A plain thread (or a second joiner) blocks. Announce first, then check: finish() stores
  // finished_ first, then looks for joiners, so one of the two sees the other.
  thread_joiners_.fetch_add(1, std::memory_order_seq_cst);
  {
    JoinStripe &stripe = join_stripe(this);
    std::unique_lock lock(stripe.mutex);
    stripe.finished.wait(lock, [this] { return finished_.load(std::memory_order_seq_cst); });
  }
  thread_joiners_.fetch_sub(1, std::memory_order_relaxed);
}

void submit(TaskControl *task, SchedulerCore *scheduler) {
  scheduler->submit(task);
}

} // namespace medi::detail
