// trace_points.h: the runtime's trace event sites (internal). Each site is an inline check of
// one relaxed flag and a call out of line only when a trace is being recorded, so a site costs
// a load and a predictable branch while tracing is off (medi/trace.h).
//
// What each event keeps is in trace_event.h; trace_points.cpp fills them in.
#ifndef MEDI_RUNTIME_TRACE_TRACE_POINTS_H
#define MEDI_RUNTIME_TRACE_TRACE_POINTS_H

#include "medi/error/source_site.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace medi::detail {

class TaskControl;
struct BlockedOn;

namespace trace {

/// Set while a trace is being recorded (trace_session.cpp). Hidden: read PC-relative, not
/// through the GOT, so a site is a single load (only the runtime's own code reads it).
[[gnu::visibility("hidden")]] extern constinit std::atomic<bool> recording;

[[gnu::always_inline]] inline bool on() noexcept {
  return recording.load(std::memory_order_relaxed);
}

/// How a task's run on a thread ended.
enum class RunEnd : std::uint8_t { Parked, Yielded, Finished, BlockingCall };
/// How a task finished.
enum class Finish : std::uint8_t { Ok, Failed, Cancelled };

// The out-of-line halves (trace_points.cpp).
[[gnu::cold]] void record_spawn(const TaskControl *child) noexcept;
[[gnu::cold]] void record_run_begin(const TaskControl *task, bool first, bool inline_run,
                                    std::size_t queued) noexcept;
[[gnu::cold]] void record_run_end(const TaskControl *task, RunEnd how) noexcept;
[[gnu::cold]] void record_park(const TaskControl *task) noexcept;
/// `woken`: the woken task's id (read while the task was certainly alive).
[[gnu::cold]] void record_wake(std::uint64_t woken) noexcept;
[[gnu::cold]] void record_finish(const TaskControl *task, Finish how) noexcept;
[[gnu::cold]] void record_thread_block(const BlockedOn &why) noexcept;
[[gnu::cold]] void record_thread_unblock(const BlockedOn &why) noexcept;
[[gnu::cold]] void record_channel_failure(std::string_view op, SourceSite site,
                                          std::uint8_t failure, const void *channel) noexcept;
[[gnu::cold]] void record_select(std::string_view op, SourceSite site, std::size_t cases) noexcept;
[[gnu::cold]] void record_deadlock(std::size_t tasks) noexcept;
[[gnu::cold]] void record_zone(bool enter, std::uint8_t kind, SourceSite site) noexcept;
[[gnu::cold]] void record_zone_violation(const char *operation, SourceSite site) noexcept;
[[gnu::cold]] void record_gc(bool major, std::uint64_t pause_ns, std::uint64_t objects_freed,
                             std::uint64_t heap_bytes) noexcept;
[[gnu::cold]] void record_worker_sleep(std::size_t worker, bool asleep) noexcept;
[[gnu::cold]] void record_steal(const TaskControl *task, std::size_t thief,
                                std::size_t victim) noexcept;
[[gnu::cold]] void record_blocking_handoff(std::size_t worker) noexcept;
/// Names the calling thread's track ("worker 3"); kept for the thread's life.
void name_thread(std::string_view name) noexcept;

// The sites. Where one check guards more than one event, or a value worth computing only
// while tracing, the code checks on() itself and calls record_*() (task_runner.cpp,
// task_control.cpp, blocking_scope.cpp, deadlock_watch.cpp, inline_join.cpp).
inline void spawn(const TaskControl *child) noexcept {
  if (on()) [[unlikely]]
    record_spawn(child);
}
inline void park(const TaskControl *task) noexcept {
  if (on()) [[unlikely]]
    record_park(task);
}
inline void channel_failure(std::string_view op, SourceSite site, std::uint8_t failure,
                            const void *channel) noexcept {
  if (on()) [[unlikely]]
    record_channel_failure(op, site, failure, channel);
}
inline void select_blocks(std::string_view op, SourceSite site, std::size_t cases) noexcept {
  if (on()) [[unlikely]]
    record_select(op, site, cases);
}
inline void zone(bool enter, std::uint8_t kind, SourceSite site) noexcept {
  if (on()) [[unlikely]]
    record_zone(enter, kind, site);
}
inline void zone_violation(const char *operation, SourceSite site) noexcept {
  if (on()) [[unlikely]]
    record_zone_violation(operation, site);
}
inline void gc(bool major, std::uint64_t pause_ns, std::uint64_t objects_freed,
               std::uint64_t heap_bytes) noexcept {
  if (on()) [[unlikely]]
    record_gc(major, pause_ns, objects_freed, heap_bytes);
}
inline void worker_sleep(std::size_t worker, bool asleep) noexcept {
  if (on()) [[unlikely]]
    record_worker_sleep(worker, asleep);
}
inline void steal(const TaskControl *task, std::size_t thief, std::size_t victim) noexcept {
  if (on()) [[unlikely]]
    record_steal(task, thief, victim);
}
inline void blocking_handoff(std::size_t worker) noexcept {
  if (on()) [[unlikely]]
    record_blocking_handoff(worker);
}

} // namespace trace
} // namespace medi::detail

#endif // MEDI_RUNTIME_TRACE_TRACE_POINTS_H
