// mlir_front_end_fuzzer: any text through the .mlir front end medi-run and medi-build use
// (parse, verify, the medi-to-llvm pipeline, translation to LLVM IR, the LLVM verifier). A
// diagnostic is an answer; a crash, a sanitizer report or an invalid LLVM module is a failure.
#include "medi/mlir/front_end.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  auto input = llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(reinterpret_cast<const char *>(data), size), "fuzz.mlir");
  llvm::LLVMContext context;
  std::unique_ptr<llvm::Module> module;
  medi::dialect::FrontEndOptions options;
  options.Diagnostics = &llvm::nulls();
  auto result =
      medi::dialect::translateMlirProgram(std::move(input), context, module, std::move(options));
  if (result == medi::dialect::FrontEndResult::Ok && llvm::verifyModule(*module, &llvm::errs())) {
    std::fprintf(stderr, "medi fuzz: the front end produced an invalid LLVM module\n");
    std::abort();
  }
  return 0;
}
