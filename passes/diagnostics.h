//===- diagnostics.h - Errors medi-lower reports ---------------------------===//
//
// An LLVM error diagnostic that names the Medi source location ("vitals.medi:12:3") and what
// is wrong with an intrinsic. opt, clang and medi-run print it and fail; nothing asserts.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_DIAGNOSTICS_H
#define MEDI_PASSES_DIAGNOSTICS_H

#include "llvm/ADT/Twine.h"
#include "llvm/IR/DiagnosticInfo.h"

#include <string>

namespace llvm {
class Module;
}

namespace medi::passes {

class MediDiagnostic : public llvm::DiagnosticInfo {
public:
  MediDiagnostic(std::string Where, const llvm::Twine &Message)
      : llvm::DiagnosticInfo(kind(), llvm::DS_Error), Where(std::move(Where)),
        Message(Message.str()) {}
  void print(llvm::DiagnosticPrinter &DP) const override;
  static bool classof(const llvm::DiagnosticInfo *DI) { return DI->getKind() == kind(); }

private:
  static int kind();
  std::string Where;
  std::string Message;
};

/// Reports an error at `Where` (a "file:line:col") through `M`'s context.
void reportError(llvm::Module &M, std::string Where, const llvm::Twine &Message);

} // namespace medi::passes

#endif // MEDI_PASSES_DIAGNOSTICS_H
