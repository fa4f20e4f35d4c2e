// medi/cancellation.h: cooperative cancellation, and task groups that spawn, wait for all, fail
// fast and keep a deadline. See docs/tasks.md.
//
//   medi::TaskGroup group(std::chrono::seconds(2));   // a deadline is optional
//   group.spawn([&] { for (auto reading : readings) process(reading); });
//   group.spawn([&] { watch(alarms); });
//   if (auto done = group.wait(); !done)               // every task has finished here
//     log(done.error().what());                         // the first failure, or the deadline
//
// Cancellation is cooperative and prompt: a cancelled task is not stopped, but every blocking
// operation it makes (a channel send or recv, a select, a sleep, a join) returns a cancelled
// outcome instead of waiting, and one that is already waiting returns at once. What can
// complete without waiting still completes. this_task::is_cancelled() lets a computing loop look.
#ifndef MEDI_CANCELLATION_H
#define MEDI_CANCELLATION_H

#include "medi/detail/realtime_check.h"
#include "medi/error/runtime_error.h"
#include "medi/task.h"

#include <chrono>
#include <cstdint>
#include <expected>
#include <optional>
#include <source_location>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace medi {
namespace detail {
class CancelState;
class TaskGroupState;
} // namespace detail

/// A shared cancellation flag. Copies name the same flag. A child token is cancelled when its
/// parent is (and may be cancelled alone). Cancelling wakes every waiting task that observes the
/// token (the tasks of the groups made with it). Any thread may cancel.
class CancellationToken {
public:
  /// A new token, not cancelled.
  CancellationToken();
  CancellationToken(const CancellationToken &other) noexcept;
  CancellationToken(CancellationToken &&other) noexcept;
  CancellationToken &operator=(CancellationToken other) noexcept;
  ~CancellationToken();

  void cancel() noexcept;
  bool is_cancelled() const noexcept;
  /// A new token that this one's cancellation also cancels.
  CancellationToken child() const;

  friend bool operator==(const CancellationToken &a, const CancellationToken &b) noexcept {
    return a.state_ == b.state_;
  }

private:
  friend class TaskGroup;
  explicit CancellationToken(detail::CancelState *adopted) noexcept : state_(adopted) {}
  detail::CancelState *state_;
};

/// Why TaskGroup::wait() did not succeed.
struct TaskGroupError {
  enum class Kind : std::uint8_t {
    Failed,           // a task failed (its error is `failure`); the others were cancelled
    DeadlineExceeded, // the group's deadline passed; its tasks were cancelled
    Cancelled,        // the group was cancelled (cancel(), or its parent token)
  };
  Kind kind;
  std::optional<RuntimeError> failure; // the first failure, for Failed

  bool is_failed() const noexcept { return kind == Kind::Failed; }
  bool is_deadline_exceeded() const noexcept { return kind == Kind::DeadlineExceeded; }
  bool is_cancelled() const noexcept { return kind == Kind::Cancelled; }
  std::string what() const;
};

/// Tasks that live and end together. spawn() runs a task in the group; wait() returns when every
/// task of the group has finished. The first task to fail cancels the others (fail fast); a
/// deadline, when given, cancels them all when it passes. The group's token is a child of the
/// creating task's token, so cancelling an outer group reaches inner ones. Destroying a group
/// that was not waited for cancels it and waits: its tasks never outlive it.
class TaskGroup {
public:
  explicit TaskGroup(std::source_location location = std::source_location::current());
  /// A group whose tasks are cancelled at `deadline`.
  explicit TaskGroup(std::chrono::steady_clock::time_point deadline,
                     std::source_location location = std::source_location::current());
  template <class Rep, class Period>
  explicit TaskGroup(std::chrono::duration<Rep, Period> timeout,
                     std::source_location location = std::source_location::current())
      : TaskGroup(std::chrono::steady_clock::now() +
                      std::chrono::ceil<std::chrono::steady_clock::duration>(timeout),
                  location) {}
  /// A group whose token is a child of `parent` (instead of the creating task's).
  explicit TaskGroup(const CancellationToken &parent,
                     std::optional<std::chrono::steady_clock::time_point> deadline = std::nullopt,
                     std::source_location location = std::source_location::current());
  TaskGroup(const TaskGroup &) = delete;
  TaskGroup &operator=(const TaskGroup &) = delete;
  ~TaskGroup();

  /// Runs `f` as a task of the group on the global scheduler. Its value, if any, is dropped:
  /// hand results back through a channel or captured state. In a cancelled group the task still
  /// runs (it sees itself cancelled), so what it owns is released where it expects.
  template <class F>
  void spawn(F &&f, std::source_location location = std::source_location::current()) {
    spawn_with_priority(Priority::Normal, std::forward<F>(f), location);
  }
  template <class F>
  void spawn_with_priority(Priority priority, F &&f,
                           std::source_location location = std::source_location::current()) {
    const detail::RealtimeCheck realtime_check("spawning a task", location);
    try {
      using R = std::invoke_result_t<std::decay_t<F> &>;
      adopt(new detail::TaskOf<std::decay_t<F>, R>(priority, location, std::forward<F>(f)));
    } catch (const std::bad_alloc &) {
      detail::report_spawn_failure(location);
      no_memory_for_a_task();
    }
  }

  /// Waits until every task has finished (parking a task, blocking a thread). Returns the first
  /// failure, or why the group was cancelled. Call it once; later calls return the same.
  std::expected<void, TaskGroupError>
  wait(std::source_location location = std::source_location::current());
  /// Cancels the group's tasks (cooperatively); wait() still waits for them.
  void cancel() noexcept;
  /// The group's token: a child of it is cancelled with the group.
  CancellationToken token() const noexcept;
  /// Tasks spawned so far.
  std::size_t spawned() const noexcept;

private:
  void adopt(detail::TaskControl *task);
  void no_memory_for_a_task() noexcept;
  detail::TaskGroupState *state_;
};

namespace this_task {
/// Whether the calling task has been cancelled (its group's token). False on a plain thread and
/// in a task that belongs to no group.
bool is_cancelled() noexcept;
} // namespace this_task

} // namespace medi

#endif // MEDI_CANCELLATION_H
