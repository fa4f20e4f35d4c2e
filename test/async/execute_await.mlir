// async.execute runs its body as a Medi task; async.await from main blocks main until it is
// done, and inside an execute body it parks the task. Tokens order dependent executes.
// REQUIRES: async_runtime
// RUN: mlir-opt %s %async_to_llvm | %mlir_run -O0 -shared-libs=%medi_async_runtime | FileCheck %s
// RUN: mlir-opt %s %async_to_llvm | %mlir_run -O3 -shared-libs=%medi_async_runtime | FileCheck %s

func.func private @mlirAsyncRuntimePrintCurrentThreadId()

func.func @main() {
  %c1 = arith.constant 1 : i64
  %c10 = arith.constant 10 : i64
  %c100 = arith.constant 100 : i64
  %cell = memref.alloc() : memref<i64>
  memref.store %c1, %cell[] : memref<i64>

  // CHECK: Current thread id: [[MAIN:[0-9]+]]
  func.call @mlirAsyncRuntimePrintCurrentThreadId() : () -> ()

  // A chain: each execute waits for the token of the one before (an async dependency) and
  // updates the cell, so the order of the updates is fixed: ((1 * 10) + 100) * 10 = 1100.
  %first = async.execute {
    %v = memref.load %cell[] : memref<i64>
    %w = arith.muli %v, %c10 : i64
    memref.store %w, %cell[] : memref<i64>
    // CHECK: Current thread id: {{[0-9]+}}
    func.call @mlirAsyncRuntimePrintCurrentThreadId() : () -> ()
    async.yield
  }
  %second = async.execute [%first] {
    %v = memref.load %cell[] : memref<i64>
    %w = arith.addi %v, %c100 : i64
    memref.store %w, %cell[] : memref<i64>
    async.yield
  }
  // An execute that awaits inside its body: a nested execute, awaited by the task.
  %third = async.execute [%second] {
    %inner = async.execute {
      %v = memref.load %cell[] : memref<i64>
      %w = arith.muli %v, %c10 : i64
      memref.store %w, %cell[] : memref<i64>
      async.yield
    }
    async.await %inner : !async.token
    async.yield
  }
  async.await %third : !async.token
  %result = memref.load %cell[] : memref<i64>
  // CHECK: 1100
  vector.print %result : i64

  // Back on main, the same thread as before.
  // CHECK: Current thread id: [[MAIN]]
  func.call @mlirAsyncRuntimePrintCurrentThreadId() : () -> ()

  // Many independent executes, awaited one by one: each adds its index to a sum.
  %sum = memref.alloc() : memref<i64>
  %zero = arith.constant 0 : i64
  memref.store %zero, %sum[] : memref<i64>
  %lb = arith.constant 0 : index
  %ub = arith.constant 1000 : index
  %step = arith.constant 1 : index
  scf.for %i = %lb to %ub step %step {
    %t = async.execute {
      %k = arith.index_cast %i : index to i64
      %s = memref.atomic_rmw addi %k, %sum[] : (i64, memref<i64>) -> i64
      async.yield
    }
    async.await %t : !async.token
  }
  %total = memref.load %sum[] : memref<i64>
  // CHECK: 499500
  vector.print %total : i64
  memref.dealloc %sum : memref<i64>
  memref.dealloc %cell : memref<i64>
  return
}
