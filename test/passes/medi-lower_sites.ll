; Source records: calls at one site share a record, an inlined call names its innermost
; location (the intrinsic's own line, not its caller's), !medi.module names the module, and
; running the pass again changes nothing.
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %s | tail -n +2 > %t.once.ll
; RUN: FileCheck %s < %t.once.ll
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,verify -S %t.once.ll | tail -n +2 > %t.twice.ll
; RUN: diff %t.once.ll %t.twice.ll
; RUN: opt -load-pass-plugin=%medi_plugin -passes=medi-lower,medi-lower,verify -S %s | tail -n +2 | diff %t.once.ll -

source_filename = "alerts.medi"

; One record for line 7 (two calls), one for line 8, and line 3 for the inlined call: three.
; CHECK-DAG: [[MOD:@[.a-z0-9]+]] = private unnamed_addr constant [7 x i8] c"alerts\00"
; CHECK-DAG: [[FILE:@[.a-z0-9]+]] = private unnamed_addr constant [12 x i8] c"alerts.medi\00"
; CHECK-DAG: [[L7:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr {{@[.a-z0-9]+}}, i32 7, i32 9 }
; CHECK-DAG: [[L8:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[FILE]], ptr [[MOD]], ptr {{@[.a-z0-9]+}}, i32 8, i32 9 }
; CHECK-DAG: [[INNER:@[.a-z0-9]+]] = private unnamed_addr constant %medi_rt_source { ptr [[HELPERS:@[.a-z0-9]+]], ptr [[MOD]], ptr {{@[.a-z0-9]+}}, i32 3, i32 5 }
; CHECK-DAG: [[HELPERS]] = private unnamed_addr constant [13 x i8] c"helpers.medi\00"
; CHECK-NOT: c"alerts.medi\00"
; CHECK-NOT: c"alerts\00"

declare i32 @medi.chan.try_recv(ptr, ptr)

; CHECK-LABEL: define void @poll(
define void @poll(ptr %rx, ptr %out) !dbg !5 {
  ; CHECK: call i32 @medi_rt_chan_try_recv(ptr %rx, ptr %out, ptr [[L7]]), !dbg [[DBG7:![0-9]+]]
  ; CHECK: call i32 @medi_rt_chan_try_recv(ptr %rx, ptr %out, ptr [[L7]]), !dbg [[DBG7]]
  ; CHECK: call i32 @medi_rt_chan_try_recv(ptr %rx, ptr %out, ptr [[L8]]), !dbg
  ; CHECK: call i32 @medi_rt_chan_try_recv(ptr %rx, ptr %out, ptr [[INNER]]), !dbg
  %a = call i32 @medi.chan.try_recv(ptr %rx, ptr %out), !dbg !10
  %b = call i32 @medi.chan.try_recv(ptr %rx, ptr %out), !dbg !10
  %c = call i32 @medi.chan.try_recv(ptr %rx, ptr %out), !dbg !11
  %d = call i32 @medi.chan.try_recv(ptr %rx, ptr %out), !dbg !13
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}
!medi.module = !{!20}
!20 = !{!"alerts"}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "alerts.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "poll", scope: !1, file: !1, line: 6, type: !6, scopeLine: 6, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 7, column: 9, scope: !5)
!11 = !DILocation(line: 8, column: 9, scope: !5)
; try_next (helpers.medi:3:5), inlined into poll at alerts.medi:9:3
!12 = !DIFile(filename: "helpers.medi", directory: "/src")
!14 = distinct !DISubprogram(name: "try_next", scope: !12, file: !12, line: 2, type: !6, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !0)
!13 = !DILocation(line: 3, column: 5, scope: !14, inlinedAt: !15)
!15 = distinct !DILocation(line: 9, column: 3, scope: !5)
