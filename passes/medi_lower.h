//===- medi_lower.h - Lower Medi intrinsics to the runtime's C ABI --------===//
//
// `medi-lower` replaces each call of a Medi intrinsic (@medi.spawn, @medi.chan.send, ...) with
// a call of its runtime entry point (medi_rt_*), adding the call site's source record as the
// last argument and keeping the call's debug location. The table is <medi/abi/intrinsics.def>.
// Bad input (an unknown medi.* name, a wrong signature, another ABI version, a non-constant
// where a constant is required) is reported as an error and leaves the module unchanged.
// Running it twice changes nothing.
//
//   opt -load-pass-plugin=MediPasses.so -passes=medi-lower in.ll -S
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_MEDI_LOWER_H
#define MEDI_PASSES_MEDI_LOWER_H

#include "llvm/IR/PassManager.h"

namespace medi::passes {

class MediLowerPass : public llvm::PassInfoMixin<MediLowerPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; } // lowering is not an optimisation
};

} // namespace medi::passes

#endif // MEDI_PASSES_MEDI_LOWER_H
