#!/usr/bin/env python3
"""compare.py: channel benchmarks side by side with their peers, measured in the same run.

Builds and runs bench/chan/channel_bench (ours, moodycamel, Boost.Fiber), the Rust peers
(crossbeam-channel, flume; built offline from Debian's packaged crates) and the Go peer, then
prints markdown tables of ns per message (ping-pong: per round trip) and our ratios to
crossbeam (threads) and Go (tasks). Needs the packages scripts/setup-deps --peers installs.

  bench/chan/compare.py [--build-dir build/release] [--runs 1] [--target-rounds 0] [--long N]
                        [--only tasks|threads]

Every program is measured the same way: a run moves 200,000 messages (or makes 200,000 round
trips) and each program makes 5 runs of each scenario per pass. Ours are channel_bench
iterations (one iteration per repetition, 5 repetitions); the peers time their own runs.
--runs N makes N passes, the peers interleaved with ours. The first table gives each cell's
median over all runs, the second its fastest run: on a shared 2-core machine the contended
rows (more threads than cores) spread 2-3x between runs of the same binary, so a single
fastest run says little there, and the medians are what the targets are judged on.

--long N measures instead the long shape crossbeam-channel's own benchmarks use: threads on
bounded(1024), spsc (1+1), mpsc (4+1) and mpmc (4+4), 1,000,000 messages, one timed run per
process after a warm-up run; N processes per program and scenario, ours and crossbeam's
interleaved. It prints each cell's median, fastest and slowest run (a shared machine makes single
runs of one binary bimodal) and the ratio of the medians.

--target-rounds N then makes N more rounds of just the rows the channel targets name
(docs/benchmarks.md: ours on threads against crossbeam on every buffered row, ours on tasks
against Go on rendezvous, bounded(1), unbounded and ping-pong), each row ours then its peer, 5
runs each: without the slow peers (flume and Boost.Fiber take most of a pass) many more runs
fit, and a third table judges the targets on the medians of all of them. --only tasks (or
threads) limits those rounds to one side, and --runs 0 with --target-rounds skips the passes.
"""
import argparse
import functools
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UNBOUNDED = str(2**64 - 1)
FLAVORS = {"0": "bounded0", "1": "bounded1", "1000": "bounded1000", UNBOUNDED: "unbounded",
           "-1": "unbounded"}


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kwargs).stdout


# The rows the targets name: (scenario, flavor, our program, its peer, our benchmark).
TARGETS = [(s, f, "medi", "crossbeam", f"BM_medi_{s}/cap:{c}")
           for s in ("seq", "spsc", "mpsc", "mpmc")
           for f, c in (("bounded1", "1"), ("bounded1000", "1000"), ("unbounded", "-1"))
           if not (s == "seq" and f == "bounded1")]
TARGETS += [(s, f, "medi-tasks", "go", f"BM_medi_tasks_{s}/cap:{c}")
            for s in ("spsc", "mpsc", "mpmc")
            for f, c in (("bounded0", "0"), ("bounded1", "1"), ("unbounded", "-1"))]
TARGETS += [("ping_pong_tasks", "bounded0", "medi", "go", "BM_medi_ping_pong_tasks")]


def ours(build_dir, benchmark=None):
    out_file = os.path.join(build_dir, "channel_bench.json")
    only = [f"--benchmark_filter=^{benchmark}(/real_time)?$"] if benchmark else []
    # A minimum time this short makes each repetition one iteration: one run, as a peer's.
    run([os.path.join(build_dir, "bench", "channel_bench"), f"--benchmark_out={out_file}",
         "--benchmark_out_format=json", "--benchmark_min_time=0.000001",
         "--benchmark_repetitions=5", *only])
    with open(out_file) as f:
        report = json.load(f)
    results = {}
    for b in report["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"].removesuffix("/real_time")
        parts = name.split("/")
        base = parts[0].removeprefix("BM_")
        flavor = FLAVORS.get(parts[1].removeprefix("cap:"), parts[1]) if len(parts) > 1 else "bounded0"
        value = b["ns_per_msg"] * 1e9  # per message; per round trip for ping-pong
        peer, _, scenario = base.partition("_")
        if base.startswith("medi_tasks_"):
            peer, scenario = "medi-tasks", base.removeprefix("medi_tasks_")
        elif base.startswith("boost_fiber_"):
            peer, scenario = "boost-fiber", base.removeprefix("boost_fiber_")
            flavor = {"cap:0": "bounded0", "cap:2": "bounded1", "cap:1024": "bounded1000"}.get(
                parts[1], flavor)
        elif peer == "moodycamel":
            flavor = "unbounded"
        results.setdefault((peer, scenario, flavor), []).append(value)
    return results


