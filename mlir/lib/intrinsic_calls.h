//===- intrinsic_calls.h - Building calls of the medi.* intrinsics ---------===//
//
// What the lowering shares: the type converter that knows the medi types, calls of a medi.*
// intrinsic declared from the one table (include/medi/abi/intrinsics.def, read through the
// medi-lower pass's IntrinsicInfo), stack slots in the function's entry block, and the casts
// between medi and LLVM values.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_LIB_INTRINSIC_CALLS_H
#define MEDI_MLIR_LIB_INTRINSIC_CALLS_H

#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"

#include "llvm/ADT/StringMap.h"

namespace medi::dialect {

/// LLVMTypeConverter plus the medi types: a task without a result, a channel end, a region,
/// a pool or a group is !llvm.ptr; a task with a result is !llvm.struct<(ptr, ptr)> (the task,
/// its result's slot); a GC object is its i64 handle.
void addMediTypeConversions(::mlir::LLVMTypeConverter &converter);

/// The intrinsics (and C functions) declared so far, by name: a module's symbol lookup is a scan.
using Declarations = ::llvm::StringMap<::mlir::LLVM::LLVMFuncOp>;

/// Calls intrinsic `name` with `args` (of the table's IR types) at `loc`, declaring it in the
/// module first if needed (remembered in `declared`, when given). Returns its result, or null
/// for a void intrinsic. Constant parameters must be llvm.mlir.constant results.
::mlir::Value callIntrinsic(::mlir::OpBuilder &builder, ::mlir::Location loc,
                            ::llvm::StringRef name, ::mlir::ValueRange args,
                            Declarations *declared = nullptr);

/// Calls a C library function (calloc, free) declared on first use.
::mlir::Value callLibc(::mlir::OpBuilder &builder, ::mlir::Location loc, ::llvm::StringRef name,
                       ::mlir::Type result, ::mlir::ValueRange args);

/// A stack slot for one `type` in the entry block of the function around `op` (a slot made in
/// a loop body would grow the stack each iteration).
::mlir::Value entryAlloca(::mlir::OpBuilder &builder, ::mlir::Operation *op, ::mlir::Type type);

/// An llvm.mlir.constant of `type` (an integer type).
::mlir::Value constantInt(::mlir::OpBuilder &builder, ::mlir::Location loc, ::mlir::Type type,
                          int64_t value);

/// `value` as its converted (LLVM) type: itself when the type does not change, else through
/// an unrealized cast that the conversion resolves.
::mlir::Value toLLVM(::mlir::OpBuilder &builder, const ::mlir::TypeConverter &converter,
                     ::mlir::Value value);
/// The reverse: an LLVM value as the medi or builtin type `type`.
::mlir::Value fromLLVM(::mlir::OpBuilder &builder, ::mlir::Value value, ::mlir::Type type);

} // namespace medi::dialect

#endif // MEDI_MLIR_LIB_INTRINSIC_CALLS_H
