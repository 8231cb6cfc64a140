#!/usr/bin/env python3
"""Load test of `esfgraph serve` on localhost: many concurrent clients reading pages and data.

Builds a store of N synthetic records (bench/synth.py; header-only build, --no-extract, unless
--extract), starts `esfgraph serve` on a free localhost port, and runs C concurrent clients
(keep-alive HTTP/1.1 on asyncio streams), each sending R requests drawn from a mix: project
pages, organisation pages, Turtle and JSON-LD lookups, searches. With --heavy K, K more clients
send an expensive SPARQL query (a three-way cartesian product) again and again the whole time,
to show that it does not starve the rest. Bounded in count and time; only 127.0.0.1.

    python bench/bench_serve.py --records 3000 --clients 200 --requests 15 --heavy 2

Prints p50/p90/p99/max per kind (", rendered for it": the server's Server-Timing header says the
request waited for a worker to render it; else it came from the cache, rendered for an earlier
request or ahead), requests a second, the CPU seconds of the server's event loop, page workers
and SPARQL workers (/proc; the machine's other work shows in the wall clock, not there).
--passes 2 sends the same requests again; --warm waits before the first pass until the server
has rendered the pages and data of every project and organisation ahead (as a server that has run a while
after a build has); --restart measures a server started again on the store after one that rendered
ahead (it answers from the pages kept beside the store); --render-cpu N first times N pages of each kind in one
process, as a worker does; --against DIR loads another checkout's server too, alternating.
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
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _free_port() -> int:
    with socket.socket() as s:
        return s.bind(("127.0.0.1", 0)) or s.getsockname()[1]


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
    length, chunked, rendered = 0, False, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        key, _, value = line.decode("latin-1").partition(":")
        if key.lower() == "content-length":
            length = int(value)
        elif key.lower() == "transfer-encoding" and "chunked" in value:
            chunked = True
        elif key.lower() == "server-timing":
            rendered = value.strip().startswith("render")
    if chunked:
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return int(status_line.split()[1]), rendered


def _pick(rng: random.Random, projects, orgs, names) -> tuple[str, str, str]:
    r = rng.random()
    if r < 0.60:
        kind, path = ("project page", rng.choice(projects)) if r < 0.35 else ("organisation page", rng.choice(orgs))
        return kind, path, "text/html"
    if r < 0.90:
        return ("lookup (Turtle)", rng.choice(projects + orgs), "text/turtle") if r < 0.80 else \
            ("lookup (JSON-LD)", rng.choice(projects), "application/ld+json")
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
            status, rendered = await _request(reader, writer, path, accept)
            kind += ", rendered for it" if rendered else ""
            times.setdefault(kind, []).append((time.perf_counter() - t0, status))
    finally:
        writer.close()


async def _heavy(port: int, stop: asyncio.Event, times: dict) -> None:
    path = "/sparql?query=" + quote(HEAVY)
    while not stop.is_set():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        t0 = time.perf_counter()
        status, _ = await _request(reader, writer, path, "application/sparql-results+json")
        times.setdefault("heavy SPARQL", []).append((time.perf_counter() - t0, status))
        writer.close()


async def _run(port: int, clients: int, requests: int, heavy: int, targets, limit: float) -> dict:
    times, stop, deadline = {}, asyncio.Event(), time.monotonic() + limit
    hogs = [asyncio.create_task(_heavy(port, stop, times)) for _ in range(heavy)]
    await asyncio.sleep(0.5 if heavy else 0)
    t0 = time.perf_counter()
    await asyncio.gather(*[_client(port, requests, i, targets, times, deadline) for i in range(clients)])
    times["_seconds"] = time.perf_counter() - t0
    stop.set()
    _ = [h.cancel() for h in hogs]
    return times


def _cpu_seconds(root: int) -> dict[int, tuple[str, float]]:
    """CPU seconds (user + system) of a process and each child alive now, by pid, with its part:
    "main" (the event loop), "pages" (a page worker), "ahead" (the one rendering ahead: its
    policy SCHED_IDLE), "SPARQL" (a query worker: nice 19); {} off Linux."""
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
            nice, policy = int(fields[16]), int(fields[38])
            part = "main" if pid == root else "ahead" if policy == 5 else "SPARQL" if nice >= 10 else "pages"
            out[pid] = (part, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
        except (OSError, ValueError):
            pass
        todo += children.get(pid, [])
    return out


def _cpu_used(before: dict, after: dict) -> dict[str, float]:
    """CPU seconds by part used since `before` by the processes alive at the end."""
    out = {"main": 0.0, "pages": 0.0, "SPARQL": 0.0, "ahead": 0.0}
    for pid, (part, t) in after.items():
        out[part] += t - before.get(pid, (part, 0.0))[1]
    return out


def _report(label: str, times: dict, clients: int, requests: int, heavy: int, cpu: dict) -> None:
    seconds = times.pop("_seconds")
    total = sum(len(v) for k, v in times.items() if k != "heavy SPARQL")
    served = cpu["main"] + cpu["pages"]
    print(f"{label}: {clients} clients x {requests} requests, {heavy} heavy SPARQL clients: "
          f"{total} requests in {seconds:.1f} s ({total / seconds:.0f}/s); server CPU {served:.1f} s "
          f"({served / total * 1000:.2f} ms a request: event loop {cpu['main']:.1f} s, page workers "
          f"{cpu['pages']:.1f} s), rendering ahead {cpu['ahead']:.1f} s, SPARQL workers {cpu['SPARQL']:.1f} s; "
          f"the clients {cpu['clients']:.1f} s")
    print(f"{'kind':<37}{'n':>6}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}  statuses")
    everything = []
    for kind, rows in sorted(times.items()):
        ms = [t * 1000 for t, _ in rows]
        if kind != "heavy SPARQL":
            everything += ms
        statuses = sorted({s for _, s in rows})
        print(f"{kind:<37}{len(ms):>6}{statistics.median(ms):>9.0f}{_pct(ms, 90):>9.0f}{_pct(ms, 99):>9.0f}"
              f"{max(ms):>9.0f}  {statuses}")
    print(f"{'all but heavy':<37}{len(everything):>6}{statistics.median(everything):>9.0f}"
          f"{_pct(everything, 90):>9.0f}{_pct(everything, 99):>9.0f}{max(everything):>9.0f}")


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


def _render_cpu(store: Path, n: int) -> None:
    """CPU ms a page in one page worker's process (no server): n project and organisation
    pages, Turtle and JSON-LD lookups and searches, each rendered once, with the store reads."""
    from esfgraph.graph.publish.render import Renderer
    from esfgraph.graph.publish.source import open_source
    projects, orgs, names = _targets(store)
    rng, base = random.Random(5), "https://w3id.org/esfgraph/id"
    ps, os_ = [base + unquote(p) for p in rng.sample(projects, n)], [base + unquote(o) for o in rng.sample(orgs, n)]
    from esfgraph.graph.publish.server import ServerOptions
    limit = ServerOptions().memory_quads
    t0 = time.process_time()
    r = Renderer(open_source({"store": str(store), "memory_quads": limit}))
    n = len(r.source.view.store)
    print(f"  one worker's opening of the store ({n:,} quads; {'read into memory' if n <= limit else 'on disk'}, "
          f"as serve's page workers read it): {(time.process_time() - t0) * 1000:.0f} ms CPU")
    t0 = time.process_time()
    r.run(("warm",), told=1)
    print(f"  one worker's start (labels, search index, start page): {(time.process_time() - t0) * 1000:.0f} ms CPU")
    reads: dict[str, int] = {}

    def counted(name: str, read):
        def call(*a, **k):
            reads[name] = reads.get(name, 0) + 1
            return read(*a, **k)
        return call
    for name in ("rows", "about", "graph"):
        setattr(r.source, name, counted(name, getattr(r.source, name)))
    for kind, tasks in (("project page", [("page", i, "sv") for i in ps]), ("organisation page", [("page", i, "sv") for i in os_]),
                        ("lookup (Turtle)", [("data", i, "turtle") for i in ps]), ("lookup (JSON-LD)", [("data", i, "jsonld") for i in ps]),
                        ("search", [("start", rng.choice(names).split()[0], "sv") for _ in range(n)])):
        reads.clear()
        t0 = time.process_time()
        for task in tasks:
            r.run(task, told=1)
        per = ", ".join(f"{v / len(tasks):.1f} {k}" for k, v in sorted(reads.items()))
        print(f"  {kind:<20}{(time.process_time() - t0) / len(tasks) * 1000:6.2f} ms CPU a page (store reads: {per})")


def _start(store: Path, args, env: dict, cwd) -> tuple[subprocess.Popen, int, threading.Event]:
    """Start a server and wait until it answers; return it, its port and the event its stderr
    sets when the pages rendered ahead are done."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "esfgraph", "serve", "--store", str(store),
                               "--port", str(port), "--query-timeout", "10", *shlex.split(args.server_args)],
                              env=env, cwd=cwd, stderr=subprocess.PIPE, text=True)
    ahead = threading.Event()
    threading.Thread(target=_echo, args=(server.stderr, ahead), daemon=True).start()
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            break
        except OSError:
            time.sleep(0.1)
    return server, port, ahead


