//===- intrinsic_printer.h - print<medi-intrinsics> -----------------------===//
//
// Lists each call of a Medi intrinsic with its Medi source location, the entry point it lowers
// to and its op tag; changes nothing.
//
//   opt -load-pass-plugin=MediPasses.so -passes='print<medi-intrinsics>' -disable-output in.ll
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_PASSES_INTRINSIC_PRINTER_H
#define MEDI_PASSES_INTRINSIC_PRINTER_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class raw_ostream;
}

namespace medi::passes {

class MediIntrinsicsPrinter : public llvm::PassInfoMixin<MediIntrinsicsPrinter> {
public:
  explicit MediIntrinsicsPrinter(llvm::raw_ostream &OS) : OS(OS) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  llvm::raw_ostream &OS;
};

} // namespace medi::passes

#endif // MEDI_PASSES_INTRINSIC_PRINTER_H
