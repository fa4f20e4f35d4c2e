//===- lower_scalar_arith.h - Scalar arith operations to LLVM, directly ----===//
#ifndef MEDI_MLIR_LIB_LOWER_SCALAR_ARITH_H
#define MEDI_MLIR_LIB_LOWER_SCALAR_ARITH_H

#include "mlir/IR/BuiltinOps.h"

namespace medi::dialect {

/// Whether `op` is an arith operation on scalar integers and floats with nothing attached
/// beyond its own properties: a candidate for lowerScalarArith.
bool isScalarArith(::mlir::Operation *op);

/// Replaces each operation of `candidates` that maps one-to-one onto an LLVM dialect operation
/// (with no overflow or fast-math flags) by that operation, exactly as upstream's arith-to-llvm
/// patterns would. Everything else (vectors, index, flags, the expanding operations) is left
/// to the dialect conversion.
void lowerScalarArith(::llvm::ArrayRef<::mlir::Operation *> candidates);

} // namespace medi::dialect

#endif // MEDI_MLIR_LIB_LOWER_SCALAR_ARITH_H
