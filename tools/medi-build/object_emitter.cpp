//===- object_emitter.cpp - An object file from a lowered module -------------===//
#include "object_emitter.h"

#include "tool_output.h"

#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;

namespace medi::tools {

std::optional<ExitCode> emitObject(Module &M, TargetMachine &TM, StringRef Path) {
  std::error_code Error;
  raw_fd_ostream Out(Path, Error, sys::fs::OF_None);
  if (Error)
    return fail(ExitCode::BackendFailure, "cannot write '" + Path + "': " + Error.message());
  legacy::PassManager CodeGen;
  if (TM.addPassesToEmitFile(CodeGen, Out, nullptr, CodeGenFileType::ObjectFile))
    return fail(ExitCode::BackendFailure, "this target cannot emit object files");
  CodeGen.run(M);
  Out.close();
  if (Out.has_error()) {
    Out.clear_error();
    return fail(ExitCode::BackendFailure, "writing '" + Path + "' failed");
  }
  if (errorCount(M.getContext()) != 0)
    return ExitCode::BackendFailure; // the backend said why
  return std::nullopt;
}

} // namespace medi::tools
