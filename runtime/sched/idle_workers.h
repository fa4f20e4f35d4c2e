// idle_workers.h: how workers without work wait for it, and how new work wakes them (internal;
// oneTBB's waiters, Go's "Worker thread parking/unparking" in proc.go).
//
// A worker that finds no task first *searches*: a bounded spin of kSearchRounds rounds, each a
// thread yield and another look at every queue (stealing). Then it *sleeps* on a futex, the wake
// epoch, until new work bumps the epoch. Waking a thread is a system call, so new work wakes a
// sleeper only when nobody is searching: a searcher will find the work anyway. This is the one
// decision, in work_published(); everything below exists to make it safe.
//
// The protocol. State: `searching` and `sleepers` (counts of workers), `epoch` (the futex word).
//   A worker going to sleep:          A publisher of new work:
//     e = epoch                          publish the task (see below)
//     sleepers += 1                      if sleepers > 0 and searching == 0:
//     searching -= 1                         epoch += 1; wake one
//     heavy fence (see "a seat" below)
//     look for work once more
//     if none: wait while epoch == e
//     sleepers -= 1
// All of these are seq_cst, so the two columns are ordered one way or the other. If the
// publisher's reads come after the sleeper's two updates, it sees sleepers > 0 and, unless some
// other worker still searches (and will find the task, since that worker too runs this sequence
// before it sleeps), bumps the epoch: the sleeper's wait then returns at once, because the epoch
// is no longer `e`. If its reads come before, its publication came before them too, so the
// sleeper's last look finds the task. Either way no task is left with every worker asleep.
//
// Where work is published decides the ordering the publisher needs:
//   - Shared: into the injection queue (a task spawned or woken by a plain thread, a yield, a
//     task back from blocking()). Only other workers look there, so the rule above must hold
//     exactly: seq_cst reads after a seq_cst publication.
//   - Shared, onto a plain thread's seat (guest_seats.h), which only other workers look at too:
//     the same reads, after an asymmetric fence instead of a seq_cst publication. A thread such as
//     main may spawn thousands of tasks in a row, and a full fence after each push would be a large
//     share of its cost, so the pair is asymmetric (asymmetric_fence.h): the publisher issues a
//     compiler barrier, and a worker going to sleep a membarrier before its last look, which orders
//     every thread's push against it.
//   - OnOwnWorker: onto the publishing worker's own deque or run-next slot. That worker looks
//     there before it ever sleeps, so the task cannot be stranded; a wake-up missed to a race
//     only delays parallelism until the next publication. The reads are relaxed, with no fence
//     (as oneTBB's spawn): a fence would cost every spawn and every wake-up a locked
//     instruction.
// A searcher that finds work stops searching and publishes as Shared: there may be more work,
// so a sleeper should take over the search (Go's resetspinning).
//
// Watching. A look may leave another worker's woken tasks where they are, because that worker
// dispatches fast enough to run them soon (woken_task_judge.h). Asleep, nothing would wake this
// worker if that one then stopped dispatching (a task that keeps it busy publishes nothing), so
// one such worker stays a searcher and *watches*: it looks once per pause (sleeping, not
// spinning) until several looks in a row find no such tasks, or it takes them. Only one worker
// watches at a time; the others sleep as usual. A watcher is a searcher, so while it watches, new
// work wakes no sleeper: the watcher finds it within a pause (at most kLongestWatchPause).
#ifndef MEDI_RUNTIME_SCHED_IDLE_WORKERS_H
#define MEDI_RUNTIME_SCHED_IDLE_WORKERS_H

#include "../trace/trace_points.h"
#include "asymmetric_fence.h"
#include "medi/detail/cache_padding.h"
#include "medi/detail/task_control.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

namespace medi::detail {

class IdleWorkers {
public:
  /// Search rounds (each one yield of the thread) before a worker sleeps.
  static constexpr int kSearchRounds = 64;
  /// After them, a searcher that leaves woken tasks on a busy worker *watches* them, one worker
  /// at a time (the others sleep as usual): it looks once per pause, from kWatchPause doubling
  /// to kLongestWatchPause, until they are gone or it takes them (woken_task_judge.h judges per
  /// window). It pauses rather than spins, and backs off (as Go's sysmon does): each wake-up may
  /// preempt the busy worker's thread when the kernel runs both on one core, and each look
  /// pulls away cache lines that worker writes on every dispatch. The longest pause bounds how
  /// long a woken task waits behind a task that keeps its worker busy, after a long stretch of
  /// fast dispatches.
  static constexpr std::chrono::microseconds kWatchPause{10};
  static constexpr std::chrono::microseconds kLongestWatchPause{100};
  /// A watch ends after this many looks in a row that find no woken tasks left anywhere. Tasks
  /// that keep waking each other on one worker leave its run-next slot empty for moments, which
  /// one look may hit; ending the watch there would cost a sleep, a wake-up by the busy worker
  /// (a system call on its thread) and a new search, thousands of times a second.
  static constexpr int kWatchEmptyLooks = 8;

