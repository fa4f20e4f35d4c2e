//===- canonicalize.cpp - The medi dialect's canonicalizations --------------===//
//
// - A spawn joined at once (the next operation, no timeout, the task used by nothing else)
//   becomes a call when the callee provably cannot panic or read its cancellation: a panic in
//   a task is contained by the join, a panic in a call is not.
// - A channel created, used and dropped in one block by nobody else is simulated at compile
//   time: each send and recv is replaced by its status and the value it carries, and the
//   channel disappears. Only when every operation's outcome is known: a send on a full channel
//   or a recv on an empty one that would wait forever is left for the runtime to report.
// - bounded(0) is written rendezvous; a clone whose only use is its drop is removed.
//
//===----------------------------------------------------------------------===//
#include "medi/medi_rt.h"
#include "medi/mlir/dialect.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"

#include "llvm/ADT/DenseMap.h"

#include <deque>

using namespace mlir;
using namespace medi::dialect;

namespace {

/// Whether calling `fn` can panic or observe that it is not a task of its own: false for a
/// body that reaches medi.panic or medi.task.cancelled, calls something without a body here,
/// or calls indirectly. `known` memoizes; a function on the current path counts as safe
/// (a cycle adds nothing the rest of its functions do not).
bool runsLikeATask(func::FuncOp fn, llvm::DenseMap<Operation *, bool> &known) {
  if (auto it = known.find(fn); it != known.end())
    return it->second;
  if (fn.isExternal())
    return known[fn] = false;
  known[fn] = true;
  bool safe = true;
  fn.walk([&](Operation *op) {
    if (isa<PanicOp, TaskCancelledOp, CallOpInterface>(op) && !isa<func::CallOp>(op)) {
      safe = false;
    } else if (auto call = dyn_cast<func::CallOp>(op)) {
      auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(call, call.getCalleeAttr());
      safe = callee && runsLikeATask(callee, known);
    }
    return safe ? WalkResult::advance() : WalkResult::interrupt();
  });
  return known[fn] = safe;
}

struct SpawnJoinToCall : OpRewritePattern<SpawnOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(SpawnOp spawn, PatternRewriter &rewriter) const override {
    auto join = dyn_cast_or_null<JoinOp>(spawn->getNextNode());
    if (!join || join.getTask() != spawn.getTask() || join.getTimeout() ||
        !spawn.getTask().hasOneUse())
      return rewriter.notifyMatchFailure(spawn, "not joined at once");
    auto callee = SymbolTable::lookupNearestSymbolFrom<func::FuncOp>(spawn, spawn.getCalleeAttr());
    llvm::DenseMap<Operation *, bool> known;
    if (!callee || !runsLikeATask(callee, known))
      return rewriter.notifyMatchFailure(spawn, "the callee may panic");
    rewriter.setInsertionPoint(join);
    auto call = rewriter.create<func::CallOp>(spawn.getLoc(), callee, spawn.getArgs());
    SmallVector<Value> results{
        rewriter.create<arith::ConstantIntOp>(join.getLoc(), MEDI_RT_OK, 32)};
    if (join.getValue())
      results.push_back(call.getResult(0));
    rewriter.replaceOp(join, results);
    rewriter.eraseOp(spawn);
    return success();
  }
};

/// A zero of `type` for a recv that gets nothing, or null when there is no constant for it.
Value zeroOf(PatternRewriter &rewriter, Location loc, Type type) {
  if (isa<IntegerType, FloatType, IndexType>(type))
    return rewriter.create<arith::ConstantOp>(loc, rewriter.getZeroAttr(type));
  return nullptr;
}

struct FoldLocalChannel : OpRewritePattern<ChannelOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ChannelOp channel, PatternRewriter &rewriter) const override {
    Block *block = channel->getBlock();
    SmallVector<Operation *> users;
    for (Value end : channel->getResults())
      for (Operation *user : end.getUsers()) {
        bool known = isa<TrySendOp, TryRecvOp, DropOp>(user) ||
                     (isa<SendOp>(user) && !cast<SendOp>(user).getTimeout()) ||
                     (isa<RecvOp>(user) && !cast<RecvOp>(user).getTimeout());
        if (!known || user->getBlock() != block)
          return rewriter.notifyMatchFailure(channel, "the channel escapes or waits");
        users.push_back(user);
      }
    llvm::sort(users, [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });

