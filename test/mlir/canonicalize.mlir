// The medi canonicalizations.
// RUN: %medi_opt %s -canonicalize -split-input-file | FileCheck %s
// The pipeline's medi-canonicalize applies the same patterns, to medi operations only.
// RUN: %medi_opt %s -medi-canonicalize -split-input-file | FileCheck %s

// A spawn joined at once becomes a call when the callee cannot panic.
func.func @square(%x: i64) -> i64 {
  %y = arith.muli %x, %x : i64
  return %y : i64
}
// CHECK-LABEL: func.func @spawn_then_join
// CHECK-NOT: medi.spawn
// CHECK-NOT: medi.join
// CHECK: %[[R:.*]] = call @square(%{{.*}}) : (i64) -> i64
// CHECK: return %{{.*}}, %[[R]]
func.func @spawn_then_join(%x: i64) -> (i32, i64) {
  %t = medi.spawn @square(%x) : (i64) -> !medi.task<i64>
  %s, %v = medi.join %t : !medi.task<i64>
  return %s, %v : i32, i64
}

// -----

// A callee that may panic keeps its task: the join contains the panic, a call would not.
func.func @checked(%x: i64) -> i64 {
  %zero = arith.constant 0 : i64
  %bad = arith.cmpi slt, %x, %zero : i64
  scf.if %bad {
    medi.panic "negative reading"
  }
  return %x : i64
}
func.func @helper(%x: i64) -> i64 {
  %y = func.call @checked(%x) : (i64) -> i64
  return %y : i64
}
// CHECK-LABEL: func.func @may_panic
// CHECK: medi.spawn @helper
// CHECK: medi.join
func.func @may_panic(%x: i64) -> i64 {
  %t = medi.spawn @helper(%x) : (i64) -> !medi.task<i64>
  %s, %v = medi.join %t : !medi.task<i64>
  return %v : i64
}

// -----

// Something between the spawn and the join, or a timeout: the task stays.
func.func @work() {
  return
}
// CHECK-LABEL: func.func @not_at_once
// CHECK-COUNT-2: medi.spawn
func.func @not_at_once(%ns: i64) {
  %t = medi.spawn @work() : () -> !medi.task<none>
  medi.yield
  %s = medi.join %t : !medi.task<none>
  %u = medi.spawn @work() : () -> !medi.task<none>
  %s2 = medi.join %u timeout %ns : !medi.task<none>
  return
}

// -----

// A channel local to one block: each recv takes the value sent, in order; the channel goes.
// The third recv finds the stream ended: DISCONNECTED (1).
// CHECK-LABEL: func.func @local_channel
// CHECK-SAME: (%[[A:.*]]: i64, %[[B:.*]]: i64)
// CHECK-DAG: %[[OK:.*]] = arith.constant 0 : i32
// CHECK-DAG: %[[ENDED:.*]] = arith.constant 1 : i32
// CHECK-NOT: medi.
// CHECK: return %[[OK]], %[[A]], %[[B]], %[[ENDED]]
func.func @local_channel(%a: i64, %b: i64) -> (i32, i64, i64, i32) {
  %tx, %rx = medi.channel bounded(2) : i64
  %s1 = medi.send %tx, %a : !medi.sender<i64>
  %s2 = medi.send %tx, %b : !medi.sender<i64>
  medi.drop %tx : !medi.sender<i64>
  %r1, %v1 = medi.recv %rx : !medi.receiver<i64>
  %r2, %v2 = medi.recv %rx : !medi.receiver<i64>
  %r3, %v3 = medi.recv %rx : !medi.receiver<i64>
  medi.drop %rx : !medi.receiver<i64>
  return %r1, %v1, %v2, %r3 : i32, i64, i64, i32
}

// -----

// A send that would wait forever on a full channel (nobody else can receive) is left for the
// runtime to report; so is a channel that escapes.
// CHECK-LABEL: func.func @would_block
// CHECK: medi.channel bounded(1)
func.func @would_block(%a: i64) -> i64 {
  %tx, %rx = medi.channel bounded(1) : i64
  %s1 = medi.send %tx, %a : !medi.sender<i64>
  %s2 = medi.send %tx, %a : !medi.sender<i64>
  %r, %v = medi.recv %rx : !medi.receiver<i64>
  medi.drop %tx : !medi.sender<i64>
  medi.drop %rx : !medi.receiver<i64>
  return %v : i64
}
func.func @consumer(%rx: !medi.receiver<i64>) {
  return
}
// CHECK-LABEL: func.func @escapes
// CHECK: medi.channel unbounded
func.func @escapes(%a: i64) {
  %tx, %rx = medi.channel unbounded : i64
  %s1 = medi.send %tx, %a : !medi.sender<i64>
  %t = medi.spawn @consumer(%rx) : (!medi.receiver<i64>) -> !medi.task<none>
  medi.detach %t : !medi.task<none>
  medi.drop %tx : !medi.sender<i64>
  return
}

// -----

// A try on a local channel is answered too: FULL (3) and EMPTY (2).
// CHECK-LABEL: func.func @tries
// CHECK-NOT: medi.
// CHECK-DAG: arith.constant 3 : i32
// CHECK-DAG: arith.constant 2 : i32
func.func @tries(%a: i64) -> (i32, i32) {
  %tx, %rx = medi.channel bounded(1) : i64
  %s1 = medi.try_send %tx, %a : !medi.sender<i64>
  %s2 = medi.try_send %tx, %a : !medi.sender<i64>
  %r1, %v1 = medi.recv %rx : !medi.receiver<i64>
  %r2, %v2 = medi.try_recv %rx : !medi.receiver<i64>
  medi.drop %tx : !medi.sender<i64>
  medi.drop %rx : !medi.receiver<i64>
  return %s2, %r2 : i32, i32
}

// -----

// bounded(0) is rendezvous; a clone dropped at once is gone.
func.func @consume(%rx: !medi.receiver<i64>) {
  return
}
// CHECK-LABEL: func.func @spellings
// CHECK: medi.channel rendezvous : i64
// CHECK-NOT: medi.clone
func.func @spellings() -> !medi.sender<i64> {
  %tx, %rx = medi.channel bounded(0) : i64
  %t = medi.spawn @consume(%rx) : (!medi.receiver<i64>) -> !medi.task<none>
  medi.detach %t : !medi.task<none>
  %tx2 = medi.clone %tx : !medi.sender<i64>
  medi.drop %tx2 : !medi.sender<i64>
  return %tx : !medi.sender<i64>
}
