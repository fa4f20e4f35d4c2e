// An async program as medi-run and medi-build take it: executes with values, a group, and
// blocking awaits nested 64 deep; it prints through the Medi runtime's host_log_i64.
func.func private @host_log_i64(i64)

func.func @level(%depth: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %bottom = arith.cmpi eq, %depth, %c0 : i64
  %r = scf.if %bottom -> i64 {
    scf.yield %c0 : i64
  } else {
    %next = arith.subi %depth, %c1 : i64
    %t, %v = async.execute -> !async.value<i64> {
      %below = func.call @level(%next) : (i64) -> i64
      %plus = arith.addi %below, %c1 : i64
      async.yield %plus : i64
    }
    %x = async.await %v : !async.value<i64>
    scf.yield %x : i64
  }
  return %r : i64
}

func.func @main() -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %c6 = arith.constant 6 : i64
  %t, %v = async.execute -> !async.value<i64> {
    %p = arith.muli %c6, %c6 : i64
    async.yield %p : i64
  }
  %square = async.await %v : !async.value<i64>
  func.call @host_log_i64(%square) : (i64) -> ()

  %sum = memref.alloc() : memref<i64>
  %zero = arith.constant 0 : i64
  memref.store %zero, %sum[] : memref<i64>
  %group = async.create_group %c10 : !async.group
  scf.for %i = %c0 to %c10 step %c1 {
    %e = async.execute {
      %k = arith.index_cast %i : index to i64
      %old = memref.atomic_rmw addi %k, %sum[] : (i64, memref<i64>) -> i64
      async.yield
    }
    %rank = async.add_to_group %e, %group : !async.token
  }
  async.await_all %group
  %total = memref.load %sum[] : memref<i64>
  func.call @host_log_i64(%total) : (i64) -> ()
  memref.dealloc %sum : memref<i64>

  %depth = arith.constant 64 : i64
  %reached = func.call @level(%depth) : (i64) -> i64
  func.call @host_log_i64(%reached) : (i64) -> ()
  %ok = arith.constant 0 : i32
  return %ok : i32
}
