#!/usr/bin/env python3
"""How fast the command line answers: `esfgraph --help` and `esfgraph query projects` on a small
store, wall clock and CPU (user + system of the child), median of N runs, against the aims
(0.3 s and 0.5 s) and against a bare `python -c pass` as the floor.

    python bench/bench_cli.py [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ESFGRAPH = [sys.executable, "-m", "esfgraph"]


def _timed(cmd: list[str], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="esfgraph-bench-cli-"))
    try:
        store = work / "store"
        subprocess.run(ESFGRAPH + ["build", "--store", str(store), "-q", "--jobs", "1",
                                   str(ROOT / "examples")], check=True, stderr=subprocess.DEVNULL)
        print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, median of {args.runs} runs")
        print(f"  {'command':<42} {'wall s':>7} {'CPU s':>7} {'aim s':>6}")
        for label, cmd, aim in (
                ("python -c pass (the floor)", [sys.executable, "-c", "pass"], None),
                ("esfgraph --help", ESFGRAPH + ["--help"], 0.3),
                ("esfgraph query projects (12 records)",
                 ESFGRAPH + ["query", "projects", "--store", str(store)], 0.5)):
            wall, cpu = _timed(cmd, args.runs)
            print(f"  {label:<42} {wall:>7.3f} {cpu:>7.3f} {aim if aim else '':>6}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
