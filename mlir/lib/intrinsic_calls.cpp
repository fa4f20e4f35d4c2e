//===- intrinsic_calls.cpp - Building calls of the medi.* intrinsics -------===//
#include "intrinsic_calls.h"

#include "intrinsic_table.h"
#include "medi/mlir/dialect.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace medi::dialect;
using medi::passes::AbiType;

void medi::dialect::addMediTypeConversions(LLVMTypeConverter &converter) {
  MLIRContext *context = &converter.getContext();
  Type ptr = LLVM::LLVMPointerType::get(context);
  converter.addConversion([ptr, context](TaskType task) -> Type {
    if (!task.hasResult())
      return ptr;
    return LLVM::LLVMStructType::getLiteral(context, {ptr, ptr});
  });
  converter.addConversion([ptr](SenderType) { return ptr; });
  converter.addConversion([ptr](ReceiverType) { return ptr; });
  converter.addConversion([ptr](RegionType) { return ptr; });
  converter.addConversion([ptr](PoolType) { return ptr; });
  converter.addConversion([ptr](GroupType) { return ptr; });
  converter.addConversion([context](GcType) { return IntegerType::get(context, 64); });
}

static Type irType(MLIRContext *context, AbiType code) {
  switch (code) {
  case AbiType::VOID:
    return LLVM::LLVMVoidType::get(context);
  case AbiType::I32:
  case AbiType::I32_CONST:
    return IntegerType::get(context, 32);
  case AbiType::I64:
  case AbiType::I64_CONST:
    return IntegerType::get(context, 64);
  case AbiType::F64:
    return Float64Type::get(context);
  case AbiType::PTR:
  case AbiType::PTR_IN:
  case AbiType::PTR_OUT:
  case AbiType::PTR_FN:
    return LLVM::LLVMPointerType::get(context);
  }
  llvm_unreachable("an IR type code of intrinsics.def");
}

static LLVM::LLVMFuncOp declare(OpBuilder &builder, Operation *at, StringRef name,
                                LLVM::LLVMFunctionType type) {
  auto module = at->getParentOfType<ModuleOp>();
  if (auto existing = module.lookupSymbol<LLVM::LLVMFuncOp>(name))
    return existing;
  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(module.getBody());
  return builder.create<LLVM::LLVMFuncOp>(module.getLoc(), name, type);
}

static Operation *insertionOp(OpBuilder &builder) {
  Block *block = builder.getInsertionBlock();
  return block->getParentOp();
}

Value medi::dialect::callIntrinsic(OpBuilder &builder, Location loc, StringRef name,
                                   ValueRange args, Declarations *declared) {
  if (declared)
    if (LLVM::LLVMFuncOp callee = declared->lookup(name)) {
      auto call = builder.create<LLVM::CallOp>(loc, callee, args);
      return call.getNumResults() ? call.getResult() : Value();
    }
  const medi::passes::IntrinsicInfo *info = medi::passes::lookupIntrinsic(name);
  assert(info && "the medi dialect lowers only to intrinsics of the table");
  MLIRContext *context = builder.getContext();
  SmallVector<Type> params;
  for (AbiType code : info->Params)
    params.push_back(irType(context, code));
  assert(params.size() == args.size() && "an intrinsic called with the table's arity");
  auto type = LLVM::LLVMFunctionType::get(irType(context, info->Ret), params);
  LLVM::LLVMFuncOp callee = declare(builder, insertionOp(builder), name, type);
  if (declared)
    (*declared)[name] = callee;
  auto call = builder.create<LLVM::CallOp>(loc, callee, args);
  return call.getNumResults() ? call.getResult() : Value();
}

Value medi::dialect::callLibc(OpBuilder &builder, Location loc, StringRef name, Type result,
                              ValueRange args) {
  auto type =
      LLVM::LLVMFunctionType::get(result ? result : LLVM::LLVMVoidType::get(builder.getContext()),
                                  llvm::to_vector(args.getTypes()));
  LLVM::LLVMFuncOp callee = declare(builder, insertionOp(builder), name, type);
  auto call = builder.create<LLVM::CallOp>(loc, callee, args);
  return call.getNumResults() ? call.getResult() : Value();
}

static Block *entryBlockOf(Operation *op) {
  return &op->getParentOfType<FunctionOpInterface>().getFunctionBody().front();
}

Value EntryValues::constant(OpBuilder &builder, Operation *op, Type type, int64_t value) {
  Block *entry = entryBlockOf(op);
  Value &found = constants[{entry, type, value}];
  if (!found) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(entry);
    found = constantInt(builder, op->getLoc(), type, value);
  }
  return found;
}

Value EntryValues::zero(OpBuilder &builder, Operation *op, Type type) {
  Block *entry = entryBlockOf(op);
  Value &found = zeros[{entry, type}];
  if (!found) {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(entry);
    found = builder.create<LLVM::ZeroOp>(op->getLoc(), type);
  }
  return found;
}

/// Each slot goes right after the constant 1 that counts its elements.
Value EntryValues::slot(OpBuilder &builder, Operation *op, Type type, unsigned role) {
  Block *entry = entryBlockOf(op);
  Value &found = slots[{entry, type, role}];
  if (!found) {
    Value one = constant(builder, op, builder.getI64Type(), 1);
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointAfterValue(one);
    found = builder.create<LLVM::AllocaOp>(op->getLoc(),
                                           LLVM::LLVMPointerType::get(op->getContext()), type, one);
  }
  return found;
}

Value medi::dialect::constantInt(OpBuilder &builder, Location loc, Type type, int64_t value) {
  return builder.create<LLVM::ConstantOp>(loc, type, builder.getIntegerAttr(type, value));
}

Value medi::dialect::toLLVM(OpBuilder &builder, const TypeConverter &converter, Value value) {
  Type converted = converter.convertType(value.getType());
  if (converted == value.getType())
    return value;
  return builder.create<UnrealizedConversionCastOp>(value.getLoc(), converted, value).getResult(0);
}

Value medi::dialect::fromLLVM(OpBuilder &builder, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return builder.create<UnrealizedConversionCastOp>(value.getLoc(), type, value).getResult(0);
}
