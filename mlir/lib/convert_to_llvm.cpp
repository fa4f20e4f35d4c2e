//===- convert_to_llvm.cpp - convert-medi-to-llvm ---------------------------===//
//
// A Medi program in the medi, func, arith, scf, cf, memref and index dialects becomes the LLVM
// dialect in three steps:
//   1. scf becomes cf (upstream patterns), so regions may hold any CFG;
//   2. medi.select and medi.realtime become blocks and branches (lower_structure.cpp);
//   3. one full conversion with the LLVM type converter: each remaining medi operation becomes
//      a call of its intrinsic (RuntimeCallOpInterface names it) at the operation's location,
//      with the upstream dialects' own patterns alongside; then the unrealized casts between
//      medi and LLVM types are reconciled.
//
// Values that cross into the runtime by address (sent and received values, the outputs of
// medi.chan.create, a task's environment) live in stack slots made in the function's entry
// block. A spawned function gets an internal entry wrapper, `void __medi_task.<f>(ptr)`,
// that loads the arguments from the task's copy of the environment, calls it, and stores its
// result (if any) in a slot the spawner allocated (calloc) and the final join frees.
//
//===----------------------------------------------------------------------===//
#include "intrinsic_calls.h"
#include "lower_structure.h"
#include "medi/medi_rt.h"
#include "medi/mlir/dialect.h"
#include "medi/mlir/passes.h"
#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/IndexToLLVM/IndexToLLVM.h"
#include "mlir/Conversion/LLVMCommon/ConversionTarget.h"
#include "mlir/Conversion/LLVMCommon/Pattern.h"
#include "mlir/Conversion/MemRefToLLVM/MemRefToLLVM.h"
#include "mlir/Conversion/ReconcileUnrealizedCasts/ReconcileUnrealizedCasts.h"
#include "mlir/Conversion/SCFToControlFlow/SCFToControlFlow.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Transforms/DialectConversion.h"

#include "llvm/ADT/Hashing.h"
#include "llvm/Support/FormatVariadic.h"

namespace medi::dialect {
#define GEN_PASS_DEF_CONVERTMEDITOLLVM
#include "medi/mlir/passes.h.inc"
} // namespace medi::dialect

using namespace mlir;
using namespace medi::dialect;

namespace {

Type ptrType(MLIRContext *context) {
  return LLVM::LLVMPointerType::get(context);
}

/// An operation whose operands are its intrinsic's arguments, in order, and whose result (if
/// any) is the intrinsic's.
template <typename Op> struct DirectCall : ConvertOpToLLVMPattern<Op> {
  using ConvertOpToLLVMPattern<Op>::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(Op op, typename Op::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value result =
        callIntrinsic(rewriter, op.getLoc(), op.getIntrinsicName(), adaptor.getOperands());
    if (op->getNumResults() == 0)
      rewriter.eraseOp(op);
    else
      rewriter.replaceOp(op, result);
    return success();
  }
};

struct TaskCancelledLowering : ConvertOpToLLVMPattern<TaskCancelledOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(TaskCancelledOp op, OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value flag = callIntrinsic(rewriter, loc, op.getIntrinsicName(), {});
    Value zero = constantInt(rewriter, loc, rewriter.getI32Type(), 0);
    rewriter.replaceOpWithNewOp<LLVM::ICmpOp>(op, LLVM::ICmpPredicate::ne, flag, zero);
    return success();
  }
};

struct GroupCreateLowering : ConvertOpToLLVMPattern<GroupCreateOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(GroupCreateOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value timeout = adaptor.getTimeout() ? adaptor.getTimeout()
                                         : constantInt(rewriter, op.getLoc(), rewriter.getI64Type(),
                                                       MEDI_RT_NO_DEADLINE);
    rewriter.replaceOp(op, callIntrinsic(rewriter, op.getLoc(), op.getIntrinsicName(), {timeout}));
    return success();
  }
};