@functools.cache
def rust_peers_binary():
    env = dict(os.environ, CARGO_HOME=os.path.join(ROOT, "build", "cargo-home"),
               CARGO_TARGET_DIR=os.path.join(ROOT, "build", "rust-peers"))
    os.makedirs(env["CARGO_HOME"], exist_ok=True)
    with open(os.path.join(env["CARGO_HOME"], "config.toml"), "w") as config:
        config.write('[source.crates-io]\nreplace-with = "debian"\n'
                     '[source.debian]\ndirectory = "/usr/share/cargo/registry"\n'
                     '[net]\noffline = true\n')
    manifest = os.path.join(ROOT, "bench", "chan", "peers", "rust", "Cargo.toml")
    run(["/usr/bin/cargo", "build", "--quiet", "--release", "--manifest-path", manifest], env=env)
    return os.path.join(env["CARGO_TARGET_DIR"], "release", "medi-channel-peers")


@functools.cache
def go_peer_binary():
    binary = os.path.join(ROOT, "build", "go-peer")
    env = dict(os.environ, GOCACHE=os.path.join(ROOT, "build", "go-cache"), GO111MODULE="off")
    run(["go", "build", "-o", binary, os.path.join(ROOT, "bench", "chan", "peers", "go", "main.go")],
        env=env)
    return binary


def rust_peers(*scenarios):
    return parse(run([rust_peers_binary(), *scenarios]))


def go_peer(*scenarios):
    return parse(run([go_peer_binary(), *scenarios]))


def parse(text):
    results = {}
    for line in text.splitlines():
        peer, scenario, flavor, *values = line.split()
        results[(peer, scenario, flavor)] = [float(v) for v in values]
    return results


LONG_MESSAGES = "1000000"


def long_shape(build_dir, processes):
    """The long shape (see the module comment): {(program, scenario): [ns per message, ...]}."""
    env = dict(os.environ, MEDI_BENCH_MESSAGES=LONG_MESSAGES, MEDI_BENCH_RUNS="2")
    runs = {}
    for _ in range(processes):
        for scenario in ("spsc", "mpsc", "mpmc"):
            out_file = os.path.join(build_dir, "channel_bench_long.json")
            run([os.path.join(build_dir, "bench", "channel_bench"), f"--benchmark_out={out_file}",
                 "--benchmark_out_format=json", "--benchmark_min_time=0.000001",
                 "--benchmark_repetitions=2", f"--benchmark_filter=^BM_medi_{scenario}/cap:1024/"],
                env=env)
            with open(out_file) as f:
                ours_runs = [b["ns_per_msg"] * 1e9 for b in json.load(f)["benchmarks"]
                             if b.get("run_type") == "iteration"]
            runs.setdefault(("medi", scenario), []).append(ours_runs[-1])  # after the warm-up
            peer = parse(run([rust_peers_binary(), f"crossbeam {scenario} bounded1024"], env=env))
            runs.setdefault(("crossbeam", scenario), []).append(
                peer[("crossbeam", scenario, "bounded1024")][-1])
    return runs


def print_long(runs, processes):
    print(f"Threads on bounded(1024), {LONG_MESSAGES} messages, one run per process after a "
          f"warm-up; {processes} processes per cell (ns per message):\n")
    print("| scenario | medi median | fastest - slowest | crossbeam median | fastest - slowest "
          "| medi / crossbeam |")
    print("|---|---|---|---|---|---|")
    for scenario in ("spsc", "mpsc", "mpmc"):
        mine, theirs = runs[("medi", scenario)], runs[("crossbeam", scenario)]
        print(f"| {scenario} | {statistics.median(mine):.1f} | {min(mine):.1f} - {max(mine):.1f} "
              f"| {statistics.median(theirs):.1f} | {min(theirs):.1f} - {max(theirs):.1f} "
              f"| {statistics.median(mine) / statistics.median(theirs):.2f} |")


