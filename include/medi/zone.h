// medi/zone.h: which memory zone the calling task (or thread) is in: none, a real-time zone
// (medi::rt_zone, feature MEDI_ENABLE_RT_ZONES) or a GC safe zone (medi::gc_zone, feature
// MEDI_ENABLE_GC). Zones nest; the innermost one counts. The zone belongs to the task, not to
// the worker thread running it: a task that parks and resumes on another worker keeps its zone.
#ifndef MEDI_ZONE_H
#define MEDI_ZONE_H

#include "medi/error/source_site.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <source_location>

namespace medi {

enum class ZoneKind : std::uint8_t { None = 0, RealTime = 1, Safe = 2 };

/// The innermost zone the caller is in.
ZoneKind current_zone() noexcept;

/// What a real-time violation does: report it (the default), or report it and abort.
enum class ViolationPolicy : std::uint8_t { Report, Abort };
void set_violation_policy(ViolationPolicy policy) noexcept;
ViolationPolicy violation_policy() noexcept;

namespace detail {
/// Enters a zone of `kind` (at most kMaxZoneDepth deep; deeper entries are reported and still
/// balanced by their exit).
void enter_zone(ZoneKind kind, SourceSite site) noexcept;
/// Leaves the innermost zone, which must be of `kind`; a mismatched or unbalanced exit is
/// reported and changes nothing.
void exit_zone(ZoneKind kind, SourceSite site) noexcept;

inline constexpr unsigned kMaxZoneDepth = 16;

/// How many real-time zones are entered, process-wide: the fast path of the violation check is
/// one relaxed load of this.
extern std::atomic<std::uint32_t> realtime_zones_entered;

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

/// Reports `operation` as a real-time violation (op rt_zone.violation) when the caller is in a
/// real-time zone; under ViolationPolicy::Abort, then aborts. When it reports, it pauses the
/// caller's allocation checks and returns its zone stack (resume them there), else nullptr.
[[gnu::cold]] ZoneStack *report_if_realtime(const char *operation, SourceSite site) noexcept;
void resume_allocation_checks(ZoneStack &stack) noexcept;

/// Checks an operation that may block or allocate without bound (spawning, creating channels,
/// blocking channel operations, GC allocation and collection) for the length of its scope:
/// inside a real-time zone it is reported once, and in a checked build the heap allocations it
/// makes are not reported again one by one. Outside every real-time zone it costs one load.
class [[nodiscard]] RealtimeCheck {
public:
  /// `applies` false checks nothing (a call that will not block this time).
  RealtimeCheck(const char *operation, SourceSite site, bool applies = true) noexcept {
    if (applies && realtime_zones_entered.load(std::memory_order_relaxed) != 0) [[unlikely]]
      paused_ = report_if_realtime(operation, site);
  }
  ~RealtimeCheck() {
    if (paused_) [[unlikely]]
      resume_allocation_checks(*paused_);
  }
  RealtimeCheck(const RealtimeCheck &) = delete;
  RealtimeCheck &operator=(const RealtimeCheck &) = delete;

private:
  ZoneStack *paused_ = nullptr; // the task's or thread's: a task may resume on another worker
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
} // namespace detail

} // namespace medi

#endif // MEDI_ZONE_H