/// The address of a NUL-terminated constant holding `text`, one global per distinct text.
Value globalString(OpBuilder &builder, Operation *at, StringRef text) {
  auto module = at->getParentOfType<ModuleOp>();
  MLIRContext *context = builder.getContext();
  std::string contents = (text + StringRef("\0", 1)).str();
  auto type = LLVM::LLVMArrayType::get(IntegerType::get(context, 8), contents.size());
  std::string name = llvm::formatv("__medi_str.{0:x}", llvm::hash_value(text)).str();
  for (unsigned suffix = 1;; ++suffix) {
    auto existing = module.lookupSymbol<LLVM::GlobalOp>(name);
    if (!existing)
      break;
    if (auto value = dyn_cast_or_null<StringAttr>(existing.getValueOrNull());
        value && value.getValue() == contents)
      return builder.create<LLVM::AddressOfOp>(at->getLoc(), existing);
    name = llvm::formatv("__medi_str.{0:x}.{1}", llvm::hash_value(text), suffix).str();
  }
  LLVM::GlobalOp global;
  {
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPointToStart(module.getBody());
    global = builder.create<LLVM::GlobalOp>(at->getLoc(), type, /*isConstant=*/true,
                                            LLVM::Linkage::Private, name,
                                            builder.getStringAttr(contents));
  }
  return builder.create<LLVM::AddressOfOp>(at->getLoc(), global);
}

struct PanicLowering : ConvertOpToLLVMPattern<PanicOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(PanicOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value message =
        adaptor.getBuffer() ? adaptor.getBuffer() : globalString(rewriter, op, *op.getMessage());
    callIntrinsic(rewriter, op.getLoc(), op.getIntrinsicName(), {message});
    rewriter.eraseOp(op);
    return success();
  }
};

struct ChannelLowering : ConvertOpToLLVMPattern<ChannelOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(ChannelOp op, OpAdaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type element = getTypeConverter()->convertType(op.getElementType());
    Type ptr = ptrType(op.getContext()), i64 = rewriter.getI64Type();
    Value senderSlot = entryAlloca(rewriter, op, ptr);
    Value receiverSlot = entryAlloca(rewriter, op, ptr);
    callIntrinsic(rewriter, loc, op.getIntrinsicName(),
                  {constantInt(rewriter, loc, i64, sizeInBytes(op, element)),
                   constantInt(rewriter, loc, i64, op.getAbiCapacity()), senderSlot, receiverSlot});
    Value sender = rewriter.create<LLVM::LoadOp>(loc, ptr, senderSlot);
    Value receiver = rewriter.create<LLVM::LoadOp>(loc, ptr, receiverSlot);
    rewriter.replaceOp(op, {sender, receiver});
    return success();
  }
};

/// medi.send and medi.try_send: the value goes to the runtime by address.
template <typename Op> struct SendLowering : ConvertOpToLLVMPattern<Op> {
  using ConvertOpToLLVMPattern<Op>::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(Op op, typename Op::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value value = adaptor.getValue();
    Value slot = entryAlloca(rewriter, op, value.getType());
    rewriter.create<LLVM::StoreOp>(loc, value, slot);
    SmallVector<Value> args{adaptor.getSender(), slot};
    if constexpr (std::is_same_v<Op, SendOp>)
      if (adaptor.getTimeout())
        args.push_back(adaptor.getTimeout());
    rewriter.replaceOp(op, callIntrinsic(rewriter, loc, op.getIntrinsicName(), args));
    return success();
  }
};

/// medi.recv and medi.try_recv: the runtime writes the value to a zeroed slot.
template <typename Op> struct RecvLowering : ConvertOpToLLVMPattern<Op> {
  using ConvertOpToLLVMPattern<Op>::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(Op op, typename Op::Adaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type element = this->getTypeConverter()->convertType(op.getValue().getType());
    Value slot = entryAlloca(rewriter, op, element);
    rewriter.create<LLVM::StoreOp>(loc, rewriter.create<LLVM::ZeroOp>(loc, element), slot);
    SmallVector<Value> args{adaptor.getReceiver(), slot};
    if constexpr (std::is_same_v<Op, RecvOp>)
      if (adaptor.getTimeout())
        args.push_back(adaptor.getTimeout());
    Value status = callIntrinsic(rewriter, loc, op.getIntrinsicName(), args);
    Value value = rewriter.create<LLVM::LoadOp>(loc, element, slot);
    rewriter.replaceOp(op, {status, value});
    return success();
  }
};

