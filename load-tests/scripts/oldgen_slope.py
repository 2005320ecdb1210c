#!/usr/bin/env python3
"""Old-generation occupancy over a load run, from a JVM's unified GC log, and its slope.

Usage: oldgen_slope.py [--since EPOCH] [--until EPOCH] [--warmup SECONDS] [--label NAME] GC_LOG...

Reads logs written with -Xlog:gc*,gc+heap=debug:file=...:time,uptime (G1, the collector the JVM
picks on any machine with 2+ cores and 2+ GB; Serial and Parallel logs are read too) and prints
one line per log:

  NAME: live old gen (after full GCs) before 24.5 MB, after 26.6 MB, slope +0.02 MB/min (11 GCs
  past the first 60 s); after every GC 27 -> 27 MB, slope +0.04 MB/min (170 GCs past the first 60 s)

"After full GCs" is the live old generation: run.sh asks each instance for a full collection
(jcmd GC.run) before the load, every HEAP_PROBE_SECONDS during it and after it, so a leak shows
there as a steady rise; before and after are the first and last of them. "After every GC" also
counts objects promoted but not yet collected: G1 only empties the old generation in mixed or full
collections, so that series climbs between marking cycles even without a leak. Slopes are
least-squares fits over the points in [since, until], leaving out the first --warmup seconds
(class loading, JIT, pools and caches filling: a one-off rise, not a trend).
Exits 2 when a log has no point in the window.
"""
import argparse
import re
import sys
from datetime import datetime

TIME = re.compile(r"^\[(\d{4}-\d\d-\d\dT[\d:.]+[+-]\d{4})\]")
GC_ID = re.compile(r"GC\((\d+)\)")
REGION_SIZE = re.compile(r"Heap Region Size: (\d+)([KMG])")
# G1: "GC(3) Old regions: 5->7", "GC(3) Humongous regions: 0->1"
G1_REGIONS = re.compile(r"GC\((\d+)\) (Old|Humongous) regions: \d+->(\d+)")
# Serial "Tenured: 1234K->2345K(…)", Parallel "ParOldGen: 1234K->2345K(…)"
OLD_KB = re.compile(r"GC\((\d+)\) (?:Tenured|ParOldGen|PSOldGen): \d+K->(\d+)K")
# "GC(7) Pause Full (System.gc()) 18M->3M(17M) 27.385ms"; G1 and Serial/Parallel alike
PAUSE = re.compile(r"GC\((\d+)\) (Pause [A-Za-z ]+?) \(.*\) (\d+)([KMG])->(\d+)([KMG])\(")
# gc+heap=debug: "GC(7) Heap After GC invocations=8 (full 2):" then
# "GC(7)  garbage-first heap   total reserved 524288K, committed 61440K, used 25123K [0x…"
HEAP_AFTER = re.compile(r"GC\((\d+)\) Heap After GC")
G1_USED = re.compile(r"GC\((\d+)\)\s+garbage-first heap .* used (\d+)K")
UNIT = {"K": 1 / 1024, "M": 1, "G": 1024}


def stamp(line):
    m = TIME.match(line)
    if not m:
        return None
    return datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp()


