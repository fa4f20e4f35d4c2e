//===- interfaces.td - What a medi operation lowers to ----------*- tablegen -*-===//
//
// Every medi operation but the structural ones (medi.select's cases, medi.realtime, medi.end)
// is one call of a medi.* intrinsic. The interface names it; the lowering calls it, and the
// real-time rules (realtime_rules.def) judge the operation by it.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_INTERFACES_TD
#define MEDI_MLIR_INTERFACES_TD

include "mlir/IR/OpBase.td"

def Medi_RuntimeCallOpInterface : OpInterface<"RuntimeCallOpInterface"> {
  let cppNamespace = "::medi::dialect";
  let description = [{
    An operation that becomes a call of one medi.* intrinsic of include/medi/abi/intrinsics.def.
    Which one may depend on the operation's operands and regions (a send with a timeout is
    medi.chan.send.timeout). The real-time rules judge the operation by it: inside a
    medi.realtime region, an operation whose intrinsic may block or allocate without bound is
    an error. The operation is inside a function (it runs on a task's or a thread's stack).
  }];
  let methods = [
    InterfaceMethod<"The medi.* intrinsic this operation lowers to.", "::llvm::StringRef",
                    "getIntrinsicName">,
  ];
  let verify = [{ return ::medi::dialect::verifyInFunction($_op); }];
}

#endif // MEDI_MLIR_INTERFACES_TD
