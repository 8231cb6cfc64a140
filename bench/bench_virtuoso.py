#!/usr/bin/env python3
"""Pushing to Virtuoso against Virtuoso's own bulk loader, on the same quads, as a ratio.

    python bench/bench_virtuoso.py [--n 2000] [--jobs 2]

Writes N synthetic records (bench/synth.py), builds them into a store, then with a fresh
Virtuoso for each (Debian's virtuoso-t, on free localhost ports):
- `esfgraph push` over the Graph Store Protocol with Digest authentication: everything, then
  again after 1% of the records changed (incremental);
- Virtuoso's bulk loader (`ld_dir` + `rdf_loader_run` + `checkpoint` through isql-vt) on the
  N-Quads of the very graphs push sent;
and prints records/s, quads/s and push ÷ bulk loader.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
ServerThreads = 10
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
DirsAllowed = ., {d}, {data}
[HTTPServer]
ServerPort = {http}
ServerRoot = {d}
ServerThreads = 10
EnabledDavVSP = 0
[SPARQL]
ResultSetMaxRows = 1000000
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A Virtuoso in a folder of its own, on free ports; stopped on exit."""

    def __init__(self, where: Path, data: Path):
        self.dir, self.http, self.sql = where, _port(), _port()
        where.mkdir(parents=True)
        (where / "virtuoso.ini").write_text(INI.format(d=where, sql=self.sql, http=self.http,
                                                       data=data), encoding="utf-8")
        self.proc = subprocess.Popen(["virtuoso-t", "-f", "-c", str(where / "virtuoso.ini")],
                                     cwd=where, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.http}"
        for _ in range(180):
            try:
                urllib.request.urlopen(f"{self.base}/sparql?query=ASK%7B%7D", timeout=2).read()
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError("Virtuoso did not start")

    def isql(self, sql: str) -> None:
        subprocess.run(["isql-vt", str(self.sql), "dba", "dba", f"exec={sql}"], check=True,
                       stdout=subprocess.DEVNULL)

    def __enter__(self) -> "Virtuoso":
        return self

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=60)


def _esfgraph(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "esfgraph", *args], check=True,
                         capture_output=True, text=True)
    return out.stderr.strip().splitlines()[-1] if out.stderr.strip() else ""


def _timed(fn):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    result = fn()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - t0, after.ru_utime - before.ru_utime, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if not shutil.which("virtuoso-t"):
        sys.exit("virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)")
    work = Path(tempfile.mkdtemp(prefix="esfgraph-bench-virtuoso-"))
    try:
        src, store, data = work / "src", work / "store", work / "data"
        synth.write_text(synth.generate(args.n, seed=7), src, per_file=1)
        _esfgraph("build", "--store", str(store), "-q", "--jobs", str(args.jobs), str(src))
        # The graphs push sends (no personal data) as N-Quads, for Virtuoso's own loader.
        from pyoxigraph import NamedNode, RdfFormat, Store, serialize
        s = Store.read_only(str(store))
        data.mkdir()
        quads = [q for q in s if isinstance(q.graph_name, NamedNode)
                 and not q.graph_name.value.endswith("/personal")]
        (data / "all.nq").write_bytes(serialize(quads, format=RdfFormat.N_QUADS))
        del s
        n_quads = len(quads)
        print(f"{args.n:,} records, {n_quads:,} quads; Virtuoso "
              + subprocess.run(["virtuoso-t", "-?"], capture_output=True, text=True).stderr.split("\n")[1].strip())
        push_args = ["push", "--store", str(store), "--graph-store", "", "--user", "dba",
                     "--password", "dba"]
        with Virtuoso(work / "v1", data) as v:
            push_args[4] = f"{v.base}/sparql-graph-crud-auth"
            full = _timed(lambda: _esfgraph(*push_args, "--endpoint", f"{v.base}/sparql"))
            for f in sorted(src.glob("*.txt"))[: max(args.n // 100, 1)]:
                f.write_text(f.read_text(encoding="utf-8") + "\nEtt tillägg.\n", encoding="utf-8")
            _esfgraph("build", "--store", str(store), "-q", "--jobs", str(args.jobs), str(src))
            incremental = _timed(lambda: _esfgraph(*push_args, "--endpoint", f"{v.base}/sparql"))
        with Virtuoso(work / "v2", data) as v:
            bulk = _timed(lambda: v.isql(f"ld_dir('{data}', 'all.nq', 'urn:default'); "
                                         "rdf_loader_run(); checkpoint;"))
        print(f"  {'':<44} {'wall s':>7} {'records/s':>10} {'quads/s':>10}")
        for label, (wall, _, said) in (("esfgraph push, everything (GSP, Digest)", full),
                                       ("Virtuoso's bulk loader (ld_dir, rdf_loader_run)", bulk)):
            print(f"  {label:<44} {wall:>7.1f} {args.n / wall:>10,.0f} {n_quads / wall:>10,.0f}"
                  + (f"   [{said}]" if said else ""))
        wall, _, said = incremental
        print(f"  {'esfgraph push after 1% changed':<44} {wall:>7.1f}   [{said}]")
        print(f"  push ÷ bulk loader: {bulk[0] / full[0]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
