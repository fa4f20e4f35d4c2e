#!/usr/bin/env python3
"""tool_times.py: where medi-run's time goes on each example, and medi-build's executables.

For each example, runs `medi-run --time` N times and takes the median of each phase; "launch to
main" is the whole process's wall time (measured here, from spawn to exit) less the run and
destructor phases, i.e. the time from exec until the program's main starts. Then builds the
example with medi-build, its main wrapped by native_main_timer.cpp (-Wl,--wrap=main: the
scheduler started first, as medi-run starts it before its run phase), and takes the median of N
timed runs of its main against the JIT's run phase, twice: in a fresh process (first-touch page
faults included) and with the heap warmed first (MEDI_TIMER_WARM_HEAP, as medi-run's heap is by
the time its run phase starts). The figures go to docs/benchmarks.md ("The tools").

  bench/tools/tool_times.py [--build build/default] [--runs 11] [-O2]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

EXAMPLES = ["vitals_monitor", "lab_pipeline", "patient_records"]
PHASE = re.compile(r"^medi-run: time: (.+?)\s+([0-9.]+) ms$")


def run_timed(argv, env=None):
    start = time.monotonic()
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    wall_ms = (time.monotonic() - start) * 1000.0
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited with {done.returncode}:\n{done.stderr}")
    return wall_ms, done.stderr


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build/default")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("-O", dest="opt", default="2")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    medi_run = os.path.join(args.build, "tools", "medi-run")
    medi_build = os.path.join(args.build, "tools", "medi-build")
    level = f"-O{args.opt}"
    timer = os.path.join(tempfile.mkdtemp(), "native_main_timer.o")
    subprocess.run(["clang++-19", "-std=c++23", "-O2", "-c",
                    os.path.join(root, "bench", "tools", "native_main_timer.cpp"),
                    f"-I{root}/include", f"-I{args.build}/include", "-o", timer], check=True)

    rows = []
    for name in EXAMPLES:
        ir = os.path.join(root, "examples", name, f"{name}.ll")
        phases, launch = {}, []
        for _ in range(args.runs):
            wall, stderr = run_timed([medi_run, level, "--time", ir])
            times = {}
            for line in stderr.splitlines():
                match = PHASE.match(line)
                if match:
                    times[match.group(1)] = float(match.group(2))
            for phase, ms in times.items():
                phases.setdefault(phase, []).append(ms)
            launch.append(wall - times["run"] - times["destructors"])
        median = {phase: statistics.median(values) for phase, values in phases.items()}

        with tempfile.TemporaryDirectory() as scratch:
            exe = os.path.join(scratch, name)
            subprocess.run([medi_build, level, ir, "-o", exe, f"--link-arg={timer}",
                            "--link-arg=-Wl,--wrap=main"], check=True)
            cold, warm = [], []
            warm_env = dict(os.environ, MEDI_TIMER_WARM_HEAP="16")
            for _ in range(args.runs):
                for env, times in ((None, cold), (warm_env, warm)):
                    stderr = run_timed([exe], env)[1]
                    times.append(float(re.search(r"^native: run ([0-9.]+) ms$", stderr, re.M)[1]))
        rows.append((name, median, statistics.median(launch), statistics.median(cold),
                     statistics.median(warm)))

    phases = ["parse", "lower", "optimise", "jit", "constructors", "run", "destructors"]
    print(f"medians of {args.runs} runs at {level}, milliseconds")
    print("| example | " + " | ".join(phases) + " | launch to main |")
    print("|---" * (len(phases) + 2) + "|")
    for name, median, launch, _, _ in rows:
        cells = " | ".join(f"{median[p]:.2f}" for p in phases)
        print(f"| {name} | {cells} | {launch:.1f} |")
    print()
    print("| example | JIT run | native run, warm heap | native / JIT | native run, fresh process "
          "| native / JIT |")
    print("|---|---|---|---|---|---|")
    for name, median, _, cold, warm in rows:
        jit = median["run"]
        print(f"| {name} | {jit:.2f} | {warm:.2f} | {warm / jit:.2f}x | {cold:.2f} "
              f"| {cold / jit:.2f}x |")


if __name__ == "__main__":
    main()
