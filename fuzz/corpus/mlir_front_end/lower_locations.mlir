// Locations survive lowering and translation: each intrinsic call's !dbg names the .medi file
// and line it was written at, a location in a second file keeps its file (a lexical block of
// that file), an operation without a location takes its function's, and medi-lower's source
// records name them.
// RUN: %medi_opt --medi-to-llvm -mlir-print-debuginfo %s | mlir-translate --mlir-to-llvmir > %t.ll
// RUN: FileCheck %s < %t.ll
// RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower -S %t.ll | FileCheck %s --check-prefix=RECORD

// CHECK: define void @monitor(ptr %{{.*}}) !dbg ![[SP:[0-9]+]]
// CHECK: call i32 @medi.chan.send(ptr %{{.*}}, ptr %{{.*}}), !dbg ![[SEND:[0-9]+]]
// CHECK: call void @medi.yield(), !dbg ![[YIELD:[0-9]+]]
// CHECK: call void @medi.rt.enter(), !dbg ![[ENTER:[0-9]+]]
// CHECK: call void @medi.rt.exit(), !dbg ![[EXIT:[0-9]+]]
// CHECK: call void @medi.chan.sender.drop(ptr %{{.*}}), !dbg ![[DROP:[0-9]+]]
// CHECK-DAG: ![[FILE:[0-9]+]] = !DIFile(filename: "lab.medi", directory: "")
// CHECK-DAG: ![[SP]] = distinct !DISubprogram(name: "monitor", linkageName: "monitor", scope: ![[FILE]], file: ![[FILE]], line: 10
// CHECK-DAG: ![[SEND]] = !DILocation(line: 12, column: 5, scope: ![[SP]])
// CHECK-DAG: ![[YIELD]] = !DILocation(line: 3, column: 7, scope: ![[BLOCK:[0-9]+]])
// CHECK-DAG: ![[BLOCK]] = distinct !DILexicalBlockFile(scope: ![[SP]], file: ![[OTHER:[0-9]+]], discriminator: 0)
// CHECK-DAG: ![[OTHER]] = !DIFile(filename: "vitals.medi", directory: "")
// CHECK-DAG: ![[ENTER]] = !DILocation(line: 14, column: 3, scope: ![[SP]])
// CHECK-DAG: ![[EXIT]] = !DILocation(line: 16, column: 3, scope: ![[SP]])
// CHECK-DAG: ![[DROP]] = !DILocation(line: 10, column: 1, scope: ![[SP]])

// RECORD-DAG: c"lab.medi\00"
// RECORD-DAG: c"vitals.medi\00"
// RECORD-DAG: { ptr @{{.*}}, ptr @{{.*}}, ptr @{{.*}}, i32 12, i32 5 }
// RECORD-DAG: { ptr @{{.*}}, ptr @{{.*}}, ptr @{{.*}}, i32 3, i32 7 }

func.func @monitor(%tx: !medi.sender<i64>) {
  %v = arith.constant 42 : i64 loc("lab.medi":11:5)
  %s = medi.send %tx, %v : !medi.sender<i64> loc("lab.medi":12:5)
  medi.yield loc("vitals.medi":3:7)
  medi.realtime {
    %w = arith.addi %v, %v : i64 loc("lab.medi":15:5)
    medi.end loc("lab.medi":16:3)
  } loc("lab.medi":14:3)
  medi.drop %tx : !medi.sender<i64> loc(unknown)
  return loc("lab.medi":17:3)
} loc("lab.medi":10:1)
