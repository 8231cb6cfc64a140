"""A server that is safe to run: no personal data, no CORS, no outbound request, a time limit and
a size limit per query, a query stopped when its client goes, localhost unless asked otherwise."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest

from .serving import examples_store, running_server

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
EMAILS = "SELECT ?e WHERE { GRAPH ?g { ?c <https://schema.org/email> ?e } }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, examples):
    return examples_store(tmp_path_factory, examples, "safety")


def _sparql(base: str, query: str, timeout: float = 60):
    req = urllib.request.Request(base + "/sparql?query=" + quote(query),
                                 headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def test_personal_data_only_when_asked(store_path):
    with running_server(store_path) as base:
        status, headers, body = _sparql(base, EMAILS)
        assert status == 200 and json.loads(body)["results"]["bindings"] == []
        assert "access-control-allow-origin" not in {k.lower() for k in headers}
    with running_server(store_path, "--include-personal-data", "--cors", "https://example.org") as base:
        status, _, body = _sparql(base, EMAILS)
        assert "karin.nordstrom@example.se" in body.decode()
        req = urllib.request.Request(base + "/project/2019-90014", headers={"Origin": "https://example.org"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.headers["access-control-allow-origin"] == "https://example.org"


def test_limits_and_federation(store_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(3)
    port = listener.getsockname()[1]
    calls = []

    def accept():
        try:
            calls.append(listener.accept())
        except OSError:
            pass
    thread = threading.Thread(target=accept)
    thread.start()
    with running_server(store_path, "--query-timeout", "2", "--query-workers", "1",
                        "--max-result-bytes", "5000") as base:
        status, _, body = _sparql(base, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> "
                                        "{ ?s ?p ?o } }")
        assert status == 400 and b"SERVICE" in body and b"--federation" in body
        t0 = time.monotonic()
        status, _, body = _sparql(base, CARTESIAN)
        assert status == 503 and b"time limit" in body and time.monotonic() - t0 < 20
        status, _, body = _sparql(base, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 400 and b"larger than" in body
    thread.join()
    assert calls == []  # no request left the server


def test_a_query_stops_when_its_client_goes(store_path):
    with running_server(store_path, "--query-timeout", "60", "--query-workers", "1") as base:
        # The one worker is free again long before the time limit.
        try:
            _sparql(base, CARTESIAN, timeout=0.5)
        except (TimeoutError, OSError):
            pass
        time.sleep(1.0)  # the server notices the client gone and replaces the worker
        t0 = time.monotonic()
        status, _, _ = _sparql(base, "ASK { ?s ?p ?o }")
        assert status == 200 and time.monotonic() - t0 < 10


def test_binding_beyond_localhost_is_a_choice(cli, store_path):
    result = cli("serve", "--store", store_path, "--host", "0.0.0.0")
    assert result.exit_code == 1
    assert result.output.startswith("Error: --host 0.0.0.0 lets other machines reach the server")
    assert "--allow-remote" in result.output


def test_workers_end_quietly_when_the_server_goes_without_a_word(store_path):
    """A page worker or a SPARQL worker whose server went (its pipe closed, no stop message)
    ends without a traceback on the server's terminal (exit code 0, not 1)."""
    import multiprocessing

    from esfgraph.graph.publish import pool, sparql
    ctx = multiprocessing.get_context("spawn")
    for target, args in ((sparql._worker, (str(store_path), False, 1000)), (pool._serve, ({"store": str(store_path)},))):
        parent, child = ctx.Pipe()
        p = ctx.Process(target=target, args=(child, *args))
        p.start()
        child.close()
        parent.close()
        p.join(60)
        assert p.exitcode == 0, target.__name__
