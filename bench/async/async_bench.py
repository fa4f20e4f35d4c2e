#!/usr/bin/env python3
"""async_bench.py: MLIR async programs on libmedi_async_runtime and on LLVM's
libmlir_async_runtime.so, side by side in one run.

Each program (execute_await.mlir; parallel_for.mlir at several sizes) is lowered once with
mlir-opt as MLIR's own async tests lower it, then run under mlir-cpu-runner -O3 with each
runtime in turn, the two interleaved run by run. The programs time themselves with rtclock
(JIT compilation is outside the timed region). Prints each row's median over the runs for both
runtimes and the ratio (Medi / LLVM: below 1 is faster). The figures go to docs/benchmarks.md
("MLIR's async runtime").

  bench/async/async_bench.py [--build build/default] [--runs 9] [--sizes 64 256 1024]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

LLVM = "/usr/lib/llvm-19"
PIPELINE = ("builtin.module(async-to-async-runtime,func.func(async-runtime-ref-counting,"
            "async-runtime-ref-counting-opt),convert-async-to-llvm,"
            "func.func(convert-scf-to-cf,arith-expand),convert-vector-to-llvm,"
            "finalize-memref-to-llvm,func.func(convert-arith-to-llvm),"
            "convert-func-to-llvm,convert-cf-to-llvm,reconcile-unrealized-casts)")
LINE = re.compile(r"^(.+?): ([0-9.e+-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def lower(source, parallel, out):
    text = source
    steps = [[f"{LLVM}/bin/mlir-opt", "-async-parallel-for"]] if parallel else []
    steps.append([f"{LLVM}/bin/mlir-opt", f"-pass-pipeline={PIPELINE}"])
    for step in steps:
        done = subprocess.run(step, input=text, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"{' '.join(step)} failed:\n{done.stderr[-2000:]}")
        text = done.stdout
    with open(out, "w") as f:
        f.write(text)


def run(program, library):
    command = [f"{LLVM}/bin/mlir-cpu-runner", "-e", "main", "-entry-point-result=void", "-O3",
               f"-shared-libs={LLVM}/lib/libmlir_c_runner_utils.so",
               f"-shared-libs={LLVM}/lib/libmlir_runner_utils.so", f"-shared-libs={library}"]
    with open(program) as f:
        done = subprocess.run(command, stdin=f, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        sys.exit(f"{program} with {library} failed:\n{done.stderr[-2000:]}")
    return {m.group(1): float(m.group(2)) for m in map(LINE.match, done.stdout.splitlines()) if m}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build/default")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sizes", type=int, nargs="+", default=[64, 256, 1024])
    args = parser.parse_args()
    libraries = {"LLVM": f"{LLVM}/lib/libmlir_async_runtime.so",
                 "Medi": os.path.join(args.build, "runtime/async/libmedi_async_runtime.so")}
    with tempfile.TemporaryDirectory() as scratch:
        programs = []
        with open(os.path.join(HERE, "execute_await.mlir")) as f:
            path = os.path.join(scratch, "execute_await.mlir")
            lower(f.read(), False, path)
            programs.append((path, ""))
        with open(os.path.join(HERE, "parallel_for.mlir")) as f:
            template = f.read()
        for size in args.sizes:
            reps = max(5, 50 * (1024 * 1024) // (size * size))
            path = os.path.join(scratch, f"parallel_for_{size}.mlir")
            lower(template.replace("SIZE", str(size)).replace("REPS", str(reps)), True, path)
            programs.append((path, f" {size}x{size}"))
        samples = {}
        for _ in range(args.runs):
            for path, suffix in programs:
                for name, library in libraries.items():
                    for label, seconds in run(path, library).items():
                        samples.setdefault(label + suffix, {}).setdefault(name, []).append(seconds)
    print(f"{'row':<28} {'LLVM us':>10} {'Medi us':>10} {'Medi/LLVM':>10}"
          f"  (medians of {args.runs} interleaved runs)")
    for label, by_runtime in samples.items():
        llvm = statistics.median(by_runtime["LLVM"]) * 1e6
        medi = statistics.median(by_runtime["Medi"]) * 1e6
        print(f"{label:<28} {llvm:>10.3f} {medi:>10.3f} {medi / llvm:>10.2f}")


if __name__ == "__main__":
    main()
