//===- scheduler_setup.cpp - The scheduler a JIT-run program gets ------------===//
#include "scheduler_setup.h"

#include "medi/scheduler.h"

#include <optional>

namespace medi::tools {

void configureScheduler(unsigned Threads, FailurePolicy Policy) noexcept {
  const auto Recovery = Policy == FailurePolicy::Shutdown ? RecoveryPolicy::ShutdownScheduler
                                                          : RecoveryPolicy::SkipTask;
  init_scheduler_with_policy(Threads == 0 ? std::nullopt : std::optional<std::size_t>(Threads),
                             Recovery);
}

} // namespace medi::tools
