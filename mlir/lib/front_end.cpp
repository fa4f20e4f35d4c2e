//===- front_end.cpp - A .mlir Medi program to an LLVM module ---------------===//
#include "medi/mlir/front_end.h"

#include "medi/mlir/passes.h"
#include "medi/mlir/registration.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Target/LLVMIR/Export.h"

#include "llvm/IR/Module.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;
using medi::dialect::FrontEndResult;

FrontEndResult medi::dialect::translateMlirProgram(std::unique_ptr<llvm::MemoryBuffer> Input,
                                                   llvm::LLVMContext &Ctx,
                                                   std::unique_ptr<llvm::Module> &Out,
                                                   FrontEndOptions Options) {
  auto phase = [&](StringRef name) {
    if (Options.StartPhase)
      Options.StartPhase(name);
  };
  std::string name = Input->getBufferIdentifier().str();
  phase("mlir-context");
  DialectRegistry registry;
  registerMediProgramDialects(registry);
  MLIRContext context(registry, MLIRContext::Threading::DISABLED);
  llvm::SourceMgr sources;
  sources.AddNewSourceBuffer(std::move(Input), llvm::SMLoc());
  SourceMgrDiagnosticHandler diagnostics(sources, &context,
                                         Options.Diagnostics ? *Options.Diagnostics : llvm::errs());

  // Parsed without verifying, so a syntax error and a verifier error end differently.
  phase("mlir-parse");
  ParserConfig config(&context, /*verifyAfterParse=*/false);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(sources, config);
  if (!module)
    return FrontEndResult::SyntaxError;
  if (failed(verify(*module)))
    return FrontEndResult::InvalidMlir;

  phase("mlir-lower");
  // One verification of the result instead of one after each pass: on a large program the
  // verifier costs as much as the passes.
  PassManager pm(&context);
  pm.enableVerifier(false);
  buildMediToLLVMPipeline(pm);
  if (failed(pm.run(*module)))
    return FrontEndResult::LoweringError;
  phase("mlir-verify");
  if (failed(verify(*module)))
    return FrontEndResult::LoweringError;
  if (Options.LoweredMlir)
    module->print(*Options.LoweredMlir, OpPrintingFlags().enableDebugInfo());

  phase("mlir-translate");
  Out = translateModuleToLLVMIR(*module, Ctx, name);
  if (!Out)
    return FrontEndResult::LoweringError;
  return FrontEndResult::Ok;
}
