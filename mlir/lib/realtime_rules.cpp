//===- realtime_rules.cpp - What may not run inside medi.realtime -----------===//
//
// The rules are the rows of include/medi/abi/realtime_rules.def, keyed by the intrinsic an
// operation lowers to (RuntimeCallOpInterface) or, for upstream operations such as
// memref.alloc, by the operation's name. Each offending operation is reported once, at its own
// location, with a note at the innermost zone that encloses it, by that zone's verifier.
//
//===----------------------------------------------------------------------===//
#include "medi/mlir/dialect.h"

#include "llvm/ADT/StringRef.h"

using namespace mlir;
using namespace medi::dialect;

namespace {
enum class RuleKind { BLOCKS, ALLOCATES };

struct Rule {
  llvm::StringLiteral name;
  RuleKind kind;
  llvm::StringLiteral why;
};

constexpr Rule kRules[] = {
#define MEDI_RT_RULE(Name, Kind, Why) {Name, RuleKind::Kind, Why},
#include "medi/abi/realtime_rules.def"
};

const Rule *findRule(StringRef name) {
  for (const Rule &rule : kRules)
    if (rule.name == name)
      return &rule;
  return nullptr;
}

LogicalResult reportInZone(Operation *op, const Rule &rule, RealtimeOp zone) {
  InFlightDiagnostic diag = op->emitError()
                            << "'" << op->getName() << "' "
                            << (rule.kind == RuleKind::BLOCKS ? "may block"
                                                              : "may allocate without bound")
                            << " in a real-time zone: " << rule.why;
  diag.attachNote(zone.getLoc()) << "the real-time zone is entered here";
  return diag;
}
} // namespace

// Every operation of the zone's body but those of inner zones (which check themselves), each
// reported, not only the first: the verifier stops at the first operation that fails, and
// this is one operation, the zone.
LogicalResult RealtimeOp::verifyRegions() {
  if (failed(verifyInFunction(*this)))
    return failure();
  bool failed = false;
  getBody().walk<WalkOrder::PreOrder>([&](Operation *op) {
    if (isa<RealtimeOp>(op))
      return WalkResult::skip();
    auto call = dyn_cast<RuntimeCallOpInterface>(op);
    StringRef name = call ? call.getIntrinsicName() : op->getName().getStringRef();
    if (const Rule *rule = findRule(name))
      failed |= ::mlir::failed(reportInZone(op, *rule, *this));
    return WalkResult::advance();
  });
  return ::mlir::failure(failed);
}
