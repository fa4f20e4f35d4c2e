// compiled_task.h: a task whose body is compiled code (a medi_rt_task_fn and a copy of its
// environment), run under a panic landing (task_abi.cpp), for the C ABI's other spawners.
#ifndef MEDI_RUNTIME_ABI_COMPILED_TASK_H
#define MEDI_RUNTIME_ABI_COMPILED_TASK_H

#include "medi/detail/task_control.h"
#include "medi/medi_rt.h"
#include "medi/scheduler.h"

namespace medi::abi {

/// A new task (not yet submitted; one reference), or null when `fn` or `env` is unusable
/// (reported, op task_group.spawn). Throws std::bad_alloc.
detail::TaskControl *new_compiled_task(Priority priority, medi_rt_task_fn fn, const void *env,
                                       uint64_t env_size, const medi_rt_source *site);

} // namespace medi::abi

#endif // MEDI_RUNTIME_ABI_COMPILED_TASK_H
