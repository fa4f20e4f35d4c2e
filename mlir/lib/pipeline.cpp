//===- pipeline.cpp - The medi-to-llvm pipeline -----------------------------===//
#include "medi/mlir/passes.h"
#include "mlir/Pass/PassRegistry.h"

void medi::dialect::buildMediToLLVMPipeline(mlir::OpPassManager &pm) {
  pm.addPass(createMediLowerAsync());
  pm.addPass(createMediCanonicalize());
  pm.addPass(createConvertMediToLLVM());
  pm.addPass(createMediAddDebugInfo());
}

void medi::dialect::registerMediPipelines() {
  mlir::PassPipelineRegistration<>(
      "medi-to-llvm",
      "The pipeline medi-run and medi-build run on .mlir input: medi-lower-async, "
      "medi-canonicalize, "
      "convert-medi-to-llvm, medi-add-debug-info",
      [](mlir::OpPassManager &pm) { buildMediToLLVMPipeline(pm); });
}
