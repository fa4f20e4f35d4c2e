//===- dialect.td - The medi dialect ---------------------------*- tablegen -*-===//
//
// The dialect a Medi compiler emits: tasks, channels, select, real-time zones, regions, pools
// and the GC as typed operations, verified where they are written and lowered to the medi.*
// intrinsics of include/medi/abi/intrinsics.def (docs/mlir.md).
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_DIALECT_TD
#define MEDI_MLIR_DIALECT_TD

include "mlir/IR/OpBase.td"

def Medi_Dialect : Dialect {
  let name = "medi";
  let summary = "Tasks, channels, real-time memory and the GC of the Medi runtime";
  let description = [{
    Every operation lowers (convert-medi-to-llvm) to a call of one medi.* intrinsic, which the
    medi-lower LLVM pass turns into a call of the C ABI with a source record built from the
    operation's location. Operations that may block or allocate without bound are rejected
    inside a `medi.realtime` region.
  }];
  let cppNamespace = "::medi::dialect";
  let useDefaultTypePrinterParser = 1;
  let dependentDialects = [
    "::mlir::LLVM::LLVMDialect", "::mlir::arith::ArithDialect", "::mlir::func::FuncDialect"];
}

#endif // MEDI_MLIR_DIALECT_TD
