//===- scheduler_setup.cpp - The scheduler a JIT-run program gets ------------===//
#include "scheduler_setup.h"

#include "medi/deadlock.h"
#if MEDI_TOOLS_HAVE_DIST
#include "medi/dist.h"
#endif
#include "medi/scheduler.h"
#include "medi/trace.h"

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace medi::tools {

void configureScheduler(unsigned Threads, FailurePolicy Policy) noexcept {
  const auto Recovery = Policy == FailurePolicy::Shutdown ? RecoveryPolicy::ShutdownScheduler
                                                          : RecoveryPolicy::SkipTask;
  init_scheduler_with_policy(Threads == 0 ? std::nullopt : std::optional<std::size_t>(Threads),
                             Recovery);
}

void watchForDeadlocks(int ExitCode) {
  // Never destroyed: it watches until the process ends.
  new DeadlockWatch([ExitCode](const RuntimeError &) {
    std::fflush(nullptr);
    std::_Exit(ExitCode);
  });
}

bool startTrace(const char *Path) {
  if (trace::active())
    trace::stop(); // MEDI_TRACE's trace of the tool's start-up: --trace wins
  return trace::start(Path);
}

void finishTrace() {
  trace::stop();
}

void finishDistributed() {
#if MEDI_TOOLS_HAVE_DIST
  dist::stop();
#endif
}

} // namespace medi::tools
