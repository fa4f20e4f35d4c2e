//===- crash_guard.h - A crashing program ends with one clear line -----------===//
//
// Installed before the program runs: a fatal signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
// SIGTRAP) in JIT-compiled code prints
//   medi-run: error: 'vitals_monitor.ll' crashed: SIGSEGV (invalid memory access)
// with async-signal-safe writes on an alternate stack (so a main-thread stack overflow is
// caught too), and the process then dies of that signal, as the same program built by
// medi-build would: no JIT stack dump. The runtime's own stack-overflow handler, installed
// later, reports a task's overflow first and hands other faults on to this one.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_CRASH_GUARD_H
#define MEDI_TOOLS_CRASH_GUARD_H

namespace medi::tools {

/// Installs the handlers; ProgramName is copied (up to 200 bytes).
void installCrashGuard(const char *ToolName, const char *ProgramName);

} // namespace medi::tools

#endif // MEDI_TOOLS_CRASH_GUARD_H
