"""A real Virtuoso (Debian's virtuoso-opensource, started here on free localhost ports): push
with Digest authentication, incremental push and --sync, and every named query and the network
read on the server giving the same rows as on the embedded store."""

from __future__ import annotations

import shutil
import socket

import pytest

VIRTUOSO = shutil.which("virtuoso-t")
pytestmark = pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t is not installed "
                                "(Debian: apt-get install virtuoso-opensource-7-bin; .ci/run does)")
# The fixtures `virtuoso` (a Virtuoso for this module) and `pushed` (the examples built and
# pushed to it) are in conftest.py.


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _push(cli, store, base, *extra):
    return cli("push", "--store", store, "--endpoint", f"{base}/sparql",
               "--graph-store", f"{base}/sparql-graph-crud-auth", "--user", "dba",
               "--password", "dba", *extra)


def _rows(cli, *args) -> list[str]:
    result = cli("query", *args, "--format", "csv")
    assert result.exit_code == 0, result.output
    return sorted(result.stdout.splitlines())


def test_first_push_speaks_digest_and_sends_everything(pushed, virtuoso):
    from esfgraph.graph.endpoint import Endpoint
    _, store, output = pushed
    assert "sent 17 graphs" in output and "0 unchanged" in output  # 12 records, shared,
    # reference, ontology, statistics, the store's settings
    server = Endpoint(f"{virtuoso}/sparql")
    count = server.select("SELECT (COUNT(DISTINCT ?p) AS ?n) "
                          "WHERE { ?p a <https://w3id.org/esfgraph/ontology#Project> }")
    assert count == [{"n": "12"}]
    emails = server.select("SELECT ?e WHERE { ?c <https://schema.org/email> ?e }")
    assert emails == []  # personal data stays home


QUERIES = ["projects", "organisations", "partners", "participants", "collectives", "network-edges",
           "budget-by-region", "unknown-fields", "central-organisations"]


@pytest.mark.parametrize("name", QUERIES)
def test_named_queries_give_the_same_rows_on_the_server(cli, pushed, virtuoso, name):
    _, store, _ = pushed
    remote, local = _rows(cli, name, "--endpoint", f"{virtuoso}/sparql"), _rows(cli, name, "--store", store)
    assert set(remote) - set(local) == set() and set(local) - set(remote) == set()
    assert remote == local


@pytest.mark.parametrize("args", [["projects-of", "--param", "org=Skellefteå kommun"],
                                  ["projects-of", "--param", "org=202100-2114"],
                                  ["why", "--param", "project=2019/90027", "--param",
                                   "org=Skellefteå kommun"]])
def test_queries_with_parameters_on_the_server(cli, pushed, virtuoso, args):
    _, store, _ = pushed
    local = _rows(cli, *args, "--store", store)
    assert len(local) > 1
    assert _rows(cli, *args, "--endpoint", f"{virtuoso}/sparql") == local


def test_the_network_reads_the_server_as_the_store(cli, pushed, virtuoso):
    _, store, _ = pushed
    remote = cli("network", "rank", "--endpoint", f"{virtuoso}/sparql", "--top", "0", "--format", "csv")
    local = cli("network", "rank", "--store", store, "--top", "0", "--format", "csv")
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == local.stdout and len(local.stdout.splitlines()) > 40


def test_incremental_push_and_sync(cli, pushed, virtuoso):
    src, store, _ = pushed
    assert "sent 0 graphs" in _push(cli, store, virtuoso).output
    record = src / "2019_90027.txt"
    record.write_text(record.read_text(encoding="utf-8").replace(
        "Arbetsbryggan Skellefteå\n", "Arbetsbryggan Skellefteå 2.0\n"), encoding="utf-8")
    assert cli("build", "--store", store, "-q", "--jobs", "1", src).exit_code == 0
    again = _push(cli, store, virtuoso).output
    assert "sent 1 graphs" in again and "16 unchanged" in again  # a new name changes no statistic
    names = _rows(cli, "projects", "--endpoint", f"{virtuoso}/sparql")
    assert any("Arbetsbryggan Skellefteå 2.0" in row for row in names)
    (src / "2019_90041.txt").unlink()
    assert cli("build", "--store", store, "-q", "--jobs", "1", "--sync", src).exit_code == 0
    last = _push(cli, store, virtuoso, "--sync").output
    assert "1 deleted" in last
    assert len(_rows(cli, "projects", "--endpoint", f"{virtuoso}/sparql")) == 1 + 11
    assert _rows(cli, "projects", "--endpoint", f"{virtuoso}/sparql") == _rows(cli, "projects", "--store", store)


def test_basic_authentication_refused_is_one_clear_line(cli, pushed, virtuoso):
    src, store, _ = pushed
    record = src / "24_903_S01.txt"
    record.write_text(record.read_text(encoding="utf-8") + "\nEtt tillägg.\n", encoding="utf-8")
    assert cli("build", "--store", store, "-q", "--jobs", "1", src).exit_code == 0
    result = _push(cli, store, virtuoso, "--auth", "basic")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "HTTP 401 Unauthorized" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_unreachable_server_is_one_clear_line(cli, pushed):
    _, store, _ = pushed
    port = free_port()
    result = cli("query", "projects", "--endpoint", f"http://127.0.0.1:{port}/sparql")
    assert result.exit_code == 1 and result.output.startswith(f"Error: cannot reach http://127.0.0.1:{port}")


def test_chunked_upload_of_a_large_graph(pushed, virtuoso, monkeypatch):
    """A graph larger than a request is sent in pieces (PUT, then POSTs), its hash last."""
    from esfgraph.graph.endpoint import Endpoint
    from esfgraph.graph.publish import push as push_module
    from esfgraph.graph.store import open_store
    _, store_path, _ = pushed
    monkeypatch.setattr(push_module, "CHUNK_TRIPLES", 50)
    server = Endpoint(f"{virtuoso}/sparql", graph_store=f"{virtuoso}/sparql-graph-crud-auth",
                      user="dba", password="dba")
    for graph in ("https://w3id.org/esfgraph/id/record/2019-90014",):
        server.delete_graph(graph)
    store = open_store(store_path, read_only=True)
    summary = push_module.push(store, server)
    assert summary.sent >= 1 and summary.requests > summary.sent + 2
    size = server.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH "
                         "<https://w3id.org/esfgraph/id/record/2019-90014> { ?s ?p ?o } }")
    local = sum(1 for _ in store.quads_for_pattern(
        None, None, None, __import__("pyoxigraph").NamedNode("https://w3id.org/esfgraph/id/record/2019-90014")))
    assert int(size[0]["n"]) == local
    assert push_module.push(store, server).sent == 0  # its hash arrived last
