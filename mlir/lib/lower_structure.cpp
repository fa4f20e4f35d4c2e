//===- lower_structure.cpp - medi.select and medi.realtime to a CFG ---------===//
//
// The first step of convert-medi-to-llvm, after scf has become cf: the region-holding medi
// operations become blocks and branches, keeping the values' types (LLVM values cross from and
// to medi types through unrealized casts, resolved by the type conversion that follows).
//
// medi.realtime: the zone's enter (medi.rt.enter) where the operation was, its body, and the
// exit (medi.rt.exit) before every branch out of the body to the continuation.
//
// medi.select: a stack array of { i32 kind, ptr channel, ptr value } cases (a recv case's slot
// starts zeroed, a send case's holds the value), one call of medi.select, medi.select.timeout
// or medi.select.try, then
//   switch status: OK, DISCONNECTED -> switch index -> case i's block (its value loaded from
//                  the slot, ok = status == OK); TIMEOUT -> the timeout block; EMPTY -> the
//                  default block; anything else (CANCELLED) -> the continuation with zeros.
//
//===----------------------------------------------------------------------===//
#include "lower_structure.h"

#include "intrinsic_calls.h"
#include "medi/medi_rt.h"
#include "medi/mlir/dialect.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace medi::dialect;

namespace {

/// The medi.end terminators of `region`, collected before its blocks move.
SmallVector<EndOp> endsOf(Region &region) {
  SmallVector<EndOp> ends;
  for (Block &block : region)
    if (auto end = dyn_cast<EndOp>(block.getTerminator()))
      ends.push_back(end);
  return ends;
}

/// Splits the block after `op`; the continuation takes `types` as arguments.
Block *continuationAfter(RewriterBase &rewriter, Operation *op, TypeRange types) {
  Block *cont = rewriter.splitBlock(op->getBlock(), std::next(op->getIterator()));
  for (Type type : types)
    cont->addArgument(type, op->getLoc());
  return cont;
}

void lowerRealtime(RewriterBase &rewriter, RealtimeOp zone) {
  Location loc = zone.getLoc();
  Block *cont = continuationAfter(rewriter, zone, zone.getResultTypes());
  SmallVector<EndOp> ends = endsOf(zone.getBody());
  Block *body = &zone.getBody().front();
  rewriter.inlineRegionBefore(zone.getBody(), cont);

  rewriter.setInsertionPoint(zone);
  callIntrinsic(rewriter, loc, "medi.rt.enter", {});
  rewriter.create<cf::BranchOp>(loc, body);
  for (EndOp end : ends) {
    rewriter.setInsertionPoint(end);
    callIntrinsic(rewriter, end.getLoc(), "medi.rt.exit", {});
    rewriter.replaceOpWithNewOp<cf::BranchOp>(end, cont, end.getValues());
  }
  rewriter.replaceOp(zone, cont->getArguments());
}

/// The roles of a select's slots (EntryValues::slot): the case array and the index are one of
/// a kind; case i's value slot is CaseValue + i, as cases may share a type.
enum SelectSlot : unsigned { CaseArray, Index, CaseValue };

void lowerSelect(RewriterBase &rewriter, const LLVMTypeConverter &converter,
                 EntryValues &entryValues, SelectOp select) {
  MLIRContext *context = select.getContext();
  Location loc = select.getLoc();
  Type ptr = LLVM::LLVMPointerType::get(context);
  Type i32 = rewriter.getI32Type(), i64 = rewriter.getI64Type();
  unsigned count = select.getChannels().size();

  // The case array.
  rewriter.setInsertionPoint(select);
  auto caseType = LLVM::LLVMStructType::getLiteral(context, {i32, ptr, ptr});
  auto arrayType = LLVM::LLVMArrayType::get(caseType, std::max(count, 1u));
  Value cases = entryValues.slot(rewriter, select, arrayType, CaseArray);
  Value indexSlot = entryValues.slot(rewriter, select, i64, Index);
  SmallVector<Value> slots;
  SmallVector<Type> elementTypes, slotTypes;
  for (auto [index, channel] : llvm::enumerate(select.getChannels())) {
    bool isSend = isa<SenderType>(channel.getType());
    Type element = isSend ? cast<SenderType>(channel.getType()).getElementType()
                          : cast<ReceiverType>(channel.getType()).getElementType();
    Type slotType = converter.convertType(element);
    Value slot = entryValues.slot(rewriter, select, slotType, CaseValue + index);
    Value contents = isSend ? toLLVM(rewriter, converter, select.getSendValueOf(index))
                            : entryValues.zero(rewriter, select, slotType);
    rewriter.create<LLVM::StoreOp>(loc, contents, slot);
    auto field = [&](int32_t which) {
      return rewriter.create<LLVM::GEPOp>(
          loc, ptr, arrayType, cases,
          ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(index), which});
    };
    rewriter.create<LLVM::StoreOp>(
        loc,
        entryValues.constant(rewriter, select, i32,
                             isSend ? MEDI_RT_SELECT_SEND : MEDI_RT_SELECT_RECV),
        field(0));
    rewriter.create<LLVM::StoreOp>(loc, toLLVM(rewriter, converter, channel), field(1));
    rewriter.create<LLVM::StoreOp>(loc, slot, field(2));
    slots.push_back(slot);
    elementTypes.push_back(element);
    slotTypes.push_back(slotType);
  }

