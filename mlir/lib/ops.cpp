//===- ops.cpp - The medi operations' verifiers and intrinsics --------------===//
//
// What each operation checks where it is written (element types, callees, capacities, the
// ABI's constant-argument rules) and which medi.* intrinsic it becomes. medi.select is in
// select_op.cpp, the real-time rules in realtime_rules.cpp.
//
//===----------------------------------------------------------------------===//
#include "intrinsic_table.h"
#include "medi/mlir/dialect.h"
#include "medi/mlir/value_types.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace medi::dialect;

// `: i64` in the assembly of medi.channel: the sender's and receiver's element type.
static ParseResult parseChannelEnds(OpAsmParser &parser, Type &sender, Type &receiver) {
  Type element;
  if (parser.parseType(element))
    return failure();
  sender = SenderType::get(parser.getContext(), element);
  receiver = ReceiverType::get(parser.getContext(), element);
  return success();
}

static void printChannelEnds(OpAsmPrinter &printer, Operation *, Type sender, Type) {
  printer << cast<SenderType>(sender).getElementType();
}

#define GET_OP_CLASSES
#include "medi/mlir/enums.cpp.inc"
#include "medi/mlir/interfaces.cpp.inc"
#include "medi/mlir/ops.cpp.inc"

bool medi::dialect::isValueType(Type type) {
  return isa<IntegerType, FloatType, IndexType, LLVM::LLVMPointerType, LLVM::LLVMStructType,
             LLVM::LLVMArrayType, TaskType, SenderType, ReceiverType, RegionType, PoolType, GcType,
             GroupType>(type);
}

LogicalResult medi::dialect::verifyInFunction(Operation *op) {
  if (op->getParentOfType<FunctionOpInterface>())
    return success();
  return op->emitOpError("is outside any function; runtime operations run inside one");
}

//===----------------------------------------------------------------------===//
// Tasks
//===----------------------------------------------------------------------===//

/// Checks that `callee` names a func.func taking `args`, returning at most one value; sets
/// `result` to what it returns (NoneType for nothing).
static LogicalResult verifyTaskCallee(Operation *op, SymbolTableCollection &tables,
                                      FlatSymbolRefAttr callee, ValueRange args, Type &result) {
  auto fn = tables.lookupNearestSymbolFrom<func::FuncOp>(op, callee);
  if (!fn)
    return op->emitOpError() << callee << " does not name a func.func of the module";
  FunctionType type = fn.getFunctionType();
  if (type.getNumInputs() != args.size())
    return op->emitOpError() << "passes " << args.size() << " argument(s) to " << callee
                             << ", which takes " << type.getNumInputs();
  for (auto [index, arg, param] : llvm::enumerate(args.getTypes(), type.getInputs()))
    if (arg != param)
      return op->emitOpError() << "argument " << index << " is " << arg << " but " << callee
                               << " takes " << param;
  if (type.getNumResults() > 1)
    return op->emitOpError() << callee << " returns " << type.getNumResults()
                             << " values; a task returns at most one";
  result = type.getNumResults() == 0 ? Type(NoneType::get(op->getContext())) : type.getResult(0);
  if (!isa<NoneType>(result) && !isValueType(result))
    return op->emitOpError() << callee << " returns " << result
                             << ", which a task cannot hand back (a scalar, a pointer, an "
                                "LLVM struct or array, or a medi handle can)";
  return success();
}

/// Task arguments are copied into the task's environment: they must be plain values.
static LogicalResult verifyTaskArguments(Operation *op, ValueRange args) {
  for (auto [index, arg] : llvm::enumerate(args))
    if (!isValueType(arg.getType()))
      return op->emitOpError() << "argument " << index << " has type " << arg.getType()
                               << ", which cannot be copied to a task (a scalar, a pointer, an "
                                  "LLVM struct or array, or a medi handle can)";
  return success();
}

LogicalResult SpawnOp::verify() {
  return verifyTaskArguments(*this, getArgs());
}

LogicalResult SpawnOp::verifySymbolUses(SymbolTableCollection &tables) {
  Type result;
  if (failed(verifyTaskCallee(*this, tables, getCalleeAttr(), getArgs(), result)))
    return failure();
  Type declared = getTask().getType().getResultType();
  if (declared != result)
    return emitOpError() << "makes a task returning " << declared << " but " << getCalleeAttr()
                         << " returns " << result;
  return success();
}

StringRef SpawnOp::getIntrinsicName() {
  return getPriority() ? "medi.spawn.priority" : "medi.spawn";
}

