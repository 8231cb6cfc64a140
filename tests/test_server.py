"""The graph on a SPARQL server: a real Oxigraph server started by the test on localhost.
(`esfgraph serve` itself: tests/test_serve.py.)"""

import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from esfgraph.graph.build import build_graph
from esfgraph.graph.publish.push import Endpoint, push
from esfgraph.graph.store import open_store

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
COUNT_PROJECTS = ("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a "
                  "<https://w3id.org/esfgraph/ontology#Project> } }")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen) -> None:
    for _ in range(100):
        if proc.poll() is not None:
            raise RuntimeError(proc.stderr.read().decode())
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(url)


@pytest.fixture
def server(tmp_path):
    """A read-write Oxigraph server on a free localhost port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/", proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def remote_count(base: str, query: str = COUNT_PROJECTS) -> int:
    return int(Endpoint(base + "/query").select(query)[0]["n"])


@pytest.mark.parametrize("protocol", ["graph-store", "update"])
def test_push_sends_only_what_changed(tmp_path, server, protocol, seeds):
    src = tmp_path / "src"
    shutil.copytree(seeds, src)
    store = open_store(tmp_path / "local", create=True)
    build_graph([str(src)], store)
    target = Endpoint(server + "/query", graph_store=server + "/store" if protocol == "graph-store" else None,
                      update=server + "/update" if protocol == "update" else None)
    first = push(store, target)
    assert first.sent == 10 and first.unchanged == 0  # 5 records, the shared descriptions, ontology,
    # reference data, statistics, the store's settings
    assert remote_count(server) == 5
    assert push(store, target).sent == 0
    record = src / "001_67fa331e7c4542f9.txt"
    record.write_text(record.read_text(encoding="utf-8").replace("Smart Kompetens för Industrin\n",
                                                                 "Smart Kompetens\n"), encoding="utf-8")
    build_graph([str(src)], store)
    again = push(store, target)
    assert (again.sent, again.unchanged) == (1, 9)  # a new name changes no statistic
    names = Endpoint(server + "/query").select(
        "SELECT ?n WHERE { GRAPH ?g { ?p <https://w3id.org/esfgraph/ontology#diarienummer> '2018/00082' ; "
        "<https://schema.org/name> ?n } }")
    assert names == [{"n": "Smart Kompetens"}]
    emails = Endpoint(server + "/query").select("SELECT ?e WHERE { GRAPH ?g { ?c <https://schema.org/email> ?e } }")
    assert emails == []  # personal data stays home unless asked for
    (src / "000_5dfb7925248e5083.txt").unlink()
    build_graph([str(src)], store, sync=True)
    last = push(store, target, sync=True)
    assert (last.deleted, last.sent) == (1, 2)  # the record gone; the shared graph lost its owner,
    # the statistics a project
    assert remote_count(server) == 4


def test_push_reports_an_unreachable_server(tmp_path, seed_store_path, cli):
    port = free_port()
    result = cli("push", "--store", seed_store_path, "--endpoint", f"http://127.0.0.1:{port}/query",
                 "--graph-store", f"http://127.0.0.1:{port}/store")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot reach http://127.0.0.1:{port}/query")
