//===- lower_calls.cpp - The medi call operations to LLVM -------------------===//
//
// Each remaining medi operation (a RuntimeCallOpInterface) becomes a call of its intrinsic at
// the operation's location, built directly with an OpBuilder: operands cross to their LLVM
// types and results back through unrealized casts, which the conversion of the upstream
// dialects that follows resolves. (Building here rather than in the dialect conversion keeps
// lowering linear and cheap: the conversion framework records every created operation for a
// rollback these rewrites never need.)
//
// Values that cross into the runtime by address (sent and received values, the outputs of
// medi.chan.create, a task's environment, a join's zero) live in stack slots made in the
// function's entry block, one per type and role and reused by every operation of the function:
// each operation's use of its slot ends before the next operation starts. A spawned function
// gets an internal entry wrapper, `void __medi_task.<f>(ptr)`, that loads the arguments from
// the task's copy of the environment, calls it, and stores its result (if any) in a slot the
// spawner allocated (calloc) and the final join frees.
//
//===----------------------------------------------------------------------===//
#include "lower_calls.h"

#include "intrinsic_calls.h"
#include "medi/medi_rt.h"
#include "medi/mlir/dialect.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FormatVariadic.h"

using namespace mlir;
using namespace medi::dialect;

namespace {

class CallLowering {
public:
  CallLowering(ModuleOp module, const LLVMTypeConverter &converter, EntryValues &entry)
      : module(module), converter(converter), entry(entry), builder(module.getContext()),
        ptr(LLVM::LLVMPointerType::get(module.getContext())), i32(builder.getI32Type()),
        i64(builder.getI64Type()) {}

  void lower(Operation *op);
  /// Replaces what still uses the lowered operations and erases them.
  void finish();

private:
  using Values = SmallVector<Value, 2>;

  Value llvmOf(Value value);
  Value slot(Operation *op, Type type, unsigned role = 0) {
    return entry.slot(builder, op, type, role);
  }
  Value constant(Operation *op, Type type, int64_t value) {
    return entry.constant(builder, op, type, value);
  }
  Value call(Operation *op, ValueRange args) {
    return callIntrinsic(builder, op->getLoc(), cast<RuntimeCallOpInterface>(op).getIntrinsicName(),
                         args, &declared);
  }
  uint64_t size(Type type) {
    if (!layout)
      layout.emplace(module);
    return layout->getTypeSize(type).getFixedValue();
  }

  Values direct(Operation *op, ValueRange in);
  Values taskCancelled(TaskCancelledOp op);
  Values groupCreate(GroupCreateOp op, ValueRange in);
  Values panic(PanicOp op, ValueRange in);
  Values channel(ChannelOp op);
  Values send(Operation *op, ValueRange in);
  Values recv(Operation *op, ValueRange in);
  Values poolCreate(PoolCreateOp op, ValueRange in);
  Values regionAlloc(RegionAllocOp op, ValueRange in);
  Values spawn(SpawnOp op, ValueRange in);
  Values groupSpawn(GroupSpawnOp op, ValueRange in);
  Values join(JoinOp op, ValueRange in);

  Value globalString(Location loc, StringRef text);
  LLVM::LLVMStructType environmentType(TypeRange args, Type result);
  std::pair<Value, Value> packEnvironment(Operation *op, ValueRange args, Value resultSlot);
  LLVM::LLVMFuncOp taskEntry(Operation *spawn, FlatSymbolRefAttr callee, TypeRange args,
                             Type result);

