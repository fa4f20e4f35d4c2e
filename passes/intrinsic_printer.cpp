//===- intrinsic_printer.cpp - print<medi-intrinsics> ---------------------===//
#include "intrinsic_printer.h"

#include "intrinsic_table.h"
#include "source_records.h"

#include "llvm/IR/InstIterator.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace medi::passes {

PreservedAnalyses MediIntrinsicsPrinter::run(Module &M, ModuleAnalysisManager &) {
  OS << "Medi intrinsic calls in '" << M.getModuleIdentifier() << "':\n";
  unsigned Count = 0;
  for (Function &F : M) {
    for (Instruction &I : instructions(F)) {
      const auto *Call = dyn_cast<CallBase>(&I);
      const Function *Callee = Call ? Call->getCalledFunction() : nullptr;
      if (!Callee || !Callee->getName().starts_with("medi."))
        continue;
      ++Count;
      OS << "  " << describe(placeOf(*Call)) << ": @" << Callee->getName();
      if (const IntrinsicInfo *Info = lookupIntrinsic(Callee->getName()))
        OS << " -> " << Info->EntryPoint << " (op " << Info->OpTag << ")";
      else
        OS << " (unknown intrinsic)";
      OS << " in @" << F.getName() << "\n";
    }
  }
  OS << "  " << Count << (Count == 1 ? " call\n" : " calls\n");
  return PreservedAnalyses::all();
}

} // namespace medi::passes
