//===- bitcode_probe.cpp - Reading untrusted bitcode in a child first ------===//
#include "bitcode_probe.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;

namespace medi::tools {

std::optional<std::string> probeBitcode(MemoryBufferRef Input) {
  if (!isBitcode(reinterpret_cast<const unsigned char *>(Input.getBufferStart()),
                 reinterpret_cast<const unsigned char *>(Input.getBufferEnd())))
    return std::nullopt;
  const pid_t Child = fork();
  if (Child < 0)
    return std::nullopt; // cannot probe: read it directly, as LLVM's own tools do
  if (Child == 0) {
    const rlimit NoCore{0, 0};
    setrlimit(RLIMIT_CORE, &NoCore);
    signal(SIGSEGV, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
    signal(SIGABRT, SIG_DFL);
    LLVMContext Context;
    Expected<std::unique_ptr<Module>> M = parseBitcodeFile(Input, Context);
    if (!M) {
      consumeError(M.takeError());
      _exit(1); // an error the reader reports: the parent reads it again and prints it
    }
    // Verified as the tool will verify it, messages and all: printing a broken module's
    // findings can crash too (the fuzzer found a SEGV in printEscapedString on a bad name).
    bool BrokenDebugInfo = false;
    if (verifyModule(**M, &nulls(), &BrokenDebugInfo))
      _exit(1);
    if (BrokenDebugInfo) {
      StripDebugInfo(**M);
      verifyModule(**M, &nulls());
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

} // namespace medi::tools
