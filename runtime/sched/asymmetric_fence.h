// asymmetric_fence.h: a store-load fence split unevenly between a frequent and a rare side
// (internal; Linux membarrier(2), as folly's asymmetricLightBarrier/asymmetricHeavyBarrier and
// liburcu's "membarrier" flavour use it).
//
// Two threads that each store, then load what the other stored (Dekker's pattern: a publisher
// pushes a task, then reads whether anyone sleeps; a worker counts itself asleep, then looks for
// tasks) need a full fence on both sides, or both may read the old values. When one side runs
// far more often, membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED) moves the cost to the rare side:
// it makes every running thread of the process execute a full barrier before it returns, so the
// frequent side needs only a compiler barrier. For every pair, either the frequent side's store
// is visible to the rare side's load after heavy(), or the frequent side's load after light()
// sees the rare side's store.
//
// Where the kernel lacks the command, both sides fall back to a full fence.
#ifndef MEDI_RUNTIME_SCHED_ASYMMETRIC_FENCE_H
#define MEDI_RUNTIME_SCHED_ASYMMETRIC_FENCE_H

#include "medi/detail/full_fence.h"

#include <atomic>

namespace medi::detail {

namespace asymmetric_fence {
/// Registers the process for expedited membarrier, once; before the first light() or heavy()
/// that must pair (a scheduler does this before it starts its workers).
void init() noexcept;

extern std::atomic<bool> membarrier_works;

/// The frequent side.
inline void light() noexcept {
  if (membarrier_works.load(std::memory_order_relaxed)) [[likely]]
    std::atomic_signal_fence(std::memory_order_seq_cst);
  else
    full_fence();
}

/// The rare side: a system call (about a microsecond) when membarrier works.
void heavy() noexcept;
} // namespace asymmetric_fence

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_ASYMMETRIC_FENCE_H
