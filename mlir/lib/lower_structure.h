//===- lower_structure.h - medi.select and medi.realtime to a CFG ----------===//
#ifndef MEDI_MLIR_LIB_LOWER_STRUCTURE_H
#define MEDI_MLIR_LIB_LOWER_STRUCTURE_H

#include "intrinsic_calls.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/IR/BuiltinOps.h"

namespace medi::dialect {

/// Replaces each medi.select and medi.realtime of `structured` (in the order a post-order walk
/// finds them) by blocks, branches and intrinsic calls (see lower_structure.cpp). Their
/// regions hold no scf.
void lowerStructure(::llvm::ArrayRef<::mlir::Operation *> structured,
                    const ::mlir::LLVMTypeConverter &converter, EntryValues &entry);

} // namespace medi::dialect

#endif // MEDI_MLIR_LIB_LOWER_STRUCTURE_H
