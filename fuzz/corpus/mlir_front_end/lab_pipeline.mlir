// lab_pipeline.mlir: lab_pipeline.medi in the medi dialect, as a compiler would emit it. It
// prints what its LLVM IR twin (lab_pipeline.ll) prints, and the validator that takes the
// malformed record panics with the same report: lab_pipeline.medi, line 26, op task.panic.
//   medi-run lab_pipeline.mlir
//   medi-build lab_pipeline.mlir -o lab_pipeline

// LabResult and Normalised: { id, test, milli_units or value }; id 0 ends a batch.
// Totals: { count[3], sum[3] }.

llvm.mlir.global private constant @fmt_summary("lab pipeline: %d records, %d normalised, %d rejected\0A\00") {addr_space = 0 : i32}
llvm.mlir.global private constant @fmt_validators("validators: %d started, %d failed\0A\00") {addr_space = 0 : i32}
llvm.mlir.global private constant @fmt_test("  %-9s: %d results, mean %.1f\0A\00") {addr_space = 0 : i32}
llvm.mlir.global private constant @fmt_malformed("malformed lab record %d: negative %s reading\00") {addr_space = 0 : i32}
llvm.mlir.global private constant @potassium("potassium\00") {addr_space = 0 : i32}
llvm.mlir.global private constant @sodium("sodium\00") {addr_space = 0 : i32}
llvm.mlir.global private constant @glucose("glucose\00") {addr_space = 0 : i32}
llvm.func @printf(!llvm.ptr, ...) -> i32
llvm.func @snprintf(!llvm.ptr, i64, !llvm.ptr, ...) -> i32

func.func private @test_name(%test: i32) -> !llvm.ptr {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %k = llvm.mlir.addressof @potassium : !llvm.ptr
  %na = llvm.mlir.addressof @sodium : !llvm.ptr
  %g = llvm.mlir.addressof @glucose : !llvm.ptr
  %is0 = arith.cmpi eq, %test, %c0 : i32
  %is1 = arith.cmpi eq, %test, %c1 : i32
  %not0 = arith.select %is1, %na, %g : !llvm.ptr
  %name = arith.select %is0, %k, %not0 : !llvm.ptr
  return %name : !llvm.ptr
}

func.func private @intake(%out: !medi.sender<!llvm.struct<(i32, i32, i32)>>) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c17 = arith.constant 17 : i32
  %c37 = arith.constant 37 : i32
  %c400 = arith.constant 400 : i32
  %c1000 = arith.constant 1000 : i32
  %bad = arith.constant -4200 : i32
  %records = arith.constant 61 : i32
  scf.for %id = %c1 to %records step %c1 : i32 {
    %times = arith.muli %id, %c37 : i32
    %rem = arith.remsi %times, %c400 : i32
    %good = arith.addi %rem, %c1000 : i32
    %is17 = arith.cmpi eq, %id, %c17 : i32
    %reading = arith.select %is17, %bad, %good : i32
    %test = arith.remsi %id, %c3 : i32
    %r0 = llvm.mlir.undef : !llvm.struct<(i32, i32, i32)>
    %r1 = llvm.insertvalue %id, %r0[0] : !llvm.struct<(i32, i32, i32)>
    %r2 = llvm.insertvalue %test, %r1[1] : !llvm.struct<(i32, i32, i32)>
    %record = llvm.insertvalue %reading, %r2[2] : !llvm.struct<(i32, i32, i32)>
    %s = medi.send %out, %record : !medi.sender<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":16:5)
  }
  %end = llvm.mlir.zero : !llvm.struct<(i32, i32, i32)>
  scf.for %v = %c0 to %c3 step %c1 : i32 {
    %s = medi.send %out, %end : !medi.sender<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":18:35)
  }
  return
} loc("lab_pipeline.medi":13:1)

