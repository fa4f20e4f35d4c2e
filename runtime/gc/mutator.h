// mutator.h: which new GC objects are still "pending": allocated, but not yet rooted or linked.
//
// Compiled Medi code keeps objects alive only through roots and edges, yet between
// medi_gc_alloc_string() and the medi_gc_add_root() that follows it, another worker's
// collection could otherwise free the new object. So every object remembers the mutator (the
// task, or the thread outside any task) that allocated it and a ticket from that mutator's
// allocation counter, and counts as a root while all of these hold:
//   - it was never published (rooted, or made the child of an edge or a write barrier);
//   - its mutator has not reached a safe point since (an explicit collection it asked for);
//   - its mutator is still running (a task that finished, a thread that exited releases all);
//   - its mutator has allocated fewer than kPendingWindow objects since.
// The window bounds what a loop that allocates and drops objects can keep alive.
#ifndef MEDI_RUNTIME_GC_MUTATOR_H
#define MEDI_RUNTIME_GC_MUTATOR_H

#include <atomic>
#include <cstdint>

namespace medi::gc_zone::detail {

inline constexpr std::uint64_t kPendingWindow = 4096;

/// One per running mutator. Recycled, never freed, so an object's pointer to it stays valid:
/// tickets keep counting across owners, and a release moves the floor past every earlier one.
struct MutatorState {
  std::atomic<std::uint64_t> floor{1};   // tickets below this are not pending
  std::atomic<std::uint64_t> current{0}; // the last ticket handed out
  MutatorState *next_free = nullptr;

  /// The next allocation's ticket (only the owning mutator calls this).
  std::uint64_t next_ticket() noexcept {
    std::uint64_t ticket = current.load(std::memory_order_relaxed) + 1;
    current.store(ticket, std::memory_order_relaxed);
    return ticket;
  }
  /// Nothing allocated so far is pending any more.
  void safe_point() noexcept {
    floor.store(current.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }
  bool protects(std::uint64_t ticket) const noexcept {
    return ticket >= floor.load(std::memory_order_relaxed) &&
           current.load(std::memory_order_relaxed) - ticket < kPendingWindow;
  }
};

/// The calling task's state (it travels with the task between workers, and is released when
/// the task finishes), or the calling thread's (released when the thread exits); acquired on
/// first use.
MutatorState &current_mutator();

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_MUTATOR_H
