// group_abi.cpp: the C ABI's task groups (medi/cancellation.h's TaskGroup for compiled code):
// create with an optional deadline, spawn into, cancel, and wait (which frees the group once
// every task has finished), and the calling task's cancellation flag.
#include "../sched/task_group_state.h"
#include "call_report.h"
#include "compiled_task.h"
#include "handle_table.h"
#include "medi/cancellation.h"
#include "medi/detail/realtime_check.h"
#include "medi/error/op_tags.h"
#include "medi/medi_rt.h"
#include "medi/task.h"

#include <chrono>
#include <new>
#include <string>

using namespace medi;
using namespace medi::abi;
using detail::TaskGroupState;

extern "C" {

medi_rt_group *medi_rt_group_create(int64_t timeout_ns, const medi_rt_source *site) {
  if (timeout_ns < MEDI_RT_NO_DEADLINE) {
    report_invalid_argument("task group timeout " + std::to_string(timeout_ns) +
                                " ns (a duration, or -1 for no deadline)",
                            site, op::task_group_create);
    return nullptr;
  }
  TaskGroupState::Deadline deadline;
  if (timeout_ns != MEDI_RT_NO_DEADLINE)
    deadline = std::chrono::steady_clock::now() + std::chrono::nanoseconds(timeout_ns);
  TaskGroupState *state = nullptr;
  try {
    state = TaskGroupState::create(detail::cancel_state_of(detail::innermost_task()), deadline,
                                   SourceSite(site));
  } catch (const std::bad_alloc &) {
    report_out_of_memory("a task group", site, op::task_group_create);
    return nullptr;
  }
  if (void *handle = HandleTable::instance().issue(HandleKind::Group, state))
    return static_cast<medi_rt_group *>(handle);
  (void)state->wait(SourceSite(site)); // stops its deadline's watcher
  state->release();
  report_out_of_memory("a task group handle", site, op::task_group_create);
  return nullptr;
}

medi_rt_status medi_rt_group_spawn(medi_rt_group *group, medi_rt_task_fn fn, const void *env,
                                   uint64_t env_size, const medi_rt_source *site) {
  auto *state =
      static_cast<TaskGroupState *>(HandleTable::instance().find(group, HandleKind::Group));
  if (!state)
    return report_invalid_handle("task group", site, op::task_group_spawn);
  const detail::RealtimeCheck realtime_check("spawning a task", SourceSite(site));
  detail::TaskControl *task = nullptr;
  try {
    task = new_compiled_task(Priority::Normal, fn, env, env_size, site);
    if (!task)
      return MEDI_RT_INVALID_ARGUMENT;
    state->adopt(task);
  } catch (const std::bad_alloc &) {
    delete task;
    return report_out_of_memory("a task of the group", site, op::task_group_spawn);
  }
  detail::submit(task, detail::global_core());
  return MEDI_RT_OK;
}

medi_rt_status medi_rt_group_wait(medi_rt_group *group, const medi_rt_source *site) {
  // The handle stays valid while we wait: the group's tasks may still spawn into it.
  auto *state =
      static_cast<TaskGroupState *>(HandleTable::instance().find(group, HandleKind::Group));
  if (!state)
    return report_invalid_handle("task group", site, op::task_group_wait);
  const auto result = state->wait(SourceSite(site));
  if (HandleTable::instance().take(group, HandleKind::Group) == state)
    state->release();
  if (result)
    return MEDI_RT_OK;
  switch (result.error().kind) {
  case TaskGroupError::Kind::Failed:
    return MEDI_RT_PANICKED; // reported when the task failed
  case TaskGroupError::Kind::DeadlineExceeded:
    return MEDI_RT_TIMEOUT;
  case TaskGroupError::Kind::Cancelled:
    return MEDI_RT_CANCELLED;
  }
  return MEDI_RT_PANICKED;
}

void medi_rt_group_cancel(medi_rt_group *group, const medi_rt_source *site) {
  auto *state =
      static_cast<TaskGroupState *>(HandleTable::instance().find(group, HandleKind::Group));
  if (!state) {
    report_invalid_handle("task group", site, op::task_group_cancel);
    return;
  }
  state->end_early(TaskGroupError::Kind::Cancelled, std::nullopt);
}

int32_t medi_rt_task_cancelled(const medi_rt_source *) {
  return this_task::is_cancelled() ? 1 : 0;
}

} // extern "C"
