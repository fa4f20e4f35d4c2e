// Fine-grained tasks: N times, an async.execute with a tiny body, awaited at once from main
// (a blocking await), then N executes in flight at once, awaited as a group. Prints the
// seconds per execute-and-await for each shape. N is the constant below.
func.func private @rtclock() -> f64

func.func @main() {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 20000 : index
  %nf = arith.constant 20000.0 : f64
  %cell = memref.alloc() : memref<i64>
  %zero = arith.constant 0 : i64
  memref.store %zero, %cell[] : memref<i64>

  // Warm-up: start the workers.
  %w = async.execute {
    async.yield
  }
  async.await %w : !async.token

  // One at a time: spawn, then await.
  %t0 = func.call @rtclock() : () -> f64
  scf.for %i = %c0 to %n step %c1 {
    %t = async.execute {
      %one = arith.constant 1 : i64
      %old = memref.atomic_rmw addi %one, %cell[] : (i64, memref<i64>) -> i64
      async.yield
    }
    async.await %t : !async.token
  }
  %t1 = func.call @rtclock() : () -> f64
  %sequential = arith.subf %t1, %t0 : f64
  %per1 = arith.divf %sequential, %nf : f64
  vector.print str "execute+await: "
  vector.print %per1 : f64

  // All in flight, then awaited together.
  %t2 = func.call @rtclock() : () -> f64
  %group = async.create_group %n : !async.group
  scf.for %i = %c0 to %n step %c1 {
    %t = async.execute {
      %one = arith.constant 1 : i64
      %old = memref.atomic_rmw addi %one, %cell[] : (i64, memref<i64>) -> i64
      async.yield
    }
    %rank = async.add_to_group %t, %group : !async.token
  }
  async.await_all %group
  %t3 = func.call @rtclock() : () -> f64
  %grouped = arith.subf %t3, %t2 : f64
  %per2 = arith.divf %grouped, %nf : f64
  vector.print str "group of tokens: "
  vector.print %per2 : f64
  memref.dealloc %cell : memref<i64>
  return
}
