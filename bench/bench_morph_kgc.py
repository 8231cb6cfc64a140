#!/usr/bin/env python3
"""Structured ingest against Morph-KGC: the same CSV rows, header only, into Oxigraph.

    .venv/bin/python bench/bench_morph_kgc.py [--n 10000] [--morph-processes P ...]
                                              [--morph-store memory disk]
                                              [--morph-csv semicolon comma] [--jobs 1 2]

The aim: esfgraph's structured part (no text extraction) maps CSV rows into Oxigraph at least
2x as fast as Morph-KGC does. This script:
1. makes Morph-KGC's own venv, bench/out/morph-venv, if it is missing (Morph-KGC pins
   pyoxigraph < 0.4, esfgraph needs a newer one, so they cannot share a venv);
2. writes N synthetic records as one `;`-separated CSV with bench/synth.py (seed 7), unless
   bench/out/morph/n<N>/records.csv is already there;
3. runs Morph-KGC with bench/morph/mapping.ttl (an RML mapping of the header part of
   esfgraph's RDF, see the comments in it) in its venv, as a subprocess timed as a whole:
   `materialize_oxigraph` (its documented call: an in-memory store) and, for a like-for-like
   comparison with esfgraph's on-disk store, `materialize_set` bulk-loaded into a store on disk;
   on the `;`-separated CSV and on a `,`-separated copy of it (same rows): Morph-KGC re-reads
   the file for every mapping rule, with pandas' C parser for `,` but its slow Python parser
   (delimiter sniffing) for anything else;
4. runs `esfgraph build --no-extract --jobs J --store <tmp> records.csv` with this
   interpreter (run the script with esfgraph's venv python), timed as a whole;
5. prints rows/s, quads and quads/s of each run, and esfgraph's rate over Morph-KGC's.

Quads are counted in the store. For esfgraph, the ontology and reference graphs and the one
content-hash quad per record are left out, so both counts are the quads mapped from the rows.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
MAPPING = BENCH / "morph" / "mapping.ttl"
MORPH_VENV = BENCH / "out" / "morph-venv"
SEED = 7

# Runs inside Morph-KGC's venv: argv = config, mode (memory|disk), store dir. Prints JSON.
MORPH_RUNNER = r"""
import json, sys, time
t0 = time.perf_counter()
from io import BytesIO
import morph_kgc, pyoxigraph
cfg, mode, store_dir = sys.argv[1:4]
t1 = time.perf_counter()
if mode == "memory":
    store = morph_kgc.materialize_oxigraph(cfg)   # materialize_set + bulk_load into Store()
    t2 = t3 = time.perf_counter()
else:
    quads = morph_kgc.materialize_set(cfg)
    t2 = time.perf_counter()
    store = pyoxigraph.Store(store_dir)
    if quads:   # as materialize_oxigraph does, into a store on disk
        store.bulk_load(BytesIO(('.\n'.join(quads) + '.').encode()), 'application/n-quads')
    store.flush()
    t3 = time.perf_counter()
print(json.dumps({"quads": len(store), "import_s": t1 - t0, "materialize_s": t2 - t1,
                  "load_s": t3 - t2}))
"""


def morph_python() -> Path:
    return MORPH_VENV / "bin" / "python"


def ensure_morph_venv() -> None:
    """Create bench/out/morph-venv with morph-kgc (and its pyoxigraph < 0.4) if missing."""
    py = morph_python()
    if not py.exists():
        base = getattr(sys, "_base_executable", None) or shutil.which("python3") or sys.executable
        print(f"creating Morph-KGC's venv: {base} -m venv {MORPH_VENV}", flush=True)
        subprocess.run([base, "-m", "venv", str(MORPH_VENV)], check=True)
    ok = subprocess.run([str(py), "-c", "import morph_kgc, pyoxigraph"],
                        capture_output=True).returncode == 0
    if not ok:
        print(f"installing morph-kgc into {MORPH_VENV}: pip install morph-kgc", flush=True)
        subprocess.run([str(py), "-m", "pip", "install", "--quiet", "morph-kgc"], check=True)


def morph_versions() -> tuple[str, str]:
    out = subprocess.run(
        [str(morph_python()), "-c",
         "from importlib.metadata import version as v; print(v('morph-kgc'), v('pyoxigraph'))"],
        capture_output=True, text=True, check=True).stdout.split()
    return out[0], out[1]


def ensure_csv(n: int, work: Path) -> Path:
    d = work / f"n{n}"
    csv = d / "records.csv"
    if not csv.exists():
        d.mkdir(parents=True, exist_ok=True)
        print(f"writing {n:,} synthetic records (seed {SEED}) to {csv}", flush=True)
        subprocess.run([sys.executable, str(BENCH / "synth.py"), str(n), str(d), "--format", "csv",
                        "--seed", str(SEED), "--no-expected"], check=True)
    return csv


def comma_copy(csv_path: Path) -> Path:
    """The same rows as a `,`-separated CSV (Morph-KGC's fast path), written once."""
    import csv
    out = csv_path.with_name("records-comma.csv")
    if not out.exists():
        print(f"writing the same rows comma-separated to {out}", flush=True)
        with open(csv_path, encoding="utf-8", newline="") as src, \
                open(out, "w", encoding="utf-8", newline="") as dst:
            csv.writer(dst).writerows(csv.reader(src, delimiter=";"))
    return out


def run_morph(csv: Path, run_dir: Path, mode: str, processes: int | None) -> dict:
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    cfg = run_dir / "config.ini"
    procs = f"number_of_processes = {processes}\n" if processes else ""
    cfg.write_text(
        "[CONFIGURATION]\n"
        "output_format = N-QUADS\n"   # Morph-KGC writes graph maps only for N-Quads output
        f"{procs}"
        "logging_level = WARNING\n\n"
        "[EsfRecords]\n"
        f"mappings = {MAPPING}\n"
        f"file_path = {csv.resolve()}\n", encoding="utf-8")
    t0 = time.perf_counter()
    p = subprocess.run([str(morph_python()), "-c", MORPH_RUNNER, str(cfg), mode,
                        str(run_dir / "store")], capture_output=True, text=True, cwd=run_dir)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"Morph-KGC failed:\n{p.stderr[-3000:]}")
    result = json.loads(p.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    shutil.rmtree(run_dir, ignore_errors=True)
    return result


def run_esfgraph(csv: Path, run_dir: Path, jobs: int) -> dict:
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    store = run_dir / "store"
    cmd = [sys.executable, "-m", "esfgraph", "build", "--no-extract", "--jobs", str(jobs),
           "--store", str(store), "--report", str(run_dir / "report.json"), "--quiet", str(csv)]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"esfgraph build failed:\n{p.stderr[-3000:]}")
    total, loaded = _store_counts(store)
    from esfgraph.graph.iris import Iris
    from esfgraph.graph.reference import reference_quads
    reference = sum(1 for _ in reference_quads(Iris()))
    # Leave out the ontology/reference graphs and each record's content-hash quad.
    result = {"wall_s": wall, "quads": total - reference - loaded, "store_quads": total,
              "loaded": loaded, "summary": p.stderr.strip().splitlines()}
    shutil.rmtree(run_dir, ignore_errors=True)
    return result


