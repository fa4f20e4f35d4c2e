// The zone calls a function that spawns: the dialect's verifier checks each zone's own body,
// not its callees; medi-rt-check follows the call.
func.func @work(%x: i64) -> i64 {
  return %x : i64
}
func.func @start_worker(%x: i64) -> !medi.task<i64> {
  %t = medi.spawn @work(%x) : (i64) -> !medi.task<i64>
  return %t : !medi.task<i64>
}
func.func @main() -> i32 {
  %c = arith.constant 1 : i64
  medi.realtime {
    %t = func.call @start_worker(%c) : (i64) -> !medi.task<i64>
  }
  %z = arith.constant 0 : i32
  return %z : i32
}
