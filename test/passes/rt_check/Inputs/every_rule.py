"""Writes LLVM IR that calls, inside one real-time zone, every callee the real-time rules forbid:
each row of realtime_rules.def and, for a medi.* row, its lowered entry point from
intrinsics.def. Each call has its own line (the row's index), and the names go to stderr in the
same order, one per line, as the diagnostics medi-rt-check must print (C++ names demangled).

  every_rule.py <source root> > zone.ll 2> expected.txt
"""
import re
import subprocess
import sys

root = sys.argv[1]
rules = re.findall(r'^MEDI_RT_RULE\("([^"]+)",\s*(BLOCKS|ALLOCATES)',
                   open(f"{root}/include/medi/abi/realtime_rules.def").read(), re.M)
entry = dict(re.findall(r'^MEDI_INTRINSIC\(\w+,\s*"([^"]*)",\s*(\w+),',
                        open(f"{root}/include/medi/abi/intrinsics.def").read(), re.M))
callees = []
for name, kind in rules:
    if name.startswith("memref."):
        continue  # an MLIR operation's name, not a function
    callees.append((name, kind))
    if name in entry:
        callees.append((entry[name], kind))

print('declare void @medi.rt.enter()\ndeclare void @medi.rt.exit()')
for i, (name, _) in enumerate(callees):
    print(f'declare void @"{name}"()')
print('define void @zone() !dbg !10 {\n  call void @medi.rt.enter(), !dbg !11')
for i, (name, _) in enumerate(callees):
    print(f'  call void @"{name}"(), !dbg !{100 + i}')
print('  call void @medi.rt.exit(), !dbg !11\n  ret void, !dbg !11\n}')
print('!llvm.dbg.cu = !{!0}\n!llvm.module.flags = !{!2}')
print('!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medi", '
      'emissionKind: LineTablesOnly)')
print('!1 = !DIFile(filename: "every.medi", directory: "/src")')
print('!2 = !{i32 2, !"Debug Info Version", i32 3}')
print('!3 = !DISubroutineType(types: !{})')
print('!10 = distinct !DISubprogram(name: "zone", scope: !1, file: !1, line: 1, type: !3, '
      'unit: !0, spFlags: DISPFlagDefinition)')
print('!11 = !DILocation(line: 1, column: 3, scope: !10)')
for i, (name, kind) in enumerate(callees):
    print(f'!{100 + i} = !DILocation(line: {100 + i}, column: 5, scope: !10)')
    verb = "may block" if kind == "BLOCKS" else "may allocate without bound"
    shown = subprocess.run(["llvm-cxxfilt", name], capture_output=True, text=True).stdout.strip()
    print(f"every.medi:{100 + i}:5: error: '{shown}' {verb} in a real-time zone", file=sys.stderr)
