// zone.cpp: the per-task (or per-thread) stack of memory zones behind medi/zone.h.
#include "../sched/task_state.h"
#include "../trace/trace_points.h"
#include "medi/detail/realtime_check.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "zone_stack.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cxxabi.h>
#include <dlfcn.h>
#include <string>
#include <unistd.h>
#include <utility>

namespace medi {
namespace detail {
namespace {

// The calling task's zones (they travel with it between workers), or the calling thread's.
// Not inlined: a task may resume on another thread, whose thread-local this must not reuse.
[[gnu::noinline]] ZoneStack &zones() noexcept {
  if (TaskControl *task = current_task())
    return state_of(task).zones;
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

// The caller as the dynamic symbol table names it (compiled Medi functions keep their names;
// an executable's own functions are not in it), its object file, which stands in for the
// source file, and its offset there (for addr2line): "unknown" where dladdr cannot tell.
struct CallerName {
  const char *object = "unknown";
  const char *symbol = nullptr;
  std::uintptr_t offset = 0;
};
CallerName name_caller(const void *caller) noexcept {
  Dl_info info{};
  CallerName name;
  if (caller && dladdr(caller, &info) != 0) {
    if (info.dli_fname)
      name.object = info.dli_fname;
    name.symbol = info.dli_sname;
    name.offset =
        reinterpret_cast<std::uintptr_t>(caller) - reinterpret_cast<std::uintptr_t>(info.dli_fbase);
  }
  return name;
}

// Under ViolationPolicy::Abort, from inside the allocation: one line in the reporter's format,
// written with no allocation and no lock the program could hold, then abort.
[[noreturn, gnu::cold]] void abort_on_allocation(const char *what, std::size_t bytes,
                                                 const void *caller) noexcept {
  const CallerName name = name_caller(caller);
  char line[512];
  const int length = std::snprintf(
      line, sizeof line,
      "[medi-runtime] %s of %zu bytes in a real-time zone, called from %s (%s+0x%zx): the heap "
      "may block or take unbounded time @%s:0:0 op=%s\n",
      what, bytes, name.symbol ? name.symbol : "unknown", name.object, name.offset, name.object,
      std::string_view(op::rt_zone_violation).data());
  if (length > 0)
    (void)!write(STDERR_FILENO, line, std::min<std::size_t>(length, sizeof line - 1));
  std::abort();
}

// Reports the heap allocations noted in the real-time zone just left.
[[gnu::cold]] void report_heap_allocations(HeapAllocationSeen &seen) noexcept {
  const AllocationCheckPause pause; // an outer real-time zone may still be open
  const HeapAllocationSeen noted = std::exchange(seen, HeapAllocationSeen{});
  const CallerName name = name_caller(noted.caller);
  int status = -1;
  char *demangled =
      name.symbol ? abi::__cxa_demangle(name.symbol, nullptr, nullptr, &status) : nullptr;
  const char *function = status == 0 ? demangled : name.symbol ? name.symbol : "unknown";
  char where[64];
  std::snprintf(where, sizeof where, "+0x%zx", static_cast<std::size_t>(name.offset));
  std::string message = std::string(noted.what) + " of " + std::to_string(noted.bytes) +
                        " bytes in a real-time zone, called from " + function + " (" + name.object +
                        where + "): the heap may block or take unbounded time";
  if (noted.count > 1)
    message += " (" + std::to_string(noted.count - 1) + " more heap allocations in the zone)";
  report_error(RuntimeError::message(std::move(message)),
               RuntimeContext{.file = name.object,
                              .line = 0,
                              .column = 0,
                              .module = function,
                              .op = op::rt_zone_violation});
  std::free(demangled);
}

// Callers build the message under an AllocationCheckPause: that allocation is the runtime's.
[[gnu::cold]] void report_unbalanced(std::string message, SourceSite site) {
  report_error(RuntimeError::message(std::move(message)), site.context(op::zone_unbalanced));
}

} // namespace

constinit std::atomic<std::uint32_t> realtime_zones_entered{0};

ZoneStack *report_if_realtime(const char *operation, SourceSite site) noexcept {
  ZoneStack &stack = zones();
  if (innermost(stack) != ZoneKind::RealTime)
    return nullptr;
  ++stack.allocation_checks_paused; // the report and the operation allocate: reported once
  trace::zone_violation(operation, site);
  report_error(
      RuntimeError::message(std::string(operation) +
                            " in a real-time zone: it may block or allocate without bound"),
      site.context(op::rt_zone_violation));
  if (violation_policy() == ViolationPolicy::Abort)
    std::abort();
  return &stack;
}

void resume_allocation_checks(ZoneStack &stack) noexcept {
  --stack.allocation_checks_paused;
}

void note_allocation_if_realtime(const char *what, std::size_t bytes, const void *caller) noexcept {
  ZoneStack &stack = zones();
  if (innermost(stack) != ZoneKind::RealTime || stack.allocation_checks_paused != 0)
    return;
  if (violation_policy() == ViolationPolicy::Abort)
    abort_on_allocation(what, bytes, caller);
  HeapAllocationSeen &seen = stack.heap_allocation;
  if (seen.count++ == 0) {
    seen.what = what;
    seen.bytes = bytes;
    seen.caller = caller;
  }
}

AllocationCheckPause::AllocationCheckPause() noexcept : stack_(&zones()) {
  ++stack_->allocation_checks_paused;
}

AllocationCheckPause::~AllocationCheckPause() {
  --stack_->allocation_checks_paused;
}

void enter_zone(ZoneKind kind, SourceSite site) noexcept {
  ZoneStack &stack = zones();
  if (stack.depth == kMaxZoneDepth) {
    const AllocationCheckPause pause;
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
  trace::zone(true, static_cast<std::uint8_t>(kind), site);
}

void exit_zone(ZoneKind kind, SourceSite site) noexcept {
  ZoneStack &stack = zones();
  if (stack.overflow > 0) {
    --stack.overflow;
    return;
  }
  if (stack.depth == 0) {
    const AllocationCheckPause pause;
    report_unbalanced(std::string("exit from a ") + name(kind) + " zone that was never entered",
                      site);
    return;
  }
  if (innermost(stack) != kind) {
    const AllocationCheckPause pause;
    report_unbalanced(std::string("exit from a ") + name(kind) + " zone while the innermost is " +
                          name(innermost(stack)) + "; ignored",
                      site);
    return;
  }
  stack.kinds >>= 2;
  --stack.depth;
  trace::zone(false, static_cast<std::uint8_t>(kind), site);
  if (kind == ZoneKind::RealTime) {
    realtime_zones_entered.fetch_sub(1, std::memory_order_relaxed);
    if (stack.heap_allocation.count != 0) [[unlikely]] {
      trace::zone_violation("heap allocation", site);
      report_heap_allocations(stack.heap_allocation);
    }
  }
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
