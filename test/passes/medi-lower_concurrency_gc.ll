; The select, timer, task-group and GC intrinsics: each call becomes its entry point with the
; call site's source record (file, module, op, line, column) as the last argument.
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %s | FileCheck %s

source_filename = "alarm_escalation.medi"

; CHECK-DAG: [[FILE:@[.a-z0-9]+]] = private unnamed_addr constant [22 x i8] c"alarm_escalation.medi\00"
; CHECK-DAG: [[MOD:@[.a-z0-9]+]] = private unnamed_addr constant [17 x i8] c"alarm_escalation\00"
; CHECK-DAG: [[OP_GC_ALLOC:@[.a-z0-9]+]] = private unnamed_addr constant [9 x i8] c"gc.alloc\00"
; CHECK-DAG: [[OP_GC_INVALID_HANDLE:@[.a-z0-9]+]] = private unnamed_addr constant [18 x i8] c"gc.invalid_handle\00"
; CHECK-DAG: [[OP_GC_LOCK:@[.a-z0-9]+]] = private unnamed_addr constant [8 x i8] c"gc.lock\00"
; CHECK-DAG: [[OP_GC_UNBALANCED:@[.a-z0-9]+]] = private unnamed_addr constant [14 x i8] c"gc.unbalanced\00"
; CHECK-DAG: [[OP_TASK_CANCELLED:@[.a-z0-9]+]] = private unnamed_addr constant [15 x i8] c"task.cancelled\00"
; CHECK-DAG: [[OP_TASK_CLOCK:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"task.clock\00"
; CHECK-DAG: [[OP_TASK_JOIN:@[.a-z0-9]+]] = private unnamed_addr constant [10 x i8] c"task.join\00"
; CHECK-DAG: [[OP_TASK_SLEEP:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"task.sleep\00"
; CHECK-DAG: [[OP_TASK_GROUP_CANCEL:@[.a-z0-9]+]] = private unnamed_addr constant [18 x i8] c"task_group.cancel\00"
; CHECK-DAG: [[OP_TASK_GROUP_CREATE:@[.a-z0-9]+]] = private unnamed_addr constant [18 x i8] c"task_group.create\00"
; CHECK-DAG: [[OP_TASK_GROUP_SPAWN:@[.a-z0-9]+]] = private unnamed_addr constant [17 x i8] c"task_group.spawn\00"
; CHECK-DAG: [[OP_TASK_GROUP_WAIT:@[.a-z0-9]+]] = private unnamed_addr constant [16 x i8] c"task_group.wait\00"
; CHECK-DAG: [[OP_XCHAN_SELECT:@[.a-z0-9]+]] = private unnamed_addr constant [13 x i8] c"xchan.select\00"
; CHECK-DAG: [[SITE0:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_XCHAN_SELECT]], i32 12, i32 9 }
; CHECK-DAG: [[SITE1:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_XCHAN_SELECT]], i32 13, i32 9 }
; CHECK-DAG: [[SITE2:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_XCHAN_SELECT]], i32 14, i32 9 }
; CHECK-DAG: [[SITE3:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_SLEEP]], i32 15, i32 3 }
; CHECK-DAG: [[SITE4:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_CLOCK]], i32 16, i32 11 }
; CHECK-DAG: [[SITE5:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_JOIN]], i32 17, i32 9 }
; CHECK-DAG: [[SITE6:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_GROUP_CREATE]], i32 18, i32 11 }
; CHECK-DAG: [[SITE7:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_GROUP_SPAWN]], i32 19, i32 3 }
; CHECK-DAG: [[SITE8:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_GROUP_CANCEL]], i32 20, i32 3 }
; CHECK-DAG: [[SITE9:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_GROUP_WAIT]], i32 21, i32 9 }
; CHECK-DAG: [[SITE10:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_TASK_CANCELLED]], i32 22, i32 9 }
; CHECK-DAG: [[SITE11:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_ALLOC]], i32 23, i32 11 }
; CHECK-DAG: [[SITE12:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_ALLOC]], i32 24, i32 11 }
; CHECK-DAG: [[SITE13:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_INVALID_HANDLE]], i32 25, i32 3 }
; CHECK-DAG: [[SITE14:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_INVALID_HANDLE]], i32 26, i32 3 }
; CHECK-DAG: [[SITE15:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_INVALID_HANDLE]], i32 27, i32 3 }
; CHECK-DAG: [[SITE16:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_UNBALANCED]], i32 28, i32 3 }
; CHECK-DAG: [[SITE17:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_UNBALANCED]], i32 29, i32 3 }
; CHECK-DAG: [[SITE18:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[OP_GC_LOCK]], i32 30, i32 3 }

