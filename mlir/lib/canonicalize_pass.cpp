//===- canonicalize_pass.cpp - medi-canonicalize ----------------------------===//
//
// The greedy rewrite driver, seeded with the module's medi operations and strict about what it
// visits (those operations and the ones the patterns create), with every medi operation's
// canonicalization patterns. MLIR's canonicalizer would also visit, fold and simplify every
// other operation and region of the program.
//
//===----------------------------------------------------------------------===//
#include "medi/mlir/dialect.h"
#include "medi/mlir/passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace medi::dialect {
#define GEN_PASS_DEF_MEDICANONICALIZE
#include "medi/mlir/passes.h.inc"
} // namespace medi::dialect

using namespace mlir;

namespace {

struct MediCanonicalize : medi::dialect::impl::MediCanonicalizeBase<MediCanonicalize> {
  LogicalResult initialize(MLIRContext *context) override {
    RewritePatternSet set(context);
    Dialect *medi = context->getLoadedDialect<medi::dialect::MediDialect>();
    for (RegisteredOperationName name : context->getRegisteredOperations())
      if (&name.getDialect() == medi)
        name.getCanonicalizationPatterns(set, context);
    patterns = FrozenRewritePatternSet(std::move(set));
    return success();
  }

  void runOnOperation() override {
    SmallVector<Operation *> ops;
    getOperation().walk([&](Operation *op) {
      if (isa_and_nonnull<medi::dialect::MediDialect>(op->getDialect()))
        ops.push_back(op);
    });
    GreedyRewriteConfig config;
    config.strictMode = GreedyRewriteStrictness::ExistingAndNewOps;
    // Not converging is not an error: the operations are left as they are, still valid.
    (void)applyOpPatternsAndFold(ops, patterns, config);
  }

  FrozenRewritePatternSet patterns;
};

} // namespace
