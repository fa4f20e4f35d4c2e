#!/usr/bin/env python3
"""rt_check_cost.py: what medi-rt-check costs next to opt -O2 on the same module.

Takes lowering_cost.py's generated modules of N Medi intrinsic calls (100 per function, each with
its own debug location; shapes `calls` and `medic`) and makes every call the check's work: each
function's body becomes a real-time zone (medi.rt.enter after the entry, medi.rt.exit before the
return), its blocking send becomes the allowed try_send, and each function calls the one before
it inside its zone, so the check follows a chain of N / 100 functions. Runs
`opt -O2 -time-passes` with the plugin, which adds medi-rt-check and medi-lower at the start of
-O2, and reads the check's time and the whole pipeline's from the same report. Prints a markdown
table: the check's time per call (flat when it is linear) and its share of -O2, from the medians
of --runs runs.

  bench/passes/rt_check_cost.py <build>/passes/MediPasses.so [--opt opt-19] [--calls 100000 ...]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lowering_cost  # noqa: E402

PARAMS = "ptr %tx, ptr %rx, ptr %v, ptr %pool, ptr %x, ptr %arr"


def zoned_module(calls, shape):
    text = lowering_cost.module(calls, shape).replace("@medi.chan.send", "@medi.chan.try_send")
    lines = text.splitlines()
    out = [lines[0], "declare void @medi.rt.enter()", "declare void @medi.rt.exit()"]
    function = None
    for line in lines[1:]:
        match = re.match(r"define void @f(\d+)\(", line)
        if match:
            function = int(match.group(1))
            out.append(line)
            continue
        first = re.search(r", !dbg !(\d+)$", line)
        if function is not None and first:
            # The zone opens before the function's first located instruction.
            location = f", !dbg !{first.group(1)}"
            out.append(f"  call void @medi.rt.enter(){location}")
            if function > 0:
                out.append(f"  call void @f{function - 1}({PARAMS}){location}")
            exit_location = location
            function = None
        if line == "  ret void":
            out.append(f"  call void @medi.rt.exit(){exit_location}")
        out.append(line)
    return "\n".join(out) + "\n"


def pass_times(opt, plugin, path):
    report = subprocess.run([opt, f"-load-pass-plugin={plugin}", "-O2", "-time-passes",
                             "-disable-output", path], capture_output=True, text=True)
    if report.returncode != 0:
        sys.exit(f"opt failed:\n{report.stderr[-3000:]}")
    section = report.stderr.split("Pass execution timing report")[1]
    check = total = None
    for row in section.splitlines():
        if total is not None:
            break
        numbers = re.findall(r"(\d+\.\d+) \(\s*[\d.]+%\)", row)
        if not numbers:
            continue
        wall = float(numbers[-1])
        if "MediRtCheckPass" in row:
            check = wall
        if row.strip().endswith("Total"):
            total = wall
    return check, total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("plugin")
    parser.add_argument("--opt", default="opt-19")
    parser.add_argument("--calls", type=int, nargs="*", default=[25000, 100000])
    parser.add_argument("--runs", type=int, default=5, help="medians of this many opt runs")
    parser.add_argument("--shape", choices=["calls", "medic"], nargs="*", default=["medic", "calls"])
    args = parser.parse_args()
    print("| Shape | Intrinsic calls | medi-rt-check (ms) | ns per call | opt -O2 passes (ms) "
          "| medi-rt-check share |")
    print("|---|---:|---:|---:|---:|---:|")
    for shape, calls in [(shape, calls) for shape in args.shape for calls in args.calls]:
        with tempfile.NamedTemporaryFile("w", suffix=".ll") as file:
            file.write(zoned_module(calls, shape))
            file.flush()
            runs = [pass_times(args.opt, args.plugin, file.name) for _ in range(args.runs)]
        if any(check is None or total is None for check, total in runs):
            sys.exit("could not find MediRtCheckPass or the total in opt's -time-passes report")
        check = statistics.median(check for check, _ in runs)
        total = statistics.median(total for _, total in runs)
        print(f"| {shape} | {calls:,} | {check * 1e3:.1f} | {check / calls * 1e9:.0f} | "
              f"{total * 1e3:.0f} | {check / total * 100:.2f}% |")


if __name__ == "__main__":
    main()
