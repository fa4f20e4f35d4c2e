//===- intrinsic_calls.h - Building calls of the medi.* intrinsics ---------===//
//
// What the lowering shares: the type converter that knows the medi types, calls of a medi.*
// intrinsic declared from the one table (include/medi/abi/intrinsics.def, read through the
// medi-lower pass's IntrinsicInfo), constants and stack slots in the function's entry block, and
// the casts between medi and LLVM values.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_LIB_INTRINSIC_CALLS_H
#define MEDI_MLIR_LIB_INTRINSIC_CALLS_H

#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/Builders.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <tuple>

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

/// Values made once per function, in its entry block, and shared by every lowered operation
/// of the function: integer constants, zero values, and stack slots, one per type and role. A slot
/// lives in the entry block because one made in a loop body would grow the stack each iteration.
/// Each operation's use of its slots ends before the next operation starts (it stores, calls, and
/// loads), so operations share them; `role` tells apart the slots of one type that one
/// operation uses at once.
class EntryValues {
public:
  ::mlir::Value constant(::mlir::OpBuilder &builder, ::mlir::Operation *op, ::mlir::Type type,
                         int64_t value);
  /// The zero (null, all-zero) value of any LLVM-compatible `type`.
  ::mlir::Value zero(::mlir::OpBuilder &builder, ::mlir::Operation *op, ::mlir::Type type);
  ::mlir::Value slot(::mlir::OpBuilder &builder, ::mlir::Operation *op, ::mlir::Type type,
                     unsigned role = 0);

private:
  ::llvm::DenseMap<std::tuple<::mlir::Block *, ::mlir::Type, int64_t>, ::mlir::Value> constants;
  ::llvm::DenseMap<std::pair<::mlir::Block *, ::mlir::Type>, ::mlir::Value> zeros;
  ::llvm::DenseMap<std::tuple<::mlir::Block *, ::mlir::Type, unsigned>, ::mlir::Value> slots;
};

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
