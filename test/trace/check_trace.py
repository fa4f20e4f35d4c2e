#!/usr/bin/env python3
"""check_trace.py: checks that a Medi trace file is well-formed Chrome Trace Event Format.

  check_trace.py TRACE.json [--threads N [--workers-started]]

Checks: the file parses; it is {"traceEvents": [...]}; every event has ph, pid and tid, and a
numeric ts unless it is metadata; timestamps never go back on a track (in file order); every
"B" has its "E" on the same track, properly nested; every async "b" has its "e" (same cat and
id) and no "e" comes first; every flow "s" has exactly one "f" with its id, no earlier; complete
events have a duration >= 0. With --threads N, at most N tracks are named "worker ..." (a worker
whose thread had not started when the trace was written has none: a short program can end before
any has, its tasks run by the main thread while it waits in its joins); with --workers-started
as well, at least one is.

Prints "ok: E events, T tracks" and then each distinct site in args (file:line:col and op),
sorted, one per line, for FileCheck. Exits 1 with a message on the first problem.
"""
import argparse
import json
import sys
from collections import defaultdict


def fail(message):
    print(f"check_trace: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("trace")
    parser.add_argument("--threads", type=int)
    parser.add_argument("--workers-started", action="store_true")
    options = parser.parse_args()
    try:
        with open(options.trace) as f:
            document = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{options.trace}: {e}")
    if not isinstance(document, dict) or not isinstance(document.get("traceEvents"), list):
        fail("not an object with a traceEvents array")
    events = document["traceEvents"]
    last_ts = {}
    stacks = defaultdict(list)
    names = {}
    timed = []
    for n, event in enumerate(events):
        for key in ("ph", "pid", "tid"):
            if key not in event:
                fail(f"event {n} has no {key}: {event}")
        ph, tid = event["ph"], event["tid"]
        if ph == "M":
            if event.get("name") == "thread_name":
                names[tid] = event["args"]["name"]
            continue
        ts = event.get("ts")
        if not isinstance(ts, (int, float)):
            fail(f"event {n} has no numeric ts: {event}")
        if ts < last_ts.get(tid, 0):
            fail(f"event {n}: ts {ts} goes back on track {tid} (after {last_ts[tid]})")
        last_ts[tid] = ts
        timed.append((ts, n, event))
        if ph == "B":
            stacks[tid].append(event.get("name"))
        elif ph == "E":
            if not stacks[tid]:
                fail(f"event {n}: E with no open B on track {tid}")
            stacks[tid].pop()
        elif ph == "X" and event.get("dur", -1) < 0:
            fail(f"event {n}: complete event without a duration >= 0")
    for tid, stack in stacks.items():
        if stack:
            fail(f"track {tid}: B without E: {stack}")
    timed.sort(key=lambda item: (item[0], item[1]))
    depth = defaultdict(int)
    flows = {}
    finished = set()
    for ts, n, event in timed:
        ph = event["ph"]
        if ph in ("b", "e"):
            key = (event.get("cat"), str(event.get("id")))
            depth[key] += 1 if ph == "b" else -1
            if depth[key] < 0:
                fail(f"event {n}: async e before its b ({key})")
        elif ph == "s":
            if event["id"] in flows:
                fail(f"event {n}: flow id {event['id']} started twice")
            flows[event["id"]] = ts
        elif ph == "f":
            if event["id"] not in flows:
                fail(f"event {n}: flow f with no earlier s (id {event['id']})")
            if event["id"] in finished:
                fail(f"event {n}: flow id {event['id']} finished twice")
            finished.add(event["id"])
    for key, value in depth.items():
        if value:
            fail(f"async slice {key} left open")
    if set(flows) != finished:
        fail(f"flows without an f: {sorted(set(flows) - finished)[:5]}")
    workers = [name for name in names.values() if name.startswith("worker")]
    least = 1 if options.workers_started else 0
    if options.threads is not None and not least <= len(workers) <= options.threads:
        fail(f"{len(workers)} worker tracks, expected {least} to {options.threads}: "
             f"{sorted(workers)}")
    print(f"ok: {len(events)} events, {len(names)} tracks")
    sites = set()
    for event in events:
        args = event.get("args", {})
        if isinstance(args, dict) and "site" in args:
            sites.add(f"{args['site']} {args.get('op', '')}".rstrip())
    for site in sorted(sites):
        print(f"site: {site}")


if __name__ == "__main__":
    main()