struct PoolCreateLowering : ConvertOpToLLVMPattern<PoolCreateOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(PoolCreateOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Type element = getTypeConverter()->convertType(op.getPool().getType().getElementType());
    if (!element)
      return rewriter.notifyMatchFailure(op, "the pool's element type has no LLVM type");
    Value size =
        constantInt(rewriter, op.getLoc(), rewriter.getI64Type(), sizeInBytes(op, element));
    rewriter.replaceOp(op, callIntrinsic(rewriter, op.getLoc(), op.getIntrinsicName(),
                                         {size, adaptor.getCount()}));
    return success();
  }
};

struct RegionAllocLowering : ConvertOpToLLVMPattern<RegionAllocOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(RegionAllocOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Value align = constantInt(rewriter, op.getLoc(), rewriter.getI64Type(),
                              static_cast<int64_t>(op.getAlignment()));
    rewriter.replaceOp(op, callIntrinsic(rewriter, op.getLoc(), op.getIntrinsicName(),
                                         {adaptor.getRegion(), adaptor.getSize(), align}));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Spawning and joining
//===----------------------------------------------------------------------===//

/// The environment of a task running `callee`: its (converted) arguments, then the result's
/// slot when it has a result.
LLVM::LLVMStructType environmentType(MLIRContext *context, TypeRange args, Type result) {
  SmallVector<Type> fields(args.begin(), args.end());
  if (result)
    fields.push_back(ptrType(context));
  return LLVM::LLVMStructType::getLiteral(context, fields);
}

/// `void __medi_task.<callee>(ptr env)`, made once per callee.
LLVM::LLVMFuncOp taskEntry(ConversionPatternRewriter &rewriter, Operation *spawn,
                           FlatSymbolRefAttr callee, TypeRange args, Type result) {
  MLIRContext *context = spawn->getContext();
  auto module = spawn->getParentOfType<ModuleOp>();
  std::string name = ("__medi_task." + callee.getValue()).str();
  if (auto existing = module.lookupSymbol<LLVM::LLVMFuncOp>(name))
    return existing;
  Operation *target = SymbolTable::lookupNearestSymbolFrom(spawn, callee);
  Location loc = target ? target->getLoc() : spawn->getLoc();
  Type ptr = ptrType(context);
  LLVM::LLVMStructType env = environmentType(context, args, result);

  // At the module's start, as the intrinsics' declarations: lookupSymbol scans from there.
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointToStart(module.getBody());
  auto entry = rewriter.create<LLVM::LLVMFuncOp>(
      loc, name, LLVM::LLVMFunctionType::get(LLVM::LLVMVoidType::get(context), {ptr}),
      LLVM::Linkage::Internal);
  Block *body = rewriter.createBlock(&entry.getBody(), {}, {ptr}, {loc});
  Value envPtr = body->getArgument(0);
  auto field = [&](int32_t index) {
    return rewriter.create<LLVM::GEPOp>(loc, ptr, env, envPtr, ArrayRef<LLVM::GEPArg>{0, index});
  };
  SmallVector<Value> values;
  for (auto [index, type] : llvm::enumerate(args))
    values.push_back(rewriter.create<LLVM::LoadOp>(loc, type, field(index)));
  auto call =
      rewriter.create<LLVM::CallOp>(loc, result ? TypeRange(result) : TypeRange(), callee, values);
  if (result) {
    Value slot = rewriter.create<LLVM::LoadOp>(loc, ptr, field(args.size()));
    rewriter.create<LLVM::StoreOp>(loc, call.getResult(), slot);
  }
  rewriter.create<LLVM::ReturnOp>(loc, ValueRange());
  return entry;
}

/// Copies `args` (and `resultSlot`, if any) into an environment slot; returns it and its size.
std::pair<Value, Value> packEnvironment(ConversionPatternRewriter &rewriter, Operation *spawn,
                                        ValueRange args, Value resultSlot) {
  MLIRContext *context = spawn->getContext();
  Location loc = spawn->getLoc();
  LLVM::LLVMStructType type =
      environmentType(context, args.getTypes(), resultSlot ? resultSlot.getType() : Type());
  Value env = entryAlloca(rewriter, spawn, type);
  SmallVector<Value> fields(args.begin(), args.end());
  if (resultSlot)
    fields.push_back(resultSlot);
  for (auto [index, value] : llvm::enumerate(fields)) {
    Value at = rewriter.create<LLVM::GEPOp>(loc, ptrType(context), type, env,
                                            ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(index)});
    rewriter.create<LLVM::StoreOp>(loc, value, at);
  }
  Value size = constantInt(rewriter, loc, rewriter.getI64Type(), sizeInBytes(spawn, type));
  return {env, size};
}

