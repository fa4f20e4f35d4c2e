//===- types.td - The medi dialect's types ----------------------*- tablegen -*-===//
//
// Handles of runtime objects. Tasks, channel ends, regions, pools and groups lower to an opaque
// pointer; a task with a result to a pointer pair (the task, its result's slot); a GC object to
// its 64-bit handle.
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_TYPES_TD
#define MEDI_MLIR_TYPES_TD

include "medi/mlir/dialect.td"
include "mlir/IR/AttrTypeBase.td"

class Medi_Type<string name, string typeMnemonic> : TypeDef<Medi_Dialect, name> {
  let mnemonic = typeMnemonic;
}

def Medi_TaskType : Medi_Type<"Task", "task"> {
  let summary = "a spawned task whose function returns a value of the result type";
  let description = [{
    `!medi.task<none>` for a function without a result, `!medi.task<i64>` for one that returns
    an i64. A task is joined once (medi.join), or detached when it has no result.
  }];
  let parameters = (ins "::mlir::Type":$resultType);
  let assemblyFormat = "`<` $resultType `>`";
  let extraClassDeclaration = [{
    bool hasResult() const { return !::llvm::isa<::mlir::NoneType>(getResultType()); }
  }];
}

class Medi_ChannelEndType<string name, string typeMnemonic, string what>
    : Medi_Type<name, typeMnemonic> {
  let summary = "the " # what # " end of a channel of the element type";
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}
def Medi_SenderType : Medi_ChannelEndType<"Sender", "sender", "sending">;
def Medi_ReceiverType : Medi_ChannelEndType<"Receiver", "receiver", "receiving">;

def Medi_RegionType : Medi_Type<"Region", "region"> {
  let summary = "a real-time bump region (RtRegion)";
}

def Medi_PoolType : Medi_Type<"Pool", "pool"> {
  let summary = "a fixed pool (FixedPool) of slots sized for the element type";
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}

def Medi_GcType : Medi_Type<"Gc", "gc"> {
  let summary = "a handle to an object of the GC zone (a string or a unit)";
  let description = [{
    The GC zone holds byte strings and units linked by edges; what a program stores in them is
    its own business, so the handle carries no element type.
  }];
}

def Medi_GroupType : Medi_Type<"Group", "group"> {
  let summary = "a task group: spawned together, waited for together, cancelled together";
}

def Medi_ChannelEnd : AnyTypeOf<[Medi_SenderType, Medi_ReceiverType], "a channel end">;

#endif // MEDI_MLIR_TYPES_TD