  SmallVector<Value> args{cases, entryValues.constant(rewriter, select, i64, count)};
  if (Value timeout = select.getTimeout())
    args.push_back(timeout);
  args.push_back(indexSlot);
  Value status = callIntrinsic(rewriter, loc, select.getIntrinsicName(), args);
  Value index = rewriter.create<LLVM::LoadOp>(loc, i64, indexSlot);
  Value index32 = rewriter.create<LLVM::TruncOp>(loc, i32, index);

  // The continuation, then the regions' blocks before it.
  SmallVector<Type> contTypes{i32};
  llvm::append_range(contTypes, select.getValues().getTypes());
  Block *before = select->getBlock();
  Block *cont = continuationAfter(rewriter, select, contTypes);

  auto inlineRegion = [&](Region &region) -> Block * {
    if (region.empty())
      return nullptr;
    Block *entry = &region.front();
    for (EndOp end : endsOf(region)) {
      rewriter.setInsertionPoint(end);
      SmallVector<Value> values{status};
      llvm::append_range(values, end.getValues());
      rewriter.replaceOpWithNewOp<cf::BranchOp>(end, cont, values);
    }
    rewriter.inlineRegionBefore(region, cont);
    return entry;
  };

  // CANCELLED (or any status the runtime adds): no region runs, the results are zero.
  Block *cancelled = rewriter.createBlock(cont);
  SmallVector<Value> zeros{status};
  for (Type type : select.getValues().getTypes())
    zeros.push_back(
        fromLLVM(rewriter, entryValues.zero(rewriter, select, converter.convertType(type)), type));
  rewriter.create<cf::BranchOp>(loc, cont, zeros);

  SmallVector<Block *> caseBlocks;
  for (auto [index, region] : llvm::enumerate(select.getCaseRegions())) {
    Block *entry = inlineRegion(region);
    Block *pre = rewriter.createBlock(entry);
    SmallVector<Value> entryArgs;
    bool isSend = isa<SenderType>(select.getChannels()[index].getType());
    if (!isSend) {
      Value value = rewriter.create<LLVM::LoadOp>(loc, slotTypes[index], slots[index]);
      entryArgs.push_back(fromLLVM(rewriter, value, elementTypes[index]));
    }
    if (entry->getNumArguments() > entryArgs.size())
      entryArgs.push_back(
          rewriter.create<LLVM::ICmpOp>(loc, LLVM::ICmpPredicate::eq, status,
                                        entryValues.constant(rewriter, select, i32, MEDI_RT_OK)));
    rewriter.create<cf::BranchOp>(loc, entry, entryArgs);
    caseBlocks.push_back(pre);
  }
  Block *timeoutEntry = inlineRegion(select.getTimeoutRegion());
  Block *defaultEntry = inlineRegion(select.getDefaultRegion());

  Block *dispatch = rewriter.createBlock(cont);
  SmallVector<int32_t> caseValues;
  for (unsigned index = 0; index < count; ++index)
    caseValues.push_back(static_cast<int32_t>(index));
  SmallVector<ValueRange> noOperands(count, ValueRange());
  rewriter.create<cf::SwitchOp>(loc, index32, cancelled, ValueRange(), caseValues, caseBlocks,
                                noOperands);

  rewriter.setInsertionPointToEnd(before);
  SmallVector<int32_t> statuses{MEDI_RT_OK, MEDI_RT_DISCONNECTED};
  SmallVector<Block *> targets{dispatch, dispatch};
  if (timeoutEntry)
    statuses.push_back(MEDI_RT_TIMEOUT), targets.push_back(timeoutEntry);
  if (defaultEntry)
    statuses.push_back(MEDI_RT_EMPTY), targets.push_back(defaultEntry);
  SmallVector<ValueRange> statusOperands(statuses.size(), ValueRange());
  rewriter.create<cf::SwitchOp>(loc, status, cancelled, ValueRange(), statuses, targets,
                                statusOperands);
  rewriter.replaceOp(select, cont->getArguments());
}

} // namespace

void medi::dialect::lowerStructure(ArrayRef<Operation *> structured,
                                   const LLVMTypeConverter &converter, EntryValues &entryValues) {
  if (structured.empty())
    return;
  // Last first: the operations after a split point move to its continuation, and what follows
  // a later operation has already moved away, so each operation moves once (a forward order
  // would move the rest of a block at every split). The order also visits an operation before
  // those nested in it, which its lowering moves but leaves intact.
  IRRewriter rewriter(structured.front()->getContext());
  for (Operation *op : llvm::reverse(structured)) {
    if (auto zone = dyn_cast<RealtimeOp>(op))
      lowerRealtime(rewriter, zone);
    else
      lowerSelect(rewriter, converter, entryValues, cast<SelectOp>(op));
  }
}
