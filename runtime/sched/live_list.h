// live_list.h: the tasks a scheduler has started and not finished (internal), so that a shutdown
// can fail the parked ones instead of leaving their joiners waiting forever, and the deadlock
// watch can list them.
//
// A task enters when it first parks and leaves when it finishes, not on every park: a park and its
// wake-up take no lock of the list's, and a task that never parks takes none at all. A task that
// has not parked yet is queued or running, which the deadlock watch learns elsewhere
// (SchedulerCore::quiet()), and a shutdown fails it from its queue. The list is sharded by task id,
// so workers rarely meet on one lock. Under a shard's lock, a parked task can be claimed against a
// concurrent unpark by a compare-exchange of its ParkState (task_park.h): Parked -> Abandoned (a
// shutdown fails it; the unpark then leaves it alone) or Parked -> Inspected (the watch copies its
// record; an unpark meanwhile leaves a permit, and the watch reschedules the task).
#ifndef MEDI_RUNTIME_SCHED_LIVE_LIST_H
#define MEDI_RUNTIME_SCHED_LIVE_LIST_H

#include "medi/detail/blocked_on.h"
#include "medi/detail/cache_padding.h"
#include "medi/detail/spin_lock.h"
#include "medi/detail/task_control.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace medi::detail {

/// What the deadlock watch learns of a parked task.
struct ParkedTask {
  std::uint64_t id = 0;
  RuntimeContext spawned;
  std::optional<BlockedOn> blocked_on; // nullopt: parked outside any BlockingScope
};

class LiveList {
public:
  void enter(TaskControl *task) noexcept;
  /// Leaves the list if it is in it (a task abandoned by a shutdown has left already).
  void leave(TaskControl *task) noexcept;

  /// Claims every parked task for a shutdown (Parked -> Abandoned) and takes it out of the list.
  /// Only once every worker has stopped.
  std::vector<TaskControl *> abandon_parked();

  /// Every task in the list, provided each one is parked; nullopt as soon as one is not (woken,
  /// queued or running). A task unparked while its record was copied is handed to
  /// `reschedule` (its unpark left only a permit), and the answer is nullopt.
  template <class Reschedule>
  std::optional<std::vector<ParkedTask>> parked_if_none_woken(Reschedule &&reschedule) {
    std::vector<ParkedTask> parked;
    for (Shard &shard : shards_) {
      TaskControl *woken = nullptr;
      if (!inspect_shard(shard, parked, woken))
        return std::nullopt;
      if (woken) {
        reschedule(woken);
        return std::nullopt;
      }
    }
    return parked;
  }

private:
  static constexpr std::size_t kShards = 64;
  struct alignas(kCachePadding) Shard {
    SpinLock lock;
    TaskControl *head = nullptr;
  };
  Shard &shard_of(const TaskControl *task) noexcept { return shards_[task->id() % kShards]; }
  static void unlink_locked(Shard &shard, TaskControl *task) noexcept;
  /// Appends the shard's tasks to `parked`; false when one is not parked. `woken` is set to a
  /// task unparked while it was inspected (the look stops there).
  static bool inspect_shard(Shard &shard, std::vector<ParkedTask> &parked, TaskControl *&woken);

  std::array<Shard, kShards> shards_;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_LIVE_LIST_H
