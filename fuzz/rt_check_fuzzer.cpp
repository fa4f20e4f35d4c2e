// rt_check_fuzzer.cpp: medi-rt-check over arbitrary IR text and bitcode, read by the tools' own
// loader. Parse and verifier errors are fine, and so is any number of diagnostics; a crash, a
// sanitizer report, a module the check changed (it only reads: the same text, and it verifies
// as it did), or two runs that disagree is a finding.
#include "input_probe.h"
#include "module_loader.h"
#include "rt_check.h"

#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <string>

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

std::string printed(const llvm::Module &M) {
  std::string Text;
  llvm::raw_string_ostream Out(Text);
  M.print(Out, nullptr);
  return Text;
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
  const auto Input = llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz.ll");
  std::unique_ptr<llvm::Module> M;
  if (medi::tools::parseModule(Input->getMemBufferRef(), "fuzz.ll", Context, M) ||
      Diagnostics->Errors != 0)
    return 0;

  const std::string Before = printed(*M);
  const bool BrokenBefore = llvm::verifyModule(*M); // the loader accepts some broken debug info
  std::string First, Second;
  medi::passes::RtCheckOptions Options;
  llvm::raw_string_ostream FirstOut(First), SecondOut(Second);
  Options.Out = &FirstOut;
  const medi::passes::RtCheckResult A = medi::passes::checkRealtimeZones(*M, Options);
  Options.Out = &SecondOut;
  const medi::passes::RtCheckResult B = medi::passes::checkRealtimeZones(*M, Options);
  if (A.Errors != B.Errors || A.Warnings != B.Warnings || First != Second)
    __builtin_trap(); // the check is a function of the module
  if (printed(*M) != Before || llvm::verifyModule(*M) != BrokenBefore)
    __builtin_trap(); // it only reads
  return 0;
}