  ModuleOp module;
  const LLVMTypeConverter &converter;
  EntryValues &entry;
  OpBuilder builder;
  Type ptr, i32, i64;
  std::optional<DataLayout> layout;
  llvm::DenseMap<Value, Value> llvmValues;
  Declarations declared;
  SmallVector<Operation *> lowered;
};

/// `value` as its LLVM type: the value a lowered operation produced, or a cast placed right
/// after the definition (so it dominates every use), made once.
Value CallLowering::llvmOf(Value value) {
  Type type = converter.convertType(value.getType());
  if (type == value.getType())
    return value;
  if (Value known = llvmValues.lookup(value))
    return known;
  OpBuilder::InsertionGuard guard(builder);
  if (auto arg = dyn_cast<BlockArgument>(value))
    builder.setInsertionPointToStart(arg.getOwner());
  else
    builder.setInsertionPointAfter(value.getDefiningOp());
  Value cast = builder.create<UnrealizedConversionCastOp>(value.getLoc(), type, value).getResult(0);
  return llvmValues[value] = cast;
}

void CallLowering::lower(Operation *op) {
  builder.setInsertionPoint(op);
  SmallVector<Value> in;
  for (Value operand : op->getOperands())
    in.push_back(llvmOf(operand));
  Values out = TypeSwitch<Operation *, Values>(op)
                   .Case([&](TaskCancelledOp op) { return taskCancelled(op); })
                   .Case([&](GroupCreateOp op) { return groupCreate(op, in); })
                   .Case([&](PanicOp op) { return panic(op, in); })
                   .Case([&](ChannelOp op) { return channel(op); })
                   .Case<SendOp, TrySendOp>([&](Operation *op) { return send(op, in); })
                   .Case<RecvOp, TryRecvOp>([&](Operation *op) { return recv(op, in); })
                   .Case([&](PoolCreateOp op) { return poolCreate(op, in); })
                   .Case([&](RegionAllocOp op) { return regionAlloc(op, in); })
                   .Case([&](SpawnOp op) { return spawn(op, in); })
                   .Case([&](GroupSpawnOp op) { return groupSpawn(op, in); })
                   .Case([&](JoinOp op) { return join(op, in); })
                   .Default([&](Operation *op) { return direct(op, in); });
  for (auto [result, value] : llvm::zip_equal(op->getResults(), out))
    llvmValues[result] = value;
  lowered.push_back(op);
}

// The lowered operations' results reach the operations lowered after them through
// llvmValues; what else uses them (a func.call, a return, a branch) gets a cast back to the
// medi type, made here once per result. Then the operations go, references first (a result
// may still be used by an operation lowered before its definition was).
void CallLowering::finish() {
  for (Operation *op : lowered)
    for (OpResult result : op->getResults()) {
      bool usedElsewhere = llvm::any_of(
          result.getUsers(), [](Operation *user) { return !isa<RuntimeCallOpInterface>(user); });
      Value value = llvmValues.lookup(result);
      if (value.getType() == result.getType()) {
        result.replaceAllUsesWith(value);
        continue;
      }
      if (!usedElsewhere)
        continue;
      builder.setInsertionPointAfterValue(value);
      Value back = fromLLVM(builder, value, result.getType());
      result.replaceUsesWithIf(
          back, [](OpOperand &use) { return !isa<RuntimeCallOpInterface>(use.getOwner()); });
    }
  for (Operation *op : lowered)
    op->dropAllReferences();
  for (Operation *op : lowered)
    op->erase();
}

CallLowering::Values CallLowering::direct(Operation *op, ValueRange in) {
  Value result = call(op, in);
  return result ? Values{result} : Values{};
}

CallLowering::Values CallLowering::taskCancelled(TaskCancelledOp op) {
  Value flag = call(op, {});
  return {builder.create<LLVM::ICmpOp>(op.getLoc(), LLVM::ICmpPredicate::ne, flag,
                                       constant(op, i32, 0))};
}

CallLowering::Values CallLowering::groupCreate(GroupCreateOp op, ValueRange in) {
  Value timeout = in.empty() ? constant(op, i64, MEDI_RT_NO_DEADLINE) : in[0];
  return {call(op, {timeout})};
}

/// The address of a NUL-terminated constant holding `text`, one global per distinct text.
Value CallLowering::globalString(Location loc, StringRef text) {
  std::string contents = (text + StringRef("\0", 1)).str();
  auto type = LLVM::LLVMArrayType::get(builder.getI8Type(), contents.size());
  std::string name = llvm::formatv("__medi_str.{0:x}", llvm::hash_value(text)).str();
  for (unsigned suffix = 1;; ++suffix) {
    auto existing = module.lookupSymbol<LLVM::GlobalOp>(name);
    if (!existing)
      break;
    if (auto value = dyn_cast_or_null<StringAttr>(existing.getValueOrNull());
        value && value.getValue() == contents)
      return builder.create<LLVM::AddressOfOp>(loc, existing);
    name = llvm::formatv("__medi_str.{0:x}.{1}", llvm::hash_value(text), suffix).str();
  }
  LLVM::GlobalOp global;
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    global = builder.create<LLVM::GlobalOp>(loc, type, /*isConstant=*/true, LLVM::Linkage::Private,
                                            name, builder.getStringAttr(contents));
  }
  return builder.create<LLVM::AddressOfOp>(loc, global);
}

CallLowering::Values CallLowering::panic(PanicOp op, ValueRange in) {
  Value message = in.empty() ? globalString(op.getLoc(), *op.getMessage()) : in[0];
  call(op, {message});
  return {};
}

