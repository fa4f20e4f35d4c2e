//===- ops.td - The medi dialect's operations ------------------*- tablegen -*-===//
//
// One operation per runtime call, plus the structural ones: medi.select (a region per case),
// medi.realtime (a real-time zone) and their terminator medi.end. Status results are the C
// ABI's medi_rt_status codes (docs/mlir.md lists them).
//
//===----------------------------------------------------------------------===//
#ifndef MEDI_MLIR_OPS_TD
#define MEDI_MLIR_OPS_TD

include "medi/mlir/dialect.td"
include "medi/mlir/interfaces.td"
include "medi/mlir/types.td"
include "mlir/Dialect/LLVMIR/LLVMOpBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"

class Medi_Op<string mnemonic, list<Trait> traits = []> : Op<Medi_Dialect, mnemonic, traits>;

// An operation that is one call of the intrinsic `intrinsic`.
class Medi_CallOp<string mnemonic, string intrinsic, list<Trait> traits = []>
    : Medi_Op<mnemonic, !listconcat([Medi_RuntimeCallOpInterface], traits)> {
  code intrinsicDecl = [{
    ::llvm::StringRef getIntrinsicName() { return "}] # intrinsic # [{"; }
  }];
  let extraClassDeclaration = intrinsicDecl;
}

def Medi_Status : TypeAlias<I32, "a medi_rt_status code">;
def Medi_Duration : TypeAlias<I64, "nanoseconds">;

//===----------------------------------------------------------------------===//
// Tasks
//===----------------------------------------------------------------------===//

def Medi_PriorityAttr : I32EnumAttr<"Priority", "a task's scheduling priority", [
  I32EnumAttrCase<"low", 0>, I32EnumAttrCase<"normal", 1>, I32EnumAttrCase<"high", 2>]> {
  let cppNamespace = "::medi::dialect";
}

