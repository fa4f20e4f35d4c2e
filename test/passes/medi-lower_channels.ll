; Every channel intrinsic becomes its runtime call with a source record naming the .medi file,
; line, column and the seed's xchan op tag; the runtime declarations carry their attributes.
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %s | FileCheck %s

source_filename = "vitals_monitor.medi"

; CHECK-DAG: [[FILE:@[.a-z0-9]+]] = private unnamed_addr constant [20 x i8] c"vitals_monitor.medi\00"
; CHECK-DAG: [[MOD:@[.a-z0-9]+]] = private unnamed_addr constant [15 x i8] c"vitals_monitor\00"
; CHECK-DAG: [[CREATE_OP:@[.a-z0-9]+]] = private unnamed_addr constant [13 x i8] c"xchan.create\00"
; CHECK-DAG: [[CREATE:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[CREATE_OP]], i32 10, i32 3 }
; CHECK-DAG: [[SEND_OP:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"xchan.send\00"
; CHECK-DAG: [[SEND:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[SEND_OP]], i32 11, i32 5 }
; CHECK-DAG: [[TRY_SEND_OP:@[.a-z0-9]+]] = private unnamed_addr constant [15 x i8] c"xchan.try_send\00"
; CHECK-DAG: [[TRY_SEND:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[TRY_SEND_OP]], i32 12, i32 5 }
; CHECK-DAG: [[SEND_T:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[SEND_OP]], i32 13, i32 5 }
; CHECK-DAG: [[RECV_OP:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"xchan.recv\00"
; CHECK-DAG: [[RECV:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[RECV_OP]], i32 14, i32 9 }
; CHECK-DAG: [[TRY_RECV_OP:@[.a-z0-9]+]] = private unnamed_addr constant [15 x i8] c"xchan.try_recv\00"
; CHECK-DAG: [[TRY_RECV:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[TRY_RECV_OP]], i32 15, i32 9 }
; CHECK-DAG: [[RECV_T:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[RECV_OP]], i32 16, i32 9 }
; CHECK-DAG: [[CLONE_OP:@[.a-z0-9]+]] = private unnamed_addr constant [19 x i8] c"xchan.sender_clone\00"
; CHECK-DAG: [[CLONE:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[CLONE_OP]], i32 17, i32 14 }
; CHECK-DAG: [[RCLONE_OP:@[.a-z0-9]+]] = private unnamed_addr constant [21 x i8] c"xchan.receiver_clone\00"
; CHECK-DAG: [[RCLONE:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[RCLONE_OP]], i32 18, i32 14 }
; CHECK-DAG: [[DROP_OP:@[.a-z0-9]+]] = private unnamed_addr constant [18 x i8] c"xchan.sender_drop\00"
; CHECK-DAG: [[DROP:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[DROP_OP]], i32 19, i32 3 }
; CHECK-DAG: [[RDROP_OP:@[.a-z0-9]+]] = private unnamed_addr constant [20 x i8] c"xchan.receiver_drop\00"
; CHECK-DAG: [[RDROP:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[RDROP_OP]], i32 20, i32 3 }

declare void @medi.chan.create(i64, i64, ptr, ptr)
declare i32 @medi.chan.send(ptr, ptr)
declare i32 @medi.chan.try_send(ptr, ptr)
declare i32 @medi.chan.send.timeout(ptr, ptr, i64)
declare i32 @medi.chan.recv(ptr, ptr)
declare i32 @medi.chan.try_recv(ptr, ptr)
declare i32 @medi.chan.recv.timeout(ptr, ptr, i64)
declare ptr @medi.chan.sender.clone(ptr)
declare ptr @medi.chan.receiver.clone(ptr)
declare void @medi.chan.sender.drop(ptr)
declare void @medi.chan.receiver.drop(ptr)

; CHECK-LABEL: define i32 @pipe(
define i32 @pipe(ptr %value) !dbg !5 {
  %tx.slot = alloca ptr
  %rx.slot = alloca ptr
  ; CHECK: call void @medi_rt_chan_create(i64 8, i64 64, ptr %tx.slot, ptr %rx.slot, ptr [[CREATE]]), !dbg
  call void @medi.chan.create(i64 8, i64 64, ptr %tx.slot, ptr %rx.slot), !dbg !10
  %tx = load ptr, ptr %tx.slot
  %rx = load ptr, ptr %rx.slot
  ; CHECK: %s1 = call i32 @medi_rt_chan_send(ptr %tx, ptr %value, ptr [[SEND]]), !dbg
  %s1 = call i32 @medi.chan.send(ptr %tx, ptr %value), !dbg !11
  ; CHECK: %s2 = call i32 @medi_rt_chan_try_send(ptr %tx, ptr %value, ptr [[TRY_SEND]]), !dbg
  %s2 = call i32 @medi.chan.try_send(ptr %tx, ptr %value), !dbg !12
  ; CHECK: %s3 = call i32 @medi_rt_chan_send_timeout(ptr %tx, ptr %value, i64 1000, ptr [[SEND_T]]), !dbg
  %s3 = call i32 @medi.chan.send.timeout(ptr %tx, ptr %value, i64 1000), !dbg !13
  ; CHECK: %r1 = call i32 @medi_rt_chan_recv(ptr %rx, ptr %value, ptr [[RECV]]), !dbg
  %r1 = call i32 @medi.chan.recv(ptr %rx, ptr %value), !dbg !14
  ; CHECK: %r2 = call i32 @medi_rt_chan_try_recv(ptr %rx, ptr %value, ptr [[TRY_RECV]]), !dbg
  %r2 = call i32 @medi.chan.try_recv(ptr %rx, ptr %value), !dbg !15
  ; CHECK: %r3 = call i32 @medi_rt_chan_recv_timeout(ptr %rx, ptr %value, i64 5, ptr [[RECV_T]]), !dbg
  %r3 = call i32 @medi.chan.recv.timeout(ptr %rx, ptr %value, i64 5), !dbg !16
  ; CHECK: %tx2 = call ptr @medi_rt_chan_sender_clone(ptr %tx, ptr [[CLONE]]), !dbg
  %tx2 = call ptr @medi.chan.sender.clone(ptr %tx), !dbg !17
  ; CHECK: %rx2 = call ptr @medi_rt_chan_receiver_clone(ptr %rx, ptr [[RCLONE]]), !dbg
  %rx2 = call ptr @medi.chan.receiver.clone(ptr %rx), !dbg !18
  ; CHECK: call void @medi_rt_chan_sender_drop(ptr %tx2, ptr [[DROP]]), !dbg
  call void @medi.chan.sender.drop(ptr %tx2), !dbg !19
  ; CHECK: call void @medi_rt_chan_receiver_drop(ptr %rx2, ptr [[RDROP]]), !dbg
  call void @medi.chan.receiver.drop(ptr %rx2), !dbg !20
  ret i32 %r1
}

; No intrinsic declaration is left behind.
; CHECK-NOT: declare {{.*}}@medi.
; CHECK-DAG: declare void @medi_rt_chan_create(i64, i64, ptr nocapture writeonly, ptr nocapture writeonly, ptr nocapture readonly) [[NOUNWIND:#[0-9]+]]
; CHECK-DAG: declare i32 @medi_rt_chan_send(ptr nocapture, ptr nocapture readonly, ptr nocapture readonly) [[NOUNWIND]]
; CHECK-DAG: declare i32 @medi_rt_chan_recv(ptr nocapture, ptr nocapture writeonly, ptr nocapture readonly) [[NOUNWIND]]
; CHECK-DAG: declare ptr @medi_rt_chan_sender_clone(ptr nocapture, ptr nocapture readonly) [[NOUNWIND]]
; CHECK-DAG: attributes [[NOUNWIND]] = { nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "vitals_monitor.medi", directory: "/src/vitals")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 1, !"medi.abi.version", i32 1}
!5 = distinct !DISubprogram(name: "pipe", scope: !1, file: !1, line: 9, type: !6, scopeLine: 9, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 10, column: 3, scope: !5)
!11 = !DILocation(line: 11, column: 5, scope: !5)
!12 = !DILocation(line: 12, column: 5, scope: !5)
!13 = !DILocation(line: 13, column: 5, scope: !5)
!14 = !DILocation(line: 14, column: 9, scope: !5)
!15 = !DILocation(line: 15, column: 9, scope: !5)
!16 = !DILocation(line: 16, column: 9, scope: !5)
!17 = !DILocation(line: 17, column: 14, scope: !5)
!18 = !DILocation(line: 18, column: 14, scope: !5)
!19 = !DILocation(line: 19, column: 3, scope: !5)
!20 = !DILocation(line: 20, column: 3, scope: !5)
