// Every medi operation lowers to a call of its intrinsic, and every call has a location.
// (No canonicalization here: it would fold the unused local channels away.)
// RUN: %medi_opt --convert-medi-to-llvm --medi-add-debug-info -mlir-print-debuginfo \
// RUN:   %S/Inputs/all_ops.mlir > %t.mlir
// RUN: FileCheck %s --check-prefix=MLIR < %t.mlir
// RUN: mlir-translate --mlir-to-llvmir %t.mlir > %t.ll
// RUN: FileCheck %s < %t.ll
// No call of an intrinsic (or of anything) without a !dbg location:
// RUN: grep "call " %t.ll | not grep -v "!dbg"
// medi-lower accepts every call (constant arguments, signatures) and the module verifies:
// RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -disable-output %t.ll

// MLIR-NOT: medi.{{[a-z_.]+}} %
// MLIR-NOT: unrealized_conversion_cast

// Task entries come first: each unpacks the environment, calls, and stores the result.
// CHECK-LABEL: define internal void @__medi_task.worker(ptr
// CHECK: %[[R:.*]] = call i64 @worker(i64 %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: store i64 %[[R]], ptr
// CHECK-LABEL: define i64 @worker(
// CHECK-LABEL: define void @tasks(
// CHECK: call ptr @calloc(i64 1, i64 8)
// CHECK: call ptr @medi.spawn.priority(i32 2, ptr @__medi_task.worker, ptr %{{.*}}, i64 24), !dbg
// CHECK: call i32 @medi.join.timeout(ptr %{{.*}}, i64 %{{.*}}), !dbg
// CHECK: call void @free(ptr
// CHECK: call i32 @medi.join(ptr %{{.*}}), !dbg
// CHECK: call ptr @medi.spawn(ptr @__medi_task.member, ptr %{{.*}}, i64 8), !dbg
// CHECK: call void @medi.detach(ptr %{{.*}}), !dbg
// CHECK: call void @medi.yield(), !dbg
// CHECK: call i32 @medi.sleep(i64 %{{.*}}), !dbg
// CHECK: call i64 @medi.clock.now(), !dbg
// CHECK: call i32 @medi.task.cancelled(), !dbg
// CHECK: call ptr @medi.group.create(i64 %{{.*}}), !dbg
// CHECK: call ptr @medi.group.create(i64 -1), !dbg
// CHECK: call i32 @medi.group.spawn(ptr %{{.*}}, ptr @__medi_task.member, ptr %{{.*}}, i64 8), !dbg
// CHECK: call void @medi.group.cancel(ptr %{{.*}}), !dbg
// CHECK: call i32 @medi.group.wait(ptr %{{.*}}), !dbg
// CHECK: call void @medi.panic(ptr @__medi_str.{{.*}}), !dbg
// CHECK-LABEL: define void @panic_buffer(
// CHECK: call void @medi.panic(ptr %0), !dbg
// CHECK-LABEL: define void @channels(
// CHECK: call void @medi.chan.create(i64 8, i64 8, ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call void @medi.chan.create(i64 8, i64 -1, ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call void @medi.chan.create(i64 12, i64 0, ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call i32 @medi.chan.send(ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call i32 @medi.chan.send.timeout(ptr %{{.*}}, ptr %{{.*}}, i64 %{{.*}}), !dbg
// CHECK: call i32 @medi.chan.try_send(ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call i32 @medi.chan.recv(ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call i32 @medi.chan.recv.timeout(ptr %{{.*}}, ptr %{{.*}}, i64 %{{.*}}), !dbg
// CHECK: call i32 @medi.chan.try_recv(ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call ptr @medi.chan.sender.clone(ptr %{{.*}}), !dbg
// CHECK: call ptr @medi.chan.receiver.clone(ptr %{{.*}}), !dbg
// CHECK: call void @medi.chan.sender.drop(ptr %{{.*}}), !dbg
// CHECK: call void @medi.chan.receiver.drop(ptr %{{.*}}), !dbg
// CHECK-LABEL: define i64 @selects(
// CHECK: call i32 @medi.select.timeout(ptr %{{.*}}, i64 2, i64 %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: switch i32 %{{.*}}, label %{{.*}} [
// CHECK: call i32 @medi.select.try(ptr %{{.*}}, i64 1, ptr %{{.*}}), !dbg
// CHECK-LABEL: define void @memory(
// CHECK: call ptr @medi.region.create(i64 %{{.*}}), !dbg
// CHECK: call ptr @medi.pool.create(i64 16, i64 %{{.*}}), !dbg
// CHECK: call void @medi.rt.enter(), !dbg
// CHECK: call ptr @medi.region.alloc(ptr %{{.*}}, i64 %{{.*}}, i64 16), !dbg
// CHECK: call ptr @medi.pool.alloc(ptr %{{.*}}), !dbg
// CHECK: call void @medi.pool.free(ptr %{{.*}}, ptr %{{.*}}), !dbg
// CHECK: call void @medi.region.reset(ptr %{{.*}}), !dbg
// CHECK: call void @medi.rt.exit(), !dbg
// CHECK: call void @medi.rt.enter(), !dbg
// CHECK: call void @medi.rt.exit(), !dbg
// CHECK: call void @medi.region.destroy(ptr %{{.*}}), !dbg
// CHECK: call void @medi.pool.destroy(ptr %{{.*}}), !dbg
// CHECK: call i64 @medi.gc.alloc_string(ptr %{{.*}}, i64 %{{.*}}), !dbg
// CHECK: call i64 @medi.gc.alloc_unit(), !dbg
// CHECK: call void @medi.gc.add_root(i64 %{{.*}}), !dbg
// CHECK: call void @medi.gc.add_edge(i64 %{{.*}}, i64 %{{.*}}), !dbg
// CHECK: call void @medi.gc.write_barrier(i64 %{{.*}}, i64 %{{.*}}), !dbg
// CHECK: call void @medi.gc.remove_edge(i64 %{{.*}}, i64 %{{.*}}), !dbg
// CHECK: call void @medi.gc.remove_root(i64 %{{.*}}), !dbg
// CHECK: call void @medi.gc.collect(), !dbg
// CHECK: !DIFile(filename: "all_ops.mlir"
