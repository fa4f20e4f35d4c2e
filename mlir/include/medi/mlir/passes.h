//===- passes.h - The medi dialect's passes and pipeline -------------------===//
//
// medi-lower-async, medi-canonicalize, convert-medi-to-llvm and medi-add-debug-info, and the
// pipeline the tools run (docs/mlir.md):
//   medi-to-llvm = medi-lower-async, medi-canonicalize, convert-medi-to-llvm,
//                  medi-add-debug-info
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_PASSES_H
#define MEDI_MLIR_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"

namespace medi::dialect {

#define GEN_PASS_DECL
#include "medi/mlir/passes.h.inc"

/// Adds the medi-to-llvm pipeline to `pm` (a module pass manager).
void buildMediToLLVMPipeline(::mlir::OpPassManager &pm);

/// Registers the medi-to-llvm pipeline with the global registry (registerMediPasses(), below,
/// registers the passes).
void registerMediPipelines();

#define GEN_PASS_REGISTRATION
#include "medi/mlir/passes.h.inc"

} // namespace medi::dialect

#endif // MEDI_MLIR_PASSES_H