def _stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=15)


def _load(store: Path, targets, args, package_parent: str | None, label: str) -> None:
    """Start a server (this checkout's, or the esfgraph package under package_parent), run the
    passes, report them. The pages a server before it kept beside the store are removed first,
    so the first pass renders every page for its request; with --restart a server is started,
    left to render ahead and stopped first, and the one measured starts after it."""
    env = dict(os.environ, **({"PYTHONPATH": package_parent} if package_parent else {}))
    cwd = "/" if package_parent else None
    for kept in store.parent.glob(store.name + "-pages.sqlite*"):
        kept.unlink()
    if args.restart:
        server, _, ahead = _start(store, args, env, cwd)
        t0 = time.perf_counter()
        done = ahead.wait(600)
        _stop(server)
        print(f"a server before this one rendered ahead ({'done' if done else 'not done in 600 s'} after "
              f"{time.perf_counter() - t0:.0f} s) and stopped", flush=True)
    server, port, ahead = _start(store, args, env, cwd)
    try:
        if args.warm:
            t0 = time.perf_counter()
            print(f"waiting for the pages and data rendered ahead: {'done' if ahead.wait(600) else 'not done in 600 s'} "
                  f"after {time.perf_counter() - t0:.0f} s", flush=True)
        for n in range(1, args.passes + 1):
            before = _cpu_seconds(server.pid)
            c0 = time.process_time()
            times = asyncio.run(_run(port, args.clients, args.requests, args.heavy, targets, args.time_limit))
            cpu = _cpu_used(before, _cpu_seconds(server.pid))
            cpu["clients"] = time.process_time() - c0
            _report(f"{label}pass {n}", times, args.clients, args.requests, args.heavy, cpu)
    finally:
        _stop(server)


