// medi_lower_fuzzer.cpp: medi-lower over arbitrary IR text and bitcode, as medi-run meets it:
// read by the tools' own loader (module_loader.h: bitcode probed in a child first, parsed,
// verified), lowered, verified again; and every
// module that lowers is also written to bitcode, read back and lowered again, as a module
// compiled to .bc would be. Parse errors, verifier failures and the pass's own diagnostics are
// all fine; a crash, a sanitizer report, or a module the pass leaves invalid after reporting
// nothing is a finding.
#include "input_probe.h"
#include "medi_lower.h"
#include "module_loader.h"

#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>

namespace {

// Counts error diagnostics instead of printing them (or exiting, as LLVM's default does).
struct CountingHandler : llvm::DiagnosticHandler {
  unsigned Errors = 0;
  bool handleDiagnostics(const llvm::DiagnosticInfo &DI) override {
    if (DI.getSeverity() == llvm::DS_Error)
      ++Errors;
    return true;
  }
};

// Lowers M; a module that lowers without a reported error must still verify. Returns whether
// it lowered cleanly.
bool lower(llvm::Module &M, const CountingHandler &Diagnostics) {
  const unsigned Before = Diagnostics.Errors;
  llvm::ModuleAnalysisManager MAM;
  llvm::PassBuilder PB;
  PB.registerModuleAnalyses(MAM);
  llvm::ModulePassManager MPM;
  MPM.addPass(medi::passes::MediLowerPass());
  MPM.run(M, MAM);
  if (Diagnostics.Errors != Before)
    return false;
  if (llvm::verifyModule(M, &llvm::errs()))
    __builtin_trap(); // lowered without complaint into invalid IR
  return true;
}

// Whether a string attribute's kind or value holds a NUL byte. The text parser accepts one
// ("a\00b"="1"), but LLVM 19's bitcode writer stores attribute strings NUL-terminated, so its
// own reader then fails ("Unknown attribute kind"): an LLVM limitation, not ours (the tools
// never write bitcode). Such modules skip the bitcode round trip.
bool hasNulInStringAttribute(const llvm::Module &M) {
  const auto Bad = [](const llvm::AttributeList &List) {
    for (const llvm::AttributeSet &Set : List)
      for (const llvm::Attribute &A : Set)
        if (A.isStringAttribute() &&
            (A.getKindAsString().contains('\0') || A.getValueAsString().contains('\0')))
          return true;
    return false;
  };
  for (const llvm::Function &F : M) {
    if (Bad(F.getAttributes()))
      return true;
    for (const llvm::BasicBlock &B : F)
      for (const llvm::Instruction &I : B)
        if (const auto *Call = llvm::dyn_cast<llvm::CallBase>(&I);
            Call && Bad(Call->getAttributes()))
          return true;
  }
  for (const llvm::GlobalVariable &G : M.globals())
    for (const llvm::Attribute &A : G.getAttributes())
      if (A.isStringAttribute() &&
          (A.getKindAsString().contains('\0') || A.getValueAsString().contains('\0')))
        return true;
  return false;
}

} // namespace

// Inputs that crash LLVM's own readers are probed in a child and skipped, as the tools refuse
// them; the in-process crash guard the tools use would end the fuzzer.
extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  medi::tools::probeTextInChild(true);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data, std::size_t Size) {
  llvm::LLVMContext Context;
  auto Handler = std::make_unique<CountingHandler>();
  CountingHandler *Diagnostics = Handler.get();
  Context.setDiagnosticHandler(std::move(Handler));
  // A copy, NUL-terminated as a file read by the tools is (LLVM's lexer relies on it).
  const auto Input = llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz.ll");
  std::unique_ptr<llvm::Module> M;
  if (medi::tools::parseModule(Input->getMemBufferRef(), "fuzz.ll", Context, M) ||
      Diagnostics->Errors != 0)
    return 0; // refused with a diagnostic, as medi-run would refuse it

  if (hasNulInStringAttribute(*M)) {
    lower(*M, *Diagnostics);
    return 0;
  }
  // The same module as bitcode, read back, before it is lowered.
  llvm::SmallVector<char, 0> Bitcode;
  llvm::raw_svector_ostream Stream(Bitcode);
  llvm::WriteBitcodeToFile(*M, Stream);
  if (!lower(*M, *Diagnostics))
    return 0;
  llvm::LLVMContext Again;
  auto AgainHandler = std::make_unique<CountingHandler>();
  CountingHandler *AgainDiagnostics = AgainHandler.get();
  Again.setDiagnosticHandler(std::move(AgainHandler));
  auto Read = llvm::parseBitcodeFile(
      llvm::MemoryBufferRef(llvm::StringRef(Bitcode.data(), Bitcode.size()), "fuzz.bc"), Again);
  if (!Read)
    __builtin_trap(); // the writer's own output must read back
  if (!lower(**Read, *AgainDiagnostics))
    __builtin_trap(); // lowered from text, so it must lower from bitcode too
  return 0;
}