@name = private constant [4 x i8] c"Ann\00"

declare i32 @medi.select(ptr, i64, ptr)
declare i32 @medi.select.timeout(ptr, i64, i64, ptr)
declare i32 @medi.select.try(ptr, i64, ptr)
declare i32 @medi.sleep(i64)
declare i64 @medi.clock.now()
declare i32 @medi.join.timeout(ptr, i64)
declare ptr @medi.group.create(i64)
declare i32 @medi.group.spawn(ptr, ptr, ptr, i64)
declare void @medi.group.cancel(ptr)
declare i32 @medi.group.wait(ptr)
declare i32 @medi.task.cancelled()
declare i64 @medi.gc.alloc_string(ptr, i64)
declare i64 @medi.gc.alloc_unit()
declare void @medi.gc.add_root(i64)
declare void @medi.gc.add_edge(i64, i64)
declare void @medi.gc.write_barrier(i64, i64)
declare void @medi.gc.remove_edge(i64, i64)
declare void @medi.gc.remove_root(i64)
declare void @medi.gc.collect()

define void @sensor(ptr %env) {
  ret void
}

; CHECK-LABEL: define void @escalate(
define void @escalate(ptr %cases, ptr %index, ptr %task, ptr %env) !dbg !5 {
  ; CHECK: %sel = call i32 @medi_rt_select(ptr %cases, i64 3, ptr %index, ptr [[SITE0]]), !dbg
  %sel = call i32 @medi.select(ptr %cases, i64 3, ptr %index), !dbg !10
  ; CHECK: %selt = call i32 @medi_rt_select_timeout(ptr %cases, i64 3, i64 250000000, ptr %index, ptr [[SITE1]]), !dbg
  %selt = call i32 @medi.select.timeout(ptr %cases, i64 3, i64 250000000, ptr %index), !dbg !11
  ; CHECK: %selp = call i32 @medi_rt_select_try(ptr %cases, i64 3, ptr %index, ptr [[SITE2]]), !dbg
  %selp = call i32 @medi.select.try(ptr %cases, i64 3, ptr %index), !dbg !12
  ; CHECK: %slept = call i32 @medi_rt_sleep(i64 1000000, ptr [[SITE3]]), !dbg
  %slept = call i32 @medi.sleep(i64 1000000), !dbg !13
  ; CHECK: %now = call i64 @medi_rt_clock_now(ptr [[SITE4]]), !dbg
  %now = call i64 @medi.clock.now(), !dbg !14
  ; CHECK: %joined = call i32 @medi_rt_task_join_timeout(ptr %task, i64 5000000, ptr [[SITE5]]), !dbg
  %joined = call i32 @medi.join.timeout(ptr %task, i64 5000000), !dbg !15
  ; CHECK: %group = call ptr @medi_rt_group_create(i64 -1, ptr [[SITE6]]), !dbg
  %group = call ptr @medi.group.create(i64 -1), !dbg !16
  ; CHECK: %spawned = call i32 @medi_rt_group_spawn(ptr %group, ptr @sensor, ptr %env, i64 8, ptr [[SITE7]]), !dbg
  %spawned = call i32 @medi.group.spawn(ptr %group, ptr @sensor, ptr %env, i64 8), !dbg !17
  ; CHECK: call void @medi_rt_group_cancel(ptr %group, ptr [[SITE8]]), !dbg
  call void @medi.group.cancel(ptr %group), !dbg !18
  ; CHECK: %waited = call i32 @medi_rt_group_wait(ptr %group, ptr [[SITE9]]), !dbg
  %waited = call i32 @medi.group.wait(ptr %group), !dbg !19
  ; CHECK: %cancelled = call i32 @medi_rt_task_cancelled(ptr [[SITE10]]), !dbg
  %cancelled = call i32 @medi.task.cancelled(), !dbg !20
  ; CHECK: %str = call i64 @medi_rt_gc_alloc_string(ptr @name, i64 3, ptr [[SITE11]]), !dbg
  %str = call i64 @medi.gc.alloc_string(ptr @name, i64 3), !dbg !21
  ; CHECK: %unit = call i64 @medi_rt_gc_alloc_unit(ptr [[SITE12]]), !dbg
  %unit = call i64 @medi.gc.alloc_unit(), !dbg !22
  ; CHECK: call void @medi_rt_gc_add_root(i64 %unit, ptr [[SITE13]]), !dbg
  call void @medi.gc.add_root(i64 %unit), !dbg !23
  ; CHECK: call void @medi_rt_gc_add_edge(i64 %unit, i64 %str, ptr [[SITE14]]), !dbg
  call void @medi.gc.add_edge(i64 %unit, i64 %str), !dbg !24
  ; CHECK: call void @medi_rt_gc_write_barrier(i64 %unit, i64 %str, ptr [[SITE15]]), !dbg
  call void @medi.gc.write_barrier(i64 %unit, i64 %str), !dbg !25
  ; CHECK: call void @medi_rt_gc_remove_edge(i64 %unit, i64 %str, ptr [[SITE16]]), !dbg
  call void @medi.gc.remove_edge(i64 %unit, i64 %str), !dbg !26
  ; CHECK: call void @medi_rt_gc_remove_root(i64 %unit, ptr [[SITE17]]), !dbg
  call void @medi.gc.remove_root(i64 %unit), !dbg !27
  ; CHECK: call void @medi_rt_gc_collect(ptr [[SITE18]]), !dbg
  call void @medi.gc.collect(), !dbg !28
  ret void
}

; CHECK-NOT: @medi.select

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "alarm_escalation.medi", directory: "/src/alarms")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 1, !"medi.abi.version", i32 1}
!5 = distinct !DISubprogram(name: "escalate", scope: !1, file: !1, line: 10, type: !6, scopeLine: 10, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 12, column: 9, scope: !5)
!11 = !DILocation(line: 13, column: 9, scope: !5)
!12 = !DILocation(line: 14, column: 9, scope: !5)
!13 = !DILocation(line: 15, column: 3, scope: !5)
!14 = !DILocation(line: 16, column: 11, scope: !5)
!15 = !DILocation(line: 17, column: 9, scope: !5)
!16 = !DILocation(line: 18, column: 11, scope: !5)
!17 = !DILocation(line: 19, column: 3, scope: !5)
!18 = !DILocation(line: 20, column: 3, scope: !5)
!19 = !DILocation(line: 21, column: 9, scope: !5)
!20 = !DILocation(line: 22, column: 9, scope: !5)
!21 = !DILocation(line: 23, column: 11, scope: !5)
!22 = !DILocation(line: 24, column: 11, scope: !5)
!23 = !DILocation(line: 25, column: 3, scope: !5)
!24 = !DILocation(line: 26, column: 3, scope: !5)
!25 = !DILocation(line: 27, column: 3, scope: !5)
!26 = !DILocation(line: 28, column: 3, scope: !5)
!27 = !DILocation(line: 29, column: 3, scope: !5)
!28 = !DILocation(line: 30, column: 3, scope: !5)
