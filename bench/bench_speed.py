#!/usr/bin/env python3
"""The build against spaCy's tokenizer and Oxigraph's loader, as a user meets them, in one run.

    python bench/bench_speed.py [--n 10000 100000] [--jobs 2] [--workdir bench/out]

For each N, on the synthetic record files of bench_ingest.py (500 records a file):
- spaCy's stock tokenizer (`spacy.blank("sv")`) over the whole record files, one process per
  core, wall clock from process start (as a user runs spaCy over records);
- `esfgraph build --jobs J` over the same files, wall clock from process start;
- Oxigraph's bulk loader alone on the quads that build wrote (one file, a fresh store);
each with its records/s, wall seconds and the CPU milliseconds a record it cost in all its
processes (a build's workers included); and the two ratios the speed aims are stated in: build ÷
tokenizer (aim ≥ 2.0) and build ÷ bulk loader (aim ≥ 0.5). Then the CPU milliseconds a record
costs in each stage of the build, measured in one process on the first 5,000 records (CPU time,
so other work on the machine does not count), with the machine, versions and load.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_extract  # noqa: E402  (extraction stage by stage)
import bench_ingest  # noqa: E402  (the shared synthetic records)

TOKENIZE = """
import sys, spacy
nlp = spacy.blank("sv")
files = sys.argv[3:]
part, parts = int(sys.argv[1]), int(sys.argv[2])
for f in files[part::parts]:
    with open(f, encoding="utf-8") as fh:
        nlp.tokenizer(fh.read())