CallLowering::Values CallLowering::channel(ChannelOp op) {
  Location loc = op.getLoc();
  Type element = converter.convertType(op.getElementType());
  Value senderSlot = slot(op, ptr, 0), receiverSlot = slot(op, ptr, 1);
  call(op, {constant(op, i64, size(element)), constant(op, i64, op.getAbiCapacity()), senderSlot,
            receiverSlot});
  return {builder.create<LLVM::LoadOp>(loc, ptr, senderSlot),
          builder.create<LLVM::LoadOp>(loc, ptr, receiverSlot)};
}

/// medi.send and medi.try_send: the value goes to the runtime by address. Operands: the
/// sender, the value, and a send's timeout.
CallLowering::Values CallLowering::send(Operation *op, ValueRange in) {
  Value valueSlot = slot(op, in[1].getType());
  builder.create<LLVM::StoreOp>(op->getLoc(), in[1], valueSlot);
  SmallVector<Value> args{in[0], valueSlot};
  args.append(in.begin() + 2, in.end());
  return {call(op, args)};
}

/// medi.recv and medi.try_recv: the runtime writes the value to a zeroed slot. Operands: the
/// receiver and a recv's timeout.
CallLowering::Values CallLowering::recv(Operation *op, ValueRange in) {
  Location loc = op->getLoc();
  Type element = converter.convertType(op->getResult(1).getType());
  Value valueSlot = slot(op, element);
  builder.create<LLVM::StoreOp>(loc, entry.zero(builder, op, element), valueSlot);
  SmallVector<Value> args{in[0], valueSlot};
  args.append(in.begin() + 1, in.end());
  Value status = call(op, args);
  return {status, builder.create<LLVM::LoadOp>(loc, element, valueSlot)};
}

CallLowering::Values CallLowering::poolCreate(PoolCreateOp op, ValueRange in) {
  Type element = converter.convertType(op.getPool().getType().getElementType());
  return {call(op, {constant(op, i64, size(element)), in[0]})};
}

CallLowering::Values CallLowering::regionAlloc(RegionAllocOp op, ValueRange in) {
  Value align = constant(op, i64, static_cast<int64_t>(op.getAlignment()));
  return {call(op, {in[0], in[1], align})};
}

//===----------------------------------------------------------------------===//
// Spawning and joining
//===----------------------------------------------------------------------===//

/// The environment of a task: its (converted) arguments, then the result's slot when it has
/// a result.
LLVM::LLVMStructType CallLowering::environmentType(TypeRange args, Type result) {
  SmallVector<Type> fields(args.begin(), args.end());
  if (result)
    fields.push_back(ptr);
  return LLVM::LLVMStructType::getLiteral(builder.getContext(), fields);
}

/// `void __medi_task.<callee>(ptr env)`, made once per callee, at the module's start (where
/// the intrinsics' declarations are, and where lookupSymbol begins its scan).
LLVM::LLVMFuncOp CallLowering::taskEntry(Operation *spawn, FlatSymbolRefAttr callee, TypeRange args,
                                         Type result) {
  std::string name = ("__medi_task." + callee.getValue()).str();
  if (auto existing = module.lookupSymbol<LLVM::LLVMFuncOp>(name))
    return existing;
  Operation *target = SymbolTable::lookupSymbolIn(module, callee);
  Location loc = target ? target->getLoc() : spawn->getLoc();
  LLVM::LLVMStructType env = environmentType(args, result);

  OpBuilder::InsertionGuard guard(builder);
  builder.setInsertionPointToStart(module.getBody());
  auto entry = builder.create<LLVM::LLVMFuncOp>(
      loc, name, LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(builder.getContext()), {ptr}),
      LLVM::Linkage::Internal);
  Block *body = builder.createBlock(&entry.getBody(), {}, {ptr}, {loc});
  Value envPtr = body->getArgument(0);
  auto field = [&](int32_t index) {
    return builder.create<LLVM::GEPOp>(loc, ptr, env, envPtr, ArrayRef<LLVM::GEPArg>{0, index});
  };
  SmallVector<Value> values;
  for (auto [index, type] : llvm::enumerate(args))
    values.push_back(builder.create<LLVM::LoadOp>(loc, type, field(index)));
  auto call =
      builder.create<LLVM::CallOp>(loc, result ? TypeRange(result) : TypeRange(), callee, values);
  if (result) {
    Value resultSlot = builder.create<LLVM::LoadOp>(loc, ptr, field(args.size()));
    builder.create<LLVM::StoreOp>(loc, call.getResult(), resultSlot);
  }
  builder.create<LLVM::ReturnOp>(loc, ValueRange());
  return entry;
}