def parse(lines):
    """[(epoch, old_mb, full)] per collection that reported its old generation, in log order."""
    region_mb = 1.0
    gcs = {}  # id -> {"t", "old", "humongous", "old_kb", "full", "used_mb"}
    order = []
    for line in lines:
        t = stamp(line)
        m = REGION_SIZE.search(line)
        if m:
            region_mb = int(m.group(1)) * UNIT[m.group(2)]
            continue
        m = GC_ID.search(line)
        if not m or t is None:
            continue
        gc = gcs.get(m.group(1))
        if gc is None:
            gc = gcs[m.group(1)] = {"t": t, "full": False}
            order.append(m.group(1))
        if HEAP_AFTER.search(line):
            gc["after"] = True
        elif gc.get("after") and (r := G1_USED.search(line)):
            gc["used_after_kb"] = int(r.group(2))
            gc["after"] = False
        elif (r := G1_REGIONS.search(line)):
            gc["old" if r.group(2) == "Old" else "humongous"] = int(r.group(3))
        elif (r := OLD_KB.search(line)):
            gc["old_kb"] = int(r.group(2))
        elif (r := PAUSE.search(line)):
            gc["t"] = t  # the pause's end
            gc["full"] = r.group(2).startswith("Pause Full")
            gc["used_mb"] = int(r.group(5)) * UNIT[r.group(6)]
    points = []
    for gid in order:
        gc = gcs[gid]
        if "old" in gc:
            old = (gc["old"] + gc.get("humongous", 0)) * region_mb
        elif "old_kb" in gc:
            old = gc["old_kb"] / 1024
        else:
            continue  # a concurrent cycle's remark or cleanup: no occupancy reported
        if gc["full"]:
            # After a full collection the young generation is empty: the heap used is the old
            # generation, to the kilobyte (gc+heap=debug) or the megabyte, not to the region.
            if "used_after_kb" in gc:
                old = gc["used_after_kb"] / 1024
            elif "used_mb" in gc:
                old = gc["used_mb"]
        points.append((gc["t"], old, gc["full"]))
    return points


def slope_per_minute(points):
    """Least-squares slope of (epoch seconds, MB) points, in MB per minute; 0 for fewer than 2."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(t for t, _ in points) / n
    my = sum(v for _, v in points) / n
    var = sum((t - mx) ** 2 for t, _ in points)
    if var == 0:
        return 0.0
    return sum((t - mx) * (v - my) for t, v in points) / var * 60


# Fewer points than this make no trend: two points always lie on a line, one has no slope.
MIN_FIT = 3


def slope_text(points, past):
    """The slope, or why there is none: a short run (a 60 s soak) has 0-2 GCs past the warm-up."""
    if len(points) < MIN_FIT:
        return (f"no slope: {len(points)} GCs{past}, a trend needs {MIN_FIT} or more "
                f"(run longer or lower HEAP_PROBE_SECONDS)")
    return f"slope {slope_per_minute(points):+.2f} MB/min ({len(points)} GCs{past})"


def summary(label, points, warmup=0.0):
    """One line: the live old generation before and after, and slopes past the first `warmup` s."""
    fitted = [p for p in points if p[0] >= points[0][0] + warmup]
    full = [(t, v) for t, v, f in points if f]
    full_fitted = [(t, v) for t, v, f in fitted if f]
    every = [(t, v) for t, v, _ in fitted]
    past = f" past the first {warmup:.0f} s" if warmup else ""
    parts = []
    if full:
        parts.append(
            f"live old gen (after full GCs) before {full[0][1]:.1f} MB, after {full[-1][1]:.1f} MB, "
            + slope_text(full_fitted, past)
        )
    else:
        parts.append("no full GC in the window")
    if every:
        parts.append(
            f"after every GC {every[0][1]:.0f} -> {every[-1][1]:.0f} MB, " + slope_text(every, past)
        )
    return f"{label}: " + "; ".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--since", type=float, default=0)
    ap.add_argument("--until", type=float, default=float("inf"))
    ap.add_argument("--warmup", type=float, default=0,
                    help="seconds after the first point that the slopes leave out")
    ap.add_argument("--label", action="append", help="one per log, in order (default: file name)")
    ap.add_argument("logs", nargs="+")
    args = ap.parse_args()
    status = 0
    for i, path in enumerate(args.logs):
        label = args.label[i] if args.label and i < len(args.label) else path
        with open(path, encoding="utf-8", errors="replace") as f:
            points = [p for p in parse(f) if args.since <= p[0] <= args.until]
        if not points:
            print(f"{label}: no GC in the window")
            status = 2
            continue
        print(summary(label, points, args.warmup))
    return status


if __name__ == "__main__":
    sys.exit(main())
