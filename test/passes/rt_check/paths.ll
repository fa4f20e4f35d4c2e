; Zones are found through the CFG, not by instruction order: a zone with two exits (one on each
; branch) is fine; a path that misses its exit, a return with the zone open and an exit with no
; zone are errors; in nested zones a call is reported with the innermost zone.
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-rt-check -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

; CHECK:      lab.medi:22:7: error: paths that meet here disagree on the real-time zone: it is exited on some and not on others
; CHECK-NEXT: note: zone entered at lab.medi:20:3
; CHECK-NEXT: lab.medi:30:3: error: the real-time zone entered here is not exited on every path out of 'open_at_return'
; CHECK-NEXT: note: 'open_at_return' returns at lab.medi:32:3 with the zone open
; CHECK-NEXT: lab.medi:40:3: error: 'medi.rt.exit' leaves no real-time zone: none is open on this path
; CHECK-NEXT: lab.medi:53:7: error: 'medi.sleep' may block in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:52:5
; CHECK-NEXT: note: it parks the task
; CHECK-NEXT: lab.medi:55:5: error: 'medi.chan.create' may allocate without bound in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:50:3
; CHECK-NEXT: note: a channel takes its buffer from the heap
; CHECK-NEXT: error: {{.*}}paths.ll: medi-rt-check: 5 real-time violations (listed above)

declare void @medi.rt.enter()
declare void @medi.rt.exit()
declare void @medi.sleep(i64)
declare i32 @medi.chan.create(i64, i64, ptr, ptr)
declare i32 @medi.chan.try_send(ptr, ptr)

; Two exits, one per branch: fine.
define void @two_exits(i1 %c, ptr %tx, ptr %v) !dbg !10 {
entry:
  call void @medi.rt.enter(), !dbg !11
  br i1 %c, label %a, label %b, !dbg !11
a:
  %s = call i32 @medi.chan.try_send(ptr %tx, ptr %v), !dbg !12
  call void @medi.rt.exit(), !dbg !12
  br label %done, !dbg !12
b:
  call void @medi.rt.exit(), !dbg !13
  br label %done, !dbg !13
done:
  ret void, !dbg !13
}

; One branch exits, the other does not: the paths meet with different zones.
define void @missing_exit(i1 %c) !dbg !20 {
entry:
  call void @medi.rt.enter(), !dbg !21
  br i1 %c, label %a, label %done, !dbg !21
a:
  call void @medi.rt.exit(), !dbg !23
  br label %done, !dbg !23
done:
  %x = add i32 1, 2, !dbg !22
  ret void, !dbg !22
}

define void @open_at_return() !dbg !30 {
  call void @medi.rt.enter(), !dbg !31
  ret void, !dbg !32
}

define void @exit_without_zone() !dbg !35 {
  call void @medi.rt.exit(), !dbg !36
  ret void, !dbg !36
}

; Nested zones: inside the inner one the inner one is named; after it closes, the outer one.
define void @nested(ptr %tx, ptr %rx) !dbg !40 {
  call void @medi.rt.enter(), !dbg !41
  call void @medi.rt.enter(), !dbg !42
  call void @medi.sleep(i64 10), !dbg !43
  call void @medi.rt.exit(), !dbg !44
  %c = call i32 @medi.chan.create(i64 8, i64 4, ptr %tx, ptr %rx), !dbg !45
  call void @medi.rt.exit(), !dbg !46
  ret void, !dbg !46
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medi", emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "lab.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DISubroutineType(types: !{})
!10 = distinct !DISubprogram(name: "two_exits", scope: !1, file: !1, line: 9, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!11 = !DILocation(line: 10, column: 3, scope: !10)
!12 = !DILocation(line: 11, column: 7, scope: !10)
!13 = !DILocation(line: 12, column: 7, scope: !10)
!20 = distinct !DISubprogram(name: "missing_exit", scope: !1, file: !1, line: 19, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!21 = !DILocation(line: 20, column: 3, scope: !20)
!22 = !DILocation(line: 22, column: 7, scope: !20)
!23 = !DILocation(line: 21, column: 7, scope: !20)
!30 = distinct !DISubprogram(name: "open_at_return", scope: !1, file: !1, line: 29, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!31 = !DILocation(line: 30, column: 3, scope: !30)
!32 = !DILocation(line: 32, column: 3, scope: !30)
!35 = distinct !DISubprogram(name: "exit_without_zone", scope: !1, file: !1, line: 39, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!36 = !DILocation(line: 40, column: 3, scope: !35)
!40 = distinct !DISubprogram(name: "nested", scope: !1, file: !1, line: 49, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!41 = !DILocation(line: 50, column: 3, scope: !40)
!42 = !DILocation(line: 52, column: 5, scope: !40)
!43 = !DILocation(line: 53, column: 7, scope: !40)
!44 = !DILocation(line: 54, column: 5, scope: !40)
!45 = !DILocation(line: 55, column: 5, scope: !40)
!46 = !DILocation(line: 56, column: 3, scope: !40)
