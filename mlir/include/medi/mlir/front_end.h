//===- front_end.h - A .mlir Medi program to an LLVM module ----------------===//
//
// What medi-run and medi-build do with .mlir input: parse, verify (the medi dialect's rules,
// the real-time rules among them), run the medi-to-llvm pipeline and translate to LLVM IR.
// Diagnostics go to stderr as `file:line:col: error: ...` with the source line. This header
// names no MLIR type, so C++23 code includes it (MLIR's headers need C++20).
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_FRONT_END_H
#define MEDI_MLIR_FRONT_END_H

#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>

namespace llvm {
class LLVMContext;
class Module;
class raw_ostream;
} // namespace llvm

namespace medi::dialect {

enum class FrontEndResult {
  Ok,
  SyntaxError,  // the text does not parse as MLIR
  InvalidMlir,  // it parses, but an operation fails its verifier
  LoweringError // the pipeline or the translation to LLVM IR failed
};

struct FrontEndOptions {
  /// When set, the lowered module (LLVM dialect, with locations) is printed here.
  llvm::raw_ostream *LoweredMlir = nullptr;
  /// Where diagnostics go (null: stderr).
  llvm::raw_ostream *Diagnostics = nullptr;
  /// Called as each phase starts: "mlir-context", "mlir-parse", "mlir-lower",
  /// "mlir-verify", "mlir-translate".
  llvm::unique_function<void(llvm::StringRef)> StartPhase;
};

/// Turns the .mlir program in `Input` (named by its buffer identifier in diagnostics) into an
/// LLVM module in `Ctx`. On failure `Out` is empty and the diagnostics have been printed.
FrontEndResult translateMlirProgram(std::unique_ptr<llvm::MemoryBuffer> Input,
                                    llvm::LLVMContext &Ctx, std::unique_ptr<llvm::Module> &Out,
                                    FrontEndOptions Options = {});

/// Whether a path names MLIR text (it ends in .mlir).
inline bool isMlirPath(llvm::StringRef Path) {
  return Path.ends_with(".mlir");
}

} // namespace medi::dialect

#endif // MEDI_MLIR_FRONT_END_H
