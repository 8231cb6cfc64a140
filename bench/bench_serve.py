#!/usr/bin/env python3
"""Load test of `esfgraph serve` on localhost: many concurrent clients reading pages and data.

Builds a store of N synthetic records (bench/synth.py; header-only build, --no-extract, unless
--extract), starts `esfgraph serve` on a free localhost port, and runs C concurrent clients
(keep-alive HTTP/1.1 on asyncio streams), each sending R requests drawn from a mix: project
pages, organisation pages, Turtle and JSON-LD lookups, searches. With --heavy K, K more clients
send an expensive SPARQL query (a three-way cartesian product) again and again the whole time,
to show that it does not starve the rest. Bounded in count and time; only 127.0.0.1.

    python bench/bench_serve.py --records 3000 --clients 200 --requests 15 --heavy 2

Prints p50/p90/p99/max per kind, the requests per second and the CPU seconds the server's
processes used (Linux: read from /proc; the machine's other work shows in the wall clock, not
there). With --passes 2 the same requests run again on the same server: the second pass reads
pages the first rendered (the cache of the store's generation).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _build(n: int, where: Path, extract: bool) -> Path:
    records = where / "records"
    synth.write_text(synth.generate(n, seed=1), records, per_file=100)
    store = where / "store"
    args = [sys.executable, "-m", "esfgraph", "build", "--store", str(store), "--quiet", str(records)]
    subprocess.run(args + ([] if extract else ["--no-extract"]), check=True)
    return store


def _targets(store: Path) -> tuple[list[str], list[str], list[str]]:
    from pyoxigraph import Store
    s = Store.read_only(str(store))
    q = "SELECT ?s WHERE { ?s a <https://w3id.org/esfgraph/ontology#%s> }"
    base = "https://w3id.org/esfgraph/id/"
    projects = [r["s"].value[len(base) - 1:] for r in s.query(q % "Project", use_default_graph_as_union=True)]
    orgs = [r["s"].value[len(base) - 1:] for r in s.query(q % "Organisation", use_default_graph_as_union=True)]
    names = [r["n"].value for r in s.query("SELECT ?n WHERE { ?s a <https://w3id.org/esfgraph/ontology#"
                                           "Organisation> ; <https://schema.org/name> ?n } LIMIT 200",
                                           use_default_graph_as_union=True)]
    safe = "/-._~%:@!$&'()*+,;="
    return [quote(p, safe=safe) for p in projects], [quote(o, safe=safe) for o in orgs], names


async def _request(reader, writer, path: str, accept: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: {accept}\r\n\r\n".encode())
    await writer.drain()
    status_line = await reader.readline()
    length, chunked = 0, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        key, _, value = line.decode("latin-1").partition(":")
        if key.lower() == "content-length":
            length = int(value)
        elif key.lower() == "transfer-encoding" and "chunked" in value:
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return int(status_line.split()[1])


def _pick(rng: random.Random, projects, orgs, names) -> tuple[str, str, str]:
    r = rng.random()
    if r < 0.35:
        return "project page", rng.choice(projects), "text/html"
    if r < 0.60:
        return "organisation page", rng.choice(orgs), "text/html"
    if r < 0.80:
        return "lookup (Turtle)", rng.choice(projects + orgs), "text/turtle"
    if r < 0.90:
        return "lookup (JSON-LD)", rng.choice(projects), "application/ld+json"
    return "search", "/search?q=" + quote(rng.choice(names).split()[0]), "text/html"


async def _client(port: int, n: int, seed: int, targets, times: dict, deadline: float) -> None:
    rng = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for _ in range(n):
            if time.monotonic() > deadline:
                break
            kind, path, accept = _pick(rng, *targets)
            t0 = time.perf_counter()
            status = await _request(reader, writer, path, accept)
            times.setdefault(kind, []).append((time.perf_counter() - t0, status))
    finally:
        writer.close()


async def _heavy(port: int, stop: asyncio.Event, times: dict) -> None:
    path = "/sparql?query=" + quote(HEAVY)
    while not stop.is_set():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        t0 = time.perf_counter()
        status = await _request(reader, writer, path, "application/sparql-results+json")
        times.setdefault("heavy SPARQL", []).append((time.perf_counter() - t0, status))
        writer.close()


async def _run(port: int, clients: int, requests: int, heavy: int, targets, limit: float) -> dict:
    times: dict = {}
    stop = asyncio.Event()
    deadline = time.monotonic() + limit
    hogs = [asyncio.create_task(_heavy(port, stop, times)) for _ in range(heavy)]
    await asyncio.sleep(0.5 if heavy else 0)
    t0 = time.perf_counter()
    await asyncio.gather(*[_client(port, requests, i, targets, times, deadline) for i in range(clients)])
    times["_seconds"] = time.perf_counter() - t0
    stop.set()
    for h in hogs:
        h.cancel()
    return times


def _cpu_seconds(root: int) -> dict[int, float]:
    """CPU seconds (user + system) of a process and each child alive now, by pid; {} off Linux."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(name))
            except OSError:
                pass
    out, todo = {}, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError):
            pass
        todo += children.get(pid, [])
    return out


