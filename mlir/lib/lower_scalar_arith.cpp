//===- lower_scalar_arith.cpp - Scalar arith operations to LLVM, directly --===//
//
// A compiled Medi program is mostly scalar arithmetic between its runtime calls. Upstream's
// arith-to-llvm patterns run inside the dialect conversion, which records every created and
// replaced operation for a possible rollback; on scalar types a rewrite never fails and never
// converts a type, so here each such operation is replaced in place by the LLVM operation those
// patterns produce (the same operation name, operands, result type, predicate and constant), and
// the conversion that follows only sees what is left. The mapping is upstream's
// (mlir/lib/Conversion/ArithToLLVM/ArithToLLVM.cpp in MLIR 19): one-to-one operations, and
// comparison predicates whose arith and LLVM enumerations share their order.
//
//===----------------------------------------------------------------------===//
#include "lower_scalar_arith.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMTypes.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;

namespace {

bool isScalar(Type type) {
  return isa<IntegerType, FloatType>(type) && LLVM::isCompatibleType(type);
}

template <typename To> Operation *same(OpBuilder &builder, Operation *op) {
  return builder.create<To>(op->getLoc(), op->getResultTypes(), op->getOperands());
}

/// An integer operation that carries overflow flags maps one-to-one only without them.
template <typename To, typename From> Operation *wrapping(OpBuilder &builder, From op) {
  if (op.getOverflowFlags() != arith::IntegerOverflowFlags::none)
    return nullptr;
  return same<To>(builder, op);
}

/// A floating-point operation maps one-to-one only without fast-math flags.
template <typename To, typename From> Operation *strictFloat(OpBuilder &builder, From op) {
  if (op.getFastmath() != arith::FastMathFlags::none)
    return nullptr;
  return same<To>(builder, op);
}

Operation *constant(OpBuilder &builder, arith::ConstantOp op) {
  if (!isa<IntegerAttr, FloatAttr>(op.getValue()))
    return nullptr;
  return builder.create<LLVM::ConstantOp>(op.getLoc(), op.getType(), op.getValue());
}

/// The LLVM operation for `op`, built before it, or null to leave `op` to the conversion.
Operation *lowerOne(OpBuilder &builder, Operation *op) {
  using namespace arith;
  return llvm::TypeSwitch<Operation *, Operation *>(op)
      .Case([&](ConstantOp op) { return constant(builder, op); })
      .Case([&](AddIOp op) { return wrapping<LLVM::AddOp>(builder, op); })
      .Case([&](SubIOp op) { return wrapping<LLVM::SubOp>(builder, op); })
      .Case([&](MulIOp op) { return wrapping<LLVM::MulOp>(builder, op); })
      .Case([&](ShLIOp op) { return wrapping<LLVM::ShlOp>(builder, op); })
      .Case([&](DivSIOp op) { return same<LLVM::SDivOp>(builder, op); })
      .Case([&](DivUIOp op) { return same<LLVM::UDivOp>(builder, op); })
      .Case([&](RemSIOp op) { return same<LLVM::SRemOp>(builder, op); })
      .Case([&](RemUIOp op) { return same<LLVM::URemOp>(builder, op); })
      .Case([&](AndIOp op) { return same<LLVM::AndOp>(builder, op); })
      .Case([&](OrIOp op) { return same<LLVM::OrOp>(builder, op); })
      .Case([&](XOrIOp op) { return same<LLVM::XOrOp>(builder, op); })
      .Case([&](ShRSIOp op) { return same<LLVM::AShrOp>(builder, op); })
      .Case([&](ShRUIOp op) { return same<LLVM::LShrOp>(builder, op); })
      .Case([&](MaxSIOp op) { return same<LLVM::SMaxOp>(builder, op); })
      .Case([&](MaxUIOp op) { return same<LLVM::UMaxOp>(builder, op); })
      .Case([&](MinSIOp op) { return same<LLVM::SMinOp>(builder, op); })
      .Case([&](MinUIOp op) { return same<LLVM::UMinOp>(builder, op); })
      .Case([&](AddFOp op) { return strictFloat<LLVM::FAddOp>(builder, op); })
      .Case([&](SubFOp op) { return strictFloat<LLVM::FSubOp>(builder, op); })
      .Case([&](MulFOp op) { return strictFloat<LLVM::FMulOp>(builder, op); })
      .Case([&](DivFOp op) { return strictFloat<LLVM::FDivOp>(builder, op); })
      .Case([&](RemFOp op) { return strictFloat<LLVM::FRemOp>(builder, op); })
      .Case([&](NegFOp op) { return strictFloat<LLVM::FNegOp>(builder, op); })
      .Case([&](ExtSIOp op) { return same<LLVM::SExtOp>(builder, op); })
      .Case([&](ExtUIOp op) { return same<LLVM::ZExtOp>(builder, op); })
      .Case([&](TruncIOp op) { return same<LLVM::TruncOp>(builder, op); })
      .Case([&](SIToFPOp op) { return same<LLVM::SIToFPOp>(builder, op); })
      .Case([&](UIToFPOp op) { return same<LLVM::UIToFPOp>(builder, op); })
      .Case([&](FPToSIOp op) { return same<LLVM::FPToSIOp>(builder, op); })
      .Case([&](FPToUIOp op) { return same<LLVM::FPToUIOp>(builder, op); })
      .Case([&](BitcastOp op) { return same<LLVM::BitcastOp>(builder, op); })
      .Case([&](SelectOp op) { return same<LLVM::SelectOp>(builder, op); })
      .Case([&](CmpIOp op) -> Operation * {
        return builder.create<LLVM::ICmpOp>(op.getLoc(),
                                            static_cast<LLVM::ICmpPredicate>(op.getPredicate()),
                                            op.getLhs(), op.getRhs());
      })
      .Case([&](CmpFOp op) -> Operation * {
        if (op.getFastmath() != FastMathFlags::none)
          return nullptr;
        return builder.create<LLVM::FCmpOp>(op.getLoc(),
                                            static_cast<LLVM::FCmpPredicate>(op.getPredicate()),
                                            op.getLhs(), op.getRhs());
      })
      .Default([](Operation *) { return nullptr; });
}

static_assert(static_cast<int>(LLVM::ICmpPredicate::uge) ==
              static_cast<int>(arith::CmpIPredicate::uge));
static_assert(static_cast<int>(LLVM::FCmpPredicate::uno) ==
              static_cast<int>(arith::CmpFPredicate::UNO));

} // namespace

bool medi::dialect::isScalarArith(Operation *op) {
  return isa_and_nonnull<arith::ArithDialect>(op->getDialect()) &&
         llvm::all_of(op->getOperandTypes(), isScalar) &&
         llvm::all_of(op->getResultTypes(), isScalar) && op->getDiscardableAttrDictionary().empty();
}

void medi::dialect::lowerScalarArith(ArrayRef<Operation *> candidates) {
  if (candidates.empty())
    return;
  OpBuilder builder(candidates.front()->getContext());
  for (Operation *op : candidates) {
    builder.setInsertionPoint(op);
    Operation *lowered = lowerOne(builder, op);
    if (!lowered)
      continue;
    op->replaceAllUsesWith(lowered);
    op->erase();
  }
}
