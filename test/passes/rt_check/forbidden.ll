; Forbidden calls in a real-time zone, each reported at its own line with the zone's entry:
; directly in the zone (an intrinsic, its lowered entry point, the C heap, stdio, a lock, C++
; new), and one, two and three calls deep, with the chain of calls. Allowed calls (a
; try-operation, region allocation, arithmetic) and calls outside the zone are not reported.
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-rt-check -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
; In an -O pipeline that loads the plugin, the check runs first: opt -O2, clang -fpass-plugin.
; RUN: not opt -load-pass-plugin=%medi_plugin -O2 -disable-output %s 2>&1 | FileCheck %s --check-prefix=PIPELINE
; RUN: not %clang_medi -fpass-plugin=%medi_plugin -O2 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=PIPELINE
; PIPELINE: lab.medi:11:7: error: 'medi.chan.send' may block in a real-time zone
; PIPELINE: medi-rt-check: 8 real-time violations (listed above)

; CHECK:      lab.medi:11:7: error: 'medi.chan.send' may block in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:10:3
; CHECK-NEXT: note: it waits while the channel is full
; CHECK-NEXT: lab.medi:12:7: error: 'medi_rt_chan_recv' may block in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:10:3
; CHECK-NEXT: note: it waits while the channel is empty
; CHECK-NEXT: lab.medi:13:7: error: 'malloc' may allocate without bound in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:10:3
; CHECK-NEXT: note: it takes memory from the heap; use a region or a pool
; CHECK-NEXT: lab.medi:14:7: error: 'printf' may block in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:10:3
; CHECK-NEXT: note: stdio writes may wait for the device, and take stdio's lock
; CHECK-NEXT: lab.medi:15:7: error: 'pthread_mutex_lock' may block in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:10:3
; CHECK-NEXT: note: it waits for the lock
; CHECK-NEXT: lab.medi:16:7: error: 'operator new(unsigned long)' may allocate without bound in a real-time zone
; CHECK-NEXT: note: zone entered at lab.medi:10:3
; CHECK-NEXT: note: operator new takes memory from the heap

; One call deep: the issue's example.
; CHECK-NEXT: lab.medi:52:9: error: 'malloc' may allocate without bound in a real-time zone
; CHECK-NEXT: note: in 'smooth' called at lab.medi:40:5
; CHECK-NEXT: note: zone entered at lab.medi:38:3
; CHECK-NEXT: note: it takes memory from the heap; use a region or a pool

; Three calls deep.
; CHECK-NEXT: lab.medi:72:9: error: 'free' may allocate without bound in a real-time zone
; CHECK-NEXT: note: in 'inner' called at lab.medi:66:5
; CHECK-NEXT: note: in 'middle' called at lab.medi:62:5
; CHECK-NEXT: note: in 'outer' called at lab.medi:42:5
; CHECK-NEXT: note: zone entered at lab.medi:38:3
; CHECK-NEXT: note: it gives memory back to the heap, in time the zone cannot bound
; CHECK-NEXT: error: {{.*}}forbidden.ll: medi-rt-check: 8 real-time violations (listed above)

declare void @medi.rt.enter()
declare void @medi.rt.exit()
declare i32 @medi.chan.send(ptr, ptr)
declare i32 @medi.chan.try_send(ptr, ptr)
declare i32 @medi_rt_chan_recv(ptr, ptr, ptr)
declare ptr @medi.region.alloc(ptr, i64, i64)
declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @printf(ptr, ...)
declare i32 @pthread_mutex_lock(ptr)
declare ptr @_Znwm(i64)

define void @direct(ptr %tx, ptr %rx, ptr %v, ptr %region, ptr %lock) !dbg !10 {
  %before = call ptr @malloc(i64 8), !dbg !19
  call void @medi.rt.enter(), !dbg !11
  %s = call i32 @medi.chan.send(ptr %tx, ptr %v), !dbg !12
  %r = call i32 @medi_rt_chan_recv(ptr %rx, ptr %v, ptr null), !dbg !13
  %m = call ptr @malloc(i64 16), !dbg !14
  %p = call i32 (ptr, ...) @printf(ptr %v), !dbg !15
  %l = call i32 @pthread_mutex_lock(ptr %lock), !dbg !16
  %n = call ptr @_Znwm(i64 32), !dbg !17
  %t = call i32 @medi.chan.try_send(ptr %tx, ptr %v), !dbg !18
  %a = call ptr @medi.region.alloc(ptr %region, i64 64, i64 8), !dbg !18
  %sum = add i32 %t, %s, !dbg !18
  call void @medi.rt.exit(), !dbg !18
  call void @free(ptr %before), !dbg !19
  ret void, !dbg !19
}

define void @smooth() !dbg !50 {
  %p = call ptr @malloc(i64 16), !dbg !51
  ret void, !dbg !51
}

define void @outer() !dbg !60 {
  call void @middle(), !dbg !61
  ret void, !dbg !61
}

define void @middle() !dbg !62 {
  call void @inner(), !dbg !63
  ret void, !dbg !63
}

define void @inner() !dbg !64 {
  call void @free(ptr null), !dbg !65
  ret void, !dbg !65
}

define void @loop() !dbg !30 {
  call void @medi.rt.enter(), !dbg !31
  call void @smooth(), !dbg !32
  call void @outer(), !dbg !33
  call void @medi.rt.exit(), !dbg !34
  ret void, !dbg !34
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medi", emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "lab.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DISubroutineType(types: !{})
!10 = distinct !DISubprogram(name: "direct", scope: !1, file: !1, line: 9, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!11 = !DILocation(line: 10, column: 3, scope: !10)
!12 = !DILocation(line: 11, column: 7, scope: !10)
!13 = !DILocation(line: 12, column: 7, scope: !10)
!14 = !DILocation(line: 13, column: 7, scope: !10)
!15 = !DILocation(line: 14, column: 7, scope: !10)
!16 = !DILocation(line: 15, column: 7, scope: !10)
!17 = !DILocation(line: 16, column: 7, scope: !10)
!18 = !DILocation(line: 17, column: 7, scope: !10)
!19 = !DILocation(line: 18, column: 3, scope: !10)
!30 = distinct !DISubprogram(name: "loop", scope: !1, file: !1, line: 37, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!31 = !DILocation(line: 38, column: 3, scope: !30)
!32 = !DILocation(line: 40, column: 5, scope: !30)
!33 = !DILocation(line: 42, column: 5, scope: !30)
!34 = !DILocation(line: 44, column: 3, scope: !30)
!50 = distinct !DISubprogram(name: "smooth", scope: !1, file: !1, line: 50, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!51 = !DILocation(line: 52, column: 9, scope: !50)
!60 = distinct !DISubprogram(name: "outer", scope: !1, file: !1, line: 60, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!61 = !DILocation(line: 62, column: 5, scope: !60)
!62 = distinct !DISubprogram(name: "middle", scope: !1, file: !1, line: 64, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!63 = !DILocation(line: 66, column: 5, scope: !62)
!64 = distinct !DISubprogram(name: "inner", scope: !1, file: !1, line: 70, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!65 = !DILocation(line: 72, column: 9, scope: !64)
