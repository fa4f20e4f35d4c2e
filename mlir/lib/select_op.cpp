//===- select_op.cpp - medi.select: syntax, verifier, intrinsic -------------===//
//
//   %status, %r = medi.select -> i64
//       recv %rx : !medi.receiver<i64> {
//       ^bb0(%v: i64, %ok: i1):
//         medi.end %v : i64
//       } send %tx, %x : !medi.sender<i64> {
//         medi.end %x : i64
//       } timeout %ns {
//         medi.end %zero : i64
//       }
//
// Cases come in the order they are written; a `timeout %ns { }` or a `default { }` region may
// follow them (not both: a select with a default never waits). Regions without results may
// leave out their medi.end.
//
//===----------------------------------------------------------------------===//
#include "medi/mlir/dialect.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace medi::dialect;

namespace {
struct ParsedCase {
  OpAsmParser::UnresolvedOperand channel;
  Type channelType;
  std::optional<OpAsmParser::UnresolvedOperand> value; // a send's
  std::unique_ptr<Region> region = std::make_unique<Region>();
};
} // namespace

ParseResult SelectOp::parse(OpAsmParser &parser, OperationState &result) {
  Builder &builder = parser.getBuilder();
  SmallVector<Type> valueTypes;
  if (parser.parseOptionalArrowTypeList(valueTypes))
    return failure();

  SmallVector<ParsedCase> cases;
  std::optional<OpAsmParser::UnresolvedOperand> timeout;
  bool hasDefault = false;
  auto timeoutRegion = std::make_unique<Region>();
  auto defaultRegion = std::make_unique<Region>();
  while (true) {
    SMLoc where = parser.getCurrentLocation();
    if (succeeded(parser.parseOptionalKeyword("recv")) ||
        succeeded(parser.parseOptionalKeyword("send"))) {
      ParsedCase parsed;
      if (parser.parseOperand(parsed.channel))
        return failure();
      if (succeeded(parser.parseOptionalComma())) {
        parsed.value.emplace();
        if (parser.parseOperand(*parsed.value))
          return failure();
      }
      SMLoc typeLoc = parser.getCurrentLocation();
      if (parser.parseColonType(parsed.channelType))
        return failure();
      bool isSend = parsed.value.has_value();
      if (isSend ? !isa<SenderType>(parsed.channelType) : !isa<ReceiverType>(parsed.channelType))
        return parser.emitError(typeLoc) << (isSend ? "a send case takes a !medi.sender"
                                                    : "a recv case takes a !medi.receiver")
                                         << ", not " << parsed.channelType;
      if (parser.parseRegion(*parsed.region))
        return failure();
      cases.push_back(std::move(parsed));
      (void)where;
    } else if (succeeded(parser.parseOptionalKeyword("timeout"))) {
      if (timeout || hasDefault)
        return parser.emitError(where, "a select has one timeout or one default, not both");
      timeout.emplace();
      if (parser.parseOperand(*timeout) || parser.parseRegion(*timeoutRegion))
        return failure();
    } else if (succeeded(parser.parseOptionalKeyword("default"))) {
      if (timeout || hasDefault)
        return parser.emitError(where, "a select has one timeout or one default, not both");
      hasDefault = true;
      if (parser.parseRegion(*defaultRegion))
        return failure();
    } else {
      break;
    }
  }
  if (parser.parseOptionalAttrDictWithKeyword(result.attributes))
    return failure();

  int32_t senders = 0;
  for (ParsedCase &parsed : cases) {
    if (parser.resolveOperand(parsed.channel, parsed.channelType, result.operands))
      return failure();
  }
  for (ParsedCase &parsed : cases) {
    if (!parsed.value)
      continue;
    ++senders;
    Type element = cast<SenderType>(parsed.channelType).getElementType();
    if (parser.resolveOperand(*parsed.value, element, result.operands))
      return failure();
  }
  if (timeout && parser.resolveOperand(*timeout, builder.getI64Type(), result.operands))
    return failure();
  result.getOrAddProperties<Properties>().operandSegmentSizes = {static_cast<int32_t>(cases.size()),
                                                                 senders, timeout ? 1 : 0};

  result.addTypes(builder.getI32Type());
  result.addTypes(valueTypes);
  // A region written `{}` parses to no block; it gets one, ended by the implicit medi.end.
  auto addRegion = [&](std::unique_ptr<Region> region, bool written) {
    if (written) {
      if (region->empty())
        region->push_back(new Block());
      ensureTerminator(*region, builder, result.location);
    }
    result.addRegion(std::move(region));
  };
  addRegion(std::move(timeoutRegion), timeout.has_value());
  addRegion(std::move(defaultRegion), hasDefault);
  for (ParsedCase &parsed : cases)
    addRegion(std::move(parsed.region), true);
  return success();
}

