"""The server under many requests at once: each answer is its own request's and the same as the
page or data rendered alone (a page worker holds 16 tasks at a time); a page worker that dies
is replaced; every project's and organisation's page and data are rendered ahead when the store changes,
and a build is still seen on the next request; the start page's search finds what a scan of
every name and number finds."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest
from pyoxigraph import Store

from esfgraph.graph.build import build_graph
from esfgraph.graph.publish.pagedata import SearchIndex
from esfgraph.graph.publish.render import Renderer
from esfgraph.graph.publish.resources import path_of_iri
from esfgraph.graph.publish.source import open_source
from esfgraph.graph.store import open_store

from .serving import examples_store, free_port, get, serving_process, store_without_one_record

BASE = "https://w3id.org/esfgraph/id/"
ACCEPT = {"page": "text/html", "turtle": "text/turtle", "jsonld": "application/ld+json"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, examples):
    return examples_store(tmp_path_factory, examples, "concurrent")


@pytest.fixture(scope="module")
def server(store_path):
    """`esfgraph serve` on the store: (its base URL, its process)."""
    with serving_process(store_path, "--page-workers", "2") as running:
        yield running


def _resources(store_path: Path) -> list[str]:
    store = Store.read_only(str(store_path))
    q = "SELECT ?s WHERE { ?s a <https://w3id.org/esfgraph/ontology#%s> }"
    return sorted(r["s"].value for kind in ("Project", "Organisation")
                  for r in store.query(q % kind, use_default_graph_as_union=True))


def _tasks(store_path: Path) -> list[tuple[tuple, str, str]]:
    """(task, path, Accept) for every project and organisation: page, Turtle, JSON-LD; searches."""
    out = []
    for iri in _resources(store_path):
        path = path_of_iri(BASE, iri)
        out += [(("page", iri, "sv"), path, ACCEPT["page"]), (("data", iri, "turtle"), path, ACCEPT["turtle"]),
                (("data", iri, "jsonld"), path, ACCEPT["jsonld"])]
    for q in ("kommun", "region", "ab", "2019"):
        out.append((("start", q, "sv"), "/search?q=" + quote(q), "text/html"))
    return out


def test_answers_at_once_are_each_their_own_and_as_rendered_alone(server, store_path):
    base, _ = server
    tasks = _tasks(store_path)
    renderer = Renderer(open_source({"store": str(store_path)}))
    alone = [renderer.run(task) for task, _, _ in tasks]
    assert sum(1 for status, _, body in alone if status == 200 and b"<h1>" in body) > 20
    with ThreadPoolExecutor(48) as pool:  # every task at once, twice over (the second from the cache)
        answers = list(pool.map(lambda t: get(base + t[1], t[2]), tasks + tasks))
    for (task, _, _), (status, _, body), answer in zip(tasks + tasks, alone + alone, answers):
        assert answer == (status, body), task


def _page_workers(pid: int) -> list[int]:
    """The server's page workers: its children that run at the usual priority (a SPARQL worker
    runs niced)."""
    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and int(fields[16]) == 0:
                with open(f"/proc/{name}/cmdline", "rb") as f:
                    if b"spawn_main" in f.read():
                        out.append(int(name))
    return out


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finds the page workers in /proc (Linux)")
def test_a_page_worker_that_dies_is_replaced(server, store_path):
    base, proc = server
    tasks = [t for t in _tasks(store_path) if t[0][0] == "page"]
    deadline = time.monotonic() + 30
    while len(_page_workers(proc.pid)) != 2 and time.monotonic() < deadline:
        time.sleep(0.1)  # a SPARQL worker starting is not niced yet
    workers = _page_workers(proc.pid)
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    with ThreadPoolExecutor(16) as pool:
        first = list(pool.map(lambda t: get(base + t[1] + "?lang=en", t[2]), tasks))
    assert {status for status, _ in first} <= {200, 503}
    deadline = time.monotonic() + 30
    while (len(_page_workers(proc.pid)) != 2 or workers[0] in _page_workers(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(_page_workers(proc.pid)) == 2 and workers[0] not in _page_workers(proc.pid)
    status, body = get(base + tasks[0][1] + "?lang=en", "text/html")
    assert status == 200 and b'<html lang="en">' in body


def test_search_finds_what_a_scan_of_every_name_finds(store_path):
    index = SearchIndex(open_source({"store": str(store_path)}))
    rows = [row for _, row in index.entries]
    assert len(rows) > 20

    def scan(text: str, limit: int) -> list[dict]:
        words = text.casefold().replace("-", " ").split()
        digits = "".join(c for c in text if c.isdigit())
        keys = [f"{r['name']} {r['number'] or ''}".casefold() for r in rows]
        hits = [r for r, k in zip(rows, keys) if words and (all(w in k.replace("-", " ") for w in words) or (
            len(digits) >= 6 and digits in k.replace("-", "")))]
        return hits[:limit]
    queries = ["", "  ", "-", "a", "e", "kommun", "nope-nothing", "ab 1"]
    for r in rows:
        queries += [r["name"], r["name"].split()[0].upper(), r["name"][1:6], r["number"] or "x"]
    for q in queries:
        for limit in (50, 2):
            assert index.search(q, limit) == scan(q, limit), q
    assert any(index.search(r["number"]) for r in rows if r["number"])


def _get_timed(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.status, r.headers.get("Server-Timing", ""), r.read()


def _wait_for_line(proc: subprocess.Popen, text: bytes, seconds: float = 120) -> bytes:
    """The server's next stderr line holding `text` (read on a thread: no line, no wait past seconds)."""
    found: list[bytes] = []

    def read() -> None:
        for line in proc.stderr:
            if text in line:
                found.append(line)
                return
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(seconds)
    assert found, f"no line with {text!r} in {seconds} s"
    return found[0]


