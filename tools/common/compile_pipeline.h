//===- compile_pipeline.h - Lowering and optimising a Medi module ----------===//
//
// What medi-run and medi-build do to a module before code generation, so that both run the
// same code: medi-lower (its errors end the tool with ExitCode::InvalidModule), then LLVM's
// default -O0..-O3 pipeline for the host.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_COMPILE_PIPELINE_H
#define MEDI_TOOLS_COMPILE_PIPELINE_H

#include "exit_codes.h"
#include "option_parsing.h"

#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"

#include <memory>
#include <optional>

namespace llvm {
class Module;
class TargetMachine;
} // namespace llvm

namespace medi::tools {

/// This machine's target (its CPU and features) at -O`OptLevel`, position independent: the
/// builder (ORC's JIT takes it) and a TargetMachine made from it.
struct HostTarget {
  llvm::orc::JITTargetMachineBuilder Builder;
  std::unique_ptr<llvm::TargetMachine> Machine;
};
/// On failure, says why and returns nothing.
std::optional<HostTarget> hostTarget(unsigned OptLevel);

/// Runs medi-rt-check on M as `Mode` asks, its diagnostics on stderr. Returns
/// ExitCode::InvalidModule when it finds errors and Mode is Error.
std::optional<ExitCode> checkRealtime(llvm::Module &M, RtCheckMode Mode);

/// Runs medi-lower on M. Returns ExitCode::InvalidModule after the pass's diagnostics (printed
/// through M's context) when it refuses the module.
std::optional<ExitCode> lowerMediIntrinsics(llvm::Module &M);

/// Gives M the target's data layout and triple, then runs the default pipeline of -O`OptLevel`
/// (0 to 3) for it.
void optimiseModule(llvm::Module &M, llvm::TargetMachine &TM, unsigned OptLevel);

} // namespace medi::tools

#endif // MEDI_TOOLS_COMPILE_PIPELINE_H
