; The task intrinsics: spawn keeps its source record (a failing task names its spawn site, so
; the record is not nocapture), panic is noreturn, every record names file, line, column, op.
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %s | FileCheck %s

source_filename = "lab_pipeline.medi"

; CHECK-DAG: [[FILE:@[.a-z0-9]+]] = private unnamed_addr constant [18 x i8] c"lab_pipeline.medi\00"
; CHECK-DAG: [[MOD:@[.a-z0-9]+]] = private unnamed_addr constant [13 x i8] c"lab_pipeline\00"
; CHECK-DAG: [[SPAWN_OP:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"task.spawn\00"
; CHECK-DAG: [[SPAWN:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[SPAWN_OP]], i32 21, i32 15 }
; CHECK-DAG: [[SPAWN_HIGH:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[SPAWN_OP]], i32 22, i32 15 }
; CHECK-DAG: [[JOIN_OP:@[.a-z0-9]+]] = private unnamed_addr constant [10 x i8] c"task.join\00"
; CHECK-DAG: [[JOIN:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[JOIN_OP]], i32 23, i32 7 }
; CHECK-DAG: [[DETACH_OP:@[.a-z0-9]+]] = private unnamed_addr constant [12 x i8] c"task.detach\00"
; CHECK-DAG: [[DETACH:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[DETACH_OP]], i32 24, i32 3 }
; CHECK-DAG: [[YIELD_OP:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"task.yield\00"
; CHECK-DAG: [[YIELD:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[YIELD_OP]], i32 25, i32 3 }
; CHECK-DAG: [[PANIC_OP:@[.a-z0-9]+]] = private unnamed_addr constant [11 x i8] c"task.panic\00"
; CHECK-DAG: [[PANIC:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr [[PANIC_OP]], i32 30, i32 5 }

@message = private constant [17 x i8] c"malformed record\00"

declare ptr @medi.spawn(ptr, ptr, i64)
declare ptr @medi.spawn.priority(i32, ptr, ptr, i64)
declare i32 @medi.join(ptr)
declare void @medi.detach(ptr)
declare void @medi.yield()
declare void @medi.panic(ptr)

define void @stage(ptr %env) !dbg !8 {
  ; CHECK: call void @medi_rt_task_panic(ptr @message, ptr [[PANIC]]), !dbg
  ; CHECK-NEXT: unreachable
  call void @medi.panic(ptr @message), !dbg !14
  unreachable
}

; CHECK-LABEL: define i32 @run(
define i32 @run(ptr %env) !dbg !5 {
  ; CHECK: %t1 = call ptr @medi_rt_task_spawn(ptr @stage, ptr %env, i64 16, ptr [[SPAWN]]), !dbg
  %t1 = call ptr @medi.spawn(ptr @stage, ptr %env, i64 16), !dbg !10
  ; CHECK: %t2 = call ptr @medi_rt_task_spawn_priority(i32 2, ptr @stage, ptr %env, i64 16, ptr [[SPAWN_HIGH]]), !dbg
  %t2 = call ptr @medi.spawn.priority(i32 2, ptr @stage, ptr %env, i64 16), !dbg !11
  ; CHECK: %status = call i32 @medi_rt_task_join(ptr %t1, ptr [[JOIN]]), !dbg
  %status = call i32 @medi.join(ptr %t1), !dbg !12
  ; CHECK: call void @medi_rt_task_detach(ptr %t2, ptr [[DETACH]]), !dbg
  call void @medi.detach(ptr %t2), !dbg !13
  ; CHECK: call void @medi_rt_task_yield(ptr [[YIELD]]), !dbg
  call void @medi.yield(), !dbg !15
  ret i32 %status
}

; CHECK-DAG: declare ptr @medi_rt_task_spawn(ptr, ptr nocapture readonly, i64, ptr readonly) [[NOUNWIND:#[0-9]+]]
; CHECK-DAG: declare ptr @medi_rt_task_spawn_priority(i32, ptr, ptr nocapture readonly, i64, ptr readonly) [[NOUNWIND]]
; CHECK-DAG: declare i32 @medi_rt_task_join(ptr nocapture, ptr nocapture readonly) [[NOUNWIND]]
; CHECK-DAG: declare void @medi_rt_task_panic(ptr nocapture readonly, ptr nocapture readonly) [[NORETURN:#[0-9]+]]
; CHECK-DAG: attributes [[NOUNWIND]] = { nounwind }
; CHECK-DAG: attributes [[NORETURN]] = { noreturn nounwind }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "lab_pipeline.medi", directory: "/src/lab")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "run", scope: !1, file: !1, line: 20, type: !6, scopeLine: 20, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = distinct !DISubprogram(name: "stage", scope: !1, file: !1, line: 29, type: !6, scopeLine: 29, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DILocation(line: 21, column: 15, scope: !5)
!11 = !DILocation(line: 22, column: 15, scope: !5)
!12 = !DILocation(line: 23, column: 7, scope: !5)
!13 = !DILocation(line: 24, column: 3, scope: !5)
!14 = !DILocation(line: 30, column: 5, scope: !8)
!15 = !DILocation(line: 25, column: 3, scope: !5)