LogicalResult GroupSpawnOp::verifySymbolUses(SymbolTableCollection &tables) {
  Type result;
  if (failed(verifyTaskArguments(*this, getArgs())) ||
      failed(verifyTaskCallee(*this, tables, getCalleeAttr(), getArgs(), result)))
    return failure();
  if (!isa<NoneType>(result))
    return emitOpError() << getCalleeAttr() << " returns " << result
                         << ", but a group's tasks return nothing (send results on a channel)";
  return success();
}

LogicalResult JoinOp::inferReturnTypes(MLIRContext *context, std::optional<Location> location,
                                       ValueRange operands, DictionaryAttr, OpaqueProperties,
                                       RegionRange, SmallVectorImpl<Type> &types) {
  auto task = operands.empty() ? TaskType() : dyn_cast<TaskType>(operands[0].getType());
  if (!task)
    return emitOptionalError(location, "'medi.join' joins a !medi.task");
  types.push_back(IntegerType::get(context, 32));
  if (task.hasResult())
    types.push_back(task.getResultType());
  return success();
}

StringRef JoinOp::getIntrinsicName() {
  return getTimeout() ? "medi.join.timeout" : "medi.join";
}

LogicalResult DetachOp::verify() {
  if (getTask().getType().hasResult())
    return emitOpError() << "detaches a task that returns " << getTask().getType().getResultType()
                         << "; join it instead, or the result would be lost";
  return success();
}

LogicalResult PanicOp::verify() {
  if (bool(getMessage()) == bool(getBuffer()))
    return emitOpError("takes a message: a string attribute or a pointer to a NUL-terminated "
                       "string, not both");
  return success();
}

//===----------------------------------------------------------------------===//
// Channels
//===----------------------------------------------------------------------===//

LogicalResult ChannelOp::verify() {
  Type element = getSender().getType().getElementType();
  if (element != getReceiver().getType().getElementType())
    return emitOpError() << "makes a sender of " << element << " and a receiver of "
                         << getReceiver().getType().getElementType()
                         << "; both ends carry one element type";
  if (!isValueType(element))
    return emitOpError() << "cannot carry " << element
                         << " (a scalar, a pointer, an LLVM struct or array, or a medi handle can)";
  std::optional<int64_t> capacity = getCapacity();
  if (getKind() == ChannelKind::bounded) {
    if (!capacity)
      return emitOpError("is bounded and needs a capacity: bounded(<count>)");
    if (*capacity < 0)
      return emitOpError() << "has capacity " << *capacity
                           << "; a capacity is not negative (use unbounded for no bound)";
  } else if (capacity) {
    return emitOpError() << "is " << stringifyChannelKind(getKind()) << " and takes no capacity";
  }
  return success();
}

int64_t ChannelOp::getAbiCapacity() {
  switch (getKind()) {
  case ChannelKind::bounded:
    return *getCapacity();
  case ChannelKind::unbounded:
    return MEDI_RT_CHAN_UNBOUNDED;
  case ChannelKind::rendezvous:
    return MEDI_RT_CHAN_RENDEZVOUS;
  }
  llvm_unreachable("a channel kind");
}

StringRef SendOp::getIntrinsicName() {
  return getTimeout() ? "medi.chan.send.timeout" : "medi.chan.send";
}

StringRef RecvOp::getIntrinsicName() {
  return getTimeout() ? "medi.chan.recv.timeout" : "medi.chan.recv";
}

StringRef CloneOp::getIntrinsicName() {
  return isa<SenderType>(getEnd().getType()) ? "medi.chan.sender.clone"
                                             : "medi.chan.receiver.clone";
}

StringRef DropOp::getIntrinsicName() {
  return isa<SenderType>(getEnd().getType()) ? "medi.chan.sender.drop" : "medi.chan.receiver.drop";
}

//===----------------------------------------------------------------------===//
// Structure and memory
//===----------------------------------------------------------------------===//

LogicalResult EndOp::verify() {
  Operation *parent = (*this)->getParentOp();
  TypeRange expected = isa<SelectOp>(parent) ? TypeRange(cast<SelectOp>(parent).getValues())
                                             : TypeRange(parent->getResultTypes());
  if (getValues().getTypes() != expected)
    return emitOpError() << "yields (" << getValues().getTypes() << ") but '" << parent->getName()
                         << "' returns (" << expected << ")";
  return success();
}

LogicalResult RegionAllocOp::verify() {
  // The alignment rule is the ABI's (intrinsics.def), checked again by medi-lower and the
  // runtime.
  const medi::passes::IntrinsicInfo *info = medi::passes::lookupIntrinsic(getIntrinsicName());
  const medi::abi::ArgCheck *check = info ? info->checkOf(2) : nullptr;
  if (check && !check->accepts(static_cast<int64_t>(getAlignment())))
    return emitOpError() << check->complaint(std::to_string(getAlignment()));
  return success();
}
