#!/usr/bin/env python3
"""Where an end-to-end build's time goes: the main process's steps, and the workers' share.

    python bench/bench_build_breakdown.py [--n 10000] [--jobs 2] [--no-focus]

Builds bench/out/n<N>/txt (written by bench_ingest.py; written here first if missing) into a
fresh store and prints, for each step of the main process, its wall-clock seconds and the CPU
seconds of the main process during it (Oxigraph's loader and RocksDB run threads of their own,
so CPU can exceed wall time), then the CPU seconds of the worker processes.
"""

from __future__ import annotations

import argparse
import collections
import resource
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _timed(fn, acc, label):
    """fn, with its wall-clock seconds and the CPU seconds of the calling thread added to acc."""
    def run(*args, **kwargs):
        t, c = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            e = acc[label]
            e[0] += time.perf_counter() - t
            e[1] += time.thread_time() - c
    return run


def _timed_iter(fn, acc, label):
    def run(*args, **kwargs):
        it = fn(*args, **kwargs)
        while True:
            t, c = time.perf_counter(), time.thread_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                e = acc[label]
                e[0] += time.perf_counter() - t
                e[1] += time.thread_time() - c
            yield item
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-focus", action="store_true")
    ap.add_argument("--no-extract", action="store_true",
                    help="the structured build of the same records as CSV (no text extraction)")
    ap.add_argument("--workdir", default=str(HERE / "out"))
    args = ap.parse_args()
    import bench_ingest
    d, _ = bench_ingest.prepare(args.n, Path(args.workdir))
    src = "records.csv" if args.no_extract else "txt"

    import esfgraph.graph.build as build
    from esfgraph.graph.store import open_store
    acc = collections.defaultdict(lambda: [0.0, 0.0])
    # Main thread: reading, parsing and the ledger run inside the results loop (the chunks feed
    # the workers), so "mapping / waiting for workers" is the results loop minus them.
    build._changed_records = _timed_iter(build._changed_records, acc, "read, parse, ledger")
    build.processed_chunks = _timed_iter(build.processed_chunks, acc, "results loop")
    build.Loader.wait = _timed(build.Loader.wait, acc, "waiting for the loader")
    # Loader thread: Oxigraph's bulk load of each batch, the completion marks, flushes.
    build.Loader._load = _timed(build.Loader._load, acc, "loader thread: load")
    store_dir = d / "s_breakdown"
    shutil.rmtree(store_dir, ignore_errors=True)
    store = open_store(store_dir, create=True)
    t0, c0 = time.perf_counter(), time.process_time()
    summary = build.build_graph([str(d / src)], store, jobs=args.jobs, focus=not args.no_focus,
                                extract=not args.no_extract)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    del store
    shutil.rmtree(store_dir, ignore_errors=True)

    n = summary.loaded
    print(f"{n:,} records ({src}), jobs={args.jobs}, focus={'off' if args.no_focus else 'on'}: "
          f"{wall:.1f} s, {n / wall:,.0f} records/s; {summary.triples / n:.0f} quads a record")
    print(f"  {'step':<40} {'wall s':>7} {'CPU s':>7} {'CPU ms/record':>14}")
    loop = acc.pop("results loop")
    parse = acc["read, parse, ledger"]
    inline = args.jobs <= 1 or args.no_extract
    acc["main: " + ("mapping (and extraction) inline" if inline else "waiting for workers, receiving")] = [
        loop[0] - parse[0], loop[1] - parse[1]]
    acc["main: read, parse, ledger"] = acc.pop("read, parse, ledger")
    acc["main: waiting for the loader"] = acc.pop("waiting for the loader")
    for label, (w, c) in sorted(acc.items()):
        print(f"  {label:<40} {w:>7.1f} {c:>7.1f} {c / n * 1000:>14.2f}")
    rest = wall - loop[0] - acc["main: waiting for the loader"][0]
    print(f"  {'main: the rest (statistics, compaction)':<40} {rest:>7.1f}")
    print(f"  {'process, all threads':<40} {wall:>7.1f} {cpu:>7.1f} {cpu / n * 1000:>14.2f}")
    if not inline:
        wc = children.ru_utime + children.ru_stime
        print(f"  {'worker processes, all':<40} {'':>7} {wc:>7.1f} {wc / n * 1000:>14.2f}")
    print("  (the loader thread's CPU is its own; Oxigraph's and RocksDB's threads count in "
          "'process, all threads' only)")


if __name__ == "__main__":
    main()
