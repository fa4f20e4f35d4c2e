// medi-canonicalize rewrites medi operations and leaves the rest of the program as written
// (its folding is LLVM's job later); canonicalize does both.
// RUN: %medi_opt %s -medi-canonicalize | FileCheck %s --check-prefixes=CHECK,MEDI
// RUN: %medi_opt %s -canonicalize | FileCheck %s --check-prefixes=CHECK,UPSTREAM

func.func @twice(%x: i64) -> i64 {
  %y = arith.addi %x, %x : i64
  return %y : i64
}

// CHECK-LABEL: func.func @mixed
func.func @mixed() -> i64 {
  %one = arith.constant 1 : i64
  %two = arith.constant 2 : i64
  // MEDI: %[[SUM:.*]] = arith.addi
  // UPSTREAM-NOT: arith.addi
  %three = arith.addi %one, %two : i64
  // CHECK-NOT: medi.spawn
  // CHECK: call @twice
  %t = medi.spawn @twice(%three) : (i64) -> !medi.task<i64>
  %status, %value = medi.join %t : !medi.task<i64>
  // CHECK-NOT: medi.channel
  %tx, %rx = medi.channel bounded(0) : i64
  medi.drop %tx : !medi.sender<i64>
  medi.drop %rx : !medi.receiver<i64>
  return %value : i64
}
