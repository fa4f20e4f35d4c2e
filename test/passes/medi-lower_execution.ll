; Lowered IR linked against the runtime: a receive on a disconnected channel ends its stream
; quietly (status 1, no report), a task's panic is reported with the .medi file, line, column
; and op of the call, and the task's failure reaches its join.
; RUN: %clang_medi -fpass-plugin=%medi_plugin -O2 -c %s -o %t.o
; RUN: %host_cxx %t.o %medi_runtime -o %t
; RUN: %t 2>&1 | FileCheck %s --match-full-lines

source_filename = "vitals_monitor.medi"

@bad_reading = private constant [27 x i8] c"heart rate sensor returned\00"

declare void @medi.chan.create(i64, i64, ptr, ptr)
declare void @medi.chan.sender.drop(ptr)
declare i32 @medi.chan.recv(ptr, ptr)
declare ptr @medi.spawn(ptr, ptr, i64)
declare i32 @medi.join(ptr)
declare void @medi.panic(ptr)

define void @sensor(ptr %env) !dbg !8 {
  call void @medi.panic(ptr @bad_reading), !dbg !13
  unreachable
}

define i32 @main() !dbg !5 {
  %tx.slot = alloca ptr
  %rx.slot = alloca ptr
  %reading = alloca i64
  call void @medi.chan.create(i64 8, i64 16, ptr %tx.slot, ptr %rx.slot), !dbg !10
  %tx = load ptr, ptr %tx.slot
  %rx = load ptr, ptr %rx.slot
  call void @medi.chan.sender.drop(ptr %tx), !dbg !11
  ; CHECK-NOT: disconnected
  %status = call i32 @medi.chan.recv(ptr %rx, ptr %reading), !dbg !12
  %task = call ptr @medi.spawn(ptr @sensor, ptr null, i64 0), !dbg !14
  ; CHECK: [medi-runtime] task panicked: heart rate sensor returned @vitals_monitor.medi:31:5 op=task.panic
  %joined = call i32 @medi.join(ptr %task), !dbg !15
  ; 1 is MEDI_RT_DISCONNECTED, 5 is MEDI_RT_PANICKED
  %recv_ok = icmp eq i32 %status, 1
  %join_ok = icmp eq i32 %joined, 5
  %ok = and i1 %recv_ok, %join_ok
  %exit = select i1 %ok, i32 0, i32 1
  ret i32 %exit
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "vitals_monitor.medi", directory: "/src/vitals")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 1, !"medi.abi.version", i32 1}
!5 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 10, type: !6, scopeLine: 10, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = distinct !DISubprogram(name: "sensor", scope: !1, file: !1, line: 30, type: !6, scopeLine: 30, spFlags: DISPFlagDefinition, unit: !0)
!10 = !DILocation(line: 11, column: 3, scope: !5)
!11 = !DILocation(line: 12, column: 3, scope: !5)
!12 = !DILocation(line: 14, column: 11, scope: !5)
!13 = !DILocation(line: 31, column: 5, scope: !8)
!14 = !DILocation(line: 15, column: 14, scope: !5)
!15 = !DILocation(line: 16, column: 13, scope: !5)