def Medi_SpawnOp : Medi_Op<"spawn", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>,
    DeclareOpInterfaceMethods<Medi_RuntimeCallOpInterface>]> {
  let summary = "runs a function as a new task";
  let description = [{
    `%t = medi.spawn @f(%a, %b) priority(high) : (i64, !medi.sender<i64>) -> !medi.task<i32>`
    calls `@f` (a func.func of the module) on a task of its own. The arguments are copied when
    the task is spawned; the task's type carries what `@f` returns (`none` for nothing).
  }];
  let arguments = (ins FlatSymbolRefAttr:$callee, Variadic<AnyType>:$args,
                       OptionalAttr<Medi_PriorityAttr>:$priority);
  let results = (outs Medi_TaskType:$task);
  let assemblyFormat = [{
    $callee `(` $args `)` (`priority` `(` $priority^ `)`)? attr-dict `:`
    functional-type($args, $task)
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
}

def Medi_JoinOp : Medi_Op<"join", [
    DeclareOpInterfaceMethods<InferTypeOpInterface>,
    DeclareOpInterfaceMethods<Medi_RuntimeCallOpInterface>]> {
  let summary = "waits for a task to finish, optionally for at most a duration";
  let description = [{
    `%status, %value = medi.join %t timeout %ns : !medi.task<i64>`. The status is OK (the value
    is the task's result), PANICKED, TIMEOUT or CANCELLED; after TIMEOUT or CANCELLED the task
    can be joined again. The value result exists when the task has one (zero unless OK).
  }];
  let arguments = (ins Medi_TaskType:$task, Optional<Medi_Duration>:$timeout);
  let results = (outs Medi_Status:$status, Optional<AnyType>:$value);
  let assemblyFormat = "$task (`timeout` $timeout^)? attr-dict `:` qualified(type($task))";
}

def Medi_DetachOp : Medi_CallOp<"detach", "medi.detach"> {
  let summary = "lets a task without a result run on unjoined";
  let arguments = (ins Medi_TaskType:$task);
  let assemblyFormat = "$task attr-dict `:` qualified(type($task))";
  let hasVerifier = 1;
}

def Medi_YieldOp : Medi_CallOp<"yield", "medi.yield"> {
  let summary = "lets other tasks run";
  let assemblyFormat = "attr-dict";
}

def Medi_SleepOp : Medi_CallOp<"sleep", "medi.sleep"> {
  let summary = "parks the task for a duration; OK, or CANCELLED when woken early";
  let arguments = (ins Medi_Duration:$duration);
  let results = (outs Medi_Status:$status);
  let assemblyFormat = "$duration attr-dict";
}

def Medi_ClockNowOp : Medi_CallOp<"clock_now", "medi.clock.now"> {
  let summary = "the monotonic clock the runtime's timeouts use, in nanoseconds";
  let results = (outs I64:$now);
  let assemblyFormat = "attr-dict";
}

def Medi_PanicOp : Medi_CallOp<"panic", "medi.panic"> {
  let summary = "ends the task (or, outside a task, the program) with a message";
  let description = [{
    `medi.panic "message"` or `medi.panic %buffer` (a NUL-terminated string built at run
    time). Control does not come back.
  }];
  let arguments = (ins OptionalAttr<StrAttr>:$message, Optional<LLVM_DefaultPointer>:$buffer);
  let assemblyFormat = "($message^)? ($buffer^)? attr-dict";
  let hasVerifier = 1;
}

def Medi_TaskCancelledOp : Medi_CallOp<"task.cancelled", "medi.task.cancelled"> {
  let summary = "whether the running task's group or token was cancelled";
  let results = (outs I1:$cancelled);
  let assemblyFormat = "attr-dict";
}

//===----------------------------------------------------------------------===//
// Task groups
//===----------------------------------------------------------------------===//

def Medi_GroupCreateOp : Medi_CallOp<"group.create", "medi.group.create"> {
  let summary = "a task group; with a timeout, its tasks are cancelled when it passes";
  let arguments = (ins Optional<Medi_Duration>:$timeout);
  let results = (outs Medi_GroupType:$group);
  let assemblyFormat = "(`timeout` $timeout^)? attr-dict";
}

def Medi_GroupSpawnOp : Medi_Op<"group.spawn", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>, Medi_RuntimeCallOpInterface]> {
  let summary = "runs a function without a result as a task of the group";
  let arguments = (ins Medi_GroupType:$group, FlatSymbolRefAttr:$callee, Variadic<AnyType>:$args);
  let results = (outs Medi_Status:$status);
  let assemblyFormat = "$group `,` $callee `(` $args `)` attr-dict `:` functional-type($args, results)";
  let extraClassDeclaration = [{
    ::llvm::StringRef getIntrinsicName() { return "medi.group.spawn"; }
  }];
}

def Medi_GroupWaitOp : Medi_CallOp<"group.wait", "medi.group.wait"> {
  let summary = "waits for every task of the group and frees it: OK, PANICKED, TIMEOUT, CANCELLED";
  let arguments = (ins Medi_GroupType:$group);
  let results = (outs Medi_Status:$status);
  let assemblyFormat = "$group attr-dict";
}

def Medi_GroupCancelOp : Medi_CallOp<"group.cancel", "medi.group.cancel"> {
  let summary = "cancels every task of the group";
  let arguments = (ins Medi_GroupType:$group);
  let assemblyFormat = "$group attr-dict";
}

//===----------------------------------------------------------------------===//
// Channels
//===----------------------------------------------------------------------===//

def Medi_ChannelKindAttr : I32EnumAttr<"ChannelKind", "how much a channel buffers", [
  I32EnumAttrCase<"bounded", 0>, I32EnumAttrCase<"unbounded", 1>,
  I32EnumAttrCase<"rendezvous", 2>]> {
  let cppNamespace = "::medi::dialect";
}

def Medi_ChannelOp : Medi_CallOp<"channel", "medi.chan.create"> {
  let summary = "a new MPMC channel: bounded(capacity), unbounded or rendezvous";
  let description = [{
    `%tx, %rx = medi.channel bounded(8) : i64`. Values of the element type are copied in and
    out; both ends can be cloned and must each be dropped.
  }];
  let arguments = (ins Medi_ChannelKindAttr:$kind, OptionalAttr<I64Attr>:$capacity);
  let results = (outs Medi_SenderType:$sender, Medi_ReceiverType:$receiver);
  let assemblyFormat = [{
    $kind (`(` $capacity^ `)`)? attr-dict `:` custom<ChannelEnds>(qualified(type($sender)), qualified(type($receiver)))
  }];
  let hasVerifier = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = intrinsicDecl # [{
    ::mlir::Type getElementType() { return getSender().getType().getElementType(); }
    /// The capacity the C ABI takes: -1 for unbounded, 0 for rendezvous.
    int64_t getAbiCapacity();
  }];
}

