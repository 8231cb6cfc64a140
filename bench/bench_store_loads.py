#!/usr/bin/env python3
"""What the store costs a build by the way its quads are loaded, side by side, in one run.

    python bench/bench_store_loads.py [--n 30000] [--repeat 1] [--workdir bench/out]

The quads of N synthetic records (bench_ingest.py's records, extracted with `--jobs 2` once and
kept in WORKDIR/nN/build.nq with each chunk's size beside it) are loaded into a fresh store
three ways, each in a process of its own (so its peak memory is its own):
- as a build loads them: loads of LOAD_QUADS quads as bytes, a flush every FLUSH_RECORDS
  records, `optimize` at the end (graph/store.py's constants);
- all of them as one load of bytes, then `optimize`;
- all of them by Oxigraph's bulk loader from the file (`bulk_load(path=...)`), then `optimize`.
Each line gives the wall seconds of the loads and of `optimize`, the CPU milliseconds a record
of both (all of the process's threads) and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_ingest  # noqa: E402  (the shared synthetic records)

WAYS = {"build": "as a build loads them (loads of 100,000 quads)",
        "bytes": "one load of all the quads as bytes",
        "file": "Oxigraph's bulk loader on the file"}


def write_quads(n: int, work: Path) -> tuple[Path, Path]:
    """Extract the N records once; return the N-Quads file and the file of chunk sizes."""
    from esfgraph.extract.records import Record, iter_records
    from esfgraph.graph.build import CHUNK, _chunks
    from esfgraph.graph.workers import processed_chunks
    d, _ = bench_ingest.prepare(n, work)
    nq, sizes = d / "build.nq", d / "build.chunks"
    if not sizes.exists():
        pairs = ((r, "") for r in iter_records(sorted(str(p) for p in (d / "txt").glob("*.txt")))
                 if isinstance(r, Record))
        with open(nq, "wb") as out, open(str(sizes) + ".part", "w") as ch:
            for chunk, (quads, *_) in processed_chunks(_chunks(pairs, CHUNK), "https://w3id.org/esfgraph/id/",
                                                       None, 2, True, True):
                out.write(quads)
                lines = quads.count(b"\n")
                ch.write(f"{len(chunk)} {lines}\n")
        Path(str(sizes) + ".part").rename(sizes)
    return nq, sizes


def load(way: str, nq: Path, sizes: Path, store_dir: Path) -> None:
    """In a process of its own: load the quads one way; print wall and CPU seconds, peak MB."""
    from pyoxigraph import RdfFormat, Store

    from esfgraph.graph.store import FLUSH_RECORDS, LOAD_QUADS
    shutil.rmtree(store_dir, ignore_errors=True)
    store = Store(str(store_dir))
    t0, c0 = time.perf_counter(), _cpu()
    if way == "file":
        store.bulk_load(path=str(nq), format=RdfFormat.N_QUADS, lenient=True)
    else:
        limit = LOAD_QUADS if way == "build" else float("inf")
        with open(nq, "rb") as fh:
            batch, quads, unflushed = [], 0, 0
            for line in open(sizes):
                records, count = map(int, line.split())
                batch += [fh.readline() for _ in range(count)]
                quads, unflushed = quads + count, unflushed + records
                if quads >= limit:
                    store.bulk_load(b"".join(batch), format=RdfFormat.N_QUADS, lenient=True)
                    batch, quads = [], 0
                    if unflushed >= FLUSH_RECORDS:
                        store.flush()
                        unflushed = 0
            if batch:
                store.bulk_load(b"".join(batch), format=RdfFormat.N_QUADS, lenient=True)
    t1 = time.perf_counter()
    store.optimize()
    t2, c2 = time.perf_counter(), _cpu()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{t1 - t0} {t2 - t1} {c2 - c0} {peak}")
    del store
    shutil.rmtree(store_dir, ignore_errors=True)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=30000)
    ap.add_argument("--repeat", type=int, default=1, help="rounds of the three ways, alternated")
    ap.add_argument("--workdir", default=str(Path(__file__).resolve().parent / "out"))
    ap.add_argument("--way", choices=WAYS, help=argparse.SUPPRESS)  # one load, in a child
    args = ap.parse_args()
    work = Path(args.workdir)
    nq, sizes = write_quads(args.n, work)
    if args.way:
        load(args.way, nq, sizes, work / f"n{args.n}" / f"s_{args.way}")
        return
    quads = sum(int(line.split()[1]) for line in open(sizes))
    print(f"N = {args.n:,} records, {quads:,} quads ({quads / args.n:.0f} a record); load average "
          f"{open('/proc/loadavg').read().split()[0]}")
    for _ in range(args.repeat):
        for way, label in WAYS.items():
            out = subprocess.run([sys.executable, __file__, "--n", str(args.n), "--workdir", str(work),
                                  "--way", way], capture_output=True, text=True, check=True).stdout
            loads, optimize, cpu, peak = map(float, out.split())
            print(f"  {label:<50} loads {loads:6.1f} s + optimize {optimize:5.1f} s   "
                  f"{cpu / args.n * 1000:5.2f} CPU ms a record   peak {peak:,.0f} MB", flush=True)


if __name__ == "__main__":
    main()
