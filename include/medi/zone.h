// medi/zone.h: which memory zone the calling task (or thread) is in: none, a real-time zone
// (medi::rt_zone, feature MEDI_ENABLE_RT_ZONES) or a GC safe zone (medi::gc_zone, feature
// MEDI_ENABLE_GC). Zones nest; the innermost one counts. The zone belongs to the task, not to
// the worker thread running it: a task that parks and resumes on another worker keeps its zone.
#ifndef MEDI_ZONE_H
#define MEDI_ZONE_H

#include "medi/error/source_site.h"

#include <atomic>
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

/// Reports `operation` as a real-time violation (op rt_zone.violation) when the caller is in a
/// real-time zone; under ViolationPolicy::Abort, then aborts.
[[gnu::cold]] void report_if_realtime(const char *operation, SourceSite site) noexcept;

/// Called by operations that may block or allocate without bound (spawning, creating channels,
/// blocking channel operations, GC allocation and collection).
inline void check_not_realtime(const char *operation, SourceSite site) noexcept {
  if (realtime_zones_entered.load(std::memory_order_relaxed) != 0) [[unlikely]]
    report_if_realtime(operation, site);
}

/// A task's (or a thread's) zones: two bits per level, innermost in the low bits.
struct ZoneStack {
  std::uint32_t kinds = 0;
  std::uint8_t depth = 0;
  std::uint8_t overflow = 0; // entries beyond kMaxZoneDepth, so their exits still balance
};
} // namespace detail

} // namespace medi

#endif // MEDI_ZONE_H
