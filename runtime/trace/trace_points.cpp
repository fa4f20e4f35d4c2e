// trace_points.cpp: the out-of-line halves of the trace event sites (trace_points.h): each
// fills in one Event (trace_event.h) and appends it to the calling thread's buffer.
#include "trace_points.h"

#include "../sched/task_state.h"
#include "medi/error/op_tags.h"
#include "trace_event.h"

namespace medi::detail::trace {
namespace {

std::uint64_t id_of(const TaskControl *task) noexcept {
  return task ? task->id() : 0;
}

// The task whose code runs here (a task run inline by a join counts as itself).
std::uint64_t running_task_id() noexcept {
  return id_of(innermost_task());
}

Event make(EventKind kind, std::uint64_t task) noexcept {
  Event event;
  event.kind = kind;
  event.task = task;
  return event;
}

} // namespace

void record_spawn(const TaskControl *child) noexcept {
  Event event = make(EventKind::Spawn, running_task_id());
  event.other = child->id();
  event.value = static_cast<std::uint64_t>(child->priority());
  event.set_site(TaskAccess::spawn_site(*child));
  append(event);
}

void record_run_begin(const TaskControl *task, bool first, bool inline_run,
                      std::size_t queued) noexcept {
  Event event = make(EventKind::RunBegin, task->id());
  event.value = queued;
  event.detail = inline_run ? 2 : first ? 1 : 0;
  append(event);
}

void record_run_end(const TaskControl *task, RunEnd how) noexcept {
  Event event = make(EventKind::RunEnd, task->id());
  event.detail = static_cast<std::uint8_t>(how);
  append(event);
}

void record_park(const TaskControl *task) noexcept {
  // A task parks on its own fiber; the code parking may be a task it runs inline.
  const TaskControl *inner = innermost_of(const_cast<TaskControl *>(task));
  Event event = make(EventKind::Park, task->id());
  const BlockedOn *why = state_of(inner).blocked_on;
  if (!why && inner != task)
    why = state_of(task).blocked_on;
  if (why) {
    event.set_op(why->op);
    event.set_site(why->site);
    event.other = reinterpret_cast<std::uintptr_t>(why->channel);
    event.detail = why->timed ? 1 : 0;
  } else {
    event.set_op("park");
  }
  append(event);
}

void record_wake(std::uint64_t woken) noexcept {
  Event event = make(EventKind::Wake, running_task_id());
  event.other = woken;
  append(event);
}

void record_finish(const TaskControl *task, Finish how) noexcept {
  Event event = make(EventKind::Finish, task->id());
  event.detail = static_cast<std::uint8_t>(how);
  append(event);
}

namespace {
void record_thread_wait(EventKind kind, const BlockedOn &why) noexcept {
  Event event = make(kind, 0);
  event.set_op(why.op);
  event.set_site(why.site);
  event.other = reinterpret_cast<std::uintptr_t>(why.channel);
  append(event);
}
} // namespace

void record_thread_block(const BlockedOn &why) noexcept {
  record_thread_wait(EventKind::ThreadBlock, why);
}

void record_thread_unblock(const BlockedOn &why) noexcept {
  record_thread_wait(EventKind::ThreadUnblock, why);
}

void record_channel_failure(std::string_view op, SourceSite site, std::uint8_t failure,
                            const void *channel) noexcept {
  Event event = make(EventKind::ChannelFail, running_task_id());
  event.other = reinterpret_cast<std::uintptr_t>(channel);
  event.set_op(op);
  event.set_site(site);
  event.detail = failure;
  append(event);
}

void record_select(std::string_view op, SourceSite site, std::size_t cases) noexcept {
  Event event = make(EventKind::Select, running_task_id());
  event.set_op(op);
  event.set_site(site);
  event.value = cases;
  append(event);
}

void record_deadlock(std::size_t tasks) noexcept {
  Event event = make(EventKind::Deadlock, 0);
  event.set_op(op::scheduler_deadlock);
  event.value = tasks;
  append(event);
}

void record_zone(bool enter, std::uint8_t kind, SourceSite site) noexcept {
  Event event = make(enter ? EventKind::ZoneEnter : EventKind::ZoneExit, running_task_id());
  event.detail = kind;
  event.set_site(site);
  append(event);
}

void record_zone_violation(const char *operation, SourceSite site) noexcept {
  Event event = make(EventKind::ZoneViolation, running_task_id());
  event.set_op(operation ? std::string_view(operation) : std::string_view("operation"));
  event.set_site(site);
  append(event);
}

void record_gc(bool major, std::uint64_t pause_ns, std::uint64_t objects_freed,
               std::uint64_t heap_bytes) noexcept {
  Event event = make(major ? EventKind::GcMajorStep : EventKind::GcMinor, running_task_id());
  event.value = pause_ns;
  event.other = objects_freed;
  event.site_words = {heap_bytes, 0};
  append(event);
}

void record_worker_sleep(std::size_t worker, bool asleep) noexcept {
  Event event = make(asleep ? EventKind::WorkerSleep : EventKind::WorkerWake, 0);
  event.value = worker;
  append(event);
}

void record_steal(const TaskControl *task, std::size_t thief, std::size_t victim) noexcept {
  Event event = make(EventKind::Steal, id_of(task));
  event.value = thief;
  event.other = victim;
  append(event);
}

void record_blocking_handoff(std::size_t worker) noexcept {
  Event event = make(EventKind::BlockingCall, running_task_id());
  event.value = worker;
  append(event);
}

} // namespace medi::detail::trace
