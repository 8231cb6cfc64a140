#!/usr/bin/env python3
"""Peak memory of the end-to-end build against N: is it flat?

    python bench/bench_memory.py [--n 10000 100000] [--jobs 1]

Builds the text records that bench_ingest.py writes (bench/out/n<N>/txt; written here first if
missing) into a fresh store, each N in its own process, and prints records/s and the peak RSS
of the building process, then the ratio of the largest N's peak to the smallest's.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(txt: str, store: str, jobs: int) -> None:
    from esfgraph.graph.build import build_graph
    from esfgraph.graph.store import open_store
    shutil.rmtree(store, ignore_errors=True)
    t0 = time.perf_counter()
    summary = build_graph([txt], open_store(store, create=True), jobs=jobs)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{summary.loaded} {secs:.1f} {rss:.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--workdir", default=str(HERE / "out"))
    ap.add_argument("--_build", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._build:
        build(args._build[0], args._build[1], int(args._build[2]))
        return
    sys.path.insert(0, str(HERE))
    from bench_ingest import prepare
    peaks = {}
    for n in args.n:
        d, _ = prepare(n, Path(args.workdir))
        out = subprocess.run([sys.executable, __file__, "--_build", str(d / "txt"), str(d / "s_mem"),
                              str(args.jobs)], check=True, capture_output=True, text=True).stdout
        loaded, secs, rss = out.split()[-3:]
        peaks[n] = float(rss)
        print(f"N = {n:>9,}  jobs={args.jobs}  {int(loaded) / float(secs):7,.0f} rec/s  peak {float(rss):6,.0f} MB")
        shutil.rmtree(d / "s_mem", ignore_errors=True)
    lo, hi = min(peaks), max(peaks)
    if lo != hi:
        print(f"peak at {hi:,} / peak at {lo:,}: {peaks[hi] / peaks[lo]:.2f}x")


if __name__ == "__main__":
    main()
