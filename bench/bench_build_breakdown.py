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


class _Timed:
    """The store with its write methods timed; everything else passed through."""

    def __init__(self, store, acc):
        self._store, self._acc = store, acc

    def __getattr__(self, name):
        attr = getattr(self._store, name)
        if name not in ("bulk_load", "extend", "flush", "optimize"):
            return attr
        return _timed(attr, self._acc, f"store.{name}")

    def __len__(self):
        return len(self._store)


def _timed(fn, acc, label):
    def run(*args, **kwargs):
        t, c = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            e = acc[label]
            e[0] += time.perf_counter() - t
            e[1] += time.process_time() - c
    return run


def _timed_iter(fn, acc, label):
    def run(*args, **kwargs):
        it = fn(*args, **kwargs)
        while True:
            t, c = time.perf_counter(), time.process_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                e = acc[label]
                e[0] += time.perf_counter() - t
                e[1] += time.process_time() - c
            yield item
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-focus", action="store_true")
    ap.add_argument("--workdir", default=str(HERE / "out"))
    args = ap.parse_args()
    import bench_ingest
    d, _ = bench_ingest.prepare(args.n, Path(args.workdir))

    import esfgraph.graph.build as build
    from esfgraph.graph.store import open_store
    acc = collections.defaultdict(lambda: [0.0, 0.0])
    # Reading, parsing and the ledger run inside the results loop (the chunks feed the
    # workers), so "waiting for workers" below is the results loop minus them.
    build._changed_records = _timed_iter(build._changed_records, acc, "read, parse, ledger")
    build._results = _timed_iter(build._results, acc, "results loop")
    build.replace_graphs = _timed(build.replace_graphs, acc, "replace record graphs")
    store_dir = d / "s_breakdown"
    shutil.rmtree(store_dir, ignore_errors=True)
    store = _Timed(open_store(store_dir, create=True), acc)
    t0, c0 = time.perf_counter(), time.process_time()
    summary = build.build_graph([str(d / "txt")], store, jobs=args.jobs, focus=not args.no_focus)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(store_dir, ignore_errors=True)

    n = summary.loaded
    print(f"{n:,} records, jobs={args.jobs}, focus={'off' if args.no_focus else 'on'}: "
          f"{wall:.1f} s, {n / wall:,.0f} records/s; {summary.triples / n:.0f} quads a record")
    print(f"  {'main process step':<34} {'wall s':>7} {'CPU s':>7} {'CPU ms/record':>14}")
    loop = acc.pop("results loop")
    parse = acc["read, parse, ledger"]
    if args.jobs > 1:
        acc["waiting for workers, receiving"] = [loop[0] - parse[0], loop[1] - parse[1]]
    else:
        acc["extraction and mapping (inline)"] = [loop[0] - parse[0], loop[1] - parse[1]]
    for label, (w, c) in sorted(acc.items(), key=lambda kv: -kv[1][1]):
        print(f"  {label:<34} {w:>7.1f} {c:>7.1f} {c / n * 1000:>14.2f}")
    rest_w = wall - loop[0] - sum(v[0] for k, v in acc.items() if k.startswith(("store.", "replace")))
    print(f"  {'the rest':<34} {rest_w:>7.1f}")
    print(f"  {'main process, all':<34} {wall:>7.1f} {cpu:>7.1f} {cpu / n * 1000:>14.2f}")
    if args.jobs > 1:
        wc = children.ru_utime + children.ru_stime
        print(f"  {'worker processes, all':<34} {'':>7} {wc:>7.1f} {wc / n * 1000:>14.2f}")


if __name__ == "__main__":
    main()
