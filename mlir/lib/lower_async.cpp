//===- lower_async.cpp - medi-lower-async -----------------------------------===//
//
// MLIR's async dialect in a Medi program: MLIR's own lowering to the mlirAsyncRuntime* calls,
// run only when the parser loaded the dialect (dialects load as their first operation is parsed),
// so a program without async pays nothing, not even a walk.
//
//===----------------------------------------------------------------------===//
#include "medi/mlir/passes.h"
#include "mlir/Conversion/AsyncToLLVM/AsyncToLLVM.h"
#include "mlir/Dialect/Async/IR/Async.h"
#include "mlir/Dialect/Async/Passes.h"

namespace medi::dialect {
#define GEN_PASS_DEF_MEDILOWERASYNC
#include "medi/mlir/passes.h.inc"
} // namespace medi::dialect

using namespace mlir;

namespace {

struct MediLowerAsync : medi::dialect::impl::MediLowerAsyncBase<MediLowerAsync> {
  void runOnOperation() override {
    if (!getContext().getLoadedDialect<async::AsyncDialect>())
      return;
    OpPassManager pm(ModuleOp::getOperationName());
    pm.addPass(createAsyncFuncToAsyncRuntimePass());
    pm.addPass(createAsyncToAsyncRuntimePass());
    pm.addNestedPass<func::FuncOp>(createAsyncRuntimeRefCountingPass());
    pm.addNestedPass<func::FuncOp>(createAsyncRuntimeRefCountingOptPass());
    pm.addPass(createConvertAsyncToLLVMPass());
    if (failed(runPipeline(pm, getOperation())))
      signalPassFailure();
  }
};

} // namespace