def _cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds the processes alive at the end used since `before` (a SPARQL worker ended at
    its time limit meanwhile is not counted)."""
    return sum(t - before.get(pid, 0.0) for pid, t in after.items())


def _report(label: str, times: dict, clients: int, requests: int, heavy: int, cpu: float) -> None:
    seconds = times.pop("_seconds")
    total = sum(len(v) for k, v in times.items() if k != "heavy SPARQL")
    print(f"{label}: {clients} clients x {requests} requests, {heavy} heavy SPARQL clients: "
          f"{total} requests in {seconds:.1f} s ({total / seconds:.0f}/s); server CPU {cpu:.1f} s "
          f"({cpu / total * 1000:.2f} ms a request)")
    print(f"{'kind':<20}{'n':>6}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}  statuses")
    everything = []
    for kind, rows in sorted(times.items()):
        ms = [t * 1000 for t, _ in rows]
        if kind != "heavy SPARQL":
            everything += ms
        statuses = sorted({s for _, s in rows})
        print(f"{kind:<20}{len(ms):>6}{statistics.median(ms):>9.0f}{_pct(ms, 90):>9.0f}{_pct(ms, 99):>9.0f}"
              f"{max(ms):>9.0f}  {statuses}")
    print(f"{'all but heavy':<20}{len(everything):>6}{statistics.median(everything):>9.0f}"
          f"{_pct(everything, 90):>9.0f}{_pct(everything, 99):>9.0f}{max(everything):>9.0f}")


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=15, help="requests per client")
    ap.add_argument("--heavy", type=int, default=2, help="clients sending an expensive SPARQL query")
    ap.add_argument("--extract", action="store_true", help="read partners from the text (slower build)")
    ap.add_argument("--store", type=Path, default=None, help="use this store instead of building one")
    ap.add_argument("--time-limit", type=float, default=120.0)
    ap.add_argument("--passes", type=int, default=1, help="run the same requests again on the same server")
    ap.add_argument("--server-args", default="", help="more options for esfgraph serve, e.g. '--page-workers 4'")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = args.store or _build(args.records, Path(tmp), args.extract)
        print(f"store: {args.records} records ({time.perf_counter() - t0:.0f} s to build)")
        targets = _targets(store)
        port = _free_port()
        server = subprocess.Popen([sys.executable, "-m", "esfgraph", "serve", "--store", str(store),
                                   "--port", str(port), "--query-timeout", "10",
                                   *shlex.split(args.server_args)])
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                    break
                except OSError:
                    time.sleep(0.1)
            for n in range(1, args.passes + 1):
                before = _cpu_seconds(server.pid)
                times = asyncio.run(_run(port, args.clients, args.requests, args.heavy, targets,
                                         args.time_limit))
                cpu = _cpu_used(before, _cpu_seconds(server.pid))
                _report(f"pass {n}", times, args.clients, args.requests, args.heavy, cpu)
        finally:
            server.terminate()
            server.wait(timeout=15)


if __name__ == "__main__":
    main()
