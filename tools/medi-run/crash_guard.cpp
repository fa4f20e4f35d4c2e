//===- crash_guard.cpp - A crashing program ends with one clear line ---------===//
#include "crash_guard.h"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace medi::tools {
namespace {

char Prefix[320]; // "<tool>: error: '<program>' crashed: ", built before any signal

constexpr int GuardedSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP};

const char *describe(int Signal) {
  switch (Signal) {
  case SIGSEGV:
    return "SIGSEGV (invalid memory access)\n";
  case SIGBUS:
    return "SIGBUS (misaligned or unmapped memory)\n";
  case SIGFPE:
    return "SIGFPE (arithmetic error, such as an integer division by zero)\n";
  case SIGILL:
    return "SIGILL (illegal instruction, such as a trap or unreachable code)\n";
  case SIGABRT:
    return "SIGABRT (aborted)\n";
  case SIGTRAP:
    return "SIGTRAP (trap)\n";
  default:
    return "a fatal signal\n";
  }
}

void write_all(const char *Text) {
  std::size_t Left = std::strlen(Text);
  while (Left > 0) {
    const ssize_t Written = ::write(STDERR_FILENO, Text, Left);
    if (Written <= 0)
      return;
    Text += Written;
    Left -= static_cast<std::size_t>(Written);
  }
}

extern "C" void onFatalSignal(int Signal) {
  write_all(Prefix);
  write_all(describe(Signal));
  // Die of the signal itself: the default action, delivered when this handler returns (a
  // fault re-executes; a raised signal is pending until then).
  ::signal(Signal, SIG_DFL);
  ::raise(Signal);
}

} // namespace

void installCrashGuard(const char *ToolName, const char *ProgramName) {
  Prefix[0] = '\0';
  std::strncat(Prefix, ToolName, 64);
  std::strncat(Prefix, ": error: '", 16);
  std::strncat(Prefix, ProgramName, 200);
  std::strncat(Prefix, "' crashed: ", 16);

  // An alternate stack for this (the main) thread; the runtime gives each worker its own.
  static char AlternateStack[64 * 1024];
  stack_t Stack{};
  Stack.ss_sp = AlternateStack;
  Stack.ss_size = sizeof AlternateStack;
  ::sigaltstack(&Stack, nullptr);

  struct sigaction Action{};
  Action.sa_handler = onFatalSignal;
  Action.sa_flags = SA_ONSTACK;
  sigemptyset(&Action.sa_mask);
  for (int Signal : GuardedSignals)
    ::sigaction(Signal, &Action, nullptr);
}

} // namespace medi::tools
