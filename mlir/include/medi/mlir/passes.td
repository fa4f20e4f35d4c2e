//===- passes.td - The medi dialect's passes ---------------------*- tablegen -*-===//
#ifndef MEDI_MLIR_PASSES_TD
#define MEDI_MLIR_PASSES_TD

include "mlir/Pass/PassBase.td"

def MediLowerAsync : Pass<"medi-lower-async", "::mlir::ModuleOp"> {
  let summary = "Lower MLIR's async dialect, when the program uses it, to calls of its runtime";
  let description = [{
    When the module's context has loaded the async dialect (its parser met an async operation),
    runs MLIR's own lowering of it: async-func-to-async-runtime, async-to-async-runtime,
    async-runtime-ref-counting and async-runtime-ref-counting-opt on each function, and
    convert-async-to-llvm. The result calls the mlirAsyncRuntime* ABI, which medi-run and
    medi-build provide (libmedi_async_runtime: the async tasks run on the Medi scheduler).
    Otherwise it does nothing and costs nothing.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect", "::mlir::func::FuncDialect",
                           "::mlir::cf::ControlFlowDialect", "::mlir::arith::ArithDialect"];
}

def MediCanonicalize : Pass<"medi-canonicalize", "::mlir::ModuleOp"> {
  let summary = "Apply the medi operations' canonicalization patterns to medi operations only";
  let description = [{
    The medi patterns of `canonicalize` (a spawn joined at once becomes a call, a local channel
    is simulated, bounded(0) is rendezvous, a clone dropped at once goes), visiting only the medi
    operations and what the patterns create. Upstream folding of the other dialects is left to
    LLVM's optimiser, which repeats it: this is the pipeline's canonicalization, at a cost that
    grows with the medi operations rather than with the whole program.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect", "::mlir::func::FuncDialect"];
}

def ConvertMediToLLVM : Pass<"convert-medi-to-llvm", "::mlir::ModuleOp"> {
  let summary = "Lower a Medi program (medi, func, arith, scf, cf, memref, index) to the LLVM dialect";
  let description = [{
    Each medi operation becomes a call of its medi.* intrinsic at the operation's location (the
    medi-lower LLVM pass then calls the C ABI with a source record); medi.select becomes the
    select intrinsic's case array and a switch over the case that completed; medi.realtime
    becomes the zone's enter, its body, and the exit on every path out. Spawned functions get
    an entry wrapper that unpacks the task's copy of the arguments. The upstream dialects a
    Medi program uses are lowered in the same conversion.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect", "::mlir::cf::ControlFlowDialect"];
}

def MediAddDebugInfo : Pass<"medi-add-debug-info", "::mlir::ModuleOp"> {
  let summary = "Give the module a compile unit and each llvm.func a subprogram";
  let description = [{
    After translation (mlir-translate --mlir-to-llvmir) every location becomes a DILocation, so
    the source records medi-lower builds name the .medi file, line and column. A location in
    another file than its function's is wrapped in a lexical block of that file, so the file
    survives; an operation without a location takes its function's.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

#endif // MEDI_MLIR_PASSES_TD
