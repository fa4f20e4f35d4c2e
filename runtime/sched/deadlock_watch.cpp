// deadlock_watch.cpp: medi::DeadlockWatch (medi/deadlock.h). A thread looks every
// kDeadlockConfirmInterval; a look finds a deadlock when nothing runs (SchedulerCore::quiet), no
// timer is pending, the watched thread and every parked task wait without a permit and without a
// deadline or another process that may wake them, and nothing ran during the look. Two looks in a
// row that find the same still state are reported.
#include "../trace/trace_points.h"
#include "deadlock_report.h"
#include "medi/deadlock.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/trace.h"
#include "program_thread.h"
#include "scheduler_core.h"
#include "task_park.h"
#include "timer_service.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>

namespace medi {
namespace detail {
SchedulerCore *global_core_if_started() noexcept; // runtime/sched/scheduler.cpp
} // namespace detail

namespace {

using detail::BlockedOn;
using detail::DeadlockSnapshot;
using detail::ProgramThread;
using detail::SchedulerCore;
using detail::TimerService;

std::atomic<bool> watch_in_effect{false};

// What the watched thread waits for (and how many waits it has begun), when nothing has woken
// it; nullopt when it runs, waits with a timeout or on another process, or was woken.
std::optional<std::pair<BlockedOn, std::uint64_t>> stuck_thread(ProgramThread &thread) {
  std::lock_guard lock(thread.mutex);
  const BlockedOn *why = thread.blocked_on;
  if (!why || why->timed || why->remote)
    return std::nullopt;
  const bool stuck = why->joining ? !why->joining->finished() : thread.parker->parked();
  if (!stuck)
    return std::nullopt;
  return std::pair(*why, thread.waits);
}

std::optional<DeadlockSnapshot> look(ProgramThread &thread) {
  SchedulerCore *core = detail::global_core_if_started();
  std::optional<SchedulerCore::Quiet> before;
  if (core && !(before = core->quiet()))
    return std::nullopt;
  if (TimerService::instance().busy() != 0)
    return std::nullopt;
  DeadlockSnapshot snapshot;
  const auto waiting = stuck_thread(thread);
  if (!waiting)
    return std::nullopt;
  std::tie(snapshot.thread, snapshot.thread_waits) = *waiting;
  if (core) {
    auto tasks = core->parked_tasks_if_none_woken();
    if (!tasks)
      return std::nullopt;
    for (const detail::ParkedTask &task : *tasks)
      if (task.blocked_on && (task.blocked_on->timed || task.blocked_on->remote))
        return std::nullopt; // its timer, or another rank, may wake it
    snapshot.tasks = std::move(*tasks);
    // Nothing ran while we looked: the same workers asleep, no task started or resumed.
    if (core->quiet() != before)
      return std::nullopt;
    snapshot.quiet = *before;
  }
  const auto still_waiting = stuck_thread(thread);
  if (TimerService::instance().busy() != 0 || !still_waiting ||
      still_waiting->second != snapshot.thread_waits)
    return std::nullopt;
  return snapshot;
}

} // namespace

struct DeadlockWatch::State {
  Handler handler;
  ProgramThread thread;
  std::mutex mutex;
  std::condition_variable changed;
  bool stopping = false; // guarded by mutex
  std::thread watcher;

  void run() {
    std::optional<DeadlockSnapshot> previous;
    std::optional<DeadlockSnapshot> reported; // the state last reported, while it lasts
    std::unique_lock lock(mutex);
    while (!changed.wait_for(lock, kDeadlockConfirmInterval, [this] { return stopping; })) {
      lock.unlock();
      std::optional<DeadlockSnapshot> current = look(thread);
      if (!current) {
        reported.reset(); // something moves: a later deadlock is a new one
      } else if (previous && previous->same_state(*current) &&
                 !(reported && reported->same_state(*current))) {
        reported = current;
        const auto [error, context] = detail::describe_deadlock(*current);
        report_error(error, context);
        if (detail::trace::on()) {
          detail::trace::record_deadlock(current->tasks.size());
          medi::trace::flush(); // the handler may end the process without running exit hooks
        }
        if (handler)
          handler(error);
      }
      previous = std::move(current);
      lock.lock();
    }
  }
};

DeadlockWatch::DeadlockWatch(Handler on_deadlock, std::source_location location) {
  const char *refused = nullptr;
  if (detail::current_task())
    refused =
        "a DeadlockWatch is made on a program thread, not in a task; this one watches nothing";
  else if (watch_in_effect.exchange(true))
    refused = "another DeadlockWatch is in effect; this one watches nothing";
  if (refused) {
    report_error(RuntimeError::message(refused),
                 RuntimeContext::from(location, op::scheduler_deadlock));
    return;
  }
  state_ = std::make_unique<State>();
  state_->handler = std::move(on_deadlock);
  state_->thread.parker = &detail::Waiter::thread_parker();
  detail::set_this_program_thread(&state_->thread);
  state_->watcher = std::thread([state = state_.get()] { state->run(); });
}

DeadlockWatch::~DeadlockWatch() {
  if (!state_)
    return;
  {
    std::lock_guard lock(state_->mutex);
    state_->stopping = true;
  }
  state_->changed.notify_all();
  state_->watcher.join();
  detail::set_this_program_thread(nullptr);
  watch_in_effect.store(false);
}

} // namespace medi
