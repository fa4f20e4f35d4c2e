//===- object_emitter.h - An object file from a lowered module ---------------===//
#ifndef MEDI_TOOLS_OBJECT_EMITTER_H
#define MEDI_TOOLS_OBJECT_EMITTER_H

#include "exit_codes.h"

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace medi::tools {

/// Writes M as an object file for TM's target to Path (ExitCode::BackendFailure on failure).
std::optional<ExitCode> emitObject(llvm::Module &M, llvm::TargetMachine &TM, llvm::StringRef Path);

} // namespace medi::tools

#endif // MEDI_TOOLS_OBJECT_EMITTER_H
