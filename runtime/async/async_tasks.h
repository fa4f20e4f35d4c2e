// async_tasks.h: where MLIR's async coroutines run (internal). mlirAsyncRuntimeExecute starts
// one as a Medi task; a continuation (await-and-execute) resumes on the task or thread that made
// its object ready, nested up to a bound, beyond which it starts a task instead, so chains of
// ready awaits cannot exhaust a stack.
#ifndef MEDI_RUNTIME_ASYNC_ASYNC_TASKS_H
#define MEDI_RUNTIME_ASYNC_ASYNC_TASKS_H

#include "async_object.h"

#include <cstdint>

namespace medi::async {

/// Starts `resume(handle)` as a task on the global scheduler. False when there is no memory.
bool execute(CoroHandle handle, CoroResume resume) noexcept;

/// Runs `resume(handle)` here, or as a new task when this stack already holds
/// kMaxInlineResumes of them.
void run_continuation(CoroHandle handle, CoroResume resume) noexcept;
inline constexpr unsigned kMaxInlineResumes = 16;

/// Parks the caller until every task execute() started has returned.
void wait_for_tasks() noexcept;

/// The global scheduler's worker threads.
std::int64_t worker_threads() noexcept;

} // namespace medi::async

#endif // MEDI_RUNTIME_ASYNC_ASYNC_TASKS_H
