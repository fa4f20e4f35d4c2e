; print<medi-intrinsics> lists each intrinsic call, known or not, with its Medi location, entry
; point and op tag, and changes nothing.
; RUN: opt -load-pass-plugin=%medi_plugin -passes='print<medi-intrinsics>' -disable-output %s 2>&1 | FileCheck %s

source_filename = "monitor.medi"

; CHECK: Medi intrinsic calls in '{{.*}}print-medi-intrinsics_calls.ll':
; CHECK-NEXT: monitor.medi:4:2: @medi.chan.send -> medi_rt_chan_send (op xchan.send) in @tick
; CHECK-NEXT: monitor.medi:5:2: @medi.rt.enter -> medi_rt_zone_enter (op rt_zone.enter) in @tick
; CHECK-NEXT: monitor.medi:6:2: @medi.teleport (unknown intrinsic) in @tick
; CHECK-NEXT: 3 calls

declare i32 @medi.chan.send(ptr, ptr)
declare void @medi.rt.enter()
declare void @medi.teleport()

define void @tick(ptr %tx, ptr %v) !dbg !5 {
  %s = call i32 @medi.chan.send(ptr %tx, ptr %v), !dbg !10
  call void @medi.rt.enter(), !dbg !11
  call void @medi.teleport(), !dbg !12
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "monitor.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "tick", scope: !1, file: !1, line: 3, type: !6, scopeLine: 3, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 4, column: 2, scope: !5)
!11 = !DILocation(line: 5, column: 2, scope: !5)
!12 = !DILocation(line: 6, column: 2, scope: !5)
