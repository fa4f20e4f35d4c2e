//===- lower_calls.h - The medi call operations to LLVM --------------------===//
#ifndef MEDI_MLIR_LIB_LOWER_CALLS_H
#define MEDI_MLIR_LIB_LOWER_CALLS_H

#include "intrinsic_calls.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/IR/BuiltinOps.h"

namespace medi::dialect {

/// Replaces each medi operation of `calls` (runtime calls of `module`: all but medi.select and
/// medi.realtime, already lowered) by LLVM dialect operations and a call of its intrinsic
/// (see lower_calls.cpp). Values cross between medi and LLVM types through unrealized casts.
void lowerCalls(::mlir::ModuleOp module, ::llvm::ArrayRef<::mlir::Operation *> calls,
                const ::mlir::LLVMTypeConverter &converter, EntryValues &entry);

} // namespace medi::dialect

#endif // MEDI_MLIR_LIB_LOWER_CALLS_H
