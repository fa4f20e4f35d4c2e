//===- module_loader.h - Reading a Medi program's IR -----------------------===//
//
// Reads LLVM IR text or bitcode, reports a syntax error with its file:line:col and the
// offending line (ExitCode::SyntaxError; also bitcode that crashes LLVM's reader, which is read
// in a child process first: input_probe.h), a file that cannot be read (MissingInput), and a
// module that fails the verifier (InvalidModule). Broken debug info is a warning, and is
// stripped, as opt does. A .mlir file goes through the medi dialect's front end first.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_TOOLS_MODULE_LOADER_H
#define MEDI_TOOLS_MODULE_LOADER_H

#include "exit_codes.h"

#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBufferRef.h"

#include <memory>
#include <optional>

namespace llvm {
class LLVMContext;
class Module;
class raw_ostream;
} // namespace llvm

namespace medi::tools {

/// What loadModule() does besides loading.
struct LoadOptions {
  /// For .mlir input: where to print the lowered MLIR (--emit-mlir), if anywhere.
  llvm::raw_ostream *LoweredMlir = nullptr;
  /// Called as each phase of a .mlir input's front end starts ("mlir-context", "mlir-parse",
  /// "mlir-lower", "mlir-verify", "mlir-translate"), for --time.
  llvm::unique_function<void(llvm::StringRef)> StartPhase;
};

/// Loads and verifies Path ("-" for stdin) into Ctx. A path ending in .mlir is a program in
/// the medi dialect: it is parsed, verified (a verifier error is ExitCode::InvalidMlir),
/// lowered and translated first (mlir/include/medi/mlir/front_end.h). On failure, says why and
/// returns the exit code; Out is then empty.
std::optional<ExitCode> loadModule(llvm::StringRef Path, llvm::LLVMContext &Ctx,
                                   std::unique_ptr<llvm::Module> &Out, LoadOptions Options = {});
/// As loadModule(), for input already in memory (NUL-terminated, as a MemoryBuffer is), named
/// Path in messages.
std::optional<ExitCode> parseModule(llvm::MemoryBufferRef Input, llvm::StringRef Path,
                                    llvm::LLVMContext &Ctx, std::unique_ptr<llvm::Module> &Out);

} // namespace medi::tools

#endif // MEDI_TOOLS_MODULE_LOADER_H
