// scf.parallel, split into tasks by async-parallel-for: C = A + B over SIZE x SIZE f32 (the
// shape of MLIR's microbench-scf-async-parallel-for), one warm-up call, then REPS timed calls.
// Prints the seconds per call. SIZE and REPS are substituted by async_bench.py.
func.func private @rtclock() -> f64

func.func @add(%a: memref<?x?xf32>, %b: memref<?x?xf32>, %c: memref<?x?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %rows = memref.dim %a, %c0 : memref<?x?xf32>
  %cols = memref.dim %a, %c1 : memref<?x?xf32>
  scf.parallel (%i, %j) = (%c0, %c0) to (%rows, %cols) step (%c1, %c1) {
    %x = memref.load %a[%i, %j] : memref<?x?xf32>
    %y = memref.load %b[%i, %j] : memref<?x?xf32>
    %s = arith.addf %x, %y : f32
    memref.store %s, %c[%i, %j] : memref<?x?xf32>
    scf.reduce
  }
  return
}

func.func @main() {
  %size = arith.constant SIZE : index
  %reps = arith.constant REPS : index
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  %a = memref.alloc(%size, %size) : memref<?x?xf32>
  %b = memref.alloc(%size, %size) : memref<?x?xf32>
  %c = memref.alloc(%size, %size) : memref<?x?xf32>
  scf.for %i = %c0 to %size step %c1 {
    scf.for %j = %c0 to %size step %c1 {
      memref.store %one, %a[%i, %j] : memref<?x?xf32>
      memref.store %one, %b[%i, %j] : memref<?x?xf32>
    }
  }
  func.call @add(%a, %b, %c) : (memref<?x?xf32>, memref<?x?xf32>, memref<?x?xf32>) -> ()
  %t0 = func.call @rtclock() : () -> f64
  scf.for %r = %c0 to %reps step %c1 {
    func.call @add(%a, %b, %c) : (memref<?x?xf32>, memref<?x?xf32>, memref<?x?xf32>) -> ()
  }
  %t1 = func.call @rtclock() : () -> f64
  %total = arith.subf %t1, %t0 : f64
  %repsi = arith.index_cast %reps : index to i64
  %repsf = arith.sitofp %repsi : i64 to f64
  %per = arith.divf %total, %repsf : f64
  vector.print str "parallel-for: "
  vector.print %per : f64
  %check = memref.load %c[%c0, %c0] : memref<?x?xf32>
  vector.print %check : f32
  memref.dealloc %a : memref<?x?xf32>
  memref.dealloc %b : memref<?x?xf32>
  memref.dealloc %c : memref<?x?xf32>
  return
}
