//===- bitcode_probe.h - Reading untrusted bitcode without crashing --------===//
//
// LLVM's bitcode reader trusts its input: malformed bitcode can crash it (the fuzzer found a
// SEGV in StructType::getTypeAtIndex during materialisation within a minute), and so can the
// verifier printing what is wrong with it (a SEGV in printEscapedString). So a tool first reads
// and verifies bitcode in a forked child, printing the findings as the tool would; only when
// the child survives does the tool read it itself. IR text needs no probe: its parser reports
// errors.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_BITCODE_PROBE_H
#define MEDI_TOOLS_BITCODE_PROBE_H

#include "llvm/Support/MemoryBufferRef.h"

#include <optional>
#include <string>

namespace medi::tools {

/// For bitcode input: nullopt when reading it is safe (it parses and verifies, or fails with an
/// error the reader reports itself), else what killed the reader ("SIGSEGV"). For anything
/// that is not bitcode, nullopt at once.
std::optional<std::string> probeBitcode(llvm::MemoryBufferRef Input);

} // namespace medi::tools

#endif // MEDI_TOOLS_BITCODE_PROBE_H