class Medi_SendOpBase<string mnemonic, string opSummary, Trait call> : Medi_Op<mnemonic, [call,
    TypesMatchWith<"the value's type is the sender's element type", "sender", "value",
                   "::llvm::cast<::medi::dialect::SenderType>($_self).getElementType()">]> {
  let summary = opSummary;
  let results = (outs Medi_Status:$status);
}

def Medi_SendOp : Medi_SendOpBase<"send", "sends a value, waiting for room; optionally for a time",
    DeclareOpInterfaceMethods<Medi_RuntimeCallOpInterface>> {
  let description = [{
    `%status = medi.send %tx, %v timeout %ns : !medi.sender<i64>`: OK, DISCONNECTED (every
    receiver is gone), TIMEOUT or CANCELLED. A value that is not sent stays the sender's.
  }];
  let arguments = (ins Medi_SenderType:$sender, AnyType:$value, Optional<Medi_Duration>:$timeout);
  let assemblyFormat = "$sender `,` $value (`timeout` $timeout^)? attr-dict `:` qualified(type($sender))";
}

def Medi_TrySendOp : Medi_SendOpBase<"try_send", "sends a value if there is room now",
    Medi_RuntimeCallOpInterface> {
  let description = "OK, FULL or DISCONNECTED; never waits.";
  let arguments = (ins Medi_SenderType:$sender, AnyType:$value);
  let assemblyFormat = "$sender `,` $value attr-dict `:` qualified(type($sender))";
  let extraClassDeclaration = [{
    ::llvm::StringRef getIntrinsicName() { return "medi.chan.try_send"; }
  }];
}

class Medi_RecvOpBase<string mnemonic, string opSummary, Trait call> : Medi_Op<mnemonic, [call,
    TypesMatchWith<"the value's type is the receiver's element type", "receiver", "value",
                   "::llvm::cast<::medi::dialect::ReceiverType>($_self).getElementType()">]> {
  let summary = opSummary;
  let results = (outs Medi_Status:$status, AnyType:$value);
}

def Medi_RecvOp : Medi_RecvOpBase<"recv", "receives a value, waiting for one; optionally for a time",
    DeclareOpInterfaceMethods<Medi_RuntimeCallOpInterface>> {
  let description = [{
    `%status, %v = medi.recv %rx timeout %ns : !medi.receiver<i64>`: OK, DISCONNECTED (the
    stream ended: every sender is gone and the buffer is empty), TIMEOUT or CANCELLED. The
    value is zero unless the status is OK.
  }];
  let arguments = (ins Medi_ReceiverType:$receiver, Optional<Medi_Duration>:$timeout);
  let assemblyFormat = "$receiver (`timeout` $timeout^)? attr-dict `:` qualified(type($receiver))";
}

def Medi_TryRecvOp : Medi_RecvOpBase<"try_recv", "receives a value if one is there now",
    Medi_RuntimeCallOpInterface> {
  let description = "OK, EMPTY or DISCONNECTED; never waits.";
  let arguments = (ins Medi_ReceiverType:$receiver);
  let assemblyFormat = "$receiver attr-dict `:` qualified(type($receiver))";
  let extraClassDeclaration = [{
    ::llvm::StringRef getIntrinsicName() { return "medi.chan.try_recv"; }
  }];
}

def Medi_CloneOp : Medi_Op<"clone", [
    AllTypesMatch<["end", "result"]>, DeclareOpInterfaceMethods<Medi_RuntimeCallOpInterface>]> {
  let summary = "another handle to the same channel end";
  let arguments = (ins Medi_ChannelEnd:$end);
  let results = (outs Medi_ChannelEnd:$result);
  let assemblyFormat = "$end attr-dict `:` qualified(type($end))";
  let hasCanonicalizer = 1;
}

def Medi_DropOp : Medi_Op<"drop", [DeclareOpInterfaceMethods<Medi_RuntimeCallOpInterface>]> {
  let summary = "gives up a channel end; the last sender's drop ends the stream";
  let arguments = (ins Medi_ChannelEnd:$end);
  let assemblyFormat = "$end attr-dict `:` qualified(type($end))";
}