    // The outcome of each operation, in program order, before anything is rewritten.
    size_t capacity =
        channel.getKind() == ChannelKind::unbounded ? SIZE_MAX : channel.getAbiCapacity();
    std::deque<Value> buffer;
    bool senderGone = false, receiverGone = false;
    struct Outcome {
      Operation *op;
      int32_t status;
      Value value; // a recv's; null for zero
    };
    SmallVector<Outcome> outcomes;
    for (Operation *user : users) {
      if (auto drop = dyn_cast<DropOp>(user)) {
        bool &gone = isa<SenderType>(drop.getEnd().getType()) ? senderGone : receiverGone;
        if (gone)
          return failure(); // a second drop is misuse; the runtime reports it
        gone = true;
        continue;
      }
      bool isSend = isa<SendOp, TrySendOp>(user);
      bool waits = isa<SendOp, RecvOp>(user);
      if (isSend ? senderGone : receiverGone)
        return failure(); // used after its drop: misuse the runtime reports
      if (isSend) {
        Value value = user->getOperand(1);
        if (receiverGone)
          outcomes.push_back({user, MEDI_RT_DISCONNECTED, nullptr});
        else if (buffer.size() < capacity)
          buffer.push_back(value), outcomes.push_back({user, MEDI_RT_OK, nullptr});
        else if (waits)
          return rewriter.notifyMatchFailure(user, "would wait forever on a full channel");
        else
          outcomes.push_back({user, MEDI_RT_FULL, nullptr});
        continue;
      }
      if (!buffer.empty()) {
        outcomes.push_back({user, MEDI_RT_OK, buffer.front()});
        buffer.pop_front();
      } else if (senderGone) {
        outcomes.push_back({user, MEDI_RT_DISCONNECTED, nullptr});
      } else if (waits) {
        return rewriter.notifyMatchFailure(user, "would wait forever on an empty channel");
      } else {
        outcomes.push_back({user, MEDI_RT_EMPTY, nullptr});
      }
    }
    for (const Outcome &outcome : outcomes)
      if (outcome.op->getNumResults() == 2 && !outcome.value &&
          !isa<IntegerType, FloatType, IndexType>(outcome.op->getResult(1).getType()))
        return rewriter.notifyMatchFailure(outcome.op, "no zero constant for its value");

    SmallVector<Operation *> drops;
    for (Operation *user : users)
      if (isa<DropOp>(user))
        drops.push_back(user);
    for (const Outcome &outcome : outcomes) {
      rewriter.setInsertionPoint(outcome.op);
      Location loc = outcome.op->getLoc();
      SmallVector<Value> results{rewriter.create<arith::ConstantIntOp>(loc, outcome.status, 32)};
      if (outcome.op->getNumResults() == 2)
        results.push_back(outcome.value
                              ? outcome.value
                              : zeroOf(rewriter, loc, outcome.op->getResult(1).getType()));
      rewriter.replaceOp(outcome.op, results);
    }
    for (Operation *drop : drops)
      rewriter.eraseOp(drop);
    rewriter.eraseOp(channel);
    return success();
  }
};

struct BoundedZeroIsRendezvous : OpRewritePattern<ChannelOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ChannelOp channel, PatternRewriter &rewriter) const override {
    if (channel.getKind() != ChannelKind::bounded || channel.getCapacity() != 0)
      return failure();
    rewriter.modifyOpInPlace(channel, [&] {
      channel.setKind(ChannelKind::rendezvous);
      channel.removeCapacityAttr();
    });
    return success();
  }
};

struct CloneDroppedAtOnce : OpRewritePattern<CloneOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(CloneOp clone, PatternRewriter &rewriter) const override {
    if (!clone.getResult().hasOneUse() || !isa<DropOp>(*clone.getResult().user_begin()))
      return failure();
    rewriter.eraseOp(*clone.getResult().user_begin());
    rewriter.eraseOp(clone);
    return success();
  }
};

} // namespace

void SpawnOp::getCanonicalizationPatterns(RewritePatternSet &patterns, MLIRContext *context) {
  patterns.add<SpawnJoinToCall>(context);
}

void ChannelOp::getCanonicalizationPatterns(RewritePatternSet &patterns, MLIRContext *context) {
  patterns.add<FoldLocalChannel, BoundedZeroIsRendezvous>(context);
}

void CloneOp::getCanonicalizationPatterns(RewritePatternSet &patterns, MLIRContext *context) {
  patterns.add<CloneDroppedAtOnce>(context);
}
