#!/usr/bin/env python3
"""ab_compare.py: an interleaved A/B of our own task, channel and GC benchmarks, two builds.

Runs bench/task_bench and bench/channel_bench (our benchmarks only, no peers), and on request
bench/gc_bench (its allocation rows, Boehm's among them as a yardstick of noise), from two build
directories in turn, round after round, alternating which build goes first, and prints each
benchmark's median over every run of each build and their ratio (B / A). Interleaving spreads
the machine's slow and fast moments over both builds, so a ratio near 1.0 means "within noise";
the spread column (the middle half of B's runs over A's median) says how wide that noise is.

  bench/ab_compare.py A_DIR B_DIR [--rounds 10] [--programs task_bench,channel_bench,gc_bench]

A_DIR and B_DIR each hold task_bench and channel_bench (copies of build/release/bench/...,
built with the release preset from the two commits). A channel benchmark's run is one
iteration (200,000 messages or round trips), as compare.py measures; a task benchmark's run is
Google Benchmark's default.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

PROGRAMS = {
    "channel_bench": ["--benchmark_filter=^BM_medi_", "--benchmark_min_time=0.000001",
                      "--benchmark_repetitions=5"],
    "task_bench": ["--benchmark_filter=^BM_(spawn_join_one_worker|spawn_join_global|fib_tasks|"
                   "yield_ping_pong|channel_worker_pool)"],
    "gc_bench": ["--benchmark_filter=^BM_(alloc_|boehm_malloc16|patient_churn)",
                 "--benchmark_repetitions=3"],
}
DEFAULT_PROGRAMS = "task_bench,channel_bench"


def run(directory, program, args):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([os.path.join(directory, program), f"--benchmark_out={out.name}",
                        "--benchmark_out_format=json", *args],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out.name) as f:
            report = json.load(f)
    return [(b["name"], b["real_time"]) for b in report["benchmarks"]
            if b.get("run_type", "iteration") == "iteration"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a_dir")
    parser.add_argument("b_dir")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--programs", default=DEFAULT_PROGRAMS,
                        help=f"which of {', '.join(PROGRAMS)} to run (default: {DEFAULT_PROGRAMS})")
    options = parser.parse_args()
    programs = {name: PROGRAMS[name] for name in options.programs.split(",")}

    times = {}  # (program, benchmark) -> {"A": [...], "B": [...]}
    for round_index in range(options.rounds):
        order = [("A", options.a_dir), ("B", options.b_dir)]
        if round_index % 2:
            order.reverse()
        for program, args in programs.items():
            for label, directory in order:
                for name, real_time in run(directory, program, args):
                    times.setdefault((program, name), {"A": [], "B": []})[label].append(real_time)
        print(f"round {round_index + 1}/{options.rounds} done", file=sys.stderr)

    print(f"| benchmark | A median | B median | B / A | B's middle half / A |")
    print("|---|---|---|---|---|")
    for (program, name), runs in times.items():
        a, b = statistics.median(runs["A"]), statistics.median(runs["B"])
        quartiles = statistics.quantiles(runs["B"], n=4) if len(runs["B"]) >= 4 else [b, b, b]
        print(f"| {name.removesuffix('/real_time')} | {a:,.1f} | {b:,.1f} | {b / a:.2f} | "
              f"{quartiles[0] / a:.2f} - {quartiles[2] / a:.2f} |")
    print(f"\n{options.rounds} interleaved rounds; times in the benchmark's own unit "
          "(ns per iteration).")


if __name__ == "__main__":
    main()
