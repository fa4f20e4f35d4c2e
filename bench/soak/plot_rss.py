#!/usr/bin/env python3
"""Draws a soak run's resident set over time as an SVG (no plotting library needed).

Usage: plot_rss.py soak.csv out.svg [--warmup-seconds W]
The CSV is what `medi_soak --csv` writes: seconds,round,rss_kib,messages,tasks,faults."""
import csv
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rows = list(csv.DictReader(open(sys.argv[1])))
    warmup = None
    if "--warmup-seconds" in sys.argv:
        warmup = float(sys.argv[sys.argv.index("--warmup-seconds") + 1])
    # At most 300 points, each a stretch of rounds: its median (dark) and its peak (light).
    step = max(1, len(rows) // 300)
    xs, ys, peaks = [], [], []
    for i in range(0, len(rows), step):
        chunk = sorted(int(r["rss_kib"]) for r in rows[i:i + step])
        xs.append(float(rows[min(i + step, len(rows)) - 1]["seconds"]) / 60)
        ys.append(chunk[len(chunk) // 2] / 1024)
        peaks.append(chunk[-1] / 1024)
    width, height, left, bottom, top, right = 760, 320, 60, 40, 20, 20
    x_max = max(xs) or 1
    y_max = max(peaks) * 1.15
    def px(x):
        return left + x / x_max * (width - left - right)
    def py(y):
        return height - bottom - y / y_max * (height - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           'font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    for i in range(6):  # horizontal grid, MiB
        y = y_max * i / 5
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{py(y):.1f}" y2="{py(y):.1f}" '
                   'stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y:.1f}</text>')
    for i in range(7):  # vertical ticks, minutes
        x = x_max * i / 6
        out.append(f'<text x="{px(x):.1f}" y="{height - bottom + 16}" '
                   f'text-anchor="middle">{x:.0f}</text>')
    if warmup is not None:
        out.append(f'<rect x="{left}" y="{top}" width="{px(warmup / 60) - left:.1f}" '
                   f'height="{height - top - bottom}" fill="#f3f3f3"/>')
        out.append(f'<text x="{left + 4}" y="{top + 12}">warm-up</text>')
    for series, colour, label, dy in ((peaks, "#9ecae1", "peak", 0), (ys, "#1f6fb2", "median", 14)):
        points = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, series))
        out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" '
                   'stroke-width="1.5"/>')
        out.append(f'<text x="{width - right - 60}" y="{top + 12 + dy}" fill="{colour}">'
                   f'{label}</text>')
    out.append(f'<text x="{width / 2}" y="{height - 6}" text-anchor="middle">minutes</text>')
    out.append(f'<text x="14" y="{height / 2}" text-anchor="middle" '
               f'transform="rotate(-90 14 {height / 2})">resident set (MiB)</text>')
    out.append("</svg>")
    open(sys.argv[2], "w").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
