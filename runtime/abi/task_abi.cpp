// task_abi.cpp: the C ABI's tasks: spawn (the environment copied into the task), join, detach,
// yield, and panic.
//
// A panic fails the task without unwinding compiled code (which may have no unwind tables):
// each compiled task body runs under a landing set with setjmp; medi_rt_task_panic reports,
// then longjmps back to it, and the landing throws ReportedTaskFailure to the task boundary,
// where the task fails as a thrown exception would. Frames of compiled code are discarded, as
// Go discards a goroutine's frames. Outside a task body (in main) a panic ends the program with
// exit code 101, as a panic on Rust's main thread does (medi-run keeps 2 for input it cannot
// parse; docs/tools.md lists every exit code).
#include "../sched/task_failure.h"
#include "../sched/task_slots.h"
#include "call_report.h"
#include "compiled_task.h"
#include "handle_table.h"
#include "medi/abi/arg_checks.h"
#include "medi/cancellation.h"
#include "medi/error/op_tags.h"
#include "medi/error/reporting.h"
#include "medi/medi_rt.h"
#include "medi/task.h"
#include "medi/trace.h"

#include <algorithm>
#include <chrono>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <utility>

namespace medi::abi {
namespace {

struct PanicLanding {
  std::jmp_buf buffer;
  std::optional<RuntimeError> failure;
};

// Each task's innermost panic landing, while its compiled body runs.
constinit const detail::TaskSlot panic_landing_slot;

// The task whose body is running here: a task joined inline runs on its joiner's stack.
detail::TaskControl *running_task() noexcept {
  return detail::innermost_task();
}

// The task's own copy of what medi.spawn passed, in the capture for up to 48 bytes.
class Environment {
public:
  Environment(const void *bytes, std::size_t size) : size_(size) {
    if (size > sizeof(inline_))
      heap_ = std::make_unique<unsigned char[]>(size);
    if (size > 0)
      std::memcpy(data(), bytes, size);
  }
  Environment(Environment &&other) noexcept : heap_(std::move(other.heap_)), size_(other.size_) {
    std::memcpy(inline_, other.inline_, sizeof(inline_));
  }
  void *data() noexcept { return heap_ ? heap_.get() : inline_; }

private:
  alignas(16) unsigned char inline_[48];
  std::unique_ptr<unsigned char[]> heap_;
  std::size_t size_;
};

// Calls the body with `landing` set: true when it returned, false when it panicked. Kept apart
// so that nothing but `landing` (in memory) lives across the setjmp.
[[gnu::noinline]] bool call_with_landing(medi_rt_task_fn fn, void *env, PanicLanding &landing) {
  if (setjmp(landing.buffer) != 0)
    return false;
  fn(env);
  return true;
}

// Runs a compiled task body under a panic landing (see the file comment).
void run_body(medi_rt_task_fn fn, void *env) {
  detail::TaskControl *const self = running_task();
  PanicLanding landing;
  void *const outer = panic_landing_slot.get(self);
  panic_landing_slot.set(self, &landing);
  const bool returned = call_with_landing(fn, env, landing);
  panic_landing_slot.set(self, outer);
  if (!returned)
    throw detail::ReportedTaskFailure{std::move(*landing.failure)};
}

struct CompiledTask {
  Task<void> task;
};

// Checks a spawn's body and environment; reports and returns false when they are unusable.
bool spawnable(medi_rt_task_fn fn, const void *env, uint64_t env_size, const medi_rt_source *site,
               std::string_view op) noexcept {
  if (!fn) {
    report_invalid_argument("spawn of a null task body", site, op);
    return false;
  }
  if (env_size > 0 && !env) {
    report_invalid_argument(
        "spawn with a null environment of " + std::to_string(env_size) + " bytes", site, op);
    return false;
  }
  return true;
}

auto compiled_body(medi_rt_task_fn fn, const void *env, uint64_t env_size) {
  return [fn, environment = Environment(env, env_size)]() mutable {
    run_body(fn, environment.data());
  };
}

medi_rt_task *spawn(Priority priority, medi_rt_task_fn fn, const void *env, uint64_t env_size,
                    const medi_rt_source *site) noexcept {
  if (!spawnable(fn, env, env_size, site, op::task_spawn))
    return nullptr;
  try {
    auto compiled = std::make_unique<CompiledTask>();
    compiled->task = detail::spawn_onto(detail::global_core(), priority,
                                        compiled_body(fn, env, env_size), SourceSite(site));
    if (void *handle = HandleTable::instance().issue(HandleKind::Task, compiled.get())) {
      compiled.release();
      return static_cast<medi_rt_task *>(handle);
    }
    // No handle: the task still runs, detached, as the program asked for it to run.
    report_out_of_memory("a task handle (the task runs detached)", site, op::task_spawn);
  } catch (const std::bad_alloc &) {
    report_out_of_memory("a task", site, op::task_spawn);
  }
  return nullptr;
}

// Joins; the handle stays valid unless the task finished. A deadline already passed only looks.
// The handle is borrowed while the join waits: a second join or a detach of it meanwhile is
// reported as an invalid handle instead of freeing what this join holds.
medi_rt_status join(medi_rt_task *task,
                    std::optional<std::chrono::steady_clock::time_point> deadline,
                    const medi_rt_source *site) {
  HandleTable &table = HandleTable::instance();
  auto *compiled = static_cast<CompiledTask *>(table.borrow(task, HandleKind::Task));
  if (!compiled)
    return report_invalid_handle("task", site, op::task_join);
  std::optional<bool> ok; // the task's outcome, once it has finished
  if (deadline) {
    if (auto joined = compiled->task.join_until(*deadline, SourceSite(site)))
      ok = joined->has_value();
  } else {
    const bool joined_ok = compiled->task.join(SourceSite(site)).has_value();
    if (!compiled->task.joinable()) // else the joining task was cancelled: the task runs on
      ok = joined_ok;
  }
  if (!ok) {
    table.give_back(task, HandleKind::Task);
    return !deadline || medi::this_task::is_cancelled() ? MEDI_RT_CANCELLED : MEDI_RT_TIMEOUT;
  }
  // The task's failure was reported when it happened; join only says so.
  table.take_borrowed(task, HandleKind::Task);
  delete compiled;
  return *ok ? MEDI_RT_OK : MEDI_RT_PANICKED;
}

} // namespace

detail::TaskControl *new_compiled_task(Priority priority, medi_rt_task_fn fn, const void *env,
                                       uint64_t env_size, const medi_rt_source *site) {
  if (!spawnable(fn, env, env_size, site, op::task_group_spawn))
    return nullptr;
  using Body = decltype(compiled_body(fn, env, env_size));
  return new detail::TaskOf<Body, void>(priority, SourceSite(site),
                                        compiled_body(fn, env, env_size));
}

} // namespace medi::abi

