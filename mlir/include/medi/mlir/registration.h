//===- registration.h - The dialects a Medi program is written in ----------===//
#ifndef MEDI_MLIR_REGISTRATION_H
#define MEDI_MLIR_REGISTRATION_H

#include "mlir/IR/DialectRegistry.h"

namespace medi::dialect {

/// medi and the upstream dialects a Medi program uses: func, arith, scf, cf, memref, index and
/// llvm, with what translating the result to LLVM IR needs.
void registerMediProgramDialects(::mlir::DialectRegistry &registry);

} // namespace medi::dialect

#endif // MEDI_MLIR_REGISTRATION_H
