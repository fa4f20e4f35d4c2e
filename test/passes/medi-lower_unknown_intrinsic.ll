; An unknown medi.* name is an error at its call (or, unused, at the module's file), and a
; definition of an intrinsic is refused.
; RUN: split-file %s %t
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/called.ll 2>&1 | FileCheck %s --check-prefix=CALLED
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/unused.ll 2>&1 | FileCheck %s --check-prefix=UNUSED
; RUN: not opt -load-pass-plugin=%medi_plugin -passes=medi-lower -disable-output %t/defined.ll 2>&1 | FileCheck %s --check-prefix=DEFINED

; CALLED: error: ward.medi:4:9: medi-lower: unknown Medi intrinsic '@medi.chan.peek' (docs/intrinsics.md lists the intrinsics of ABI version 1)
; UNUSED: error: ward.medi: medi-lower: unknown Medi intrinsic '@medi.unused'
; DEFINED: error: ward.medi: medi-lower: @medi.yield is a Medi intrinsic and cannot be defined

;--- called.ll
source_filename = "ward.medi"
declare i32 @medi.chan.peek(ptr)
define i32 @f(ptr %rx) !dbg !5 {
  %s = call i32 @medi.chan.peek(ptr %rx), !dbg !10
  ret i32 %s
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "ward.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 3, type: !6, scopeLine: 3, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!10 = !DILocation(line: 4, column: 9, scope: !5)

;--- unused.ll
source_filename = "ward.medi"
declare void @medi.unused()

;--- defined.ll
source_filename = "ward.medi"
define void @medi.yield() {
  ret void
}
