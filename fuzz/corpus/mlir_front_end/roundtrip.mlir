// Every medi operation and type prints and parses back to itself, in the custom and the
// generic form.
// RUN: %medi_opt %s | %medi_opt | FileCheck %s
// RUN: %medi_opt -mlir-print-op-generic %s | %medi_opt | FileCheck %s

func.func @worker(%x: i64, %tx: !medi.sender<i64>) -> i64 {
  return %x : i64
}
func.func @member(%x: i64) {
  return
}

// CHECK-LABEL: func.func @tasks
func.func @tasks(%x: i64, %tx: !medi.sender<i64>, %ns: i64) {
  // CHECK: %[[T:.*]] = medi.spawn @worker(%{{.*}}, %{{.*}}) priority(high) : (i64, !medi.sender<i64>) -> !medi.task<i64>
  %t = medi.spawn @worker(%x, %tx) priority(high) : (i64, !medi.sender<i64>) -> !medi.task<i64>
  // CHECK: %{{.*}}, %{{.*}} = medi.join %[[T]] timeout %{{.*}} : !medi.task<i64>
  %s1, %v1 = medi.join %t timeout %ns : !medi.task<i64>
  // CHECK: medi.join %[[T]] : !medi.task<i64>
  %s2, %v2 = medi.join %t : !medi.task<i64>
  // CHECK: %[[U:.*]] = medi.spawn @member(%{{.*}}) : (i64) -> !medi.task<none>
  %u = medi.spawn @member(%x) : (i64) -> !medi.task<none>
  // CHECK: medi.detach %[[U]] : !medi.task<none>
  medi.detach %u : !medi.task<none>
  // CHECK: medi.yield
  medi.yield
  // CHECK: medi.sleep %{{.*}}
  %s3 = medi.sleep %ns
  // CHECK: medi.clock_now
  %now = medi.clock_now
  // CHECK: medi.task.cancelled
  %c = medi.task.cancelled
  // CHECK: %[[G:.*]] = medi.group.create timeout %{{.*}}
  %g = medi.group.create timeout %ns
  // CHECK: medi.group.create{{$}}
  %g2 = medi.group.create
  // CHECK: medi.group.spawn %[[G]], @member(%{{.*}}) : (i64) -> i32
  %s4 = medi.group.spawn %g, @member(%x) : (i64) -> i32
  // CHECK: medi.group.cancel %[[G]]
  medi.group.cancel %g
  // CHECK: medi.group.wait %[[G]]
  %s5 = medi.group.wait %g
  %s6 = medi.group.wait %g2
  // CHECK: medi.panic "vital sign out of range"
  medi.panic "vital sign out of range"
  return
}

// CHECK-LABEL: func.func @panic_buffer
func.func @panic_buffer(%p: !llvm.ptr) {
  // CHECK: medi.panic %{{.*}}
  medi.panic %p
  return
}

// CHECK-LABEL: func.func @channels
func.func @channels(%v: i64, %ns: i64) {
  // CHECK: medi.channel bounded(8) : i64
  %tx, %rx = medi.channel bounded(8) : i64
  // CHECK: medi.channel unbounded : f64
  %ftx, %frx = medi.channel unbounded : f64
  // CHECK: medi.channel rendezvous : !llvm.struct<(i32, i32, i32)>
  %stx, %srx = medi.channel rendezvous : !llvm.struct<(i32, i32, i32)>
  // CHECK: medi.send %{{.*}}, %{{.*}} : !medi.sender<i64>
  %a = medi.send %tx, %v : !medi.sender<i64>
  // CHECK: medi.send %{{.*}}, %{{.*}} timeout %{{.*}} : !medi.sender<i64>
  %b = medi.send %tx, %v timeout %ns : !medi.sender<i64>
  // CHECK: medi.try_send %{{.*}}, %{{.*}} : !medi.sender<i64>
  %c = medi.try_send %tx, %v : !medi.sender<i64>
  // CHECK: medi.recv %{{.*}} : !medi.receiver<i64>
  %d, %dv = medi.recv %rx : !medi.receiver<i64>
  // CHECK: medi.recv %{{.*}} timeout %{{.*}} : !medi.receiver<i64>
  %e, %ev = medi.recv %rx timeout %ns : !medi.receiver<i64>
  // CHECK: medi.try_recv %{{.*}} : !medi.receiver<i64>
  %f, %fv = medi.try_recv %rx : !medi.receiver<i64>
  // CHECK: medi.clone %{{.*}} : !medi.sender<i64>
  %tx2 = medi.clone %tx : !medi.sender<i64>
  // CHECK: medi.clone %{{.*}} : !medi.receiver<i64>
  %rx2 = medi.clone %rx : !medi.receiver<i64>
  // CHECK: medi.drop %{{.*}} : !medi.sender<i64>
  medi.drop %tx2 : !medi.sender<i64>
  medi.drop %rx2 : !medi.receiver<i64>
  medi.drop %tx : !medi.sender<i64>
  medi.drop %rx : !medi.receiver<i64>
  medi.drop %ftx : !medi.sender<f64>
  medi.drop %frx : !medi.receiver<f64>
  medi.drop %stx : !medi.sender<!llvm.struct<(i32, i32, i32)>>
  medi.drop %srx : !medi.receiver<!llvm.struct<(i32, i32, i32)>>
  return
}

