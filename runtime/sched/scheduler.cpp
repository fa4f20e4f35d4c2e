// scheduler.cpp: medi::Scheduler, the global scheduler, and the task functions that need it.
#include "medi/scheduler.h"

#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/task.h"
#include "scheduler_core.h"
#include "timer_service.h"

#include <atomic>
#include <mutex>
#include <thread>

namespace medi {
namespace {

std::size_t default_threads() {
  return std::max(1u, std::thread::hardware_concurrency());
}

std::mutex global_mutex;
std::shared_ptr<Scheduler> *global_scheduler = nullptr; // never destroyed: see docs/tasks.md
// The global scheduler's core, published once it exists: the spawn fast path reads only this.
std::atomic<detail::SchedulerCore *> global_core_published{nullptr};

} // namespace

Scheduler::Scheduler(std::optional<std::size_t> threads, RecoveryPolicy policy)
    : core_(std::make_unique<detail::SchedulerCore>(threads.value_or(default_threads()), policy)) {}

Scheduler::~Scheduler() = default;

void Scheduler::set_policy(RecoveryPolicy policy) noexcept {
  core_->set_policy(policy);
}
RecoveryPolicy Scheduler::policy() const noexcept {
  return core_->policy();
}
void Scheduler::ensure_running(std::optional<std::size_t> threads) {
  core_->ensure_running(threads.value_or(default_threads()));
}
void Scheduler::shutdown() noexcept {
  core_->shutdown();
}
void Scheduler::join() noexcept {
  core_->join();
}
std::size_t Scheduler::num_threads() const noexcept {
  return core_->num_threads();
}

std::shared_ptr<Scheduler> init_scheduler(std::optional<std::size_t> threads) {
  std::lock_guard lock(global_mutex);
  if (!global_scheduler) {
    // The global scheduler lives until the process ends: when main returns, tasks still running
    // are abandoned with it, as in Go.
    global_scheduler = new std::shared_ptr<Scheduler>(std::make_shared<Scheduler>(threads));
    global_core_published.store(&detail::SchedulerAccess::core(**global_scheduler),
                                std::memory_order_release);
  } else {
    (*global_scheduler)->ensure_running(threads);
  }
  return *global_scheduler;
}

std::shared_ptr<Scheduler> init_scheduler_with_policy(std::optional<std::size_t> threads,
                                                      RecoveryPolicy policy) {
  auto scheduler = init_scheduler(threads);
  scheduler->set_policy(policy);
  return scheduler;
}

std::shared_ptr<Scheduler> get_scheduler() {
  {
    std::lock_guard lock(global_mutex);
    if (global_scheduler)
      return *global_scheduler;
  }
  return init_scheduler();
}

void yield_now() noexcept {
  if (detail::TaskControl *task = detail::current_task()) {
    detail::SchedulerCore::yield_current(task);
  } else {
    std::this_thread::yield();
  }
}

bool sleep_until(std::chrono::steady_clock::time_point deadline, SourceSite site) noexcept {
  return detail::sleep_until(deadline, site);
}

namespace this_task {
std::uint64_t id() noexcept {
  detail::TaskControl *task = detail::innermost_task();
  return task ? task->id() : 0;
}
} // namespace this_task

namespace detail {
bool begin_blocking() noexcept {
  return SchedulerCore::begin_blocking();
}
void end_blocking() noexcept {
  SchedulerCore::end_blocking();
}

void report_spawn_failure(SourceSite location) noexcept {
  report_error(RuntimeError::message("no memory for a new task; it never ran"),
               location.context(op::scheduler_out_of_memory));
}

SchedulerCore *global_core_if_started() noexcept {
  return global_core_published.load(std::memory_order_acquire);
}

SchedulerCore *global_core() {
  if (SchedulerCore *core = global_core_published.load(std::memory_order_acquire))
    return core;
  return &SchedulerAccess::core(*init_scheduler());
}
} // namespace detail

} // namespace medi
