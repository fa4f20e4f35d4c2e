//===- register.cpp - Registering the Medi passes with a PassBuilder ------===//
#include "register.h"

#include "intrinsic_printer.h"
#include "medi_lower.h"
#include "rt_check.h"

#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace medi::passes {

void registerMediPasses(PassBuilder &PB) {
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM, ArrayRef<PassBuilder::PipelineElement>) {
        if (Name == "medi-lower") {
          MPM.addPass(MediLowerPass());
          return true;
        }
        if (Name == "medi-rt-check") {
          MPM.addPass(MediRtCheckPass());
          return true;
        }
        if (Name == "print<medi-intrinsics>") {
          MPM.addPass(MediIntrinsicsPrinter(errs()));
          return true;
        }
        return false;
      });
  // In an -O pipeline (opt -O2, clang -fpass-plugin) the check runs first, then the lowering.
  PB.registerPipelineStartEPCallback([](ModulePassManager &MPM, OptimizationLevel) {
    MPM.addPass(MediRtCheckPass());
    MPM.addPass(MediLowerPass());
  });
}

} // namespace medi::passes
