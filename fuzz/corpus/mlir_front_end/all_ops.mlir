// Every medi operation once (the round-trip test's program); lower_ops.mlir lowers it.

func.func @worker(%x: i64, %tx: !medi.sender<i64>) -> i64 {
  return %x : i64
}
func.func @member(%x: i64) {
  return
}

func.func @tasks(%x: i64, %tx: !medi.sender<i64>, %ns: i64) {
  %t = medi.spawn @worker(%x, %tx) priority(high) : (i64, !medi.sender<i64>) -> !medi.task<i64>
  %s1, %v1 = medi.join %t timeout %ns : !medi.task<i64>
  %s2, %v2 = medi.join %t : !medi.task<i64>
  %u = medi.spawn @member(%x) : (i64) -> !medi.task<none>
  medi.detach %u : !medi.task<none>
  medi.yield
  %s3 = medi.sleep %ns
  %now = medi.clock_now
  %c = medi.task.cancelled
  %g = medi.group.create timeout %ns
  %g2 = medi.group.create
  %s4 = medi.group.spawn %g, @member(%x) : (i64) -> i32
  medi.group.cancel %g
  %s5 = medi.group.wait %g
  %s6 = medi.group.wait %g2
  medi.panic "vital sign out of range"
  return
}

func.func @panic_buffer(%p: !llvm.ptr) {
  medi.panic %p
  return
}

func.func @channels(%v: i64, %ns: i64) {
  %tx, %rx = medi.channel bounded(8) : i64
  %ftx, %frx = medi.channel unbounded : f64
  %stx, %srx = medi.channel rendezvous : !llvm.struct<(i32, i32, i32)>
  %a = medi.send %tx, %v : !medi.sender<i64>
  %b = medi.send %tx, %v timeout %ns : !medi.sender<i64>
  %c = medi.try_send %tx, %v : !medi.sender<i64>
  %d, %dv = medi.recv %rx : !medi.receiver<i64>
  %e, %ev = medi.recv %rx timeout %ns : !medi.receiver<i64>
  %f, %fv = medi.try_recv %rx : !medi.receiver<i64>
  %tx2 = medi.clone %tx : !medi.sender<i64>
  %rx2 = medi.clone %rx : !medi.receiver<i64>
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

func.func @selects(%rx: !medi.receiver<i64>, %tx: !medi.sender<f64>, %x: f64, %ns: i64) -> i64 {
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
  %s2 = medi.select
    recv %rx : !medi.receiver<i64> {
    ^bb0(%v: i64):
      medi.yield
    }
    default {
    }
  return %r : i64
}

func.func @memory(%bytes: i64, %o: !medi.gc, %p: !llvm.ptr, %n: i64) {
  %r = medi.region.create %bytes
  %pool = medi.pool.create %n : !medi.pool<!llvm.struct<(i32, f64)>>
  medi.realtime {
    %a = medi.region.alloc %r, %bytes align 16
    %slot = medi.pool.alloc %pool : !medi.pool<!llvm.struct<(i32, f64)>>
    medi.pool.free %pool, %slot : !medi.pool<!llvm.struct<(i32, f64)>>
    medi.region.reset %r
  }
  %k = medi.realtime -> i64 {
    medi.end %n : i64
  }
  medi.region.destroy %r
  medi.pool.destroy %pool : !medi.pool<!llvm.struct<(i32, f64)>>
  %s = medi.gc.alloc_string %p, %n
  %u = medi.gc.alloc_unit
  medi.gc.add_root %u
  medi.gc.add_edge %u, %s
  medi.gc.write_barrier %u, %o
  medi.gc.remove_edge %u, %s
  medi.gc.remove_root %u
  medi.gc.collect
  return
}
