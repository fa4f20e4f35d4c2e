// medi/error/recovery_policy.h: what the scheduler does when a task panics. The scheduler reports
// the panic either way; the policy decides what follows.
#ifndef MEDI_ERROR_RECOVERY_POLICY_H
#define MEDI_ERROR_RECOVERY_POLICY_H

#include <string_view>

namespace medi {

enum class RecoveryPolicy {
  /// The failed task ends with an error; every other task keeps running.
  SkipTask,
  /// The scheduler stops: tasks that had not started never run and their join() fails.
  ShutdownScheduler,
};

constexpr std::string_view to_string(RecoveryPolicy policy) noexcept {
  switch (policy) {
  case RecoveryPolicy::SkipTask:
    return "skip_task";
  case RecoveryPolicy::ShutdownScheduler:
    return "shutdown_scheduler";
  }
  return "unknown";
}

} // namespace medi

#endif // MEDI_ERROR_RECOVERY_POLICY_H