def main():
    subprocess.run([os.path.join(ROOT, "scripts", "setup-deps"), "--peers"], check=True)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--target-rounds", type=int, default=0)
    parser.add_argument("--long", type=int, default=0, metavar="N")
    parser.add_argument("--only", choices=("threads", "tasks"),
                        help="the target rounds measure only these rows (with --runs 0: no passes)")
    args = parser.parse_args()
    subprocess.run([os.path.join(ROOT, "scripts", "build"), "release", "channel_bench"], check=True)
    if args.long > 0:
        print_long(long_shape(args.build_dir, args.long), args.long)
        return
    runs = {}
    for _ in range(args.runs if args.target_rounds > 0 else max(args.runs, 1)):
        for measured in (ours(args.build_dir), rust_peers(), go_peer()):
            for key, values in measured.items():
                runs.setdefault(key, []).extend(values)
    if runs:
        order = ["seq", "spsc", "mpsc", "mpmc", "ping_pong_threads", "ping_pong_tasks"]
        rows = sorted({(s, f) for (_, s, f) in runs},
                      key=lambda r: (order.index(r[0]) if r[0] in order else len(order), r[1]))
        count = max(len(values) for values in runs.values())
        print_table(f"Median of {count} runs", runs, rows, statistics.median)
        print()
        print_table(f"Fastest of {count} runs", runs, rows, min)
    targets = [t for t in TARGETS if not args.only or (t[3] == "go") == (args.only == "tasks")]
    if args.target_rounds > 0:
        for _ in range(args.target_rounds):
            for scenario, flavor, _, peer, benchmark in targets:
                measure_peer = rust_peers if peer == "crossbeam" else go_peer
                for measured in (ours(args.build_dir, benchmark),
                                 measure_peer(f"{peer} {scenario} {flavor}")):
                    for key, values in measured.items():
                        runs.setdefault(key, []).extend(values)
        print()
        print_targets(runs, targets)


def print_targets(runs, targets):
    print("The targets, on every run of the passes and the extra rounds:\n")
    print("| scenario | flavor | ours | runs | peer | peer's | runs | ours / peer's median |")
    print("|---|---|---|---|---|---|---|---|")
    for scenario, flavor, program, peer, _ in targets:
        mine, theirs = runs[(program, scenario, flavor)], runs[(peer, scenario, flavor)]
        ratio = statistics.median(mine) / statistics.median(theirs)
        print(f"| {scenario} | {flavor} | {program} {statistics.median(mine):.1f} | {len(mine)} "
              f"| {peer} | {statistics.median(theirs):.1f} | {len(theirs)} | {ratio:.2f} |")


def print_table(title, runs, rows, statistic):
    peers = ["medi", "medi-tasks", "crossbeam", "flume", "go", "boost-fiber", "moodycamel"]
    results = {key: statistic(values) for key, values in runs.items()}
    print(f"{title}:\n")
    print("| scenario | flavor | " + " | ".join(peers) + " | medi / crossbeam | medi-tasks / go |")
    print("|" + "---|" * (len(peers) + 4))
    for scenario, flavor in rows:
        cells = []
        for peer in peers:
            value = results.get((peer, scenario, flavor))
            cells.append(f"{value:.1f}" if value is not None else "")
        ours_threads = results.get(("medi", scenario, flavor))
        ours_tasks = results.get(("medi-tasks", scenario, flavor))
        crossbeam = results.get(("crossbeam", scenario, flavor))
        go = results.get(("go", scenario, flavor))
        r1 = f"{ours_threads / crossbeam:.2f}" if ours_threads and crossbeam else ""
        r2 = f"{ours_tasks / go:.2f}" if ours_tasks and go else ""
        print(f"| {scenario} | {flavor} | " + " | ".join(cells) + f" | {r1} | {r2} |")


if __name__ == "__main__":
    sys.exit(main())