/// Copies `args` (and `resultSlot`, if any) into the environment slot; returns it and its size.
std::pair<Value, Value> CallLowering::packEnvironment(Operation *op, ValueRange args,
                                                      Value resultSlot) {
  Location loc = op->getLoc();
  LLVM::LLVMStructType type =
      environmentType(args.getTypes(), resultSlot ? resultSlot.getType() : Type());
  Value env = slot(op, type);
  SmallVector<Value> fields(args.begin(), args.end());
  if (resultSlot)
    fields.push_back(resultSlot);
  for (auto [index, value] : llvm::enumerate(fields)) {
    Value at = builder.create<LLVM::GEPOp>(loc, ptr, type, env,
                                           ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(index)});
    builder.create<LLVM::StoreOp>(loc, value, at);
  }
  return {env, constant(op, i64, size(type))};
}

CallLowering::Values CallLowering::spawn(SpawnOp op, ValueRange in) {
  Location loc = op.getLoc();
  TaskType task = op.getTask().getType();
  Type result = task.hasResult() ? converter.convertType(task.getResultType()) : Type();
  Value resultSlot;
  if (result)
    resultSlot = callLibc(builder, loc, "calloc", ptr,
                          {constant(op, i64, 1), constant(op, i64, size(result))});
  auto [env, envSize] = packEnvironment(op, in, resultSlot);
  LLVM::LLVMFuncOp entry = taskEntry(op, op.getCalleeAttr(), ValueRange(in).getTypes(), result);
  SmallVector<Value> args;
  if (std::optional<Priority> priority = op.getPriority())
    args.push_back(constant(op, i32, static_cast<int32_t>(*priority)));
  args.append({builder.create<LLVM::AddressOfOp>(loc, entry), env, envSize});
  Value handle = call(op, args);
  if (!result)
    return {handle};
  Value pair = builder.create<LLVM::UndefOp>(loc, converter.convertType(task));
  pair = builder.create<LLVM::InsertValueOp>(loc, pair, handle, 0);
  return {builder.create<LLVM::InsertValueOp>(loc, pair, resultSlot, 1)};
}

CallLowering::Values CallLowering::groupSpawn(GroupSpawnOp op, ValueRange in) {
  Location loc = op.getLoc();
  ValueRange args = in.drop_front();
  auto [env, envSize] = packEnvironment(op, args, Value());
  LLVM::LLVMFuncOp entry = taskEntry(op, op.getCalleeAttr(), args.getTypes(), Type());
  return {call(op, {in[0], builder.create<LLVM::AddressOfOp>(loc, entry), env, envSize})};
}

/// A join reads and frees the result's slot only once the task has finished (OK or
/// PANICKED): after TIMEOUT or CANCELLED the task still runs and may still write it.
CallLowering::Values CallLowering::join(JoinOp op, ValueRange in) {
  Location loc = op.getLoc();
  TaskType task = op.getTask().getType();
  Value handle = in[0], resultSlot;
  if (task.hasResult()) {
    resultSlot = builder.create<LLVM::ExtractValueOp>(loc, handle, 1);
    handle = builder.create<LLVM::ExtractValueOp>(loc, handle, 0);
  }
  SmallVector<Value> args{handle};
  args.append(in.begin() + 1, in.end());
  Value status = call(op, args);
  if (!task.hasResult())
    return {status};
  Type result = converter.convertType(task.getResultType());
  auto is = [&](int32_t code) {
    return builder.create<LLVM::ICmpOp>(loc, LLVM::ICmpPredicate::eq, status,
                                        constant(op, i32, code));
  };
  Value finished = builder.create<LLVM::OrOp>(loc, is(MEDI_RT_OK), is(MEDI_RT_PANICKED));
  Value zeroSlot = slot(op, result);
  builder.create<LLVM::StoreOp>(loc, entry.zero(builder, op, result), zeroSlot);
  Value from = builder.create<LLVM::SelectOp>(loc, finished, resultSlot, zeroSlot);
  Value value = builder.create<LLVM::LoadOp>(loc, result, from);
  Value toFree =
      builder.create<LLVM::SelectOp>(loc, finished, resultSlot, entry.zero(builder, op, ptr));
  callLibc(builder, loc, "free", Type(), {toFree});
  return {status, value};
}

} // namespace

void medi::dialect::lowerCalls(ModuleOp module, ArrayRef<Operation *> calls,
                               const LLVMTypeConverter &converter, EntryValues &entry) {
  CallLowering lowering(module, converter, entry);
  for (Operation *op : calls)
    lowering.lower(op);
  lowering.finish();
}
