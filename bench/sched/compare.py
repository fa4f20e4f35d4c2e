#!/usr/bin/env python3
"""compare.py: spawning from a plain thread, ours beside oneTBB and Go, measured in the same run.

The scenario is how every program starts: main (a plain thread; in Go the main goroutine) spawns
100,000 tasks that each do a short sum, then waits for all of them. Ours and TBB are task_bench's
BM_spawn_from_thread and BM_spawn_from_thread_tbb (5 repetitions per pass); Go is
bench/sched/peers/go/spawn.go (5 runs per pass). --runs N makes N passes, the three interleaved,
and the table gives each one's median and fastest run (ms per 100,000 tasks) and our ratios.
Needs the Go toolchain (scripts/setup-deps --peers).

  bench/sched/compare.py [--build-dir build/release] [--runs 5]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs).stdout


def ours_and_tbb(build_dir):
    out_file = os.path.join(build_dir, "task_bench_spawn.json")
    run([os.path.join(build_dir, "bench", "task_bench"), "--benchmark_filter=^BM_spawn_from_thread",
         f"--benchmark_out={out_file}", "--benchmark_out_format=json",
         "--benchmark_repetitions=5"])
    with open(out_file) as f:
        report = json.load(f)
    results = {"medi": [], "tbb": []}
    for b in report["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        peer = "tbb" if b["run_name"].startswith("BM_spawn_from_thread_tbb") else "medi"
        scale = {"ms": 1.0, "us": 1e-3, "ns": 1e-6}[b["time_unit"]]
        results[peer].append(b["real_time"] * scale)
    return results


def go_peer():
    binary = os.path.join(ROOT, "build", "go-spawn-peer")
    env = dict(os.environ, GOCACHE=os.path.join(ROOT, "build", "go-cache"), GO111MODULE="off")
    if not os.path.exists(binary):
        run(["go", "build", "-o", binary,
             os.path.join(ROOT, "bench", "sched", "peers", "go", "spawn.go")], env=env)
    _, _, *values = run([binary]).split()
    return {"go": [float(v) for v in values]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run([os.path.join(ROOT, "scripts", "setup-deps"), "--peers"], check=True)
    subprocess.run([os.path.join(ROOT, "scripts", "build"), "release", "task_bench"], check=True)
    runs = {}
    for _ in range(max(args.runs, 1)):
        for measured in (ours_and_tbb(args.build_dir), go_peer()):
            for key, values in measured.items():
                runs.setdefault(key, []).extend(values)
    median = {key: statistics.median(values) for key, values in runs.items()}
    print(f"Spawn 100,000 tasks from main, then wait for them all (ms; {args.runs} passes):\n")
    print("| | runs | median | fastest | ours / it (medians) |")
    print("|---|---|---|---|---|")
    for peer in ("medi", "tbb", "go"):
        values = runs[peer]
        ratio = "" if peer == "medi" else f"{median['medi'] / median[peer]:.2f}"
        print(f"| {peer} | {len(values)} | {median[peer]:.2f} | {min(values):.2f} | {ratio} |")


if __name__ == "__main__":
    sys.exit(main())
