//===- medi_opt.cpp - medi-opt: mlir-opt with the medi dialect --------------===//
//
// Parses, verifies, transforms and prints MLIR in the medi dialect and the upstream dialects a
// Medi program uses; --help lists the passes, among them convert-medi-to-llvm,
// medi-add-debug-info and the medi-to-llvm pipeline. Pass -mlir-print-debuginfo to keep
// locations between tools. See docs/mlir.md.
//
//===----------------------------------------------------------------------===//
#include "medi/mlir/passes.h"
#include "medi/mlir/registration.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  mlir::registerSCFToControlFlowPass();
  mlir::registerConvertFuncToLLVMPass();
  mlir::registerArithToLLVMConversionPass();
  mlir::registerConvertControlFlowToLLVMPass();
  mlir::registerFinalizeMemRefToLLVMConversionPass();
  mlir::registerReconcileUnrealizedCastsPass();
  medi::dialect::registerMediPasses();
  medi::dialect::registerMediPipelines();

  mlir::DialectRegistry registry;
  medi::dialect::registerMediProgramDialects(registry);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "medi-opt: the medi dialect and its passes\n", registry));
}
