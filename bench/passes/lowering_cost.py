#!/usr/bin/env python3
"""lowering_cost.py: what medi-lower costs next to opt -O2 on the same module.

Generates modules of N Medi intrinsic calls (100 per function, each with its own debug location,
a mix of channel, task and pool intrinsics), runs `opt -O2 -time-passes` with the plugin (the
plugin adds medi-lower at the start of -O2) and reads medi-lower's own time and the whole
pipeline's from the report. Prints a markdown table: medi-lower's time per call (flat when the
pass is linear) and its share of -O2.

  bench/passes/lowering_cost.py <build>/passes/MediPasses.so [--opt opt-19] [--calls 100000 ...]
"""
import argparse
import re
import subprocess
import sys
import tempfile

CALLS_PER_FUNCTION = 100
BODY = [
    "  %s{i} = call i32 @medi.chan.send(ptr %tx, ptr %v), !dbg !{d}",
    "  %r{i} = call i32 @medi.chan.try_recv(ptr %rx, ptr %v), !dbg !{d}",
    "  call void @medi.yield(), !dbg !{d}",
    "  %p{i} = call ptr @medi.pool.alloc(ptr %pool), !dbg !{d}",
    "  call void @medi.pool.free(ptr %pool, ptr %p{j}), !dbg !{d}",
]


def module(calls):
    lines = ['source_filename = "generated.medi"',
             "declare i32 @medi.chan.send(ptr, ptr)", "declare i32 @medi.chan.try_recv(ptr, ptr)",
             "declare void @medi.yield()", "declare ptr @medi.pool.alloc(ptr)",
             "declare void @medi.pool.free(ptr, ptr)"]
    metadata = []
    next_md = 10
    functions = calls // CALLS_PER_FUNCTION
    for f in range(functions):
        sp = next_md
        next_md += 1
        metadata.append(f'!{sp} = distinct !DISubprogram(name: "f{f}", scope: !1, file: !1, '
                        f'line: {f * 200 + 1}, type: !6, scopeLine: {f * 200 + 1}, '
                        'spFlags: DISPFlagDefinition, unit: !0)')
        lines.append(f"define void @f{f}(ptr %tx, ptr %rx, ptr %v, ptr %pool) !dbg !{sp} {{")
        for i in range(CALLS_PER_FUNCTION):
            d = next_md
            next_md += 1
            metadata.append(f"!{d} = !DILocation(line: {f * 200 + 2 + i}, column: 5, scope: !{sp})")
            kind = i % len(BODY)
            # a free uses the pointer of the alloc just before it
            lines.append(BODY[kind].format(i=i, j=i - 1, d=d))
        lines.append("  ret void\n}")
    lines += ["!llvm.dbg.cu = !{!0}", "!llvm.module.flags = !{!2}",
              '!0 = distinct !DICompileUnit(language: DW_LANG_C, file: !1, producer: "medic", '
              'isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)',
              '!1 = !DIFile(filename: "generated.medi", directory: "/src")',
              '!2 = !{i32 2, !"Debug Info Version", i32 3}',
              "!6 = !DISubroutineType(types: !7)", "!7 = !{}"]
    return "\n".join(lines + metadata) + "\n"


def pass_times(opt, plugin, path):
    report = subprocess.run([opt, f"-load-pass-plugin={plugin}", "-O2", "-time-passes",
                             "-disable-output", path], capture_output=True, text=True, check=True)
    # The pass execution timing report: "  wall (pct)  ...  name" rows, then a Total row.
    section = report.stderr.split("Pass execution timing report")[1]
    lower = total = None
    for row in section.splitlines():
        if total is not None:
            break
        numbers = re.findall(r"(\d+\.\d+) \(\s*[\d.]+%\)", row)
        if not numbers:
            continue
        wall = float(numbers[-1])
        if "MediLowerPass" in row:
            lower = wall
        if row.strip().endswith("Total"):
            total = wall
    return lower, total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("plugin")
    parser.add_argument("--opt", default="opt-19")
    parser.add_argument("--calls", type=int, nargs="*", default=[25000, 50000, 100000, 200000])
    args = parser.parse_args()
    print("| Intrinsic calls | medi-lower (ms) | ns per call | opt -O2 passes (ms) | medi-lower share |")
    print("|---:|---:|---:|---:|---:|")
    for calls in args.calls:
        with tempfile.NamedTemporaryFile("w", suffix=".ll") as file:
            file.write(module(calls))
            file.flush()
            lower, total = pass_times(args.opt, args.plugin, file.name)
        if lower is None or total is None:
            sys.exit("could not find MediLowerPass or the total in opt's -time-passes report")
        print(f"| {calls:,} | {lower * 1e3:.1f} | {lower / calls * 1e9:.0f} | {total * 1e3:.0f} | "
              f"{lower / total * 100:.2f}% |")


if __name__ == "__main__":
    main()
