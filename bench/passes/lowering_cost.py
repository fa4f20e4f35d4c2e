#!/usr/bin/env python3
"""lowering_cost.py: what medi-lower costs next to opt -O2 on the same module.

Generates modules of N Medi intrinsic calls (100 per function, each with its own debug location,
a mix of channel, task and pool intrinsics) in two shapes: `calls`, nothing but the calls (the
worst case for the pass's share), and `medic`, each call amid 19 ordinary instructions (loads,
stores, arithmetic, a compare and a branch, as medic emits: the examples have one intrinsic call
per 20 to 36 instructions). Runs `opt -O2 -time-passes` with the plugin (the
plugin adds medi-lower at the start of -O2) and reads medi-lower's own time and the whole
pipeline's from the report. Prints a markdown table: medi-lower's time per call (flat when the
pass is linear) and its share of -O2, from the medians of --runs runs (the machine is noisy).

  bench/passes/lowering_cost.py <build>/passes/MediPasses.so [--opt opt-19] [--calls 100000 ...]
"""
import argparse
import re
import statistics
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


# Ordinary code before each call in the `medic` shape: 19 instructions over three blocks.
ORDINARY = [
    "  br label %u{i}",
    "u{i}:",
    "  %a{i} = load i32, ptr %x, align 4, !dbg !{d}",
    "  %b{i} = add nsw i32 %a{i}, {i}, !dbg !{d}",
    "  %c{i} = mul nsw i32 %b{i}, 3, !dbg !{d}",
    "  %k{i} = and i32 %c{i}, 15, !dbg !{d}",
    "  %z{i} = zext i32 %k{i} to i64, !dbg !{d}",
    "  %e{i} = getelementptr inbounds i32, ptr %arr, i64 %z{i}, !dbg !{d}",
    "  %f{i} = load i32, ptr %e{i}, align 4, !dbg !{d}",
    "  %d{i} = icmp sgt i32 %f{i}, %c{i}, !dbg !{d}",
    "  br i1 %d{i}, label %t{i}, label %j{i}, !dbg !{d}",
    "t{i}:",
    "  %g{i} = sub nsw i32 %f{i}, %c{i}, !dbg !{d}",
    "  store i32 %g{i}, ptr %e{i}, align 4, !dbg !{d}",
    "  br label %j{i}, !dbg !{d}",
    "j{i}:",
    "  %h{i} = phi i32 [ %c{i}, %u{i} ], [ %g{i}, %t{i} ], !dbg !{d}",
    "  store i32 %h{i}, ptr %x, align 4, !dbg !{d}",
    "  %l{i} = sext i32 %h{i} to i64, !dbg !{d}",
    "  store i64 %l{i}, ptr %v, align 8, !dbg !{d}",
]


def module(calls, shape="calls"):
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
        lines.append(f"define void @f{f}(ptr %tx, ptr %rx, ptr %v, ptr %pool, ptr %x, ptr %arr) "
                     f"!dbg !{sp} {{")
        for i in range(CALLS_PER_FUNCTION):
            d = next_md
            next_md += 1
            metadata.append(f"!{d} = !DILocation(line: {f * 200 + 2 + i}, column: 5, scope: !{sp})")
            kind = i % len(BODY)
            if shape == "medic":
                lines += [line.format(i=i, d=d) for line in ORDINARY]
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
    parser.add_argument("--runs", type=int, default=5, help="medians of this many opt runs")
    parser.add_argument("--shape", choices=["calls", "medic"], nargs="*", default=["calls", "medic"])
    args = parser.parse_args()
    print("| Shape | Intrinsic calls | medi-lower (ms) | ns per call | opt -O2 passes (ms) "
          "| medi-lower share |")
    print("|---|---:|---:|---:|---:|---:|")
    for shape, calls in [(shape, calls) for shape in args.shape for calls in args.calls]:
        with tempfile.NamedTemporaryFile("w", suffix=".ll") as file:
            file.write(module(calls, shape))
            file.flush()
            runs = [pass_times(args.opt, args.plugin, file.name) for _ in range(args.runs)]
        if any(lower is None or total is None for lower, total in runs):
            sys.exit("could not find MediLowerPass or the total in opt's -time-passes report")
        lower = statistics.median(lower for lower, _ in runs)
        total = statistics.median(total for _, total in runs)
        print(f"| {shape} | {calls:,} | {lower * 1e3:.1f} | {lower / calls * 1e9:.0f} | {total * 1e3:.0f} | "
              f"{lower / total * 100:.2f}% |")


if __name__ == "__main__":
    main()
