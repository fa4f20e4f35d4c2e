// zone_stack.h: the machinery behind <medi/zone.h> (internal): each task's (or thread's) stack of
// entered zones, and the checks a real-time zone makes of what runs inside it.
//
// A zone belongs to the task that entered it, not to the worker thread: a task's ZoneStack lives
// in its runtime state and travels with it between workers; a plain thread has its own.
#ifndef MEDI_RUNTIME_RT_ZONE_STACK_H
#define MEDI_RUNTIME_RT_ZONE_STACK_H

#include "medi/zone.h"

#include <cstddef>
#include <cstdint>

namespace medi::detail {

inline constexpr unsigned kMaxZoneDepth = 16;

/// MEDI_RT_CHECKED: the first heap allocation made in the innermost real-time zone, kept until
/// the zone's exit reports it (a report from inside malloc could deadlock against a lock the
/// program holds, and would itself allocate).
struct HeapAllocationSeen {
  const char *what = nullptr; // "malloc", "operator new", ...; null when none was seen
  const void *caller = nullptr;
  std::size_t bytes = 0;
  std::uint32_t count = 0; // allocations seen since the zone was entered or last reported
};

/// A task's (or a thread's) zones: two bits per level, innermost in the low bits.
struct ZoneStack {
  std::uint32_t kinds = 0;
  std::uint8_t depth = 0;
  std::uint8_t overflow = 0; // entries beyond kMaxZoneDepth, so their exits still balance
  /// While non-zero, MEDI_RT_CHECKED does not count heap allocations: the runtime is reporting,
  /// or running an operation already reported as a violation.
  std::uint16_t allocation_checks_paused = 0;
  HeapAllocationSeen heap_allocation;
};

/// MEDI_RT_CHECKED (runtime/rt/checked_allocation.cpp): a heap allocation of `bytes` through
/// `what` ("malloc", "operator new", ...) called from `caller`. When the calling task or thread
/// is in a real-time zone and its checks are not paused, it is a violation: noted, and reported
/// (op rt_zone.violation) when the zone is left; under ViolationPolicy::Abort, written to
/// stderr at once and aborted. Allocation-free and lock-free.
[[gnu::cold]] void note_allocation_if_realtime(const char *what, std::size_t bytes,
                                               const void *caller) noexcept;

/// Pauses the caller's allocation checks for its scope: the runtime's own allocations while it
/// reports an error are not the program's violations.
class AllocationCheckPause {
public:
  AllocationCheckPause() noexcept;
  ~AllocationCheckPause();
  AllocationCheckPause(const AllocationCheckPause &) = delete;
  AllocationCheckPause &operator=(const AllocationCheckPause &) = delete;

private:
  ZoneStack *stack_;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_RT_ZONE_STACK_H
