//===- convert_to_llvm.cpp - convert-medi-to-llvm ---------------------------===//
//
// A Medi program in the medi, func, arith, scf, cf, memref and index dialects becomes the LLVM
// dialect in five steps:
//   1. scf becomes cf (upstream patterns), so regions may hold any CFG;
//   2. medi.select and medi.realtime become blocks and branches (lower_structure.cpp);
//   3. every other medi operation becomes a call of its intrinsic (lower_calls.cpp);
//   4. scalar arith operations become their LLVM operations in place (lower_scalar_arith.cpp);
//   5. one full conversion of the upstream dialects with the LLVM type converter (which knows
//      the medi types), then the unrealized casts between medi and LLVM types are reconciled.
//
//===----------------------------------------------------------------------===//
#include "intrinsic_calls.h"
#include "lower_calls.h"
#include "lower_scalar_arith.h"
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

    // One walk finds the work of steps 2 - 4 (a large module's walk is bound by memory, not by
    // the callback), again after step 1 if there was scf to lower. The operations found stay
    // valid through steps 2 and 3, which move operations between blocks but erase only those
    // they lower.
    bool hasScf = false;
    SmallVector<Operation *> structured, calls, scalarArith;
    auto collect = [&] {
      hasScf = false;
      structured.clear(), calls.clear(), scalarArith.clear();
      module.walk([&](Operation *op) {
        if (isa<SelectOp, RealtimeOp>(op))
          structured.push_back(op);
        else if (isa<RuntimeCallOpInterface>(op))
          calls.push_back(op);
        else if (isScalarArith(op))
          scalarArith.push_back(op);
        else
          hasScf |= isa_and_nonnull<scf::SCFDialect>(op->getDialect());
      });
    };
    collect();
    if (hasScf) {
      RewritePatternSet scfPatterns(context);
      populateSCFToControlFlowConversionPatterns(scfPatterns);
      ConversionTarget scfTarget(*context);
      scfTarget.addIllegalDialect<scf::SCFDialect>();
      scfTarget.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
      if (failed(applyPartialConversion(module, scfTarget, std::move(scfPatterns))))
        return signalPassFailure();
      collect();
    }

    LLVMTypeConverter converter(context);
    addMediTypeConversions(converter);
    EntryValues entry;
    lowerStructure(structured, converter, entry);
    lowerCalls(module, calls, converter, entry);
    lowerScalarArith(scalarArith);

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