void SelectOp::print(OpAsmPrinter &printer) {
  bool printTerminators = !getValues().empty();
  printer.printOptionalArrowTypeList(getValues().getTypes());
  for (auto [index, channel] : llvm::enumerate(getChannels())) {
    printer << (isa<SenderType>(channel.getType()) ? " send " : " recv ") << channel;
    if (Value value = getSendValueOf(index))
      printer << ", " << value;
    printer << " : " << channel.getType() << " ";
    printer.printRegion(getCaseRegions()[index], /*printEntryBlockArgs=*/true, printTerminators);
  }
  if (getTimeout()) {
    printer << " timeout " << getTimeout() << " ";
    printer.printRegion(getTimeoutRegion(), /*printEntryBlockArgs=*/false, printTerminators);
  }
  if (hasDefault()) {
    printer << " default ";
    printer.printRegion(getDefaultRegion(), /*printEntryBlockArgs=*/false, printTerminators);
  }
  printer.printOptionalAttrDictWithKeyword((*this)->getAttrs(), {"operandSegmentSizes"});
}

Value SelectOp::getSendValueOf(unsigned index) {
  if (!isa<SenderType>(getChannels()[index].getType()))
    return nullptr;
  unsigned sendersBefore = 0;
  for (Value channel : getChannels().take_front(index))
    sendersBefore += isa<SenderType>(channel.getType());
  return getSendValues()[sendersBefore];
}

StringRef SelectOp::getIntrinsicName() {
  if (hasDefault())
    return "medi.select.try";
  return getTimeout() ? "medi.select.timeout" : "medi.select";
}

LogicalResult SelectOp::verifyRegions() {
  if (getCaseRegions().size() != getChannels().size())
    return emitOpError() << "has " << getChannels().size() << " case channel(s) but "
                         << getCaseRegions().size() << " case region(s)";
  unsigned senders = llvm::count_if(getChannels().getTypes(), llvm::IsaPred<SenderType>);
  if (senders != getSendValues().size())
    return emitOpError() << "has " << senders << " send case(s) but " << getSendValues().size()
                         << " value(s) to send";
  for (auto [index, channel] : llvm::enumerate(getChannels())) {
    Region &region = getCaseRegions()[index];
    if (region.empty())
      return emitOpError() << "case " << index << " has no block";
    TypeRange args = region.front().getArgumentTypes();
    Type i1 = IntegerType::get(getContext(), 1);
    if (auto receiver = dyn_cast<ReceiverType>(channel.getType())) {
      Type element = receiver.getElementType();
      bool ok = (args.size() == 1 || (args.size() == 2 && args[1] == i1)) && args[0] == element;
      if (!ok)
        return emitOpError() << "case " << index << " receives " << element << "; its block takes ("
                             << element << ") or (" << element << ", i1), not (" << args << ")";
    } else {
      Value value = getSendValueOf(index);
      if (value.getType() != cast<SenderType>(channel.getType()).getElementType())
        return emitOpError() << "case " << index << " sends " << value.getType() << " on "
                             << channel.getType();
      if (!(args.empty() || (args.size() == 1 && args[0] == i1)))
        return emitOpError() << "case " << index << " sends; its block takes () or (i1), not ("
                             << args << ")";
    }
  }
  if (bool(getTimeout()) != !getTimeoutRegion().empty())
    return emitOpError("has a timeout exactly when it has a timeout region");
  if (getTimeout() && hasDefault())
    return emitOpError("has both a timeout and a default; a select with a default never waits");
  for (Region *region : {&getTimeoutRegion(), &getDefaultRegion()})
    if (!region->empty() && region->front().getNumArguments() != 0)
      return emitOpError("has a timeout or default block with arguments; they take none");
  if (getChannels().empty() && !getTimeout() && !hasDefault())
    return emitOpError("has no case, no timeout and no default, and would wait forever");
  return success();
}
