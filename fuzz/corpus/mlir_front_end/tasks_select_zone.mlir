func.func private @host_log_i64(i64)
func.func @square(%x: i64) -> i64 {
  %y = arith.muli %x, %x : i64
  return %y : i64
}
func.func @producer(%tx: !medi.sender<i64>) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c5 = arith.constant 5 : i64
  scf.for %i = %c0 to %c5 step %c1 : i64 {
    %s = medi.send %tx, %i : !medi.sender<i64>
  }
  medi.drop %tx : !medi.sender<i64>
  return
}
func.func @main() -> i32 {
  %tx, %rx = medi.channel bounded(2) : i64
  %t = medi.spawn @producer(%tx) priority(high) : (!medi.sender<i64>) -> !medi.task<none>
  %c7 = arith.constant 7 : i64
  %sq = medi.spawn @square(%c7) : (i64) -> !medi.task<i64>
  %st, %v = medi.join %sq : !medi.task<i64>
  func.call @host_log_i64(%v) : (i64) -> ()
  %ns = arith.constant 1000000000 : i64
  %status, %sum = medi.select -> i64
    recv %rx : !medi.receiver<i64> {
    ^bb0(%x: i64, %ok: i1):
      medi.end %x : i64
    } timeout %ns {
      %z = arith.constant -1 : i64
      medi.end %z : i64
    }
  func.call @host_log_i64(%sum) : (i64) -> ()
  medi.realtime {
    %s2, %w = medi.try_recv %rx : !medi.receiver<i64>
    func.call @host_log_i64(%w) : (i64) -> ()
  }
  %js = medi.join %t : !medi.task<none>
  medi.drop %rx : !medi.receiver<i64>
  %r = arith.constant 0 : i32
  return %r : i32
}
