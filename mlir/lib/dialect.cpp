//===- dialect.cpp - The medi dialect and its types -------------------------===//
#include "medi/mlir/dialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;

#include "medi/mlir/dialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "medi/mlir/types.cpp.inc"

void medi::dialect::MediDialect::initialize() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "medi/mlir/types.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "medi/mlir/ops.cpp.inc"
      >();
}
