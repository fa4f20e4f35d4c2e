//===- value_types.h - Which types a task or a channel can carry -----------===//
#ifndef MEDI_MLIR_VALUE_TYPES_H
#define MEDI_MLIR_VALUE_TYPES_H

#include "mlir/IR/Types.h"

namespace medi::dialect {

/// A type whose values are copied by bytes into a task's environment or a channel's slot:
/// integers, floats, index, LLVM pointers, structs and arrays, and the medi handles. (Not a
/// memref or a tensor, whose descriptors point at memory the copy would not own.)
bool isValueType(::mlir::Type type);

} // namespace medi::dialect

#endif // MEDI_MLIR_VALUE_TYPES_H
