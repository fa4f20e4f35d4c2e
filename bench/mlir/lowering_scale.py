#!/usr/bin/env python3
"""lowering_scale.py: what lowering the medi dialect costs as a program grows.

Generates modules of N medi operations (functions of about 100 each: channels, sends,
receives, tries, selects, real-time zones with region allocation, spawns and joins), in two
shapes: "calls", nothing but medi operations (the worst case for lowering's share), and
"program", each medi operation amid 9 arithmetic operations whose results it sends (about
the density of examples/lab_pipeline/lab_pipeline.mlir, one medi operation in 10). Builds
each to an object file with `medi-build -c --time` at -O2, and takes the median of each phase
over R runs. Prints, per size, the medi-to-llvm pipeline's time ("mlir-lower": canonicalize,
convert-medi-to-llvm, medi-add-debug-info), its time per operation (flat when lowering is
linear), its share of the whole .mlir-to-object pipeline (every phase after the tool's start),
and the one verification of the lowered module before translation ("mlir-verify"). The figures go to docs/benchmarks.md ("The medi dialect").

  bench/mlir/lowering_scale.py [--build build/default] [--runs 3] [--sizes 25000 50000 100000]
                               [--shape calls|program]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

PHASE = re.compile(r"^medi-build: time: (.+?)\s+([0-9.]+) ms$")
OPS_PER_FUNCTION = 100


ARITH = ["muli", "addi", "xori", "subi", "andi", "ori"]


def filler(k, count):
    """`count` arithmetic operations in a chain from %v and %ns; the last is %f<k>."""
    lines, prev = [], "%v"
    for i in range(count):
        name = f"%f{k}" if i == count - 1 else f"%f{k}_{i}"
        lines.append(f"  {name} = arith.{ARITH[i % len(ARITH)]} {prev}, %ns : i64")
        prev = name
    return lines


def function(index, fill):
    """One function of about OPS_PER_FUNCTION medi operations (counted in `ops`), each with
    `fill` arithmetic operations beside it."""
    lines = [f"func.func @work{index}(%v: i64, %ns: i64, %r: !medi.region) -> i64 {{"]
    ops = 0
    body = []
    while ops < OPS_PER_FUNCTION:
        sent = f"%f{ops}" if fill else "%v"
        body += filler(ops, 13 * fill) if fill else []
        chunk = [
            "  %tx{k}, %rx{k} = medi.channel bounded(4) : i64",
            "  %a{k} = medi.send %tx{k}, SENT : !medi.sender<i64>",
            "  %b{k} = medi.try_send %tx{k}, SENT : !medi.sender<i64>",
            "  %c{k}, %x{k} = medi.recv %rx{k} timeout %ns : !medi.receiver<i64>",
            "  %d{k}, %y{k} = medi.try_recv %rx{k} : !medi.receiver<i64>",
            "  %e{k}, %z{k} = medi.select -> i64 recv %rx{k} : !medi.receiver<i64> {{",
            "  ^bb0(%w{k}: i64):",
            "    medi.end %w{k} : i64",
            "  }} default {{",
            "    medi.end %v : i64",
            "  }}",
            "  medi.realtime {{",
            "    %m{k} = medi.region.alloc %r, %v align 8",
            "  }}",
            "  %t{k} = medi.spawn @leaf(%x{k}) : (i64) -> !medi.task<i64>",
            "  medi.yield",
            "  %j{k}, %q{k} = medi.join %t{k} timeout %ns : !medi.task<i64>",
            "  medi.drop %tx{k} : !medi.sender<i64>",
            "  medi.drop %rx{k} : !medi.receiver<i64>",
        ]
        body += [line.format(k=ops).replace("SENT", sent) for line in chunk]
        ops += 13  # the medi operations of one chunk (its medi.end terminators not counted)
    lines += body
    lines += ["  return %v : i64", "}"]
    return "\n".join(lines), ops


def module(size, fill=0):
    parts = ["func.func @leaf(%x: i64) -> i64 {", "  return %x : i64", "}"]
    total, index = 0, 0
    while total < size:
        text, ops = function(index, fill)
        parts.append(text)
        total += ops
        index += 1
    parts.append("func.func @main() -> i32 {")
    parts.append("  %z = arith.constant 0 : i32")
    parts.append("  return %z : i32")
    parts.append("}")
    return "\n".join(parts) + "\n", total


def build(tool, path, obj):
    done = subprocess.run([tool, "-c", "--time", "-O2", path, "-o", obj], capture_output=True,
                          text=True)
    if done.returncode != 0:
        sys.exit(f"medi-build failed on {path}:\n{done.stderr[-2000:]}")
    phases = {}
    for line in done.stderr.splitlines():
        match = PHASE.match(line)
        if match:
            phases[match.group(1)] = phases.get(match.group(1), 0.0) + float(match.group(2))
    return phases


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build/default")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[25000, 50000, 100000])
    parser.add_argument("--shape", choices=["calls", "program"], default="calls")
    args = parser.parse_args()
    tool = os.path.join(args.build, "tools", "medi-build")
    print(f"{'operations':>10} {'mlir-lower ms':>14} {'us/op':>7} {'pipeline ms':>12} "
          f"{'share':>6} {'mlir-verify ms':>15}  ({args.shape}; medians of {args.runs} runs, -O2)")
    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            text, ops = module(size, 9 if args.shape == "program" else 0)
            path = os.path.join(scratch, f"gen{size}.mlir")
            with open(path, "w") as out:
                out.write(text)
            runs = [build(tool, path, os.path.join(scratch, "gen.o")) for _ in range(args.runs)]
            lower = statistics.median(r["mlir-lower"] for r in runs)
            whole = statistics.median(
                sum(ms for name, ms in r.items() if name not in ("exec to main", "total"))
                for r in runs)
            verify = statistics.median(r.get("mlir-verify", 0.0) for r in runs)
            print(f"{ops:>10} {lower:>14.1f} {1000 * lower / ops:>7.2f} {whole:>12.1f} "
                  f"{100 * lower / whole:>5.1f}% {verify:>15.1f}")


if __name__ == "__main__":
    main()