struct SpawnLowering : ConvertOpToLLVMPattern<SpawnOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(SpawnOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    TaskType task = op.getTask().getType();
    Type i64 = rewriter.getI64Type(), ptr = ptrType(op.getContext());
    Type result = task.hasResult() ? getTypeConverter()->convertType(task.getResultType()) : Type();
    Value slot;
    if (result)
      slot = callLibc(rewriter, loc, "calloc", ptr,
                      {constantInt(rewriter, loc, i64, 1),
                       constantInt(rewriter, loc, i64, sizeInBytes(op, result))});
    auto [env, size] = packEnvironment(rewriter, op, adaptor.getArgs(), slot);
    LLVM::LLVMFuncOp entry =
        taskEntry(rewriter, op, op.getCalleeAttr(), adaptor.getArgs().getTypes(), result);
    SmallVector<Value> args;
    if (std::optional<Priority> priority = op.getPriority())
      args.push_back(
          constantInt(rewriter, loc, rewriter.getI32Type(), static_cast<int32_t>(*priority)));
    args.append({rewriter.create<LLVM::AddressOfOp>(loc, entry), env, size});
    Value handle = callIntrinsic(rewriter, loc, op.getIntrinsicName(), args);
    if (!result) {
      rewriter.replaceOp(op, handle);
      return success();
    }
    Type pair = getTypeConverter()->convertType(task);
    Value value = rewriter.create<LLVM::UndefOp>(loc, pair);
    value = rewriter.create<LLVM::InsertValueOp>(loc, value, handle, 0);
    value = rewriter.create<LLVM::InsertValueOp>(loc, value, slot, 1);
    rewriter.replaceOp(op, value);
    return success();
  }
};

struct GroupSpawnLowering : ConvertOpToLLVMPattern<GroupSpawnOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(GroupSpawnOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto [env, size] = packEnvironment(rewriter, op, adaptor.getArgs(), Value());
    LLVM::LLVMFuncOp entry =
        taskEntry(rewriter, op, op.getCalleeAttr(), adaptor.getArgs().getTypes(), Type());
    Value fn = rewriter.create<LLVM::AddressOfOp>(loc, entry);
    rewriter.replaceOp(op, callIntrinsic(rewriter, loc, op.getIntrinsicName(),
                                         {adaptor.getGroup(), fn, env, size}));
    return success();
  }
};

/// A join reads and frees the result's slot only once the task has finished (OK or
/// PANICKED): after TIMEOUT or CANCELLED the task still runs and may still write it.
struct JoinLowering : ConvertOpToLLVMPattern<JoinOp> {
  using ConvertOpToLLVMPattern::ConvertOpToLLVMPattern;