// CHECK-LABEL: func.func @selects
func.func @selects(%rx: !medi.receiver<i64>, %tx: !medi.sender<f64>, %x: f64, %ns: i64) -> i64 {
  // CHECK: %{{.*}}, %{{.*}} = medi.select -> i64 recv %{{.*}} : !medi.receiver<i64> {
  // CHECK-NEXT: ^bb0(%{{.*}}: i64, %{{.*}}: i1):
  // CHECK: } send %{{.*}}, %{{.*}} : !medi.sender<f64> {
  // CHECK: } timeout %{{.*}} {
  %status, %r = medi.select -> i64
    recv %rx : !medi.receiver<i64> {
    ^bb0(%v: i64, %ok: i1):
      medi.end %v : i64
    }
    send %tx, %x : !medi.sender<f64> {
      %one = arith.constant 1 : i64
      medi.end %one : i64
    }
    timeout %ns {
      %zero = arith.constant 0 : i64
      medi.end %zero : i64
    }
  // CHECK: medi.select recv %{{.*}} : !medi.receiver<i64> {
  // CHECK: } default {
  %s2 = medi.select
    recv %rx : !medi.receiver<i64> {
    ^bb0(%v: i64):
      medi.yield
    }
    default {
    }
  return %r : i64
}

// CHECK-LABEL: func.func @memory
func.func @memory(%bytes: i64, %o: !medi.gc, %p: !llvm.ptr, %n: i64) {
  // CHECK: %[[R:.*]] = medi.region.create %{{.*}}
  %r = medi.region.create %bytes
  // CHECK: %[[POOL:.*]] = medi.pool.create %{{.*}} : !medi.pool<!llvm.struct<(i32, f64)>>
  %pool = medi.pool.create %n : !medi.pool<!llvm.struct<(i32, f64)>>
  // CHECK: medi.realtime {
  medi.realtime {
    // CHECK: medi.region.alloc %[[R]], %{{.*}} align 16
    %a = medi.region.alloc %r, %bytes align 16
    // CHECK: medi.pool.alloc %[[POOL]] : !medi.pool<!llvm.struct<(i32, f64)>>
    %slot = medi.pool.alloc %pool : !medi.pool<!llvm.struct<(i32, f64)>>
    // CHECK: medi.pool.free %[[POOL]], %{{.*}} : !medi.pool<!llvm.struct<(i32, f64)>>
    medi.pool.free %pool, %slot : !medi.pool<!llvm.struct<(i32, f64)>>
    // CHECK: medi.region.reset %[[R]]
    medi.region.reset %r
  }
  // CHECK: medi.realtime -> i64 {
  // CHECK: medi.end %{{.*}} : i64
  %k = medi.realtime -> i64 {
    medi.end %n : i64
  }
  // CHECK: medi.region.destroy %[[R]]
  medi.region.destroy %r
  // CHECK: medi.pool.destroy %[[POOL]]
  medi.pool.destroy %pool : !medi.pool<!llvm.struct<(i32, f64)>>
  // CHECK: %[[S:.*]] = medi.gc.alloc_string %{{.*}}, %{{.*}}
  %s = medi.gc.alloc_string %p, %n
  // CHECK: %[[U:.*]] = medi.gc.alloc_unit
  %u = medi.gc.alloc_unit
  // CHECK: medi.gc.add_root %[[U]]
  medi.gc.add_root %u
  // CHECK: medi.gc.add_edge %[[U]], %[[S]]
  medi.gc.add_edge %u, %s
  // CHECK: medi.gc.write_barrier %[[U]], %{{.*}}
  medi.gc.write_barrier %u, %o
  // CHECK: medi.gc.remove_edge %[[U]], %[[S]]
  medi.gc.remove_edge %u, %s
  // CHECK: medi.gc.remove_root %[[U]]
  medi.gc.remove_root %u
  // CHECK: medi.gc.collect
  medi.gc.collect
  return
}
