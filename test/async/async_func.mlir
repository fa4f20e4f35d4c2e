// async.func and async.call: a function that is a coroutine, called from main and from
// another async function, with values and awaits in between.
// REQUIRES: async_runtime
// RUN: mlir-opt %s %async_to_llvm | %mlir_run -O0 -shared-libs=%medi_async_runtime | FileCheck %s

async.func @square(%x: i64) -> !async.value<i64> {
  %t = async.execute {
    async.yield
  }
  async.await %t : !async.token
  %y = arith.muli %x, %x : i64
  return %y : i64
}

async.func @sum_of_squares(%a: i64, %b: i64) -> !async.value<i64> {
  %va = async.call @square(%a) : (i64) -> !async.value<i64>
  %vb = async.call @square(%b) : (i64) -> !async.value<i64>
  %x = async.await %va : !async.value<i64>
  %y = async.await %vb : !async.value<i64>
  %s = arith.addi %x, %y : i64
  return %s : i64
}

func.func @main() {
  %c3 = arith.constant 3 : i64
  %c4 = arith.constant 4 : i64
  %v = async.call @sum_of_squares(%c3, %c4) : (i64, i64) -> !async.value<i64>
  %r = async.await %v : !async.value<i64>
  // CHECK: 25
  vector.print %r : i64
  return
}
