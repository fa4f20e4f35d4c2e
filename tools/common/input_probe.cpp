//===- input_probe.cpp - Reading untrusted IR in a child first -------------===//
#include "input_probe.h"

#include "debug_scope_cycles.h"
#include "exit_codes.h"
#include "tool_output.h"

#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;

namespace medi::tools {

std::optional<std::string> probeInput(MemoryBufferRef Input) {
  const pid_t Child = fork();
  if (Child < 0)
    return std::nullopt; // cannot probe: read it directly, as LLVM's own tools do
  if (Child == 0) {
    const rlimit NoCore{0, 0};
    setrlimit(RLIMIT_CORE, &NoCore);
    signal(SIGSEGV, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
    signal(SIGABRT, SIG_DFL);
    // Read as the tool reads it: parseIR takes text or bitcode, with the same options (the
    // child inherits them).
    LLVMContext Context;
    SMDiagnostic Diagnostic;
    std::unique_ptr<Module> M = parseIR(Input, Diagnostic, Context);
    if (!M)
      _exit(1); // an error the reader reports: the parent reads it again and prints it
    if (findDebugInfoCycle(*M))
      _exit(1); // the tool refuses it before verifying (the verifier would never finish)
    // Verified as the tool will verify it, messages and all: printing a broken module's
    // findings can crash too (the fuzzer found a SEGV in printEscapedString on a bad name).
    bool BrokenDebugInfo = false;
    if (verifyModule(*M, &nulls(), &BrokenDebugInfo))
      _exit(1);
    if (BrokenDebugInfo) {
      StripDebugInfo(*M);
      verifyModule(*M, &nulls());
    }
    _exit(0);
  }
  int Status = 0;
  while (waitpid(Child, &Status, 0) < 0)
    if (errno != EINTR)
      return std::nullopt;
  if (WIFSIGNALED(Status)) {
    const char *Name = sigabbrev_np(WTERMSIG(Status));
    return std::string("SIG") + (Name ? Name : std::to_string(WTERMSIG(Status)).c_str());
  }
  return std::nullopt;
}

namespace {

std::atomic<bool> TextInChild{false};

// The guard's message, made before the handlers are installed (a handler may only write it).
char GuardMessage[1024];
std::size_t GuardMessageSize = 0;
constexpr std::array<int, 5> GuardedSignals{SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
struct sigaction PreviousActions[GuardedSignals.size()];

extern "C" void onReadCrash(int Signal) {
  (void)!write(STDERR_FILENO, GuardMessage, GuardMessageSize);
  const char *Name = sigabbrev_np(Signal);
  (void)!write(STDERR_FILENO, "SIG", 3);
  if (Name)
    (void)!write(STDERR_FILENO, Name, strlen(Name));
  (void)!write(STDERR_FILENO, ")\n", 2);
  _exit(static_cast<int>(ExitCode::SyntaxError));
}

} // namespace

void probeTextInChild(bool InChild) {
  TextInChild.store(InChild, std::memory_order_relaxed);
}

bool textProbedInChild() {
  return TextInChild.load(std::memory_order_relaxed);
}

ReadCrashGuard::ReadCrashGuard(StringRef Path) {
  const std::string Text = (toolName() + ": error: '" + Path +
                            "' is malformed IR: LLVM crashed reading or verifying it (")
                               .str();
  GuardMessageSize = std::min(Text.size(), sizeof GuardMessage);
  std::memcpy(GuardMessage, Text.data(), GuardMessageSize);
  struct sigaction Action{};
  Action.sa_handler = onReadCrash;
  sigemptyset(&Action.sa_mask);
  for (std::size_t I = 0; I < GuardedSignals.size(); ++I)
    sigaction(GuardedSignals[I], &Action, &PreviousActions[I]);
}

ReadCrashGuard::~ReadCrashGuard() {
  for (std::size_t I = 0; I < GuardedSignals.size(); ++I)
    sigaction(GuardedSignals[I], &PreviousActions[I], nullptr);
}

} // namespace medi::tools
