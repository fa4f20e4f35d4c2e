// medi/rt/zone.h: real-time zones (feature MEDI_ENABLE_RT_ZONES): the seed's RtZone with
// enter()/exit(), and an RAII guard. Inside one, medi::current_zone() is ZoneKind::RealTime. See
// docs/realtime.md.
#ifndef MEDI_RT_ZONE_H
#define MEDI_RT_ZONE_H

#include "medi/config.h"

#if MEDI_ENABLE_RT_ZONES

#include "medi/zone.h"

#include <source_location>

namespace medi::rt_zone {

/// The seed's RtZone: `rt.enter(); ... rt.exit();` around a time-critical section. Zones nest;
/// they belong to the calling task (or thread). An exit without its enter is reported (op
/// zone.unbalanced) and ignored.
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

} // namespace medi::rt_zone

#endif // MEDI_ENABLE_RT_ZONES
#endif // MEDI_RT_ZONE_H
