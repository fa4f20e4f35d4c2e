// main awaits a group of 100 executes, starts 100 more that it never awaits (each spins for a
// while), and returns.
func.func @main() -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %sum = memref.alloc() : memref<i64>
  %zero = arith.constant 0 : i64
  memref.store %zero, %sum[] : memref<i64>
  %group = async.create_group %c100 : !async.group
  scf.for %i = %c0 to %c100 step %c1 {
    %t = async.execute {
      %k = arith.index_cast %i : index to i64
      %old = memref.atomic_rmw addi %k, %sum[] : (i64, memref<i64>) -> i64
      async.yield
    }
    %rank = async.add_to_group %t, %group : !async.token
  }
  async.await_all %group
  %total = memref.load %sum[] : memref<i64>
  vector.print str "awaited "
  vector.print %total : i64
  scf.for %i = %c0 to %c100 step %c1 {
    %t = async.execute {
      %n = arith.constant 100000 : index
      %spin = memref.alloca() : memref<index>
      scf.for %j = %c0 to %n step %c1 {
        memref.store %j, %spin[] : memref<index>
      }
      async.yield
    }
  }
  %ok = arith.constant 0 : i32
  return %ok : i32
}
