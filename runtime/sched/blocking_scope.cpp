// blocking_scope.cpp: recording what a task or a watched thread waits for (medi/detail/
// blocked_on.h). A task's record lives in its runtime state, which stays put when the task
// resumes on another worker; a watched thread's lives in its ProgramThread.
#include "../trace/trace_points.h"
#include "medi/detail/blocked_on.h"
#include "program_thread.h"
#include "task_state.h"

namespace medi::detail {
namespace {
thread_local ProgramThread *program_thread = nullptr;
} // namespace

ProgramThread *this_program_thread() noexcept {
  return program_thread;
}

void set_this_program_thread(ProgramThread *thread) noexcept {
  program_thread = thread;
}

BlockingScope::BlockingScope(const BlockedOn &why) noexcept : BlockingScope(why, current_task()) {}

BlockingScope::BlockingScope(const BlockedOn &why, TaskControl *task) noexcept {
  if (task) {
    owner_ = task;
    task_ = true;
    const BlockedOn *&record = state_of(task).blocked_on;
    previous_ = record;
    if (!record)
      record = &why;
    return;
  }
  if (trace::on()) [[unlikely]] {
    trace::record_thread_block(why);
    traced_ = &why;
  }
  if (ProgramThread *thread = program_thread) {
    owner_ = thread;
    std::lock_guard lock(thread->mutex);
    previous_ = thread->blocked_on;
    if (!previous_)
      thread->blocked_on = &why;
    ++thread->waits;
  }
}

BlockingScope::~BlockingScope() {
  if (traced_) [[unlikely]]
    trace::record_thread_unblock(*traced_);
  if (task_) {
    state_of(static_cast<TaskControl *>(owner_)).blocked_on = previous_;
  } else if (owner_) {
    auto *thread = static_cast<ProgramThread *>(owner_);
    std::lock_guard lock(thread->mutex);
    thread->blocked_on = previous_;
  }
}

} // namespace medi::detail