"""
LOAD = """
import sys
from pyoxigraph import RdfFormat, Store
Store(sys.argv[2]).bulk_load(path=sys.argv[1], format=RdfFormat.N_QUADS)
"""


def _wall(procs: list[list[str]]) -> tuple[float, float]:
    """Run the commands at once; return the wall seconds until the last one ends, and the CPU
    seconds they and their own child processes (a build's workers) used."""
    c0 = _children_cpu()
    t0 = time.perf_counter()
    running = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for cmd in procs]
    for p in running:
        _, err = p.communicate()
        if p.returncode:
            raise RuntimeError(err.decode()[-800:])
    return time.perf_counter() - t0, _children_cpu() - c0


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def stage_breakdown(txt: Path, limit: int = 5000) -> tuple[int, dict[str, float]]:
    """CPU seconds per stage of the build, in this process, on the first `limit` records."""
    import tempfile

    from pyoxigraph import RdfFormat

    from esfgraph.extract.partners.mentions import build_pipeline, pipeline_focus
    from esfgraph.extract.records import iter_records
    from esfgraph.graph.iris import TextIris
    from esfgraph.graph.store import open_store
    from esfgraph.graph.triples import record_nquads, shared_nquads
    cost: dict[str, float] = {}

    def timed(name, fn, *args):
        c0 = _cpu()
        out = fn(*args)
        cost[name] = cost.get(name, 0.0) + _cpu() - c0
        return out

    records = timed("parse records", lambda: [r for _, r in zip(range(limit), (
        r for r in iter_records([str(txt)]) if hasattr(r, "key")))])
    nlp = build_pipeline()
    cut = pipeline_focus(nlp)
    nquads, shared, iris = [], {}, TextIris("https://w3id.org/esfgraph/id/")
    for i in range(0, len(records), 500):
        batch = records[i:i + 500]
        owners, mentions = bench_extract.extraction_stages(nlp, cut, batch, timed)

        def mapped():
            for r, (o, units, _), m in zip(batch, owners, mentions):
                text, descriptions = record_nquads(r, o, units, m, iris, [])
                nquads.append(text)
                for k, v in descriptions.items():
                    shared.setdefault(k, v)
        timed("mapping to N-Quads", mapped)
    data = ("".join(nquads) + shared_nquads(shared.values(), iris)).encode("utf-8")
    with tempfile.TemporaryDirectory() as d:
        store = open_store(Path(d) / "s", create=True)
        timed("store: bulk load (all of Oxigraph's threads)", lambda s=store: s.bulk_load(
            data, format=RdfFormat.N_QUADS, lenient=True))
        timed("store: compaction", store.optimize)
        del store
    return len(records), cost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--workdir", default=str(Path(__file__).resolve().parent / "out"))
    args = ap.parse_args()
    import pyoxigraph
    import spacy
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"Python {platform.python_version()}, spaCy {spacy.__version__}, pyoxigraph "
          f"{pyoxigraph.__version__}")
    for n in args.n:
        d, _ = bench_ingest.prepare(n, Path(args.workdir))
        txt = d / "txt"
        files = sorted(str(f) for f in txt.iterdir())
        store, nq = d / "s_speed", d / "speed.nq"
        shutil.rmtree(store, ignore_errors=True)
        tok, tok_cpu = _wall([[sys.executable, "-c", TOKENIZE, str(i), str(args.jobs), *files]
                     for i in range(args.jobs)])
        build, build_cpu = _wall([[sys.executable, "-m", "esfgraph", "build", "--store", str(store), "-q",
                        "--jobs", str(args.jobs), "--report", str(d / "speed-report.json"), str(txt)]])
        from pyoxigraph import RdfFormat, Store
        s = Store.read_only(str(store))
        quads = len(s)
        with open(nq, "wb") as fh:
            s.dump(fh, format=RdfFormat.N_QUADS)
        del s
        shutil.rmtree(store, ignore_errors=True)
        load, load_cpu = _wall([[sys.executable, "-c", LOAD, str(nq), str(store)]])
        shutil.rmtree(store, ignore_errors=True)
        nq.unlink()
        print(f"\nN = {n:,} records in {len(files)} files, {quads / n:.0f} quads a record")
        for label, secs, cpu in (
                (f"spaCy's stock tokenizer over the files, {args.jobs} processes", tok, tok_cpu),
                (f"esfgraph build --jobs {args.jobs}", build, build_cpu),
                ("Oxigraph's bulk loader alone on the build's quads", load, load_cpu)):
            print(f"  {label:<58} {n / secs:>8,.0f} records/s {secs:>7.1f} s "
                  f"{cpu / n * 1000:>6.2f} CPU ms a record")
        print(f"  build ÷ tokenizer: {tok / build:.2f} (aim ≥ 2.0); "
              f"build ÷ bulk loader: {load / build:.2f} (aim ≥ 0.5)")
        counted, cost = stage_breakdown(txt)
        print(f"  CPU ms a record by stage ({counted:,} records, one process):")
        for name, secs in cost.items():
            print(f"    {name:<52} {secs / counted * 1000:>6.2f}")
        print(f"    {'all':<52} {sum(cost.values()) / counted * 1000:>6.2f}")
        print_budget(n, tok, load, build_cpu, counted, cost)


def print_budget(n: int, tok: float, load: float, build_cpu: float, counted: int,
                 cost: dict[str, float]) -> None:
    """What each aim leaves a record in CPU, against what the build's stages cost without the
    rule components (parts esfgraph's rules cannot make cheaper) and with them."""
    cores = os.cpu_count() or 1
    per = 1000 / counted
    rules = sum(v for k, v in cost.items() if k.startswith("component ")) * per
    stages = sum(cost.values()) * per
    print(f"  CPU ms a record each aim leaves ({cores} cores fully used, start and end included):")
    for label, wall in (("build ÷ tokenizer ≥ 2.0", tok / 2), ("build ÷ bulk loader ≥ 0.5", load / 0.5)):
        print(f"    {label:<28} {wall * cores / n * 1000:>6.2f}")
    print(f"    the stages without the rule components {stages - rules:>6.2f}, with them {stages:.2f}; "
          f"the build used {build_cpu / n * 1000:.2f}")


if __name__ == "__main__":
    main()
