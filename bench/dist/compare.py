#!/usr/bin/env python3
"""compare.py: remote channels against raw MPI, interleaved (docs/benchmarks.md).

Runs `mpirun -np 2 dist_bench raw`, `... raw-serialized`, `... medi` and `... phi` in turns for
--rounds rounds, then prints each measurement's median per mode and the ratios against raw MPI
(latency: ours / raw, lower is better; throughput: ours / raw, higher is better), and an idle
rank's CPU use. `raw-serialized` is raw MPI initialised at the thread level the runtime needs.
Streams go through channels of capacity 64 (`stream`) and, for large values, 2 (`stream2`), both
against raw MPI streaming from one buffer; raw MPI through 2 and 64 buffers is printed beside them.

  bench/dist/compare.py [--build build/release] [--rounds 5]
"""
import argparse
import os
import statistics
import subprocess
import tempfile


def run(bench, mode, env):
    out = subprocess.run(
        ["mpirun", "--oversubscribe", "-np", "2", "--mca", "btl", "self,vader,tcp", bench, mode],
        env=env, check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build/release")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    bench = os.path.join(args.build, "bench", "dist_bench")
    env = dict(os.environ, OMPI_ALLOW_RUN_AS_ROOT="1", OMPI_ALLOW_RUN_AS_ROOT_CONFIRM="1")
    with tempfile.NamedTemporaryFile("wb", delete=False) as key:
        key.write(os.urandom(32))
    os.chmod(key.name, 0o600)
    env["MEDI_DIST_PHI_KEY_FILE"] = key.name
    results = {}
    try:
        for _ in range(args.rounds):
            for mode in ("raw", "raw-serialized", "medi", "phi"):
                for what, size, value in run(bench, mode, env):
                    results.setdefault((what, int(size), mode), []).append(float(value))
        idle = [line for line in run(bench, "idle", env)]
    finally:
        os.unlink(key.name)
    print(f"{args.rounds} interleaved rounds; medians")
    print(f"{'measure':<10}{'bytes':>9}{'raw':>12}{'raw-ser':>12}{'medi':>12}{'phi':>12}"
          f"{'medi/raw':>10}{'phi/raw':>9}{'medi/raw-ser':>14}")
    median = lambda what, size, mode: statistics.median(results[(what, size, mode)])
    # stream2 (channels of capacity 2) is measured against the same raw stream as stream.
    for what, reference in (("latency", "latency"), ("stream", "stream"), ("stream2", "stream")):
        for size in sorted({key[1] for key in results if key[0] == what and key[2] == "medi"}):
            raw = median(reference, size, "raw")
            serialized = median(reference, size, "raw-serialized")
            medi, phi = median(what, size, "medi"), median(what, size, "phi")
            print(f"{what:<10}{size:>9}{raw:>12.2f}{serialized:>12.2f}{medi:>12.2f}{phi:>12.2f}"
                  f"{medi / raw:>10.2f}{phi / raw:>9.2f}{medi / serialized:>14.2f}")
    for what, buffers in (("stream2buf", 2), ("stream64", 64)):
        for size in sorted({key[1] for key in results if key[0] == what}):
            print(f"raw MPI through {buffers} buffers a side, {size} bytes: "
                  f"{median(what, size, 'raw'):.2f} MB/s")
    print("(latency in us one way; stream in MB/s)")
    for line in idle:
        print(" ".join(line))


if __name__ == "__main__":
    main()