using namespace medi;
using namespace medi::abi;

extern "C" {

medi_rt_task *medi_rt_task_spawn(medi_rt_task_fn fn, const void *env, uint64_t env_size,
                                 const medi_rt_source *site) {
  return spawn(Priority::Normal, fn, env, env_size, site);
}

medi_rt_task *medi_rt_task_spawn_priority(int32_t priority, medi_rt_task_fn fn, const void *env,
                                          uint64_t env_size, const medi_rt_source *site) {
  static constexpr const ArgCheck *kPriority = check_of(arg_checks::SpawnPriority, 0);
  static_assert(kPriority->name, "intrinsics.def gives medi.spawn.priority's priority a rule");
  if (!kPriority->accepts(priority)) {
    report_invalid_argument("spawn with " + kPriority->complaint(std::to_string(priority)), site,
                            op::task_spawn);
    return nullptr;
  }
  return spawn(static_cast<Priority>(priority), fn, env, env_size, site);
}

medi_rt_status medi_rt_task_join(medi_rt_task *task, const medi_rt_source *site) {
  return join(task, std::nullopt, site);
}

medi_rt_status medi_rt_task_join_timeout(medi_rt_task *task, int64_t timeout_ns,
                                         const medi_rt_source *site) {
  return join(task,
              std::chrono::steady_clock::now() +
                  std::chrono::nanoseconds(std::max<int64_t>(0, timeout_ns)),
              site);
}

void medi_rt_task_detach(medi_rt_task *task, const medi_rt_source *site) {
  auto *compiled =
      static_cast<CompiledTask *>(HandleTable::instance().take(task, HandleKind::Task));
  if (!compiled) {
    report_invalid_handle("task", site, op::task_detach);
    return;
  }
  delete compiled; // a Task dropped without join() detaches
}

void medi_rt_task_yield(const medi_rt_source *) {
  yield_now();
}

void medi_rt_task_panic(const char *message, const medi_rt_source *site) {
  detail::TaskControl *task = running_task();
  auto *landing = task ? static_cast<PanicLanding *>(panic_landing_slot.get(task)) : nullptr;
  {
    // Scoped: nothing with a destructor may be alive at the longjmp.
    std::optional<RuntimeError> local;
    std::optional<RuntimeError> &failure = landing ? landing->failure : local;
    failure = message ? RuntimeError::task_panic(std::string(message)) : RuntimeError::task_panic();
    report_error(*failure, call_context(site, op::task_panic));
  }
  if (landing)
    std::longjmp(landing->buffer, 1);
  medi::trace::stop(); // the process ends here without exit handlers
  std::fflush(nullptr);
  std::_Exit(101);
}

} // extern "C"
