// medi/zone.h: memory zones. The calling task (or thread) is in no zone, a real-time zone
// (medi::rt_zone, feature MEDI_ENABLE_RT_ZONES) or a GC safe zone (medi::gc_zone::Guard, feature
// MEDI_ENABLE_GC). Zones nest; the innermost one counts. A zone belongs to the task, not to the
// worker thread running it: a task that parks and resumes on another worker keeps its zone.
//
// Inside a real-time zone, an operation that may block or allocate without bound (spawning,
// creating a channel, a blocking send or recv, GC allocation) is a violation: reported with its
// source line (op rt_zone.violation), or reported and aborted under ViolationPolicy::Abort.
// See docs/realtime.md.
#ifndef MEDI_ZONE_H
#define MEDI_ZONE_H

#include "medi/config.h"
#include "medi/error/source_site.h"

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
/// Enters a zone of `kind` (zones nest 16 deep; deeper entries are reported and still balanced
/// by their exit).
void enter_zone(ZoneKind kind, SourceSite site) noexcept;
/// Leaves the innermost zone, which must be of `kind`; a mismatched or unbalanced exit is
/// reported (op zone.unbalanced) and changes nothing.
void exit_zone(ZoneKind kind, SourceSite site) noexcept;
} // namespace detail

#if MEDI_ENABLE_RT_ZONES
namespace rt_zone {

/// `rt.enter(); ... rt.exit();` around a time-critical section. Zones nest; they belong to the
/// calling task (or thread). An exit without its enter is reported (op zone.unbalanced) and
/// ignored.
class RtZone {
public:
  void enter(std::source_location location = std::source_location::current()) const noexcept {
    detail::enter_zone(ZoneKind::RealTime, location);
  }
  void exit(std::source_location location = std::source_location::current()) const noexcept {
    detail::exit_zone(ZoneKind::RealTime, location);
  }
};

/// Inside a real-time zone for its lifetime.
class [[nodiscard]] Guard {
public:
  explicit Guard(std::source_location location = std::source_location::current()) noexcept
      : location_(location) {
    detail::enter_zone(ZoneKind::RealTime, location_);
  }
  ~Guard() { detail::exit_zone(ZoneKind::RealTime, location_); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;

private:
  std::source_location location_;
};

/// `auto zone = medi::rt_zone::enter();`: a real-time zone until `zone` goes.
[[nodiscard]] inline Guard enter(std::source_location location = std::source_location::current()) {
  return Guard(location);
}

} // namespace rt_zone
#endif // MEDI_ENABLE_RT_ZONES

} // namespace medi

#endif // MEDI_ZONE_H
