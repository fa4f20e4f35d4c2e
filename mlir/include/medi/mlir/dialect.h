//===- dialect.h - The medi dialect: types, interfaces and operations ------===//
//
// Include this to build or inspect medi operations. The operations are documented in ops.td
// and docs/mlir.md.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_DIALECT_H
#define MEDI_MLIR_DIALECT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

namespace medi::dialect {
/// A runtime call or a zone runs inside a function: an error at `op` when none encloses it.
::mlir::LogicalResult verifyInFunction(::mlir::Operation *op);
} // namespace medi::dialect

// The generated declarations, after what they use.
// clang-format off
#include "medi/mlir/dialect.h.inc"
#include "medi/mlir/enums.h.inc"
#include "medi/mlir/interfaces.h.inc"
// clang-format on

#define GET_TYPEDEF_CLASSES
#include "medi/mlir/types.h.inc"

#define GET_OP_CLASSES
#include "medi/mlir/ops.h.inc"

#endif // MEDI_MLIR_DIALECT_H
