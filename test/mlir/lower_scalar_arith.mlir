// Scalar arith operations are lowered in place, outside the dialect conversion; what they
// become must be exactly what upstream's arith-to-llvm makes of them. The same module goes
// through both and the LLVM IR is compared; the operations the fast path leaves alone
// (vectors, index, overflow and fast-math flags) are in it too.
// RUN: %medi_opt --convert-medi-to-llvm %s | mlir-translate --mlir-to-llvmir > %t.medi.ll
// RUN: mlir-opt --convert-arith-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts %s \
// RUN:   | mlir-translate --mlir-to-llvmir > %t.upstream.ll
// RUN: diff %t.upstream.ll %t.medi.ll
// RUN: FileCheck %s < %t.medi.ll

// CHECK-LABEL: define i64 @integers(
// CHECK: add i64
// CHECK: sub i64
// CHECK: mul i64
// CHECK: shl i64
// CHECK: sdiv i64
// CHECK: udiv i64
// CHECK: srem i64
// CHECK: urem i64
// CHECK: and i64
// CHECK: or i64
// CHECK: xor i64
// CHECK: ashr i64
// CHECK: lshr i64
// CHECK: call i64 @llvm.smax.i64
// CHECK: call i64 @llvm.umax.i64
// CHECK: call i64 @llvm.smin.i64
// CHECK: call i64 @llvm.umin.i64
// CHECK: add nsw i64
// CHECK: mul nuw i64
func.func @integers(%a: i64, %b: i64) -> i64 {
  %c7 = arith.constant 7 : i64
  %0 = arith.addi %a, %c7 : i64
  %1 = arith.subi %0, %b : i64
  %2 = arith.muli %1, %a : i64
  %3 = arith.shli %2, %b : i64
  %4 = arith.divsi %3, %a : i64
  %5 = arith.divui %4, %b : i64
  %6 = arith.remsi %5, %a : i64
  %7 = arith.remui %6, %b : i64
  %8 = arith.andi %7, %a : i64
  %9 = arith.ori %8, %b : i64
  %10 = arith.xori %9, %a : i64
  %11 = arith.shrsi %10, %b : i64
  %12 = arith.shrui %11, %a : i64
  %13 = arith.maxsi %12, %b : i64
  %14 = arith.maxui %13, %a : i64
  %15 = arith.minsi %14, %b : i64
  %16 = arith.minui %15, %a : i64
  %17 = arith.addi %16, %b overflow<nsw> : i64
  %18 = arith.muli %17, %a overflow<nuw> : i64
  return %18 : i64
}

// CHECK-LABEL: define double @floats(
// CHECK: fadd double
// CHECK: fsub double
// CHECK: fmul double
// CHECK: fdiv double
// CHECK: frem double
// CHECK: fneg double
// CHECK: fadd fast double
func.func @floats(%x: f64, %y: f64) -> f64 {
  %half = arith.constant 0.5 : f64
  %0 = arith.addf %x, %half : f64
  %1 = arith.subf %0, %y : f64
  %2 = arith.mulf %1, %x : f64
  %3 = arith.divf %2, %y : f64
  %4 = arith.remf %3, %x : f64
  %5 = arith.negf %4 : f64
  %6 = arith.addf %5, %y fastmath<fast> : f64
  return %6 : f64
}

// CHECK-LABEL: define i32 @conversions(
// CHECK: sext i32
// CHECK: zext i16
// CHECK: trunc i64
// CHECK: sitofp i32
// CHECK: uitofp i32
// CHECK: fptosi double
// CHECK: fptoui double
// CHECK: bitcast float
func.func @conversions(%i: i32, %h: i16, %f: f32) -> i32 {
  %0 = arith.extsi %i : i32 to i64
  %1 = arith.extui %h : i16 to i64
  %2 = arith.addi %0, %1 : i64
  %3 = arith.trunci %2 : i64 to i32
  %4 = arith.sitofp %3 : i32 to f64
  %5 = arith.uitofp %3 : i32 to f64
  %6 = arith.addf %4, %5 : f64
  %7 = arith.fptosi %6 : f64 to i32
  %8 = arith.fptoui %6 : f64 to i32
  %9 = arith.bitcast %f : f32 to i32
  %10 = arith.addi %7, %8 : i32
  %11 = arith.addi %10, %9 : i32
  return %11 : i32
}

// CHECK-LABEL: define i64 @comparisons(
// CHECK: icmp slt i64
// CHECK: icmp uge i64
// CHECK: fcmp olt double
// CHECK: fcmp uno double
// CHECK: fcmp fast oeq double
// CHECK: select i1
func.func @comparisons(%a: i64, %b: i64, %x: f64, %y: f64) -> i64 {
  %0 = arith.cmpi slt, %a, %b : i64
  %1 = arith.cmpi uge, %a, %b : i64
  %2 = arith.cmpf olt, %x, %y : f64
  %3 = arith.cmpf uno, %x, %y : f64
  %4 = arith.cmpf oeq, %x, %y fastmath<fast> : f64
  %5 = arith.andi %0, %1 : i1
  %6 = arith.ori %2, %3 : i1
  %7 = arith.xori %5, %6 : i1
  %8 = arith.andi %7, %4 : i1
  %9 = arith.select %8, %a, %b : i64
  return %9 : i64
}

// CHECK-LABEL: define <4 x i32> @left_to_the_conversion(
// CHECK: add <4 x i32>
// CHECK: add i64
// CHECK: sext <4 x i32>
// CHECK: trunc <4 x i64>
func.func @left_to_the_conversion(%v: vector<4xi32>, %w: vector<4xi64>, %n: index, %m: i32)
    -> vector<4xi32> {
  %ones = arith.constant dense<1> : vector<4xi32>
  %0 = arith.addi %v, %ones : vector<4xi32>
  %c1 = arith.constant 1 : index
  %1 = arith.addi %n, %c1 : index
  %2 = arith.index_cast %1 : index to i32
  %3 = arith.extsi %0 : vector<4xi32> to vector<4xi64>
  %4 = arith.trunci %w : vector<4xi64> to vector<4xi32>
  %5 = arith.addi %4, %0 : vector<4xi32>
  %6 = arith.cmpi eq, %2, %m : i32
  %7 = arith.select %6, %5, %0 : vector<4xi32>
  return %7 : vector<4xi32>
}
