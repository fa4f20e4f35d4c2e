// async values: an execute that yields values, awaited from main (blocking) and from another
// execute (a continuation); a value of a memref; values passed as dependencies of executes.
// REQUIRES: async_runtime
// RUN: mlir-opt %s %async_to_llvm | %mlir_run -O0 -shared-libs=%medi_async_runtime | FileCheck %s

func.func @main() {
  %c6 = arith.constant 6 : i64
  %c7 = arith.constant 7 : i64
  %pi = arith.constant 3.25 : f32

  // Two values from one execute.
  %token, %product, %half = async.execute -> (!async.value<i64>, !async.value<f32>) {
    %p = arith.muli %c6, %c7 : i64
    %two = arith.constant 2.0 : f32
    %h = arith.divf %pi, %two : f32
    async.yield %p, %h : i64, f32
  }
  %p = async.await %product : !async.value<i64>
  %h = async.await %half : !async.value<f32>
  // CHECK: 42
  vector.print %p : i64
  // CHECK: 1.625
  vector.print %h : f32

  // An execute that takes values: its operands are awaited (with continuations) first.
  %t2, %sum = async.execute (%product as %x: !async.value<i64>)
      -> !async.value<i64> {
    %s = arith.addi %x, %x : i64
    async.yield %s : i64
  }
  %s = async.await %sum : !async.value<i64>
  // CHECK: 84
  vector.print %s : i64

  // A memref as a value.
  %t3, %buffer = async.execute -> !async.value<memref<3xi64>> {
    %m = memref.alloc() : memref<3xi64>
    %i0 = arith.constant 0 : index
    %i2 = arith.constant 2 : index
    memref.store %c6, %m[%i0] : memref<3xi64>
    memref.store %c7, %m[%i2] : memref<3xi64>
    async.yield %m : memref<3xi64>
  }
  %m = async.await %buffer : !async.value<memref<3xi64>>
  %i0 = arith.constant 0 : index
  %i2 = arith.constant 2 : index
  %a = memref.load %m[%i0] : memref<3xi64>
  %b = memref.load %m[%i2] : memref<3xi64>
  // CHECK: 6
  // CHECK: 7
  vector.print %a : i64
  vector.print %b : i64
  memref.dealloc %m : memref<3xi64>
  return
}
