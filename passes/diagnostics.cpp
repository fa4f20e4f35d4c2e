//===- diagnostics.cpp - Errors medi-lower reports -------------------------===//
#include "diagnostics.h"

#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace medi::passes {

int MediDiagnostic::kind() {
  static const int Kind = getNextAvailablePluginDiagnosticKind();
  return Kind;
}

void MediDiagnostic::print(DiagnosticPrinter &DP) const {
  DP << Where << ": medi-lower: " << Message;
}

void reportError(Module &M, std::string Where, const Twine &Message) {
  M.getContext().diagnose(MediDiagnostic(std::move(Where), Message));
}

} // namespace medi::passes