func.func private @validate(%input: !medi.receiver<!llvm.struct<(i32, i32, i32)>>,
                            %output: !medi.sender<!llvm.struct<(i32, i32, i32)>>) {
  %c0 = arith.constant 0 : i32
  %c10 = arith.constant 10 : i32
  %c96 = arith.constant 96 : i64
  scf.while : () -> () {
    %st, %record = medi.recv %input : !medi.receiver<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":23:18)
    %id = llvm.extractvalue %record[0] : !llvm.struct<(i32, i32, i32)>
    %more = arith.cmpi ne, %id, %c0 : i32
    scf.if %more {
      %test = llvm.extractvalue %record[1] : !llvm.struct<(i32, i32, i32)>
      %milli = llvm.extractvalue %record[2] : !llvm.struct<(i32, i32, i32)>
      %negative = arith.cmpi slt, %milli, %c0 : i32
      scf.if %negative {
        %buffer = llvm.alloca %c96 x i8 : (i64) -> !llvm.ptr
        %format = llvm.mlir.addressof @fmt_malformed : !llvm.ptr
        %name = func.call @test_name(%test) : (i32) -> !llvm.ptr
        %n = llvm.call @snprintf(%buffer, %c96, %format, %id, %name) vararg(!llvm.func<i32 (ptr, i64, ptr, ...)>) : (!llvm.ptr, i64, !llvm.ptr, i32, !llvm.ptr) -> i32
        medi.panic %buffer loc("lab_pipeline.medi":26:7)
      } else {
        %value = arith.divsi %milli, %c10 : i32
        %n0 = llvm.mlir.undef : !llvm.struct<(i32, i32, i32)>
        %n1 = llvm.insertvalue %id, %n0[0] : !llvm.struct<(i32, i32, i32)>
        %n2 = llvm.insertvalue %test, %n1[1] : !llvm.struct<(i32, i32, i32)>
        %result = llvm.insertvalue %value, %n2[2] : !llvm.struct<(i32, i32, i32)>
        %s = medi.send %output, %result : !medi.sender<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":28:5)
      }
    }
    scf.condition(%more)
  } do {
    scf.yield
  }
  return
} loc("lab_pipeline.medi":21:1)

func.func private @aggregate(%input: !medi.receiver<!llvm.struct<(i32, i32, i32)>>)
    -> !llvm.struct<(i32, i32, i32, i64, i64, i64)> {
  %c0 = arith.constant 0 : i32
  %i0 = arith.constant 0 : index
  %i1 = arith.constant 1 : index
  %i2 = arith.constant 2 : index
  %i3 = arith.constant 3 : index
  %zero32 = arith.constant 0 : i32
  %zero64 = arith.constant 0 : i64
  %one = arith.constant 1 : i32
  %counts = memref.alloca() : memref<3xi32>
  %sums = memref.alloca() : memref<3xi64>
  scf.for %k = %i0 to %i3 step %i1 {
    memref.store %zero32, %counts[%k] : memref<3xi32>
    memref.store %zero64, %sums[%k] : memref<3xi64>
  }
  scf.while : () -> () {
    %st, %result = medi.recv %input : !medi.receiver<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":35:18)
    %id = llvm.extractvalue %result[0] : !llvm.struct<(i32, i32, i32)>
    %more = arith.cmpi ne, %id, %c0 : i32
    scf.if %more {
      %test = llvm.extractvalue %result[1] : !llvm.struct<(i32, i32, i32)>
      %value = llvm.extractvalue %result[2] : !llvm.struct<(i32, i32, i32)>
      %t = arith.index_cast %test : i32 to index
      %count = memref.load %counts[%t] : memref<3xi32>
      %count1 = arith.addi %count, %one : i32
      memref.store %count1, %counts[%t] : memref<3xi32>
      %sum = memref.load %sums[%t] : memref<3xi64>
      %wide = arith.extsi %value : i32 to i64
      %sum1 = arith.addi %sum, %wide : i64
      memref.store %sum1, %sums[%t] : memref<3xi64>
    }
    scf.condition(%more)
  } do {
    scf.yield
  }
  %t0 = llvm.mlir.undef : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %k0 = memref.load %counts[%i0] : memref<3xi32>
  %k1 = memref.load %counts[%i1] : memref<3xi32>
  %k2 = memref.load %counts[%i2] : memref<3xi32>
  %s0 = memref.load %sums[%i0] : memref<3xi64>
  %s1 = memref.load %sums[%i1] : memref<3xi64>
  %s2 = memref.load %sums[%i2] : memref<3xi64>
  %t1 = llvm.insertvalue %k0, %t0[0] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %t2 = llvm.insertvalue %k1, %t1[1] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %t3 = llvm.insertvalue %k2, %t2[2] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %t4 = llvm.insertvalue %s0, %t3[3] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %t5 = llvm.insertvalue %s1, %t4[4] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %totals = llvm.insertvalue %s2, %t5[5] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  return %totals : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
} loc("lab_pipeline.medi":32:1)

func.func private @print_test(%name: !llvm.ptr, %count: i32, %sum: i64) {
  %format = llvm.mlir.addressof @fmt_test : !llvm.ptr
  %num = arith.sitofp %sum : i64 to f64
  %den = arith.sitofp %count : i32 to f64
  %mean = arith.divf %num, %den : f64
  %n = llvm.call @printf(%format, %name, %count, %mean) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, !llvm.ptr, i32, f64) -> i32
  return
} loc("lab_pipeline.medi":52:5)

