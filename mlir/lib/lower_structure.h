//===- lower_structure.h - medi.select and medi.realtime to a CFG ----------===//
#ifndef MEDI_MLIR_LIB_LOWER_STRUCTURE_H
#define MEDI_MLIR_LIB_LOWER_STRUCTURE_H

#include "intrinsic_calls.h"
#include "mlir/Conversion/LLVMCommon/TypeConverter.h"
#include "mlir/IR/BuiltinOps.h"

namespace medi::dialect {

/// Replaces every medi.select and medi.realtime in `module` by blocks, branches and intrinsic
/// calls (see lower_structure.cpp). scf must already be cf.
void lowerStructure(::mlir::ModuleOp module, const ::mlir::LLVMTypeConverter &converter,
                    EntryValues &entry);

} // namespace medi::dialect

#endif // MEDI_MLIR_LIB_LOWER_STRUCTURE_H
