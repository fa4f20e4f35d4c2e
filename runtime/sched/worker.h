// worker.h: a worker's slot in the scheduler (internal): its run queues, the task its running
// task last woke, its cache of finished fibers, and what the deadlock watch reads of it
// (oneTBB's arena_slot).
#ifndef MEDI_RUNTIME_SCHED_WORKER_H
#define MEDI_RUNTIME_SCHED_WORKER_H

#include "fiber_cache.h"
#include "medi/detail/cache_padding.h"
#include "medi/scheduler.h"
#include "work_stealing_deque.h"

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>

namespace medi::detail {

class SchedulerCore;

inline constexpr std::size_t kPriorities = 3;

constexpr std::size_t index_of(Priority priority) {
  return static_cast<std::size_t>(priority);
}

struct Worker {
  std::array<WorkStealingDeque<TaskControl *>, kPriorities> deques; // indexed by Priority
  // The task its running task last woke, per priority: taken before the deque of its priority.
  // Thieves leave it alone unless it would wait long (woken_task_judge.h): a channel's counterpart,
  // woken and run on the waker's core at once, is what makes task ping-pong cheap (Go's runnext). A
  // newer wake-up pushes the older one onto the deque, marked woken.
  std::array<std::atomic<TaskControl *>, kPriorities> run_next{};
  // Dispatches in a row from a run-next slot (owner only). Two tasks that wake each other keep
  // the slot full for ever; after kRunNextStreak of them the owner takes its deque's oldest task
  // first, so what waits there runs (tokio's limit on polls from its LIFO slot).
  unsigned run_next_streak = 0;
  std::size_t index = 0;
  // A plain thread's seat (guest_seats.h), not a worker thread's: it never steals, and its
  // thread runs tasks only while it helps in a join.
  bool guest = false;
  // Tasks this worker has dispatched: every kPriorityAgingPeriod-th looks lowest priority first.
  unsigned dispatches = 0;
  std::thread thread;
  // Which thread runs the loop: bumped when blocking() hands the worker to a new thread.
  std::atomic<std::uint64_t> owner_generation{0};
  FiberCache fibers;
  // For the deadlock watch: asleep from just before the worker waits for work (holding none)
  // until it wakes (a seat: whenever its thread is not helping); runs counts the tasks it started
  // or resumed (written by its owner only).
  std::atomic<bool> asleep{false};
  std::atomic<std::uint64_t> runs{0};
  // Set by this worker's last look at the others when it left woken tasks where they were
  // (owner only): it may then watch them instead of sleeping (idle_workers.h).
  bool left_woken_tasks = false;
  // Written by thieves, on a line of its own so the owner's hot fields stay in its cache: the
  // start of the window over which thieves judge this worker's pace (woken_task_judge.h): its
  // `runs` then, and when, in steady-clock nanoseconds (0: no window yet).
  struct alignas(kCachePadding) ThiefView {
    std::atomic<std::uint64_t> runs{0};
    std::atomic<std::int64_t> since{0};
  } thief_view;

  /// Whether the next dispatch is the aging turn.
  bool aging_turn() const noexcept { return (dispatches + 1) % kPriorityAgingPeriod == 0; }
  /// Counts a dispatch of a task this worker is about to run (started or resumed).
  void count_dispatch() noexcept {
    ++dispatches;
    // Relaxed: the watch reads it after the worker's next asleep store (seq_cst), or sees the
    // worker awake.
    runs.store(runs.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }
};

/// Run-next dispatches in a row after which a worker's deque goes first (Worker::run_next_streak).
inline constexpr unsigned kRunNextStreak = 256;

/// The tasks ready on a worker's own queues (an estimate: thieves may be taking some).
inline std::size_t queued_estimate(const Worker &worker) noexcept {
  std::size_t queued = 0;
  for (std::size_t i = 0; i < kPriorities; ++i)
    queued += static_cast<std::size_t>(worker.deques[i].size_estimate()) +
              (worker.run_next[i].load(std::memory_order_relaxed) ? 1 : 0);
  return queued;
}

/// The worker the calling thread runs, and its scheduler, while the thread runs a worker's loop
/// (worker_loop.cpp); both null on other threads.
struct WorkerThread {
  Worker *worker = nullptr;
  SchedulerCore *core = nullptr;
};
extern constinit thread_local WorkerThread this_worker_thread;

// A woken task that a newer wake-up pushes out of the run-next slot keeps the slot's terms in the
// deque: thieves leave it alone unless it would wait long, as they leave the slot, so a busy
// receiver's woken senders stay on its core instead of crossing to an idle worker and back for
// every message. The mark is the pointer's lowest bit (control blocks are aligned), so a thief
// decides without touching a task that may no longer be there.
inline constexpr std::uintptr_t kWokenMark = 1;
static_assert(alignof(TaskControl) > kWokenMark);

inline TaskControl *marked_woken(TaskControl *task) noexcept {
  return reinterpret_cast<TaskControl *>(reinterpret_cast<std::uintptr_t>(task) | kWokenMark);
}
inline bool is_marked_woken(const TaskControl *task) noexcept {
  return (reinterpret_cast<std::uintptr_t>(task) & kWokenMark) != 0;
}
inline TaskControl *unmarked(TaskControl *task) noexcept {
  return reinterpret_cast<TaskControl *>(reinterpret_cast<std::uintptr_t>(task) & ~kWokenMark);
}

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_WORKER_H