def Medi_SelectOp : Medi_Op<"select", [
    AttrSizedOperandSegments, SingleBlockImplicitTerminator<"EndOp">,
    DeclareOpInterfaceMethods<Medi_RuntimeCallOpInterface>]> {
  let summary = "waits for the first of several channel operations, a timeout or a default";
  let description = [{
    ```mlir
    %status, %r = medi.select -> i64
      recv %rx : !medi.receiver<i64> {
      ^bb0(%v: i64, %ok: i1):
        medi.end %v : i64
      }
      send %tx, %x : !medi.sender<i64> {
        medi.end %x : i64
      }
      timeout %ns {
        medi.end %zero : i64
      }
    ```
    One case runs: the first channel operation that can complete (cases are tried fairly), the
    timeout region when the time passes first, or the default region when nothing is ready
    now (a select with a default never waits). A recv case's block takes the value and,
    optionally, an i1 that is false when the channel is disconnected; a send case's block
    optionally takes that i1. The status is OK, DISCONNECTED, TIMEOUT (the timeout region ran),
    EMPTY (the default region ran) or CANCELLED (no region ran; the results are zero).
  }];
  let arguments = (ins Variadic<Medi_ChannelEnd>:$channels, Variadic<AnyType>:$sendValues,
                       Optional<Medi_Duration>:$timeout);
  let results = (outs Medi_Status:$status, Variadic<AnyType>:$values);
  let regions = (region AnyRegion:$timeoutRegion, AnyRegion:$defaultRegion,
                        VariadicRegion<AnyRegion>:$caseRegions);
  let hasCustomAssemblyFormat = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    bool hasDefault() { return !getDefaultRegion().empty(); }
    /// The value case `index` sends (null for a recv case).
    ::mlir::Value getSendValueOf(unsigned index);
  }];
}

//===----------------------------------------------------------------------===//
// Real-time zones, regions and pools
//===----------------------------------------------------------------------===//

