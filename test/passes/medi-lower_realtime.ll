; Real-time zones, regions and pools lower to their runtime calls with records naming the
; new op tags; the constant alignment stays an argument.
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %s | FileCheck %s

source_filename = "vitals_monitor.medi"

; CHECK-DAG: [[ENTER_OP:@[.a-z0-9]+]] = private unnamed_addr constant [14 x i8] c"rt_zone.enter\00"
; CHECK-DAG: [[ENTER:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr {{@[.a-z0-9]+}}, ptr {{@[.a-z0-9]+}}, ptr [[ENTER_OP]], i32 40, i32 3 }
; CHECK-DAG: [[ALLOC_OP:@[.a-z0-9]+]] = private unnamed_addr constant [16 x i8] c"rt_region.alloc\00"
; CHECK-DAG: [[ALLOC:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr {{@[.a-z0-9]+}}, ptr {{@[.a-z0-9]+}}, ptr [[ALLOC_OP]], i32 42, i32 12 }
; CHECK-DAG: [[PALLOC_OP:@[.a-z0-9]+]] = private unnamed_addr constant [17 x i8] c"fixed_pool.alloc\00"
; CHECK-DAG: [[PALLOC:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr {{@[.a-z0-9]+}}, ptr {{@[.a-z0-9]+}}, ptr [[PALLOC_OP]], i32 45, i32 12 }

declare void @medi.rt.enter()
declare void @medi.rt.exit()
declare ptr @medi.region.create(i64)
declare ptr @medi.region.alloc(ptr, i64, i64)
declare void @medi.region.reset(ptr)
declare void @medi.region.destroy(ptr)
declare ptr @medi.pool.create(i64, i64)
declare ptr @medi.pool.alloc(ptr)
declare void @medi.pool.free(ptr, ptr)
declare void @medi.pool.destroy(ptr)

; CHECK-LABEL: define void @aggregate(
define void @aggregate(i64 %n) !dbg !5 {
  ; CHECK: %region = call ptr @medi_rt_region_create(i64 4096, ptr @{{.*}}), !dbg
  %region = call ptr @medi.region.create(i64 4096), !dbg !9
  ; CHECK: %pool = call ptr @medi_rt_pool_create(i64 24, i64 %n, ptr @{{.*}}), !dbg
  %pool = call ptr @medi.pool.create(i64 24, i64 %n), !dbg !9
  ; CHECK: call void @medi_rt_zone_enter(ptr [[ENTER]]), !dbg
  call void @medi.rt.enter(), !dbg !10
  ; CHECK: %block = call ptr @medi_rt_region_alloc(ptr %region, i64 %n, i64 16, ptr [[ALLOC]]), !dbg
  %block = call ptr @medi.region.alloc(ptr %region, i64 %n, i64 16), !dbg !11
  ; CHECK: call void @medi_rt_region_reset(ptr %region, ptr @{{.*}}), !dbg
  call void @medi.region.reset(ptr %region), !dbg !12
  ; CHECK: %slot = call ptr @medi_rt_pool_alloc(ptr %pool, ptr [[PALLOC]]), !dbg
  %slot = call ptr @medi.pool.alloc(ptr %pool), !dbg !13
  ; CHECK: call void @medi_rt_pool_free(ptr %pool, ptr %slot, ptr @{{.*}}), !dbg
  call void @medi.pool.free(ptr %pool, ptr %slot), !dbg !14
  ; CHECK: call void @medi_rt_zone_exit(ptr @{{.*}}), !dbg
  call void @medi.rt.exit(), !dbg !15
  ; CHECK: call void @medi_rt_region_destroy(ptr %region, ptr @{{.*}}), !dbg
  call void @medi.region.destroy(ptr %region), !dbg !15
  ; CHECK: call void @medi_rt_pool_destroy(ptr %pool, ptr @{{.*}}), !dbg
  call void @medi.pool.destroy(ptr %pool), !dbg !15
  ret void
}

; CHECK-DAG: declare ptr @medi_rt_region_alloc(ptr nocapture, i64, i64, ptr nocapture readonly) [[NOUNWIND:#[0-9]+]]
; CHECK-DAG: declare void @medi_rt_pool_free(ptr nocapture, ptr nocapture, ptr nocapture readonly) [[NOUNWIND]]

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "vitals_monitor.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "aggregate", scope: !1, file: !1, line: 38, type: !6, scopeLine: 38, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!9 = !DILocation(line: 39, column: 3, scope: !5)
!10 = !DILocation(line: 40, column: 3, scope: !5)
!11 = !DILocation(line: 42, column: 12, scope: !5)
!12 = !DILocation(line: 43, column: 3, scope: !5)
!13 = !DILocation(line: 45, column: 12, scope: !5)
!14 = !DILocation(line: 46, column: 3, scope: !5)
!15 = !DILocation(line: 47, column: 3, scope: !5)