  LogicalResult matchAndRewrite(JoinOp op, OpAdaptor adaptor,
                                ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    TaskType task = op.getTask().getType();
    Value handle = adaptor.getTask(), slot;
    if (task.hasResult()) {
      slot = rewriter.create<LLVM::ExtractValueOp>(loc, handle, 1);
      handle = rewriter.create<LLVM::ExtractValueOp>(loc, handle, 0);
    }
    SmallVector<Value> args{handle};
    if (adaptor.getTimeout())
      args.push_back(adaptor.getTimeout());
    Value status = callIntrinsic(rewriter, loc, op.getIntrinsicName(), args);
    if (!task.hasResult()) {
      rewriter.replaceOp(op, status);
      return success();
    }
    Type i32 = rewriter.getI32Type(), ptr = ptrType(op.getContext());
    Type result = getTypeConverter()->convertType(task.getResultType());
    auto is = [&](int32_t code) {
      return rewriter.create<LLVM::ICmpOp>(loc, LLVM::ICmpPredicate::eq, status,
                                           constantInt(rewriter, loc, i32, code));
    };
    Value finished = rewriter.create<LLVM::OrOp>(loc, is(MEDI_RT_OK), is(MEDI_RT_PANICKED));
    Value zeroSlot = entryAlloca(rewriter, op, result);
    rewriter.create<LLVM::StoreOp>(loc, rewriter.create<LLVM::ZeroOp>(loc, result), zeroSlot);
    Value from = rewriter.create<LLVM::SelectOp>(loc, finished, slot, zeroSlot);
    Value value = rewriter.create<LLVM::LoadOp>(loc, result, from);
    Value toFree = rewriter.create<LLVM::SelectOp>(loc, finished, slot,
                                                   rewriter.create<LLVM::ZeroOp>(loc, ptr));
    callLibc(rewriter, loc, "free", Type(), {toFree});
    rewriter.replaceOp(op, {status, value});
    return success();
  }
};

void populateMediToLLVMPatterns(LLVMTypeConverter &converter, RewritePatternSet &patterns) {
  patterns.add<DirectCall<DetachOp>, DirectCall<YieldOp>, DirectCall<SleepOp>,
               DirectCall<ClockNowOp>, DirectCall<GroupWaitOp>, DirectCall<GroupCancelOp>,
               DirectCall<CloneOp>, DirectCall<DropOp>, DirectCall<RegionCreateOp>,
               DirectCall<RegionResetOp>, DirectCall<RegionDestroyOp>, DirectCall<PoolAllocOp>,
               DirectCall<PoolFreeOp>, DirectCall<PoolDestroyOp>, DirectCall<GcAllocStringOp>,
               DirectCall<GcAllocUnitOp>, DirectCall<GcAddRootOp>, DirectCall<GcRemoveRootOp>,
               DirectCall<GcAddEdgeOp>, DirectCall<GcRemoveEdgeOp>, DirectCall<GcWriteBarrierOp>,
               DirectCall<GcCollectOp>, TaskCancelledLowering, GroupCreateLowering, PanicLowering,
               ChannelLowering, SendLowering<SendOp>, SendLowering<TrySendOp>, RecvLowering<RecvOp>,
               RecvLowering<TryRecvOp>, PoolCreateLowering, RegionAllocLowering, SpawnLowering,
               GroupSpawnLowering, JoinLowering>(converter);
}

struct ConvertMediToLLVM : medi::dialect::impl::ConvertMediToLLVMBase<ConvertMediToLLVM> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *context = &getContext();

    RewritePatternSet scfPatterns(context);
    populateSCFToControlFlowConversionPatterns(scfPatterns);
    ConversionTarget scfTarget(*context);
    scfTarget.addIllegalDialect<scf::SCFDialect>();
    scfTarget.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    if (failed(applyPartialConversion(module, scfTarget, std::move(scfPatterns))))
      return signalPassFailure();

    LLVMTypeConverter converter(context);
    addMediTypeConversions(converter);
    lowerStructure(module, converter);

    RewritePatternSet patterns(context);
    populateMediToLLVMPatterns(converter, patterns);
    populateFuncToLLVMConversionPatterns(converter, patterns);
    arith::populateArithToLLVMConversionPatterns(converter, patterns);
    cf::populateControlFlowToLLVMConversionPatterns(converter, patterns);
    index::populateIndexToLLVMConversionPatterns(converter, patterns);
    populateFinalizeMemRefToLLVMConversionPatterns(converter, patterns);
    LLVMConversionTarget target(*context);
    target.addLegalOp<ModuleOp, UnrealizedConversionCastOp>();
    if (failed(applyFullConversion(module, target, std::move(patterns))))
      return signalPassFailure();

    OpPassManager reconcile(ModuleOp::getOperationName());
    reconcile.addPass(createReconcileUnrealizedCastsPass());
    if (failed(runPipeline(reconcile, module)))
      signalPassFailure();
  }
};

} // namespace