def Medi_RealtimeOp : Medi_Op<"realtime", [SingleBlockImplicitTerminator<"EndOp">]> {
  let summary = "a real-time zone: nothing inside may block or allocate without bound";
  let description = [{
    The region runs between the zone's enter (medi.rt.enter) and exit (medi.rt.exit). Inside
    it, spawning, channel creation, blocking channel operations and selects without a default,
    sleep, join, group waits, GC allocation and collection, and heap memrefs are errors at
    their own location, with a note at the zone's. Zones nest.
  }];
  let results = (outs Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "(`->` type($results)^)? $body attr-dict";
  let hasRegionVerifier = 1;
}

def Medi_EndOp : Medi_Op<"end", [
    Terminator, ReturnLike, Pure, ParentOneOf<["RealtimeOp", "SelectOp"]>]> {
  let summary = "ends a medi.realtime region or a medi.select case, yielding its results";
  let arguments = (ins Variadic<AnyType>:$values);
  let builders = [OpBuilder<(ins), [{ /* nothing */ }]>];
  let assemblyFormat = "attr-dict ($values^ `:` type($values))?";
  let hasVerifier = 1;
}

def Medi_RegionCreateOp : Medi_CallOp<"region.create", "medi.region.create"> {
  let summary = "a bump region of a fixed number of bytes";
  let arguments = (ins I64:$bytes);
  let results = (outs Medi_RegionType:$region);
  let assemblyFormat = "$bytes attr-dict";
}

def Medi_RegionAllocOp : Medi_CallOp<"region.alloc", "medi.region.alloc"> {
  let summary = "bytes from the region in constant time; null when it is full";
  let arguments = (ins Medi_RegionType:$region, I64:$size,
                       ConfinedAttr<I64Attr, [IntPositive]>:$alignment);
  let results = (outs LLVM_DefaultPointer:$ptr);
  let assemblyFormat = "$region `,` $size `align` $alignment attr-dict";
  let hasVerifier = 1;
}

def Medi_RegionResetOp : Medi_CallOp<"region.reset", "medi.region.reset"> {
  let summary = "frees everything allocated from the region at once";
  let arguments = (ins Medi_RegionType:$region);
  let assemblyFormat = "$region attr-dict";
}

def Medi_RegionDestroyOp : Medi_CallOp<"region.destroy", "medi.region.destroy"> {
  let summary = "gives the region's memory back";
  let arguments = (ins Medi_RegionType:$region);
  let assemblyFormat = "$region attr-dict";
}

def Medi_PoolCreateOp : Medi_CallOp<"pool.create", "medi.pool.create"> {
  let summary = "a pool of a fixed number of slots, each sized for the element type";
  let arguments = (ins I64:$count);
  let results = (outs Medi_PoolType:$pool);
  let assemblyFormat = "$count attr-dict `:` qualified(type($pool))";
}

def Medi_PoolAllocOp : Medi_CallOp<"pool.alloc", "medi.pool.alloc"> {
  let summary = "a slot in constant time; null when every slot is taken";
  let arguments = (ins Medi_PoolType:$pool);
  let results = (outs LLVM_DefaultPointer:$slot);
  let assemblyFormat = "$pool attr-dict `:` qualified(type($pool))";
}

def Medi_PoolFreeOp : Medi_CallOp<"pool.free", "medi.pool.free"> {
  let summary = "gives a slot back to its pool";
  let arguments = (ins Medi_PoolType:$pool, LLVM_DefaultPointer:$slot);
  let assemblyFormat = "$pool `,` $slot attr-dict `:` qualified(type($pool))";
}

def Medi_PoolDestroyOp : Medi_CallOp<"pool.destroy", "medi.pool.destroy"> {
  let summary = "gives the pool's memory back";
  let arguments = (ins Medi_PoolType:$pool);
  let assemblyFormat = "$pool attr-dict `:` qualified(type($pool))";
}

//===----------------------------------------------------------------------===//
// The GC zone
//===----------------------------------------------------------------------===//

def Medi_GcAllocStringOp : Medi_CallOp<"gc.alloc_string", "medi.gc.alloc_string"> {
  let summary = "a GC string holding a copy of the bytes";
  let arguments = (ins LLVM_DefaultPointer:$bytes, I64:$length);
  let results = (outs Medi_GcType:$object);
  let assemblyFormat = "$bytes `,` $length attr-dict";
}

def Medi_GcAllocUnitOp : Medi_CallOp<"gc.alloc_unit", "medi.gc.alloc_unit"> {
  let summary = "a GC unit: an object that holds only edges";
  let results = (outs Medi_GcType:$object);
  let assemblyFormat = "attr-dict";
}

class Medi_GcObjectOp<string mnemonic, string intrinsic, string opSummary>
    : Medi_CallOp<mnemonic, intrinsic> {
  let summary = opSummary;
  let arguments = (ins Medi_GcType:$object);
  let assemblyFormat = "$object attr-dict";
}
def Medi_GcAddRootOp : Medi_GcObjectOp<"gc.add_root", "medi.gc.add_root",
                                        "keeps the object (and what it reaches) alive">;
def Medi_GcRemoveRootOp : Medi_GcObjectOp<"gc.remove_root", "medi.gc.remove_root",
                                           "undoes one add_root">;

class Medi_GcEdgeOp<string mnemonic, string intrinsic, string opSummary>
    : Medi_CallOp<mnemonic, intrinsic> {
  let summary = opSummary;
  let arguments = (ins Medi_GcType:$parent, Medi_GcType:$child);
  let assemblyFormat = "$parent `,` $child attr-dict";
}
def Medi_GcAddEdgeOp : Medi_GcEdgeOp<"gc.add_edge", "medi.gc.add_edge",
                                      "the parent now reaches the child">;
def Medi_GcRemoveEdgeOp : Medi_GcEdgeOp<"gc.remove_edge", "medi.gc.remove_edge",
                                         "undoes one add_edge">;
def Medi_GcWriteBarrierOp : Medi_GcEdgeOp<"gc.write_barrier", "medi.gc.write_barrier",
                                           "tells the incremental collector of a new reference">;

def Medi_GcCollectOp : Medi_CallOp<"gc.collect", "medi.gc.collect"> {
  let summary = "a full collection";
  let assemblyFormat = "attr-dict";
}

#endif // MEDI_MLIR_OPS_TD
