; Arguments the table requires to be constants must be, and constants the runtime would refuse
; are errors at their line.
; RUN: split-file %s %t
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/size.ll 2>&1 | FileCheck %s --check-prefix=SIZE
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/priority.ll 2>&1 | FileCheck %s --check-prefix=PRIORITY
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/priority_range.ll 2>&1 | FileCheck %s --check-prefix=RANGE
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/align.ll 2>&1 | FileCheck %s --check-prefix=ALIGN
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/align_huge.ll 2>&1 | FileCheck %s --check-prefix=HUGE
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/priority_negative.ll 2>&1 | FileCheck %s --check-prefix=NEGATIVE

; SIZE: error: consts.medi:5:3: medi-lower: @medi.chan.create: argument 1 must be a constant integer
; PRIORITY: error: consts.medi:6:3: medi-lower: @medi.spawn.priority: argument 1 must be a constant integer
; RANGE: error: consts.medi:7:3: medi-lower: @medi.spawn.priority: priority 5 is not in [0, 2] (0 low, 1 normal, 2 high){{$}}
; ALIGN: error: consts.medi:8:3: medi-lower: @medi.region.alloc: alignment 3 is not a power of two in [1, 4096]{{$}}
; An i64 alignment is unsigned, as the entry point reads it; an i32 priority is signed.
; HUGE: error: consts.medi:8:3: medi-lower: @medi.region.alloc: alignment 18446744073709551615 is not a power of two in [1, 4096]{{$}}
; NEGATIVE: error: consts.medi:7:3: medi-lower: @medi.spawn.priority: priority -1 is not in [0, 2] (0 low, 1 normal, 2 high){{$}}

;--- size.ll
source_filename = "consts.medi"
declare void @medi.chan.create(i64, i64, ptr, ptr)
define void @f(i64 %size, ptr %tx, ptr %rx) !dbg !5 {
  call void @medi.chan.create(i64 %size, i64 4, ptr %tx, ptr %rx), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "consts.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 4, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 5, column: 3, scope: !5)

;--- priority.ll
source_filename = "consts.medi"
declare ptr @medi.spawn.priority(i32, ptr, ptr, i64)
define void @f(i32 %prio) !dbg !5 {
  %a = call ptr @medi.spawn.priority(i32 %prio, ptr @f, ptr null, i64 0), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "consts.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 4, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 6, column: 3, scope: !5)

;--- priority_range.ll
source_filename = "consts.medi"
declare ptr @medi.spawn.priority(i32, ptr, ptr, i64)
define void @f() !dbg !5 {
  %b = call ptr @medi.spawn.priority(i32 5, ptr @f, ptr null, i64 0), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "consts.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 4, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 7, column: 3, scope: !5)

;--- align.ll
source_filename = "consts.medi"
declare ptr @medi.region.alloc(ptr, i64, i64)
define void @f(ptr %region) !dbg !5 {
  %c = call ptr @medi.region.alloc(ptr %region, i64 8, i64 3), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "consts.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 4, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 8, column: 3, scope: !5)

;--- align_huge.ll
source_filename = "consts.medi"
declare ptr @medi.region.alloc(ptr, i64, i64)
define void @f(ptr %region) !dbg !5 {
  %c = call ptr @medi.region.alloc(ptr %region, i64 8, i64 -1), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "consts.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 4, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 8, column: 3, scope: !5)

;--- priority_negative.ll
source_filename = "consts.medi"
declare ptr @medi.spawn.priority(i32, ptr, ptr, i64)
define void @f() !dbg !5 {
  %b = call ptr @medi.spawn.priority(i32 -1, ptr @f, ptr null, i64 0), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "consts.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 4, type: !6, scopeLine: 4, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 7, column: 3, scope: !5)
