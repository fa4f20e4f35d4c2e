// task_runner.cpp: running a task on its fiber, and what its worker does when the fiber switches
// back: retire a finished task, queue a yielding one, finish a park. Also the park hand-over,
// which switches a parking task's worker straight into the task it woke.
//
// A task's fiber is made at its first run (from the worker's fiber cache) and runs
// run_to_completion(); panics are caught and reported at that boundary. The task says why it
// switched back in its SwitchReason, which the worker reads once it is back on its own stack.
#include "../trace/trace_points.h"
#include "fiber.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "scheduler_core.h"
#include "task_failure.h"

#include <exception>
#include <string>
#include <utility>

namespace medi::detail {

// A canary stack's canary is checked before the finish, so the report of an overflow comes
// before join() returns, and join() returns it.
void run_to_completion(TaskControl *task) noexcept {
  std::optional<RuntimeError> failure;
  bool reported = false;
  try {
    task->run();
  } catch (const ReportedTaskFailure &reported_failure) {
    failure = reported_failure.error;
    reported = true;
  } catch (const std::exception &e) {
    failure = RuntimeError::task_panic(std::string(e.what()));
  } catch (...) {
    failure = RuntimeError::task_panic();
  }
  if (failure && !reported) {
    report_error(*failure, task->spawn_site());
  }
  if (!StackPool::canary_intact(Fiber::current()->stack())) {
    RuntimeError overflow = RuntimeError::message(
        "task overflowed its stack (canary overwritten); see docs/tasks.md to raise it");
    RuntimeContext context = task->spawn_site();
    context.op = op::scheduler_stack_overflow;
    report_error(overflow, context);
    if (!failure)
      failure = std::move(overflow);
  }
  // Under ShutdownScheduler the scheduler stops before the joiner hears of the failure, so
  // nothing it spawns after its join returns can run.
  SchedulerCore *scheduler = state_of(task).scheduler;
  if (failure && scheduler && scheduler->policy() == RecoveryPolicy::ShutdownScheduler)
    scheduler->shutdown();
  finish_task(task, std::move(failure));
}

namespace {

// What a trace records of why a task's run ended.
trace::RunEnd run_end_of(SwitchReason reason) noexcept {
  switch (reason) {
  case SwitchReason::Park:
    return trace::RunEnd::Parked;
  case SwitchReason::Yield:
    return trace::RunEnd::Yielded;
  case SwitchReason::Rejoin:
    return trace::RunEnd::BlockingCall;
  case SwitchReason::None:
  case SwitchReason::Finish:
    break;
  }
  return trace::RunEnd::Finished;
}

// Runs on the task's fiber.
void task_entry(void *argument) noexcept {
  auto *task = static_cast<TaskControl *>(argument);
  run_to_completion(task);
  // Safe after the finish: the scheduler still holds its reference until this fiber switches
  // out.
  state_of(task).switch_reason = SwitchReason::Finish;
}

} // namespace

void SchedulerCore::run_task(Worker &worker, TaskControl *task, ExceptionState &thread_state) {
  TaskState *state = &state_of(task);
  const bool first_run = !state->fiber;
  if (!state->fiber) {
    state->fiber = worker.fibers.take(stacks_, &task_entry, task);
    if (!state->fiber) {
      RuntimeError failure = RuntimeError::message("no memory for the task's stack; it never ran");
      RuntimeContext context = task->spawn_site();
      context.op = op::scheduler_out_of_memory;
      report_error(failure, context);
      complete_task(task, std::move(failure));
      return;
    }
  }
  state->switch_reason = SwitchReason::None;
  if (trace::on()) [[unlikely]]
    trace::record_run_begin(task, first_run, false, queued_estimate(worker));
  // The task that comes back is the one we resumed, or the last of those that parking tasks
  // handed the worker over to (switch_out_parking).
  task = static_cast<TaskControl *>(state->fiber->resume(thread_state)->argument());
  state = &state_of(task);

  if (trace::on()) [[unlikely]]
    trace::record_run_end(task, run_end_of(state->switch_reason));
  switch (state->switch_reason) {
  case SwitchReason::Finish:
  case SwitchReason::None: {
    live_.leave(task);
    worker.fibers.give_back(stacks_, std::exchange(state->fiber, nullptr));
    task->release(); // the scheduler's reference
    return;
  }
  case SwitchReason::Yield:
  case SwitchReason::Rejoin: // back from blocking(): this thread is no longer a worker
    inject(task);            // behind everything ready now
    return;
  case SwitchReason::Park:
    finish_park(task);
    return;
  }
}

void SchedulerCore::finish_park(TaskControl *task) noexcept {
  TaskState &state = state_of(task);
  if (!state.in_live_list.load(std::memory_order_relaxed))
    state.scheduler->live_.enter(task); // before it is Parked: a shutdown must find it
  ParkState parking = ParkState::Parking;
  if (!state.park_state.compare_exchange_strong(parking, ParkState::Parked,
                                                std::memory_order_acq_rel))
    state.scheduler->schedule_woken(task); // unparked while switching out: run it again
}

// Runs on the parking task's fiber: what it reads of this thread's worker it reads before the
// switch (it may resume on another thread).
[[gnu::noinline]] void SchedulerCore::switch_out_parking(TaskControl *task) noexcept {
  const WorkerThread here = this_worker_thread;
  TaskControl *next = here.worker && here.core == state_of(task).scheduler
                          ? here.core->next_for_hand_over(*here.worker)
                          : nullptr;
  if (!next) {
    state_of(task).switch_reason = SwitchReason::Park; // the worker's loop finishes the park
    Fiber::suspend();
    return;
  }
  if (trace::on()) [[unlikely]] {
    trace::record_run_end(task, trace::RunEnd::Parked);
    trace::record_run_begin(next, false, false, queued_estimate(*here.worker));
  }
  Fiber::hand_over(
      state_of(next).fiber,
      [](Fiber *from, void *) noexcept {
        finish_park(static_cast<TaskControl *>(from->argument()));
      },
      nullptr);
}

void SchedulerCore::yield_current(TaskControl *task) noexcept {
  state_of(task).switch_reason = SwitchReason::Yield;
  Fiber::suspend();
}

void SchedulerCore::complete_task(TaskControl *task, std::optional<RuntimeError> failure) {
  TaskState &state = state_of(task);
  if (state.fiber) { // a suspended task failed by a shutdown: it never runs again
    live_.leave(task);
    // Its fiber lives on its stack, which is mapped only while this scheduler is: end it now
    // (the stack is not reused). A parked one keeps it until the scheduler goes (a channel may
    // still wake it; ~SchedulerCore).
    if (state.park_state.load(std::memory_order_acquire) != ParkState::Abandoned)
      (void)Fiber::destroy(std::exchange(state.fiber, nullptr));
  }
  finish_task(task, std::move(failure));
  task->release();
}

} // namespace medi::detail
