// woken_task_judge.h: whether a thief takes another worker's woken tasks (internal).
//
// A task woken on a worker waits in its run-next slot, or marked on its deque (worker.h), for
// that worker to run it. A group of tasks that keep waking each other (senders parked on a full
// channel and its receiver) runs fastest on one core, where each hand-off is a cache hit; spread
// over two, every message crosses between them, and a steal is what spreads them. So a thief
// takes woken tasks only when they would otherwise wait long, judging the victim by its recent
// pace: it watches the victim's dispatch count over a window of kWokenJudgeWindow and takes them
//   - if the victim dispatched nothing for a whole window: its running task holds the core;
//   - or if, at the pace it dispatched during the window, its queue would take longer than
//     kWokenDrainLimit to drain: the tasks are better off crossing.
// Go's runqsteal makes the same trade with a fixed wait (about 3 us) before it takes a running
// P's runnext; a pace adapts to tasks that run long and to tasks that hand off in 100 ns.
//
// The window's start lives in the victim (Worker::thief_view), shared by its thieves; they
// update it with relaxed atomics, so two thieves may open a window at once: each then judges
// by a window a few nanoseconds off, which is harmless.
#ifndef MEDI_RUNTIME_SCHED_WOKEN_TASK_JUDGE_H
#define MEDI_RUNTIME_SCHED_WOKEN_TASK_JUDGE_H

#include "worker.h"

#include <chrono>
#include <cstdint>

namespace medi::detail {

/// How long thieves watch a worker's dispatches before judging whether its woken tasks wait
/// long, and how long a drain of its queue at its recent pace may take before they do. A
/// crossing to another core costs a wake-up and the task's cache lines, a few microseconds; a
/// queue that drains sooner than this is better left where it is.
inline constexpr std::chrono::nanoseconds kWokenJudgeWindow = std::chrono::microseconds(10);
inline constexpr std::chrono::nanoseconds kWokenDrainLimit = std::chrono::microseconds(10);

/// Steady-clock nanoseconds, the judge's time base.
inline std::int64_t steady_now() noexcept {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

/// Whether `victim`'s woken tasks would wait long if a thief left them, at time `now`
/// (steady_now()). Opens, and after each full window reopens, the victim's judging window.
inline bool woken_tasks_wait_long(Worker &victim, std::int64_t now) noexcept {
  const std::uint64_t runs = victim.runs.load(std::memory_order_relaxed);
  Worker::ThiefView &view = victim.thief_view;
  const std::int64_t since = view.since.load(std::memory_order_relaxed);
  const std::int64_t window = kWokenJudgeWindow.count();
  auto open_window = [&] {
    view.runs.store(runs, std::memory_order_relaxed);
    view.since.store(now, std::memory_order_relaxed);
  };
  // No window yet, or a clock reading from before the window's start (another thief's, which
  // opened it in between).
  if (since == 0 || now < since) {
    open_window();
    return false;
  }
  const std::int64_t elapsed = now - since;
  const std::uint64_t dispatched = runs - view.runs.load(std::memory_order_relaxed);
  bool wait_long;
  if (dispatched == 0) {
    wait_long = elapsed >= window;
  } else {
    // queued * (elapsed / dispatched) >= limit, without a division. Early in a window few
    // dispatches are counted, which overstates the time per dispatch: a steal comes early only
    // when the queue is long enough that it would also be judged so over a whole window.
    const auto queued = static_cast<std::int64_t>(queued_estimate(victim));
    wait_long =
        queued * elapsed >= kWokenDrainLimit.count() * static_cast<std::int64_t>(dispatched);
  }
  if (elapsed >= window)
    open_window();
  return wait_long;
}

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_WOKEN_TASK_JUDGE_H
