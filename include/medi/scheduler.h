// medi/scheduler.h: the M:N scheduler that runs Medi tasks (Scheduler, init_scheduler,
// get_scheduler). See docs/tasks.md.
#ifndef MEDI_SCHEDULER_H
#define MEDI_SCHEDULER_H

#include "medi/detail/realtime_check.h"
#include "medi/detail/task_control.h"
#include "medi/error/recovery_policy.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <new>
#include <optional>
#include <source_location>

namespace medi {

template <class R> class Task;

namespace detail {
struct SchedulerAccess;
}

/// A task's priority. Honoured, not a hint: a worker runs ready High tasks before Normal ones
/// and Normal before Low, except on its aging turn (below). See docs/tasks.md.
enum class Priority : std::uint8_t { Low = 0, Normal = 1, High = 2 };

/// The aging rule: every kPriorityAgingPeriod-th task a worker starts is picked lowest priority
/// first, so a ready Low task waits behind at most this many others on its worker.
inline constexpr unsigned kPriorityAgingPeriod = 16;

class Scheduler {
public:
  /// Use init_scheduler()/get_scheduler() for the global one; this makes a private one.
  explicit Scheduler(std::optional<std::size_t> threads = std::nullopt,
                     RecoveryPolicy policy = RecoveryPolicy::SkipTask);
  ~Scheduler();
  Scheduler(const Scheduler &) = delete;
  Scheduler &operator=(const Scheduler &) = delete;

  /// Fire and forget: runs `f` as a task; a panic is reported.
  template <class F>
  void spawn(F &&f, std::source_location location = std::source_location::current()) {
    spawn_with_priority(Priority::Normal, std::forward<F>(f), location);
  }
  template <class F>
  void spawn_with_priority(Priority priority, F &&f,
                           std::source_location location = std::source_location::current());

  /// Runs `f` as a task on this scheduler and returns its handle (defined in <medi/task.h>).
  template <class F>
  auto spawn_task(F &&f, std::source_location location = std::source_location::current())
      -> Task<std::invoke_result_t<std::decay_t<F> &>>;
  template <class F>
  auto spawn_task_with_priority(Priority priority, F &&f,
                                std::source_location location = std::source_location::current())
      -> Task<std::invoke_result_t<std::decay_t<F> &>>;

  void set_policy(RecoveryPolicy policy) noexcept;
  RecoveryPolicy policy() const noexcept;
  /// Starts the workers again after a shutdown (with `threads`, default: one per core).
  void ensure_running(std::optional<std::size_t> threads = std::nullopt);
  /// Stops the workers; tasks that had not started fail their join(). Returns at once.
  void shutdown() noexcept;
  /// Waits for the workers to stop after shutdown().
  void join() noexcept;
  std::size_t num_threads() const noexcept;

private:
  friend struct detail::SchedulerAccess;
  std::unique_ptr<detail::SchedulerCore> core_;
};

/// The global scheduler, created on first use with one worker per core (or `threads`).
std::shared_ptr<Scheduler> init_scheduler(std::optional<std::size_t> threads = std::nullopt);
/// As init_scheduler, also setting the policy (a second init updates the policy and ensures the
/// scheduler is running).
std::shared_ptr<Scheduler> init_scheduler_with_policy(std::optional<std::size_t> threads,
                                                      RecoveryPolicy policy);
std::shared_ptr<Scheduler> get_scheduler();

namespace detail {
/// A task that runs `F` and keeps its result for Task<R>::join().
template <class R> class TaskWithResult : public TaskControl {
public:
  using TaskControl::TaskControl;
  std::optional<R> result;
};
template <> class TaskWithResult<void> : public TaskControl {
public:
  using TaskControl::TaskControl;
};

/// Runs `F` once. The callable, and what it captured, is destroyed as soon as it returns (or
/// throws), before the task counts as finished: a channel handle a task captured is closed by
/// the time its join() returns, even while the Task handle lives on.
/// Reports a spawn that found no memory for its task (op scheduler.out_of_memory).
[[gnu::cold]] void report_spawn_failure(SourceSite location) noexcept;

template <class F, class R> class TaskOf final : public TaskWithResult<R> {
public:
  TaskOf(Priority priority, SourceSite site, F f)
      : TaskWithResult<R>(priority, site), f_(std::move(f)) {}
  void run() override {
    struct Discard {
      std::optional<F> &f;
      ~Discard() { f.reset(); }
    } discard{f_};
    if constexpr (std::is_void_v<R>)
      std::invoke(*f_);
    else
      this->result.emplace(std::invoke(*f_));
  }

private:
  std::optional<F> f_;
};

} // namespace detail

template <class F>
void Scheduler::spawn_with_priority(Priority priority, F &&f, std::source_location location) {
  using R = std::invoke_result_t<std::decay_t<F> &>;
  const detail::RealtimeCheck realtime_check("spawning a task", location);
  try {
    detail::submit(new detail::TaskOf<std::decay_t<F>, R>(priority, location, std::forward<F>(f)),
                   core_.get());
  } catch (const std::bad_alloc &) {
    detail::report_spawn_failure(location);
  }
}

} // namespace medi

#endif // MEDI_SCHEDULER_H