def test_pages_are_rendered_ahead_and_a_build_is_seen_on_the_next_request(tmp_path, examples):
    src, later, held = store_without_one_record(tmp_path, examples)
    resources = _resources(tmp_path / "store")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "esfgraph", "serve", "--store", str(tmp_path / "store"),
                             "--port", str(port)], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        # No request at all: the server renders ahead as it starts.
        line = _wait_for_line(proc, b"pages rendered ahead")
        assert re.search(rb": (\d+) in [\d.]+ s", line)[1] == str(len(resources)).encode()
        renderer = Renderer(open_source({"store": str(tmp_path / "store")}))
        for iri in resources:  # every page and its data now from the cache, as rendered alone
            status, timing, body = _get_timed(base + path_of_iri(BASE, iri))
            assert (status, timing) == (200, "cache") and body == renderer.run(("page", iri, "sv"))[2]
            for suffix, fmt in ((".ttl", "turtle"), (".jsonld", "jsonld")):
                status, timing, body = _get_timed(base + path_of_iri(BASE, iri) + suffix)
                assert (status, timing) == (200, "cache") and body == renderer.run(("data", iri, fmt))[2]
        status, timing, _ = _get_timed(base + "/project/24-903-S01?lang=en")  # English: rendered for it
        assert status == 200 and timing.startswith("render;dur=")
        assert _get_timed(base + "/project/24-903-S01?lang=en")[1] == "cache"
        later.write_bytes(held)
        writer = open_store(tmp_path / "store")  # a build beside the server
        assert build_graph([str(src)], writer, report_path=tmp_path / "r.json").loaded == 1
        del writer
        status, _, body = _get_timed(base + "/project/24-926-S02")  # the next request sees it
        assert status == 200 and b"24-926-S02" in body
        line = _wait_for_line(proc, b"pages rendered ahead")  # and the new generation is rendered ahead
        assert re.search(rb": (\d+) in", line)[1] == str(len(_resources(tmp_path / "store"))).encode()
        status, timing, body = _get_timed(base + "/project/24-903-S01")
        assert (status, timing) == (200, "cache") and b"24-903-S01" in body
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def test_rendering_ahead_stops_when_the_cache_is_three_quarters_full(store_path):
    """With a cache of 1 MB the pages, Turtle and JSON-LD of the example records do not fit: the
    server renders ahead until 750 kB are kept, says so, and still answers every page."""
    with serving_process(store_path, "--cache-mb", "1") as (base, proc):
        line = _wait_for_line(proc, b"rendering ahead")
        left, total = map(int, re.search(rb"\((\d+) left of (\d+)\)", line).groups())
        assert line.startswith(b"rendering ahead stopped: the cache is three quarters full")
        assert total == 3 * len(_resources(store_path)) and 0 < left < total
        iri = _resources(store_path)[-1]
        status, _, body = _get_timed(base + path_of_iri(BASE, iri))
        assert status == 200 and body == Renderer(open_source({"store": str(store_path)})).run(("page", iri, "sv"))[2]
