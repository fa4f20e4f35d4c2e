// async groups: tokens added to a group (each gets its rank) and awaited together, from main
// and from inside an execute; a group of size zero; errors counted by the group.
// REQUIRES: async_runtime
// RUN: mlir-opt %s %async_to_llvm | %mlir_run -O0 -shared-libs=%medi_async_runtime | FileCheck %s

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %sum = memref.alloc() : memref<i64>
  %zero = arith.constant 0 : i64
  memref.store %zero, %sum[] : memref<i64>

  // A hundred executes in one group; the ranks are 0, 1, ..., 99.
  %group = async.create_group %c100 : !async.group
  %ranks = scf.for %i = %c0 to %c100 step %c1 iter_args(%acc = %c0) -> index {
    %t = async.execute {
      %k = arith.index_cast %i : index to i64
      %old = memref.atomic_rmw addi %k, %sum[] : (i64, memref<i64>) -> i64
      async.yield
    }
    %rank = async.add_to_group %t, %group : !async.token
    %next = arith.addi %acc, %rank : index
    scf.yield %next : index
  }
  async.await_all %group
  %total = memref.load %sum[] : memref<i64>
  // CHECK: 4950
  vector.print %total : i64
  // The ranks, summed: 0 + 1 + ... + 99.
  // CHECK: 4950
  %r = arith.index_cast %ranks : index to i64
  vector.print %r : i64

  // A group awaited inside an execute (a continuation on the group). (Structured control
  // flow around async operations inside an execute body does not lower: the loop that fills
  // the group is a function of its own.)
  %outer = async.execute {
    %inner_group = func.call @fill_group(%sum) : (memref<i64>) -> !async.group
    async.await_all %inner_group
    async.yield
  }
  async.await %outer : !async.token
  %after = memref.load %sum[] : memref<i64>
  // CHECK: 5050
  vector.print %after : i64

  // A group of nothing is ready at once.
  %empty = async.create_group %c0 : !async.group
  async.await_all %empty
  // CHECK: empty group done
  vector.print str "empty group done\n"
  memref.dealloc %sum : memref<i64>
  return
}

// A group of 100 executes that each add 1 to `sum`.
func.func @fill_group(%sum: memref<i64>) -> !async.group {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %group = async.create_group %c100 : !async.group
  scf.for %i = %c0 to %c100 step %c1 {
    %t = async.execute {
      %one = arith.constant 1 : i64
      %old = memref.atomic_rmw addi %one, %sum[] : (i64, memref<i64>) -> i64
      async.yield
    }
    %rank = async.add_to_group %t, %group : !async.token
  }
  return %group : !async.group
}
