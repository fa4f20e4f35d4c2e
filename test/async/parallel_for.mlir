// scf.parallel split into async tasks by async-parallel-for, in one and two dimensions, with
// several worker counts (what the pass splits the loop by; 3 leaves uneven blocks) and with
// and without async dispatch. Every element is written exactly once.
// REQUIRES: async_runtime
// RUN: mlir-opt %s -async-parallel-for="num-workers=1" | mlir-opt %async_to_llvm \
// RUN:   | %mlir_run -O3 -shared-libs=%medi_async_runtime | FileCheck %s
// RUN: mlir-opt %s -async-parallel-for="num-workers=2" | mlir-opt %async_to_llvm \
// RUN:   | %mlir_run -O3 -shared-libs=%medi_async_runtime | FileCheck %s
// RUN: mlir-opt %s -async-parallel-for="num-workers=3" | mlir-opt %async_to_llvm \
// RUN:   | %mlir_run -O3 -shared-libs=%medi_async_runtime | FileCheck %s
// RUN: mlir-opt %s -async-parallel-for="num-workers=16 async-dispatch=false" | mlir-opt %async_to_llvm \
// RUN:   | %mlir_run -O3 -shared-libs=%medi_async_runtime | FileCheck %s

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %n = arith.constant 1001 : index
  %rows = arith.constant 37 : index
  %cols = arith.constant 29 : index
  %one = arith.constant 1 : i64

  // 1-D, step 3: elements 0, 3, ..., 999 get their index plus one; the rest stay zero.
  %a = memref.alloc(%n) : memref<?xi64>
  scf.for %i = %c0 to %n step %c1 {
    %z = arith.constant 0 : i64
    memref.store %z, %a[%i] : memref<?xi64>
  }
  scf.parallel (%i) = (%c0) to (%n) step (%c3) {
    %k = arith.index_cast %i : index to i64
    %v = arith.addi %k, %one : i64
    %old = memref.atomic_rmw addi %v, %a[%i] : (i64, memref<?xi64>) -> i64
    scf.reduce
  }
  %sum1 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %one) -> i64 {
    %v = memref.load %a[%i] : memref<?xi64>
    %next = arith.addi %acc, %v : i64
    scf.yield %next : i64
  }
  // 1 + sum over k = 0, 3, ..., 999 of (k + 1) = 1 + 334 + 3 * (333 * 334 / 2) = 167168
  // CHECK: 167168
  vector.print %sum1 : i64

  // 2-D: each cell of a 37 x 29 grid gets row * 100 + col, written once (atomically added to
  // zero, so a cell written twice would show).
  %g = memref.alloc(%rows, %cols) : memref<?x?xi64>
  scf.parallel (%r, %c) = (%c0, %c0) to (%rows, %cols) step (%c1, %c1) {
    %z = arith.constant 0 : i64
    memref.store %z, %g[%r, %c] : memref<?x?xi64>
    scf.reduce
  }
  scf.parallel (%r, %c) = (%c0, %c0) to (%rows, %cols) step (%c1, %c1) {
    %ri = arith.index_cast %r : index to i64
    %ci = arith.index_cast %c : index to i64
    %h = arith.constant 100 : i64
    %rh = arith.muli %ri, %h : i64
    %v = arith.addi %rh, %ci : i64
    %old = memref.atomic_rmw addi %v, %g[%r, %c] : (i64, memref<?x?xi64>) -> i64
    scf.reduce
  }
  %sum2 = scf.for %r = %c0 to %rows step %c1 iter_args(%acc = %one) -> i64 {
    %row = scf.for %c = %c0 to %cols step %c1 iter_args(%racc = %acc) -> i64 {
      %v = memref.load %g[%r, %c] : memref<?x?xi64>
      %next = arith.addi %racc, %v : i64
      scf.yield %next : i64
    }
    scf.yield %row : i64
  }
  // 1 + 29 * 100 * (36 * 37 / 2) + 37 * (28 * 29 / 2) = 1 + 1931400 + 15022 = 1946423
  // CHECK: 1946423
  vector.print %sum2 : i64
  memref.dealloc %a : memref<?xi64>
  memref.dealloc %g : memref<?x?xi64>
  return
}
