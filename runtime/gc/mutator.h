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

  /// The next allocation's ticket, its low half as an object keeps it (only the owning
  /// mutator calls this).
  std::uint32_t next_ticket() noexcept {
    std::uint64_t ticket = current.load(std::memory_order_relaxed) + 1;
    current.store(ticket, std::memory_order_relaxed);
    return static_cast<std::uint32_t>(ticket);
  }
  /// Nothing allocated so far is pending any more.
  void safe_point() noexcept {
    floor.store(current.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }
  bool protects(std::uint32_t ticket) const noexcept {
    return protects(ticket, floor.load(std::memory_order_relaxed),
                    current.load(std::memory_order_relaxed));
  }
  /// An object keeps the low 32 bits of its ticket. Its distance back from `current` is then
  /// exact while it is under 2^32, as it is for every pending object (under kPendingWindow). An
  /// older object's distance aliases: it may look pending, never the reverse, so the error
  /// only keeps an object a while longer (until `current` moves past the window again).
  static bool protects(std::uint32_t ticket, std::uint64_t floor, std::uint64_t current) noexcept {
    const std::uint32_t back = static_cast<std::uint32_t>(current) - ticket;
    // ticket >= floor, as distances back from current (floor may be current + 1: none).
    return back < kPendingWindow &&
           static_cast<std::int64_t>(back) <= static_cast<std::int64_t>(current - floor);
  }
};

/// pending() for many objects in a row, as a collection asks it: each mutator's counters are
/// read once per run of objects from it instead of once per object. A snapshot older than the
/// counters only keeps more objects pending, never fewer (floor and current only grow), so it
/// is safe while every ticket it is asked about was issued before it was taken.
class PendingSnapshot {
public:
  bool protects(const MutatorState *mutator, std::uint32_t ticket) noexcept {
    if (mutator != mutator_) [[unlikely]] {
      if (!mutator)
        return false;
      mutator_ = mutator;
      floor_ = mutator->floor.load(std::memory_order_relaxed);
      current_ = mutator->current.load(std::memory_order_relaxed);
    }
    return MutatorState::protects(ticket, floor_, current_);
  }

private:
  const MutatorState *mutator_ = nullptr;
  std::uint64_t floor_ = 0;
  std::uint64_t current_ = 0;
};

/// The calling task's state (it travels with the task between workers, and is released when
/// the task finishes), or the calling thread's (released when the thread exits); acquired on
/// first use.
MutatorState &current_mutator();

} // namespace medi::gc_zone::detail

#endif // MEDI_RUNTIME_GC_MUTATOR_H
