; Calls from a zone into the module: recursion (the offence is found through the cycle), a
; safe callee (nothing), an external function the rules do not know and an indirect call
; (warnings by default, errors or nothing with -medi-rt-check-unknown), a function marked
; medi-rt-safe that is not (checked, not trusted), and a marked declaration (trusted: no body).
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-rt-check -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,WARN --implicit-check-not=error: --implicit-check-not=warning:
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-rt-check -medi-rt-check-unknown=error \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefixes=CHECK,ERR
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-rt-check -medi-rt-check-unknown=ignore \
; RUN:   -disable-output %s 2>&1 | FileCheck %s --check-prefixes=CHECK,IGNORE --implicit-check-not=warning:

; CHECK:      lab.medi:42:7: error: 'calloc' may allocate without bound in 'claims_safe', which is marked medi-rt-safe
; CHECK-NEXT: note: 'claims_safe' is marked medi-rt-safe at lab.medi:40; the mark is checked, not trusted
; CHECK-NEXT: note: it takes memory from the heap; use a region or a pool
; CHECK-NEXT: lab.medi:24:9: error: 'medi.join' may block in a real-time zone
; CHECK-NEXT: note: in 'countdown' called at lab.medi:11:5
; CHECK-NEXT: note: zone entered at lab.medi:10:3
; CHECK-NEXT: note: it waits for another task to finish
; WARN-NEXT:  lab.medi:14:5: warning: 'sensor_read' is not known to be real-time safe in a real-time zone
; ERR-NEXT:   lab.medi:14:5: error: 'sensor_read' is not known to be real-time safe in a real-time zone
; WARN-NEXT:  note: zone entered at lab.medi:10:3
; WARN-NEXT:  note: it has no body here and the real-time rules do not list it; mark a safe one medi-rt-safe
; ERR:        lab.medi:15:5: error: an indirect call is not known to be real-time safe in a real-time zone
; WARN:       lab.medi:15:5: warning: an indirect call is not known to be real-time safe in a real-time zone
; WARN-NEXT:  note: zone entered at lab.medi:10:3
; WARN-NEXT:  note: its callee is not known at compile time
; IGNORE:     error: {{.*}}callees.ll: medi-rt-check: 2 real-time violations (listed above)
; WARN:       error: {{.*}}callees.ll: medi-rt-check: 2 real-time violations (listed above)
; ERR:        error: {{.*}}callees.ll: medi-rt-check: 4 real-time violations (listed above)

declare void @medi.rt.enter()
declare void @medi.rt.exit()
declare i32 @medi.join(ptr)
declare i64 @sensor_read()
declare i64 @trusted_filter(i64) "medi-rt-safe"
declare ptr @calloc(i64, i64)

define void @zone(ptr %task, ptr %callback) !dbg !10 {
  call void @medi.rt.enter(), !dbg !11
  call void @countdown(i64 3, ptr %task), !dbg !12
  %x = call i64 @scale(i64 2), !dbg !13
  %r = call i64 @sensor_read(), !dbg !14
  call void %callback(), !dbg !15
  %f = call i64 @trusted_filter(i64 %x), !dbg !16
  call void @claims_safe(), !dbg !16
  call void @medi.rt.exit(), !dbg !17
  ret void, !dbg !17
}

; Recursive: the join is reached through the cycle.
define void @countdown(i64 %n, ptr %task) !dbg !20 {
entry:
  %done = icmp eq i64 %n, 0, !dbg !21
  br i1 %done, label %last, label %again, !dbg !21
again:
  %m = sub i64 %n, 1, !dbg !21
  call void @countdown(i64 %m, ptr %task), !dbg !22
  ret void, !dbg !22
last:
  %s = call i32 @medi.join(ptr %task), !dbg !23
  ret void, !dbg !23
}

; Safe: arithmetic only.
define i64 @scale(i64 %v) !dbg !30 {
  %r = mul i64 %v, 3, !dbg !31
  ret i64 %r, !dbg !31
}

; Marked, but not safe.
define void @claims_safe() "medi-rt-safe" !dbg !40 {
  %p = call ptr @calloc(i64 1, i64 8), !dbg !41
  ret void, !dbg !41
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medi", emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "lab.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DISubroutineType(types: !{})
!10 = distinct !DISubprogram(name: "zone", scope: !1, file: !1, line: 9, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!11 = !DILocation(line: 10, column: 3, scope: !10)
!12 = !DILocation(line: 11, column: 5, scope: !10)
!13 = !DILocation(line: 12, column: 5, scope: !10)
!14 = !DILocation(line: 14, column: 5, scope: !10)
!15 = !DILocation(line: 15, column: 5, scope: !10)
!16 = !DILocation(line: 16, column: 5, scope: !10)
!17 = !DILocation(line: 17, column: 3, scope: !10)
!20 = distinct !DISubprogram(name: "countdown", scope: !1, file: !1, line: 20, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!21 = !DILocation(line: 21, column: 7, scope: !20)
!22 = !DILocation(line: 22, column: 9, scope: !20)
!23 = !DILocation(line: 24, column: 9, scope: !20)
!30 = distinct !DISubprogram(name: "scale", scope: !1, file: !1, line: 30, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!31 = !DILocation(line: 31, column: 5, scope: !30)
!40 = distinct !DISubprogram(name: "claims_safe", scope: !1, file: !1, line: 40, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!41 = !DILocation(line: 42, column: 7, scope: !40)
