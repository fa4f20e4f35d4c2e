// medi/zone.h: which memory zone the calling task (or thread) is in: none, a real-time zone
// (medi::rt_zone, feature MEDI_ENABLE_RT_ZONES) or a GC safe zone (medi::gc_zone, feature
// MEDI_ENABLE_GC). Zones nest; the innermost one counts. The zone belongs to the task, not to
// the worker thread running it: a task that parks and resumes on another worker keeps its zone.
#ifndef MEDI_ZONE_H
#define MEDI_ZONE_H

#include <cstdint>
#include <source_location>

namespace medi {

enum class ZoneKind : std::uint8_t { None = 0, RealTime = 1, Safe = 2 };

/// The innermost zone the caller is in.
ZoneKind current_zone() noexcept;

namespace detail {
/// Enters a zone of `kind` (at most kMaxZoneDepth deep; deeper entries are reported and still
/// balanced by their exit).
void enter_zone(ZoneKind kind, std::source_location location) noexcept;
/// Leaves the innermost zone, which must be of `kind`; a mismatched or unbalanced exit is
/// reported and changes nothing.
void exit_zone(ZoneKind kind, std::source_location location) noexcept;

inline constexpr unsigned kMaxZoneDepth = 16;

/// A task's (or a thread's) zones: two bits per level, innermost in the low bits.
struct ZoneStack {
  std::uint32_t kinds = 0;
  std::uint8_t depth = 0;
  std::uint8_t overflow = 0; // entries beyond kMaxZoneDepth, so their exits still balance
};
} // namespace detail

} // namespace medi

#endif // MEDI_ZONE_H
