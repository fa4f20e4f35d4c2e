//===- input_probe.h - Reading untrusted IR without crashing ---------------===//
//
// LLVM's readers trust their input. Malformed bitcode can crash the bitcode reader (the fuzzer
// found a SEGV in StructType::getTypeAtIndex during materialisation within a minute), IR text
// can crash the text parser's upgrades (a SEGV in UpgradeTBAANode on a !tbaa node without
// operands, a !tbaa that names a debug-info node), and the verifier can crash printing what is
// wrong with a module (a SEGV in printEscapedString). Two defences:
//   - bitcode is read and verified first in a forked child, printing the findings as the tool
//     would; only when the child survives does the tool read it itself;
//   - IR text is read under a crash guard: a fatal signal while it is read or verified ends the
//     tool with a diagnostic and ExitCode::SyntaxError instead of a crash. (A fork per text
//     input would cost a launch about 14 ms; a process that must survive such inputs, a fuzzer,
//     asks for the child instead: probeTextInChild.)
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_INPUT_PROBE_H
#define MEDI_TOOLS_INPUT_PROBE_H

#include "llvm/Support/MemoryBufferRef.h"

#include <optional>
#include <string>

namespace medi::tools {

/// nullopt when reading `Input` (IR text or bitcode) is safe: it parses and verifies, or fails
/// with an error the reader reports itself. Else what killed the reader ("SIGSEGV").
std::optional<std::string> probeInput(llvm::MemoryBufferRef Input);

/// Whether the loader probes IR text in a child too (false: under a crash guard).
void probeTextInChild(bool InChild);
bool textProbedInChild();

/// While it lives, a fatal signal (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT) prints
/// "<tool>: error: '<path>' is malformed IR: LLVM crashed reading or verifying it (<signal>)"
/// and ends the process with ExitCode::SyntaxError. The previous handlers come back after.
class ReadCrashGuard {
public:
  explicit ReadCrashGuard(llvm::StringRef Path);
  ~ReadCrashGuard();
  ReadCrashGuard(const ReadCrashGuard &) = delete;
  ReadCrashGuard &operator=(const ReadCrashGuard &) = delete;
};

} // namespace medi::tools

#endif // MEDI_TOOLS_INPUT_PROBE_H
