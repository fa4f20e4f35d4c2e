; A medi.* declaration with the wrong signature is an error naming the intrinsic, the expected
; declaration and the Medi location of its first call; opt fails without crashing.
; RUN: split-file %s %t
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/return.ll 2>&1 | FileCheck %s --check-prefix=RETURN
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/params.ll 2>&1 | FileCheck %s --check-prefix=PARAMS
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/vararg.ll 2>&1 | FileCheck %s --check-prefix=VARARG
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/select.ll 2>&1 | FileCheck %s --check-prefix=SELECT
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/gc.ll 2>&1 | FileCheck %s --check-prefix=GC

; RETURN: error: triage.medi:12:7: medi-lower: @medi.chan.recv is declared as 'i64 (ptr, ptr)'; expected 'declare i32 @medi.chan.recv(ptr, ptr)'
; PARAMS: error: triage.medi:13:3: medi-lower: @medi.spawn is declared as 'ptr (ptr, ptr)'; expected 'declare ptr @medi.spawn(ptr, ptr, i64)'
; VARARG: error: triage.medi: medi-lower: @medi.yield is declared as 'void (...)'; expected 'declare void @medi.yield()'
; SELECT: error: triage.medi:12:7: medi-lower: @medi.select.timeout is declared as 'i32 (ptr, i64, ptr)'; expected 'declare i32 @medi.select.timeout(ptr, i64, i64, ptr)'
; GC: error: triage.medi:12:7: medi-lower: @medi.gc.add_root is declared as 'void (ptr)'; expected 'declare void @medi.gc.add_root(i64)'

;--- return.ll
source_filename = "triage.medi"
declare i64 @medi.chan.recv(ptr, ptr)
define i64 @f(ptr %rx, ptr %out) !dbg !5 {
  %s = call i64 @medi.chan.recv(ptr %rx, ptr %out), !dbg !10
  ret i64 %s
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "triage.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 11, type: !6, scopeLine: 11, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 12, column: 7, scope: !5)

;--- params.ll
source_filename = "triage.medi"
declare ptr @medi.spawn(ptr, ptr)
define void @f() !dbg !5 {
  %t = call ptr @medi.spawn(ptr null, ptr null), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "triage.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 11, type: !6, scopeLine: 11, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 13, column: 3, scope: !5)

;--- vararg.ll
source_filename = "triage.medi"
declare void @medi.yield(...)

;--- select.ll
source_filename = "triage.medi"
declare i32 @medi.select.timeout(ptr, i64, ptr)
define i32 @f(ptr %cases, ptr %index) !dbg !5 {
  %s = call i32 @medi.select.timeout(ptr %cases, i64 2, ptr %index), !dbg !10
  ret i32 %s
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "triage.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 11, type: !6, scopeLine: 11, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 12, column: 7, scope: !5)

;--- gc.ll
source_filename = "triage.medi"
declare void @medi.gc.add_root(ptr)
define void @f(ptr %record) !dbg !5 {
  call void @medi.gc.add_root(ptr %record), !dbg !10
  ret void
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "triage.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 11, type: !6, scopeLine: 11, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 12, column: 7, scope: !5)