  enum class Published : std::uint8_t { Shared, OnOwnWorker };

  /// New work is published (see the file comment for `where`): wakes a sleeper if nobody
  /// searches.
  void work_published(Published where) noexcept {
    const std::memory_order order =
        where == Published::Shared ? std::memory_order_seq_cst : std::memory_order_relaxed;
    if (sleepers_.load(order) > 0 && searching_.load(order) == 0) [[unlikely]]
      wake_one();
  }

  /// A worker that found nothing: searches, then sleeps until woken, and returns a task if it
  /// found one (nullptr once woken without one, or when it should stop). `find()` looks at every
  /// queue and sets `left_woken_tasks` when it left other workers' woken tasks where they were
  /// (woken_task_judge.h): unless another worker does, it then watches them (the file comment)
  /// instead of sleeping, so they are taken once their worker stops dispatching. `keep_going()`
  /// says whether the worker should go on; `stopping` set skips the last look (the scheduler is
  /// shutting down). `asleep` is the worker's flag for the deadlock watch; `worker_index` names the
  /// worker in a trace.
  template <class Find, class KeepGoing>
  TaskControl *search_then_sleep(Find &&find, KeepGoing &&keep_going,
                                 const std::atomic<bool> &stopping, const bool &left_woken_tasks,
                                 std::atomic<bool> &asleep, std::size_t worker_index) {
    searching_.fetch_add(1, std::memory_order_seq_cst);
    TaskControl *task = nullptr;
    for (int round = 0; !task && round < kSearchRounds && keep_going(); ++round) {
      std::this_thread::yield();
      task = find();
    }
    bool watching = false;
    auto pause = kWatchPause; // kept across returns to watching within this call
    for (;;) {
      // Watching: woken tasks were left on a busy worker. Still a searcher (new work does not
      // wake a sleeper for this worker's sake), but one that looks once per pause, the pause
      // doubling while the tasks stay where they are, until kWatchEmptyLooks looks in a row
      // find none.
      if (!task && left_woken_tasks && (watching || become_watcher())) {
        watching = true;
        for (int empty_looks = 0; !task && empty_looks < kWatchEmptyLooks && keep_going();
             pause = std::min(2 * pause, kLongestWatchPause)) {
          std::this_thread::sleep_for(pause);
          task = find();
          empty_looks = left_woken_tasks ? 0 : empty_looks + 1;
        }
      }
      if (watching) {
        watching_.store(0, std::memory_order_seq_cst);
        watching = false;
      }
      if (task) {
        searching_.fetch_sub(1, std::memory_order_seq_cst);
        work_published(Published::Shared);
        return task;
      }
      const std::uint32_t epoch = epoch_.load(std::memory_order_seq_cst);
      sleepers_.fetch_add(1, std::memory_order_seq_cst);
      searching_.fetch_sub(1, std::memory_order_seq_cst);
      // Pairs with a seat's publisher, whose side is asymmetric_fence::light().
      asymmetric_fence::heavy();
      task = stopping.load() ? nullptr : find();
      if (!task && keep_going() && left_woken_tasks && become_watcher()) {
        // The last look left woken tasks, and nobody watches them: asleep, nothing would wake
        // this worker if their worker stopped dispatching. Back to watching.
        watching = true;
        searching_.fetch_add(1, std::memory_order_seq_cst);
        sleepers_.fetch_sub(1, std::memory_order_seq_cst);
        continue;
      }
      if (!task && keep_going()) {
        asleep.store(true, std::memory_order_seq_cst);
        trace::worker_sleep(worker_index, true);
        epoch_.wait(epoch, std::memory_order_seq_cst);
        trace::worker_sleep(worker_index, false);
        asleep.store(false, std::memory_order_seq_cst);
      }
      sleepers_.fetch_sub(1, std::memory_order_seq_cst);
      return task;
    }
  }

  /// Wakes every sleeper (a shutdown).
  void wake_all() noexcept;
  /// Bumped by every wake-up: the deadlock watch compares it between two looks.
  std::uint32_t epoch() const noexcept { return epoch_.load(std::memory_order_seq_cst); }

private:
  void wake_one() noexcept;
  /// Takes the one watcher's role (see search_then_sleep); false when another worker has it.
  bool become_watcher() noexcept {
    std::int32_t none = 0;
    return watching_.load(std::memory_order_relaxed) == 0 &&
           watching_.compare_exchange_strong(none, 1, std::memory_order_seq_cst);
  }

  // Each on its own cache lines: every spawn reads sleepers_, which rarely changes.
  alignas(kCachePadding) std::atomic<std::uint32_t> epoch_{0};
  alignas(kCachePadding) std::atomic<std::int32_t> sleepers_{0};
  alignas(kCachePadding) std::atomic<std::int32_t> searching_{0};
  alignas(kCachePadding) std::atomic<std::int32_t> watching_{0}; // 0 or 1 (become_watcher)
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_IDLE_WORKERS_H
