// medi/task.h: lightweight tasks (spawn_task, Task::join), scheduled M:N on the
// global scheduler. See docs/tasks.md.
#ifndef MEDI_TASK_H
#define MEDI_TASK_H

#include "medi/error/runtime_error.h"
#include "medi/scheduler.h"

#include <chrono>
#include <cstdint>
#include <exception>
#include <expected>
#include <new>
#include <optional>
#include <source_location>
#include <type_traits>
#include <utility>

namespace medi {

/// A spawned task's handle. join() once; destroying the handle without joining detaches.
template <class R> class Task {
public:
  Task() = default;
  explicit Task(detail::TaskWithResult<R> *control) noexcept : control_(control) {}
  Task(Task &&other) noexcept
      : control_(std::exchange(other.control_, nullptr)),
        never_spawned_(std::exchange(other.never_spawned_, false)) {}
  Task &operator=(Task &&other) noexcept {
    if (this != &other) {
      reset();
      control_ = std::exchange(other.control_, nullptr);
      never_spawned_ = std::exchange(other.never_spawned_, false);
    }
    return *this;
  }
  ~Task() { reset(); }

  /// Waits for the task (parking the calling task, or blocking the calling thread) and returns
  /// its value, or the error it failed with. In a cancelled task (medi/cancellation.h) it
  /// returns an error at once instead of waiting, and the handle stays joinable.
  std::expected<R, RuntimeError> join(SourceSite site = std::source_location::current()) {
    if (!control_)
      return std::unexpected(RuntimeError::message(
          never_spawned_ ? "the task never ran: there was no memory to spawn it (reported then)"
                         : "join() on an empty or already joined task"));
    if (control_->wait_finished_until(std::nullopt, site) != detail::JoinWait::Finished)
      return std::unexpected(RuntimeError::message(
          "join cancelled: the joining task was cancelled; the task runs on (join it again, or "
          "drop the handle to detach it)"));
    return take_result();
  }

  /// As join(), giving up at `deadline`: nullopt when the task has not finished by then (or the
  /// calling task was cancelled), and the handle stays joinable.
  std::optional<std::expected<R, RuntimeError>>
  join_until(std::chrono::steady_clock::time_point deadline,
             SourceSite site = std::source_location::current()) {
    if (!control_)
      return join(site);
    if (control_->wait_finished_until(deadline, site) != detail::JoinWait::Finished)
      return std::nullopt;
    return take_result();
  }
  template <class Rep, class Period>
  std::optional<std::expected<R, RuntimeError>>
  join_for(std::chrono::duration<Rep, Period> timeout,
           SourceSite site = std::source_location::current()) {
    return join_until(std::chrono::steady_clock::now() +
                          std::chrono::ceil<std::chrono::steady_clock::duration>(timeout),
                      site);
  }

  /// The handle of a spawn that failed (no memory; reported): join() returns that error.
  static Task never_spawned() noexcept {
    Task task;
    task.never_spawned_ = true;
    return task;
  }

  bool joinable() const noexcept { return control_ != nullptr; }
  bool is_finished() const noexcept { return control_ && control_->finished(); }
  std::uint64_t id() const noexcept { return control_ ? control_->id() : 0; }

private:
  std::expected<R, RuntimeError> take_result() {
    detail::TaskWithResult<R> *control = std::exchange(control_, nullptr);
    struct Release {
      detail::TaskControl *task;
      ~Release() { task->release(); }
    } release{control};
    if (control->failure())
      return std::unexpected(*control->failure());
    if constexpr (std::is_void_v<R>)
      return {};
    else
      return std::move(*control->result);
  }
  void reset() noexcept {
    if (control_)
      std::exchange(control_, nullptr)->release();
  }
  detail::TaskWithResult<R> *control_ = nullptr;
  bool never_spawned_ = false;
};

namespace detail {
/// The global scheduler's core, created on first use (as get_scheduler(), without the
/// shared_ptr traffic a spawn does not need).
SchedulerCore *global_core();

/// Spawns onto `core`, or onto the global scheduler when it is null (created here, inside the
/// real-time check: starting it is part of the spawn).
/// Throws std::bad_alloc when there is no memory for the task (the C ABI reports it its way).
template <class F>
auto spawn_onto(SchedulerCore *core, Priority priority, F &&f, SourceSite location)
    -> Task<std::invoke_result_t<std::decay_t<F> &>> {
  using R = std::invoke_result_t<std::decay_t<F> &>;
  const RealtimeCheck realtime_check("spawning a task", location);
  if (!core)
    core = global_core();
  auto *task = new TaskOf<std::decay_t<F>, R>(priority, location, std::forward<F>(f));
  task->retain(); // one reference for the handle, one for the scheduler
  submit(task, core);
  return Task<R>(task);
}

/// As spawn_onto(), but a spawn without memory is reported and returns a task that never ran.
template <class F>
auto spawn_or_report(SchedulerCore *core, Priority priority, F &&f, SourceSite location)
    -> Task<std::invoke_result_t<std::decay_t<F> &>> {
  try {
    return spawn_onto(core, priority, std::forward<F>(f), location);
  } catch (const std::bad_alloc &) {
    report_spawn_failure(location);
    return Task<std::invoke_result_t<std::decay_t<F> &>>::never_spawned();
  }
}
} // namespace detail

template <class F>
auto Scheduler::spawn_task_with_priority(Priority priority, F &&f, std::source_location location)
    -> Task<std::invoke_result_t<std::decay_t<F> &>> {
  return detail::spawn_or_report(core_.get(), priority, std::forward<F>(f), location);
}

template <class F>
auto Scheduler::spawn_task(F &&f, std::source_location location)
    -> Task<std::invoke_result_t<std::decay_t<F> &>> {
  return spawn_task_with_priority(Priority::Normal, std::forward<F>(f), location);
}

/// Runs `f` as a task on the global scheduler (started with one worker per core on first use).
template <class F>
auto spawn_task_with_priority(Priority priority, F &&f,
                              std::source_location location = std::source_location::current())
    -> Task<std::invoke_result_t<std::decay_t<F> &>> {
  return detail::spawn_or_report(nullptr, priority, std::forward<F>(f), location);
}

template <class F>
auto spawn_task(F &&f, std::source_location location = std::source_location::current())
    -> Task<std::invoke_result_t<std::decay_t<F> &>> {
  return spawn_task_with_priority(Priority::Normal, std::forward<F>(f), location);
}

/// Lets other ready tasks run; on a plain thread, yields the thread.
void yield_now() noexcept;

/// Parks the calling task (its worker runs other tasks), or blocks the calling thread, until
/// `deadline` / for `duration`. Returns false, early, when the calling task is cancelled
/// (medi/cancellation.h). `site` names the call in a trace (medi/trace.h).
bool sleep_until(std::chrono::steady_clock::time_point deadline,
                 SourceSite site = std::source_location::current()) noexcept;
template <class Rep, class Period>
bool sleep_for(std::chrono::duration<Rep, Period> duration,
               std::source_location location = std::source_location::current()) noexcept {
  return sleep_until(std::chrono::steady_clock::now() +
                         std::chrono::ceil<std::chrono::steady_clock::duration>(duration),
                     location);
}

namespace detail {
bool begin_blocking() noexcept;
void end_blocking() noexcept;
} // namespace detail

/// Runs `f`, which may block its OS thread outside the runtime (a blocking system call, a foreign
/// lock, a long computation), without stalling other tasks: called from a task, the worker's
/// queues move to a new thread while `f` runs, and the task rejoins a worker afterwards, as Go
/// does around system calls. From a plain thread it just calls `f`. Exceptions from `f` propagate.
template <class F> std::invoke_result_t<F &&> blocking(F &&f) {
  using R = std::invoke_result_t<F &&>;
  static_assert(!std::is_reference_v<R>, "blocking(f): f must return a value, not a reference");
  const bool handed_off = detail::begin_blocking();
  if (!handed_off)
    return std::invoke(std::forward<F>(f));
  // Rejoin the scheduler whether `f` returned or threw, then hand back its value or exception
  // (the task may resume on another thread; its exception state travels with its fiber).
  std::exception_ptr failure;
  std::optional<std::conditional_t<std::is_void_v<R>, int, R>> value;
  try {
    if constexpr (std::is_void_v<R>)
      std::invoke(std::forward<F>(f));
    else
      value.emplace(std::invoke(std::forward<F>(f)));
  } catch (...) {
    failure = std::current_exception();
  }
  detail::end_blocking();
  if (failure)
    std::rethrow_exception(failure);
  if constexpr (!std::is_void_v<R>)
    return R(std::move(*value));
}

namespace this_task {
/// The calling task's id, or 0 on a plain thread.
std::uint64_t id() noexcept;
} // namespace this_task

} // namespace medi

#endif // MEDI_TASK_H
