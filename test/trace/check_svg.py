#!/usr/bin/env python3
"""check_svg.py: checks a medi-trace timeline picture.

  check_svg.py PICTURE.svg --workers N

The file is well-formed XML with an <svg> root, has exactly N lanes marked as worker lanes
(<g class="lane worker">), every task slice (<rect class="run">) carries a tooltip, and nothing
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
    parser.add_argument("--workers", type=int, required=True)
    options = parser.parse_args()
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
    if len(lanes) != options.workers:
        fail(f"{len(lanes)} worker lanes, expected {options.workers}")
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