func.func @main() -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %records = arith.constant 60 : i32
  %validators = arith.constant 3 : i32
  %panicked = arith.constant 5 : i32
  %raw_tx, %raw_rx = medi.channel unbounded : !llvm.struct<(i32, i32, i32)> loc("lab_pipeline.medi":42:24)
  %done_tx, %done_rx = medi.channel bounded(8) : !llvm.struct<(i32, i32, i32)> loc("lab_pipeline.medi":43:26)
  %aggregator = medi.spawn @aggregate(%done_rx) priority(low) : (!medi.receiver<!llvm.struct<(i32, i32, i32)>>) -> !medi.task<!llvm.struct<(i32, i32, i32, i64, i64, i64)>> loc("lab_pipeline.medi":44:16)
  %v1 = medi.spawn @validate(%raw_rx, %done_tx) priority(high) : (!medi.receiver<!llvm.struct<(i32, i32, i32)>>, !medi.sender<!llvm.struct<(i32, i32, i32)>>) -> !medi.task<none> loc("lab_pipeline.medi":45:21)
  %v2 = medi.spawn @validate(%raw_rx, %done_tx) priority(high) : (!medi.receiver<!llvm.struct<(i32, i32, i32)>>, !medi.sender<!llvm.struct<(i32, i32, i32)>>) -> !medi.task<none> loc("lab_pipeline.medi":45:21)
  %v3 = medi.spawn @validate(%raw_rx, %done_tx) priority(high) : (!medi.receiver<!llvm.struct<(i32, i32, i32)>>, !medi.sender<!llvm.struct<(i32, i32, i32)>>) -> !medi.task<none> loc("lab_pipeline.medi":45:21)
  func.call @intake(%raw_tx) : (!medi.sender<!llvm.struct<(i32, i32, i32)>>) -> () loc("lab_pipeline.medi":46:3)
  %j1 = medi.join %v1 : !medi.task<none> loc("lab_pipeline.medi":47:22)
  %j2 = medi.join %v2 : !medi.task<none> loc("lab_pipeline.medi":47:22)
  %j3 = medi.join %v3 : !medi.task<none> loc("lab_pipeline.medi":47:22)
  %f1 = arith.cmpi eq, %j1, %panicked : i32
  %f2 = arith.cmpi eq, %j2, %panicked : i32
  %f3 = arith.cmpi eq, %j3, %panicked : i32
  %n1 = arith.extui %f1 : i1 to i32
  %n2 = arith.extui %f2 : i1 to i32
  %n3 = arith.extui %f3 : i1 to i32
  %n12 = arith.addi %n1, %n2 : i32
  %failed = arith.addi %n12, %n3 : i32
  %end = llvm.mlir.zero : !llvm.struct<(i32, i32, i32)>
  %s = medi.send %done_tx, %end : !medi.sender<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":48:3)
  %js, %totals = medi.join %aggregator : !medi.task<!llvm.struct<(i32, i32, i32, i64, i64, i64)>> loc("lab_pipeline.medi":49:11)
  %k0 = llvm.extractvalue %totals[0] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %k1 = llvm.extractvalue %totals[1] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %k2 = llvm.extractvalue %totals[2] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %s0 = llvm.extractvalue %totals[3] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %s1 = llvm.extractvalue %totals[4] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %s2 = llvm.extractvalue %totals[5] : !llvm.struct<(i32, i32, i32, i64, i64, i64)>
  %k01 = arith.addi %k0, %k1 : i32
  %normalised = arith.addi %k01, %k2 : i32
  %rejected = arith.subi %records, %normalised : i32
  %summary = llvm.mlir.addressof @fmt_summary : !llvm.ptr
  %p1 = llvm.call @printf(%summary, %records, %normalised, %rejected) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32, i32, i32) -> i32 loc("lab_pipeline.medi":50:3)
  %line = llvm.mlir.addressof @fmt_validators : !llvm.ptr
  %p2 = llvm.call @printf(%line, %validators, %failed) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32, i32) -> i32 loc("lab_pipeline.medi":51:3)
  %name0 = func.call @test_name(%c0) : (i32) -> !llvm.ptr
  func.call @print_test(%name0, %k0, %s0) : (!llvm.ptr, i32, i64) -> ()
  %name1 = func.call @test_name(%c1) : (i32) -> !llvm.ptr
  func.call @print_test(%name1, %k1, %s1) : (!llvm.ptr, i32, i64) -> ()
  %name2 = func.call @test_name(%c2) : (i32) -> !llvm.ptr
  func.call @print_test(%name2, %k2, %s2) : (!llvm.ptr, i32, i64) -> ()
  medi.drop %raw_tx : !medi.sender<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":53:3)
  medi.drop %raw_rx : !medi.receiver<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":53:3)
  medi.drop %done_tx : !medi.sender<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":53:3)
  medi.drop %done_rx : !medi.receiver<!llvm.struct<(i32, i32, i32)>> loc("lab_pipeline.medi":53:3)
  return %c0 : i32
} loc("lab_pipeline.medi":41:1)
