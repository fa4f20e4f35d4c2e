// zone.cpp: the per-task (or per-thread) stack of memory zones behind medi/zone.h.
#include "medi/zone.h"

#include "../sched/scheduler_core.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"

#include <cstdlib>
#include <string>

namespace medi {
namespace detail {
namespace {

// The calling task's zones (they travel with it between workers), or the calling thread's.
// Not inlined: a task may resume on another thread, whose thread-local this must not reuse.
[[gnu::noinline]] ZoneStack &zones() noexcept {
  if (TaskControl *task = SchedulerCore::current_task())
    return task->zones;
  thread_local ZoneStack thread_zones;
  return thread_zones;
}

ZoneKind innermost(const ZoneStack &stack) noexcept {
  return stack.depth == 0 ? ZoneKind::None : static_cast<ZoneKind>(stack.kinds & 3u);
}

const char *name(ZoneKind kind) noexcept {
  switch (kind) {
  case ZoneKind::RealTime:
    return "real-time";
  case ZoneKind::Safe:
    return "safe";
  case ZoneKind::None:
    break;
  }
  return "no";
}

[[gnu::cold]] void report_unbalanced(std::string message, SourceSite site) {
  report_error(RuntimeError::message(std::move(message)), site.context(op::zone_unbalanced));
}

} // namespace

constinit std::atomic<std::uint32_t> realtime_zones_entered{0};

void report_if_realtime(const char *operation, SourceSite site) noexcept {
  if (innermost(zones()) != ZoneKind::RealTime)
    return;
  report_error(
      RuntimeError::message(std::string(operation) +
                            " in a real-time zone: it may block or allocate without bound"),
      site.context(op::rt_zone_violation));
  if (violation_policy() == ViolationPolicy::Abort)
    std::abort();
}

void enter_zone(ZoneKind kind, SourceSite site) noexcept {
  ZoneStack &stack = zones();
  if (stack.depth == kMaxZoneDepth) {
    ++stack.overflow;
    report_unbalanced("zones nested deeper than " + std::to_string(kMaxZoneDepth) +
                          "; the innermost ones are not tracked",
                      site);
    return;
  }
  stack.kinds = (stack.kinds << 2) | static_cast<std::uint32_t>(kind);
  ++stack.depth;
  if (kind == ZoneKind::RealTime)
    realtime_zones_entered.fetch_add(1, std::memory_order_relaxed);
}

void exit_zone(ZoneKind kind, SourceSite site) noexcept {
  ZoneStack &stack = zones();
  if (stack.overflow > 0) {
    --stack.overflow;
    return;
  }
  if (stack.depth == 0) {
    report_unbalanced(std::string("exit from a ") + name(kind) + " zone that was never entered",
                      site);
    return;
  }
  if (innermost(stack) != kind) {
    report_unbalanced(std::string("exit from a ") + name(kind) + " zone while the innermost is " +
                          name(innermost(stack)) + "; ignored",
                      site);
    return;
  }
  stack.kinds >>= 2;
  --stack.depth;
  if (kind == ZoneKind::RealTime)
    realtime_zones_entered.fetch_sub(1, std::memory_order_relaxed);
}

} // namespace detail

ZoneKind current_zone() noexcept {
  return detail::innermost(detail::zones());
}

namespace {
constinit std::atomic<ViolationPolicy> policy{ViolationPolicy::Report};
} // namespace

void set_violation_policy(ViolationPolicy new_policy) noexcept {
  policy.store(new_policy, std::memory_order_relaxed);
}
ViolationPolicy violation_policy() noexcept {
  return policy.load(std::memory_order_relaxed);
}

} // namespace medi