def _echo(stream, ahead: threading.Event) -> None:
    """Copy the server's messages to stderr; set `ahead` when it says the pages rendered ahead
    are done."""
    for line in stream:
        sys.stderr.write(line)
        if line.startswith(("pages rendered ahead", "rendering ahead stopped")):
            ahead.set()


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
    ap.add_argument("--warm", action="store_true",
                    help="wait until the server has rendered every project's and organisation's page ahead")
    ap.add_argument("--restart", action="store_true",
                    help="measure a server started again on a store a server before it served (and rendered ahead)")
    ap.add_argument("--server-args", default="", help="more options for esfgraph serve, e.g. '--page-workers 4'")
    ap.add_argument("--render-cpu", type=int, default=0, metavar="N",
                    help="first the CPU ms a page in one worker's process, over N pages of each kind")
    ap.add_argument("--against", help="a folder holding another esfgraph package (DIR/esfgraph, e.g. from "
                                      "`git archive REV`): its server is loaded too, alternating")
    ap.add_argument("--repeat", type=int, default=1, help="load each server this many times")
    ap.add_argument("--only-render", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only_render:
        return _render_cpu(args.store, args.render_cpu)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = args.store or _build(args.records, Path(tmp), args.extract)
        print(f"store: {args.records} records ({time.perf_counter() - t0:.0f} s to build)")
        for label, parent in [("this checkout", None)] + ([(args.against, args.against)] if args.against else []):
            if not args.render_cpu:
                break
            print(f"{label}: one page worker, {args.render_cpu} of each", flush=True)
            if parent:
                subprocess.run([sys.executable, str(Path(__file__).resolve()), "--store", str(store),
                                "--render-cpu", str(args.render_cpu), "--only-render"],
                               env=dict(os.environ, PYTHONPATH=parent), cwd="/", check=True)
            else:
                _render_cpu(store, args.render_cpu)
        targets = _targets(store)
        for _ in range(args.repeat if args.passes else 0):
            _load(store, targets, args, None, "this checkout, " if args.against else "")
            if args.against:
                _load(store, targets, args, args.against, f"{args.against}, ")


if __name__ == "__main__":
    main()
