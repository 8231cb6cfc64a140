"""`esfgraph serve --endpoint`: the pages and data read from a real Virtuoso holding what
`esfgraph push` sent (fixtures `virtuoso` and `pushed` in conftest.py), the same as those the
embedded store gives; /sparql forwarded read-only with the server's limits."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import quote

import pytest
import rdflib
from pyoxigraph import NamedNode, RdfFormat, serialize

from esfgraph.graph.endpoint import Endpoint
from esfgraph.graph.store import open_store

from .serving import get, running_server

PROJECT, ORG = "/project/24-903-S01", "/org/212000-2627"


@pytest.fixture(scope="module")
def servers(pushed, virtuoso):
    """Two servers: one on the embedded store, one on Virtuoso (--endpoint)."""
    _, store, _ = pushed
    with running_server(store) as local, running_server(None, "--endpoint", f"{virtuoso}/sparql",
                                                        "--max-result-bytes", "20000") as remote:
        yield local, remote


def _main(page: bytes) -> str:
    return page.decode("utf-8").split("<main>", 1)[1].split("</main>", 1)[0]


def _parties(page: str) -> dict[str, str]:
    return {unescape(name): role for role, name in re.findall(
        r'data-role="(\w+)" data-org="[^"]+"><td><a href="[^"]+">([^<]+)</a>', page)}


def test_a_project_page_shows_the_same_partners_evidence_and_figures(servers):
    local, remote = servers
    status, here = get(local + PROJECT)
    assert status == 200
    status, there = get(remote + PROJECT)
    assert status == 200
    here, there = _main(here), _main(there)
    assert _parties(there) == _parties(here)
    assert _parties(here)["Region Västerbotten"] == "PartnerRole"
    marks = re.findall(r"<mark>([^<]+)</mark>", here)
    assert "Region Västerbotten" in marks and re.findall(r"<mark>([^<]+)</mark>", there) == marks
    figures = re.findall(r'id="(budget|granted)" class="num" data-value="(\d+)"', here)
    assert len(figures) == 2 and re.findall(r'id="(budget|granted)" class="num" data-value="(\d+)"',
                                            there) == figures
    assert there == here  # and everything else on the page


def test_an_organisation_page_is_the_same(servers):
    local, remote = servers
    here, there = _main(get(local + ORG)[1]), _main(get(remote + ORG)[1])
    assert "<h1>Umeå kommun</h1>" in here and 'class="node ego"' in here
    projects = re.findall(r'<a href="(/project/[^"]+)">([^<]+)</a>', here)
    assert ("/project/24-903-S01", "Kompetensbryggan Umeåregionen") in projects
    assert re.findall(r'<a href="(/project/[^"]+)">([^<]+)</a>', there) == projects
    assert there == here


@pytest.mark.parametrize("path", ["/", "/search?q=kommun", "/period/2021-2027", "/esf-region/%C3%B6vre-norrland",
                                  "/ontology?lang=en", ORG + "/unit/fritidsf%C3%B6rvaltningen"])
def test_other_pages_are_the_same(servers, path):
    local, remote = servers
    status, here = get(local + path)
    assert status == 200 and get(remote + path) == (200, here)


@pytest.mark.parametrize("fmt", ["turtle", "json-ld", "nt", "xml"])
@pytest.mark.parametrize("path", [PROJECT, ORG])
def test_the_data_of_a_resource_is_the_same(servers, path, fmt):
    local, remote = servers
    media = {"turtle": "text/turtle", "json-ld": "application/ld+json", "nt": "application/n-triples",
             "xml": "application/rdf+xml"}[fmt]
    graphs = []
    for base in (local, remote):
        status, body = get(base + path, media)
        assert status == 200
        graphs.append(set(rdflib.Graph().parse(data=body, format=fmt)))
    assert len(graphs[0]) > 10 and graphs[0] == graphs[1]
    assert not any("email" in str(p) or "contactPoint" in str(p) for _, p, _ in graphs[1])


def _sparql(base: str, query: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    return get(f"{base}/sparql?query={quote(query)}", accept)


def test_sparql_is_forwarded_read_only_with_the_limits(servers, virtuoso):
    local, remote = servers
    projects = "SELECT ?p WHERE { ?p a <https://w3id.org/esfgraph/ontology#Project> } ORDER BY ?p"
    rows = [json.loads(_sparql(base, projects)[1])["results"]["bindings"] for base in (local, remote)]
    assert len(rows[0]) == 12 and rows[1] == rows[0]
    status, body = _sparql(remote, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 400 and b"only SPARQL 1.1 queries" in body
    status, body = _sparql(remote, f"SELECT * WHERE {{ SERVICE <{virtuoso}/sparql> {{ ?s ?p ?o }} }}")
    assert status == 400 and b"--federation" in body
    status, body = _sparql(remote, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 400 and b"larger than 20,000 bytes" in body
    status, page = get(f"{remote}/sparql?query={quote(projects)}")
    assert status == 200 and page.count(b'<a href="/project/') == 12  # the query page links the pages


def test_the_static_site_is_the_same_from_the_server(cli, pushed, virtuoso, tmp_path):
    _, store, _ = pushed
    here, there = tmp_path / "store-site", tmp_path / "server-site"
    assert cli("site", "--store", store, "--output", here).exit_code == 0
    result = cli("site", "--endpoint", f"{virtuoso}/sparql", "--output", there)
    assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(here) for p in here.rglob("*") if p.is_file())
    assert len(files) > 300 and files == sorted(p.relative_to(there) for p in there.rglob("*") if p.is_file())
    assert [f for f in files if (here / f).read_bytes() != (there / f).read_bytes()] == []


def test_a_server_holding_personal_data_gets_no_query(pushed, virtuoso):
    """Last in the module: a record's personal graph sent to the server."""
    _, store_path, _ = pushed
    store = open_store(store_path, read_only=True)
    personal = NamedNode("https://w3id.org/esfgraph/id/record/2019-90014/personal")
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, personal)]
    assert triples
    server = Endpoint(f"{virtuoso}/sparql", graph_store=f"{virtuoso}/sparql-graph-crud-auth",
                      user="dba", password="dba")
    server.put_graph(personal.value, serialize(triples, format=RdfFormat.N_TRIPLES))
    emails = "SELECT ?e WHERE { ?c <https://schema.org/email> ?e }"
    with running_server(None, "--endpoint", f"{virtuoso}/sparql") as remote:
        status, body = _sparql(remote, emails)
        assert status == 403 and b"--include-personal-data" in body
        status, page = get(remote + "/project/2019-90014")
        assert status == 200 and b"karin.nordstrom" not in page
        status, data = get(remote + "/project/2019-90014", "application/n-triples")
        assert status == 200 and b"karin.nordstrom" not in data and b"contactPoint" not in data
    with running_server(None, "--endpoint", f"{virtuoso}/sparql", "--include-personal-data") as remote:
        status, body = _sparql(remote, emails)
        assert status == 200 and b"karin.nordstrom@example.se" in body
