; A real-time zone whose helper calls malloc.
declare void @medi.rt.enter()
declare void @medi.rt.exit()
declare ptr @malloc(i64)
declare void @free(ptr)
declare i32 @puts(ptr)

@msg = private constant [13 x i8] c"ran the zone\00"

define ptr @scratch() !dbg !10 {
  %p = call ptr @malloc(i64 64), !dbg !11
  ret ptr %p, !dbg !11
}

define i32 @main() !dbg !20 {
  call void @medi.rt.enter(), !dbg !21
  %p = call ptr @scratch(), !dbg !22
  call void @medi.rt.exit(), !dbg !23
  call void @free(ptr %p), !dbg !23
  %r = call i32 @puts(ptr @msg), !dbg !23
  ret i32 0, !dbg !23
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}
!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medi", emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "zone.medi", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !DISubroutineType(types: !{})
!10 = distinct !DISubprogram(name: "scratch", scope: !1, file: !1, line: 5, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!11 = !DILocation(line: 6, column: 9, scope: !10)
!20 = distinct !DISubprogram(name: "main", scope: !1, file: !1, line: 10, type: !3, unit: !0, spFlags: DISPFlagDefinition)
!21 = !DILocation(line: 11, column: 3, scope: !20)
!22 = !DILocation(line: 12, column: 5, scope: !20)
!23 = !DILocation(line: 13, column: 3, scope: !20)