def _store_counts(store_dir: Path) -> tuple[int, int]:
    from pyoxigraph import Store

    from esfgraph.graph.vocab import ESF
    store = Store.read_only(str(store_dir))
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g <{ESF.contentHash.value}> ?h }} }}"
    loaded = int(next(iter(store.query(q)))["n"].value)
    return len(store), loaded


def line(label: str, n: int, wall: float, quads: int, extra: str = "") -> float:
    rate = n / wall
    print(f"  {label:<72} {rate:>7,.0f} rows/s {wall:>7.1f} s {quads:>9,} quads "
          f"({quads / n:.1f}/row) {quads / wall:>8,.0f} quads/s{extra}", flush=True)
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10000, help="rows (records) [10000]")
    ap.add_argument("--workdir", default=str(BENCH / "out" / "morph"))
    ap.add_argument("--morph-processes", type=int, nargs="+", default=[0],
                    help="Morph-KGC number_of_processes; 0 = its default (2 x cores) [0]")
    ap.add_argument("--morph-store", nargs="+", choices=["memory", "disk"],
                    default=["memory", "disk"])
    ap.add_argument("--morph-csv", nargs="+", choices=["semicolon", "comma"],
                    default=["semicolon", "comma"],
                    help="the CSV Morph-KGC reads: the `;` file esfgraph reads, or a `,` copy")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="esfgraph --jobs [1 2]")
    args = ap.parse_args()
    try:
        import esfgraph  # noqa: F401
    except ImportError:
        sys.exit("run this with esfgraph's venv python: .venv/bin/python bench/bench_morph_kgc.py")

    ensure_morph_venv()
    work, n = Path(args.workdir), args.n
    csv = ensure_csv(n, work)
    mk, mk_ox = morph_versions()
    import pyoxigraph
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"Morph-KGC {mk} with pyoxigraph {mk_ox} ({MORPH_VENV}); esfgraph with pyoxigraph "
          f"{pyoxigraph.__version__}")
    print(f"\nN = {n:,} rows: {csv} ({csv.stat().st_size / 1e6:.0f} MB); mapping {MAPPING.relative_to(BENCH.parent)}")

    morph_rates, esf_rates = {}, {}
    for kind in args.morph_csv:
        source = csv if kind == "semicolon" else comma_copy(csv)
        for mode in args.morph_store:
            for procs in args.morph_processes:
                r = run_morph(source, work / f"n{n}" / "run", mode, procs or None)
                where = "materialize_oxigraph, in memory" if mode == "memory" else \
                    "materialize_set + bulk_load, on disk"
                label = f"Morph-KGC, {kind} CSV, {where}, procs={procs or 'default'}"
                extra = (f"  [import {r['import_s']:.1f} s, materialize {r['materialize_s']:.1f} s"
                         + (f", load {r['load_s']:.1f} s]" if mode == "disk" else "]"))
                morph_rates[(kind, mode, procs)] = (line(label, n, r["wall_s"], r["quads"], extra), r)
    for jobs in args.jobs:
        r = run_esfgraph(csv, work / f"n{n}" / "run", jobs)
        if r["loaded"] != n:
            print(f"  warning: esfgraph loaded {r['loaded']:,} of {n:,} rows")
        esf_rates[jobs] = (line(f"esfgraph build --no-extract --jobs {jobs} (store on disk)", n,
                                r["wall_s"], r["quads"],
                                f"  [{r['store_quads']:,} in the store]"), r)

    print("  ratios (esfgraph rows/s over Morph-KGC rows/s; quads/s in brackets):")
    for jobs, (er, e) in esf_rates.items():
        for (kind, mode, procs), (mr, m) in morph_rates.items():
            qe, qm = e["quads"] / e["wall_s"], m["quads"] / m["wall_s"]
            print(f"    esfgraph --jobs {jobs} / Morph-KGC {kind} CSV, {mode}, "
                  f"procs={procs or 'default'}: {er / mr:.2f}x  [{qe / qm:.2f}x]")


if __name__ == "__main__":
    main()
