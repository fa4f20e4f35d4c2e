// task_group.cpp: task groups (medi/cancellation.h): members, fail-fast, the deadline watcher,
// and waiting for all.
#include "medi/detail/realtime_check.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "task_group_state.h"
#include "timer_service.h"

#include <utility>

namespace medi::detail {

TaskGroupState *TaskGroupState::create(CancelState *parent, Deadline deadline, SourceSite site) {
  const RealtimeCheck realtime_check("creating a task group", site);
  return new TaskGroupState(parent, deadline, site);
}

TaskGroupState::TaskGroupState(CancelState *parent, Deadline deadline, SourceSite site)
    : site_(site), token_(CancelState::create(parent)) {
  if (deadline) {
    try {
      start_deadline_watch(*deadline, site);
    } catch (...) {
      token_->release();
      if (watch_token_)
        watch_token_->release();
      throw;
    }
  }
}

TaskGroupState::~TaskGroupState() {
  token_->release();
  if (watch_token_)
    watch_token_->release();
  if (watcher_)
    watcher_->release();
}

void TaskGroupState::release() noexcept {
  if (references_.fetch_sub(1, std::memory_order_acq_rel) == 1)
    delete this;
}

// The watcher is a task that sleeps until the deadline and then ends the group; it observes a
// token of its own, which wait() cancels to stop it early.
void TaskGroupState::start_deadline_watch(std::chrono::steady_clock::time_point deadline,
                                          SourceSite site) {
  watch_token_ = CancelState::create(nullptr);
  auto watch = [this, deadline, site] {
    if (detail::sleep_until(deadline, site))
      end_early(TaskGroupError::Kind::DeadlineExceeded, std::nullopt);
    release();
  };
  auto *task = new TaskOf<decltype(watch), void>(Priority::High, site, std::move(watch));
  try {
    watch_token_->observe(task);
  } catch (...) {
    delete task;
    throw;
  }
  retain();       // the watcher's
  task->retain(); // ours, to stop it; the scheduler takes the creation reference
  watcher_ = task;
  submit(task, global_core());
}

void TaskGroupState::adopt(TaskControl *task) {
  token_->observe(task);
  retain();
  state_of(task).group = this;
  spawned_.fetch_add(1, std::memory_order_relaxed);
}

void TaskGroupState::end_early(TaskGroupError::Kind kind,
                               std::optional<RuntimeError> failure) noexcept {
  {
    std::lock_guard lock(mutex_);
    if (outcome_ || (kind == TaskGroupError::Kind::DeadlineExceeded && members_done_))
      return;
    outcome_.emplace(TaskGroupError{kind, std::move(failure)});
  }
  token_->cancel();
}

void TaskGroupState::member_finished(const std::optional<RuntimeError> &failure) noexcept {
  if (failure)
    end_early(TaskGroupError::Kind::Failed, failure);
}

std::expected<void, TaskGroupError> TaskGroupState::wait(SourceSite site) noexcept {
  if (waited_)
    return result_;
  // Members may spawn more members while we wait: wait until one pass finds all finished.
  for (bool all_finished = false; !all_finished;) {
    all_finished = true;
    for (TaskControl *task : token_->tasks()) {
      if (!task->finished()) {
        all_finished = false;
        task->wait_finished(site);
      }
      task->release();
    }
  }
  {
    std::lock_guard lock(mutex_);
    members_done_ = true;
  }
  if (watcher_) { // stopped and waited for, even by a cancelled caller
    watch_token_->cancel();
    watcher_->wait_finished(site);
  }
  std::lock_guard lock(mutex_);
  if (outcome_)
    result_ = std::unexpected(*outcome_);
  else if (token_->cancelled())
    result_ = std::unexpected(TaskGroupError{TaskGroupError::Kind::Cancelled, std::nullopt});
  waited_ = true;
  return result_;
}

void leave_group(TaskControl *task, const std::optional<RuntimeError> &failure) noexcept {
  TaskState &state = state_of(task);
  if (TaskGroupState *group = std::exchange(state.group, nullptr)) {
    group->member_finished(failure);
    group->release();
  }
  if (CancelState *cancel = std::exchange(state.cancel, nullptr))
    cancel->release();
}

} // namespace medi::detail

namespace medi {

using detail::CancelState;
using detail::TaskGroupState;

std::string TaskGroupError::what() const {
  switch (kind) {
  case Kind::Failed:
    return "a task of the group failed: " + (failure ? failure->to_string() : std::string("?"));
  case Kind::DeadlineExceeded:
    return "the task group's deadline passed; its tasks were cancelled";
  case Kind::Cancelled:
    return "the task group was cancelled";
  }
  return "the task group ended early";
}

namespace {
CancelState *calling_task_token() noexcept {
  return detail::cancel_state_of(detail::innermost_task());
}
} // namespace

TaskGroup::TaskGroup(std::source_location location)
    : state_(TaskGroupState::create(calling_task_token(), std::nullopt, location)) {}

TaskGroup::TaskGroup(std::chrono::steady_clock::time_point deadline, std::source_location location)
    : state_(TaskGroupState::create(calling_task_token(), deadline, location)) {}

TaskGroup::TaskGroup(const CancellationToken &parent,
                     std::optional<std::chrono::steady_clock::time_point> deadline,
                     std::source_location location)
    : state_(TaskGroupState::create(parent.state_, deadline, location)) {}

TaskGroup::~TaskGroup() {
  if (!state_->waited()) {
    state_->token()->cancel();
    (void)state_->wait(state_->site());
  }
  state_->release();
}

void TaskGroup::adopt(detail::TaskControl *task) {
  try {
    state_->adopt(task);
  } catch (...) {
    delete task;
    throw;
  }
  detail::submit(task, detail::global_core()); // the scheduler takes the creation reference
}

void TaskGroup::no_memory_for_a_task() noexcept {
  state_->end_early(TaskGroupError::Kind::Failed,
                    RuntimeError::message("no memory for a task of the group (reported)"));
}

std::expected<void, TaskGroupError> TaskGroup::wait(std::source_location location) {
  return state_->wait(location);
}

void TaskGroup::cancel() noexcept {
  state_->end_early(TaskGroupError::Kind::Cancelled, std::nullopt);
}

CancellationToken TaskGroup::token() const noexcept {
  state_->token()->retain();
  return CancellationToken(state_->token());
}

std::size_t TaskGroup::spawned() const noexcept {
  return state_->spawned();
}

CancellationToken::CancellationToken() : state_(CancelState::create(nullptr)) {}
CancellationToken::CancellationToken(const CancellationToken &other) noexcept
    : state_(other.state_) {
  state_->retain();
}
CancellationToken::CancellationToken(CancellationToken &&other) noexcept : state_(other.state_) {
  state_->retain(); // a moved-from token stays usable
}
CancellationToken &CancellationToken::operator=(CancellationToken other) noexcept {
  std::swap(state_, other.state_);
  return *this;
}
CancellationToken::~CancellationToken() {
  state_->release();
}
void CancellationToken::cancel() noexcept {
  state_->cancel();
}
bool CancellationToken::is_cancelled() const noexcept {
  return state_->cancelled();
}
CancellationToken CancellationToken::child() const {
  return CancellationToken(CancelState::create(state_));
}

namespace this_task {
bool is_cancelled() noexcept {
  return detail::cancel_requested(detail::innermost_task());
}
} // namespace this_task

} // namespace medi
