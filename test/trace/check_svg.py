#!/usr/bin/env python3
"""check_svg.py: checks a medi-trace timeline picture.

  check_svg.py PICTURE.svg --trace TRACE.json

The file is well-formed XML with an <svg> root, has one lane marked as a worker lane
(<g class="lane worker">) for each worker track of the trace it was drawn from, every task slice (<rect class="run">) carries a tooltip, and nothing
in it refers to the network. Prints "ok: N worker lanes, R runs, L labels".
"""
import argparse
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def fail(message):
    print(f"check_svg: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("picture")
    parser.add_argument("--trace", required=True)
    options = parser.parse_args()
    import json
    with open(options.trace) as f:
        events = json.load(f)["traceEvents"]
    workers = {e["tid"] for e in events
               if e.get("ph") == "M" and e.get("name") == "thread_name"
               and e["args"]["name"].startswith("worker")}
    try:
        root = ET.parse(options.picture).getroot()
    except (OSError, ET.ParseError) as e:
        fail(f"{options.picture}: {e}")
    if root.tag != f"{SVG}svg":
        fail(f"the root is {root.tag}, not svg")
    with open(options.picture) as f:
        text = f.read()
    if "http://" in text.replace("http://www.w3.org/2000/svg", ""):
        fail("the picture refers to the network")
    lanes = [g for g in root.iter(f"{SVG}g") if g.get("class", "").split() == ["lane", "worker"]]
    if len(lanes) != len(workers) or not lanes:
        fail(f"{len(lanes)} worker lanes, expected {len(workers)} (the trace's worker tracks)")
    runs = [r for r in root.iter(f"{SVG}rect") if r.get("class") == "run"]
    for run in runs:
        if run.find(f"{SVG}title") is None:
            fail("a task slice without a tooltip")
        if float(run.get("width")) <= 0:
            fail("a task slice of no width")
    labels = [t for t in root.iter(f"{SVG}text") if t.get("class") == "label"]
    print(f"ok: {len(lanes)} worker lanes, {len(runs)} runs, {len(labels)} labels")


if __name__ == "__main__":
    main()
