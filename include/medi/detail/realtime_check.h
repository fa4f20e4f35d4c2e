// medi/detail/realtime_check.h: the check that an operation which may block or allocate without
// bound is not made inside a real-time zone (internal; here because channels and spawns are
// templates). Not API: names in medi::detail may change at any time. See docs/realtime.md.
#ifndef MEDI_DETAIL_REALTIME_CHECK_H
#define MEDI_DETAIL_REALTIME_CHECK_H

#include "medi/error/source_site.h"

#include <atomic>
#include <cstdint>

namespace medi::detail {

struct ZoneStack; // the calling task's or thread's zones (opaque here)

/// How many real-time zones are entered, process-wide: the fast path of the check is one
/// relaxed load of this.
extern std::atomic<std::uint32_t> realtime_zones_entered;

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

} // namespace medi::detail

#endif // MEDI_DETAIL_REALTIME_CHECK_H
