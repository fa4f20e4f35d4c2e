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
#ifndef MEDI_RUNTIME_SCHED_IDLE_WORKERS_H
#define MEDI_RUNTIME_SCHED_IDLE_WORKERS_H

#include "../trace/trace_points.h"
#include "asymmetric_fence.h"
#include "medi/detail/cache_padding.h"
#include "medi/detail/task_control.h"

#include <atomic>
#include <cstdint>
#include <thread>

namespace medi::detail {

class IdleWorkers {
public:
  /// Search rounds (each one yield of the thread) before a worker sleeps.
  static constexpr int kSearchRounds = 64;
  /// The round from which a searcher also takes other workers' woken tasks (run-next, and
  /// marked on their deques): until then they are most likely about to run them themselves.
  /// Taken sooner, a group of tasks that keep waking each other (senders parked on a full
  /// channel and its receiver) spreads over two cores, and every message crosses between them.
  /// Go waits ~3 us; a round here is a yield, about a microsecond on a VM.
  static constexpr int kRunNextStealRound = 32;

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
  /// found one (nullptr once woken without one, or when it should stop). `find(steal_run_next)`
  /// looks at every queue; `keep_going()` says whether the worker should go on; `stopping` set
  /// skips the last look (the scheduler is shutting down). `asleep` is the worker's flag for the
  /// deadlock watch; `worker_index` names the worker in a trace.
  template <class Find, class KeepGoing>
  TaskControl *search_then_sleep(Find &&find, KeepGoing &&keep_going,
                                 const std::atomic<bool> &stopping, std::atomic<bool> &asleep,
                                 std::size_t worker_index) {
    searching_.fetch_add(1, std::memory_order_seq_cst);
    TaskControl *task = nullptr;
    for (int round = 0; !task && round < kSearchRounds && keep_going(); ++round) {
      std::this_thread::yield();
      task = find(round >= kRunNextStealRound);
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
    task = stopping.load() ? nullptr : find(true);
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

  /// Wakes every sleeper (a shutdown).
  void wake_all() noexcept;
  /// Bumped by every wake-up: the deadlock watch compares it between two looks.
  std::uint32_t epoch() const noexcept { return epoch_.load(std::memory_order_seq_cst); }

private:
  void wake_one() noexcept;

  // Each on its own cache lines: every spawn reads sleepers_, which rarely changes.
  alignas(kCachePadding) std::atomic<std::uint32_t> epoch_{0};
  alignas(kCachePadding) std::atomic<std::int32_t> sleepers_{0};
  alignas(kCachePadding) std::atomic<std::int32_t> searching_{0};
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_IDLE_WORKERS_H
