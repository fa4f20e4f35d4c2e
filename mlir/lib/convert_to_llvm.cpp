//===- convert_to_llvm.cpp - convert-medi-to-llvm ---------------------------===//
//
// A Medi program in the medi, func, arith, scf, cf, memref and index dialects becomes the LLVM
// dialect in four steps:
//   1. scf becomes cf (upstream patterns), so regions may hold any CFG;
//   2. medi.select and medi.realtime become blocks and branches (lower_structure.cpp);
//   3. every other medi operation becomes a call of its intrinsic (lower_calls.cpp);
//   4. one full conversion of the upstream dialects with the LLVM type converter (which knows
//      the medi types), then the unrealized casts between medi and LLVM types are reconciled.
//
//===----------------------------------------------------------------------===//
#include "intrinsic_calls.h"
#include "lower_calls.h"
#include "lower_structure.h"
#include "medi/mlir/dialect.h"
#include "medi/mlir/passes.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Transforms/DialectConversion.h"

namespace medi::dialect {
#define GEN_PASS_DEF_CONVERTMEDITOLLVM
#include "medi/mlir/passes.h.inc"
} // namespace medi::dialect

using namespace mlir;
using namespace medi::dialect;

namespace {

struct ConvertMediToLLVM : medi::dialect::impl::ConvertMediToLLVMBase<ConvertMediToLLVM> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *context = &getContext();

    bool hasScf = module
                      .walk([](Operation *op) {
                        return isa_and_nonnull<scf::SCFDialect>(op->getDialect())
                                   ? WalkResult::interrupt()
                                   : WalkResult::advance();
                      })
                      .wasInterrupted();
    if (hasScf) {
      RewritePatternSet scfPatterns(context);
      populateSCFToControlFlowConversionPatterns(scfPatterns);
      ConversionTarget scfTarget(*context);
      scfTarget.addIllegalDialect<scf::SCFDialect>();
      scfTarget.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
      if (failed(applyPartialConversion(module, scfTarget, std::move(scfPatterns))))
        return signalPassFailure();
    }

    LLVMTypeConverter converter(context);
    addMediTypeConversions(converter);
    EntryValues entry;
    lowerStructure(module, converter, entry);
    lowerCalls(module, converter, entry);

    RewritePatternSet patterns(context);
    populateFuncToLLVMConversionPatterns(converter, patterns);
    arith::populateArithToLLVMConversionPatterns(converter, patterns);
    cf::populateControlFlowToLLVMConversionPatterns(converter, patterns);
    index::populateIndexToLLVMConversionPatterns(converter, patterns);
    populateFinalizeMemRefToLLVMConversionPatterns(converter, patterns);
    LLVMConversionTarget target(*context);
    target.addLegalOp<ModuleOp, UnrealizedConversionCastOp>();
    if (failed(applyFullConversion(module, target, std::move(patterns))))
      return signalPassFailure();

    OpPassManager reconcile(ModuleOp::getOperationName());
    reconcile.addPass(createReconcileUnrealizedCastsPass());
    if (failed(runPipeline(reconcile, module)))
      signalPassFailure();
  }
};

} // namespace
