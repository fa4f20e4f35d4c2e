// task_failure.h: a failure that ends a task at its boundary without a second report (internal).
#ifndef MEDI_RUNTIME_SCHED_TASK_FAILURE_H
#define MEDI_RUNTIME_SCHED_TASK_FAILURE_H

#include "medi/error/runtime_error.h"

namespace medi::detail {

/// Thrown to a task's boundary for a failure that was reported where it happened (a compiled
/// task's panic): the task fails with `error`, and the scheduler does not report it again.
struct ReportedTaskFailure {
  RuntimeError error;
};

} // namespace medi::detail

#endif // MEDI_RUNTIME_SCHED_TASK_FAILURE_H
