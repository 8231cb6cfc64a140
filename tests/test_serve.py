"""`esfgraph serve`: pages in a real browser, every IRI by content negotiation, a build seen by
the running server. The server is the real command on a free localhost port."""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
import urllib.request
from html import unescape
from urllib.parse import quote, urljoin

import pytest
import rdflib
from pyoxigraph import RdfFormat, Triple, serialize

from esfgraph.graph.build import build_graph
from esfgraph.graph.store import open_store

from .serving import dump_dom, examples_store, fetch, running_server, store_without_one_record

BASE = "https://w3id.org/esfgraph/id/"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, examples):
    return examples_store(tmp_path_factory, examples, "serve", publisher="Exempelmyndigheten")


@pytest.fixture(scope="module")
def server(store_path):
    with running_server(store_path) as base:
        yield base


def _links(dom: str) -> list[tuple[str, str]]:
    pattern = r'<a href="([^"]+)"[^>]*>([^<]+)</a>'
    return [(unescape(h), unescape(t)) for h, t in re.findall(pattern, dom)]


def test_browse_from_search_to_organisation_to_project(server, store_path, tmp_path):
    start = dump_dom(server + "/", tmp_path / "p")
    assert '<html lang="sv">' in start and re.search(r'<form role="search" action="/search"', start)
    # The search form, submitted as the browser submits it (GET, field q).
    results = dump_dom(server + "/search?q=" + quote("Umeå kommun"), tmp_path / "p")
    hits = [(h, t) for h, t in _links(results) if t == "Umeå kommun"]
    assert hits and hits[0][0] == "/org/212000-2627"
    org = dump_dom(urljoin(server, hits[0][0]), tmp_path / "p")
    assert "<h1>Umeå kommun</h1>" in org and "212000-2627" in org
    assert 'class="node ego"' in org  # the ego network is drawn
    projects = re.findall(r'<a href="(/project/[^"]+)">([^<]+)</a>', org)
    assert {t for _, t in projects} >= {"Kompetensbryggan Umeåregionen"}
    link = next(h for h, t in projects if t == "Kompetensbryggan Umeåregionen")
    page = dump_dom(urljoin(server, link), tmp_path / "p")
    store = open_store(store_path, read_only=True)
    rows = {r["name"].value: r["role"].value for r in store.query(
        "PREFIX esf: <https://w3id.org/esfgraph/ontology#> PREFIX schema: <https://schema.org/> "
        "SELECT ?name ?role WHERE { <" + BASE + "project/24-903-S01> esf:participation ?x . "
        "?x esf:organisation/schema:name ?name ; esf:role ?role }", use_default_graph_as_union=True)}
    shown = {unescape(name): role for role, name in re.findall(
        r'data-role="(\w+)" data-org="[^"]+"><td><a href="[^"]+">([^<]+)</a>', page)}
    assert shown == {n: r.rpartition("#")[2] for n, r in rows.items()}
    assert "<mark>Region Västerbotten</mark>" in page  # the partner's name in its sentence
    budget = next(iter(store.query("SELECT ?b WHERE { <" + BASE + "project/24-903-S01> "
                                   "<https://w3id.org/esfgraph/ontology#totalBudget> ?b }",
                                   use_default_graph_as_union=True)))["b"].value
    assert f'data-value="{budget}"' in page
    assert "karin.nordstrom" not in page


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
@pytest.mark.parametrize("path", ["project/24-903-S01", "org/212000-2627"])
def test_iris_answer_with_their_triples(server, store_path, accept, fmt, path):
    status, headers, body = fetch(f"{server}/{path}", accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    assert "Accept" in headers["Vary"] and 'rel="alternate"' in headers["Link"]
    assert "access-control-allow-origin" not in {k.lower() for k in headers}
    got = rdflib.Graph().parse(data=body, format=fmt, publicID=BASE)
    store = open_store(store_path, read_only=True)
    # The resource's triples and those of the nodes under its path, outside the personal graphs.
    iri = BASE + path
    triples = [Triple(r["s"], r["p"], r["o"]) for r in store.query(
        "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!STRENDS(STR(?g), '/personal')) "
        f"FILTER(?s = <{iri}> || STRSTARTS(STR(?s), '{iri}/')) }}")]
    want = rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    assert len(want) > 10 and set(got) == set(want)
    assert not list(got.triples((None, rdflib.URIRef("https://schema.org/contactPoint"), None)))


def test_format_links_and_not_found(server):
    status, headers, body = fetch(server + "/project/24-903-S01.ttl", "text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    status, _, body = fetch(server + "/project/24-903-S01?format=jsonld", "text/html")
    assert status == 200 and body.lstrip().startswith(b"{")
    status, _, body = fetch(server + "/project/no-such-thing")
    assert status == 404 and b"<h1>" in body
    status, _, body = fetch(server + "/project/24-903-S01", "image/png")
    assert status == 406
    status, headers, body = fetch(server + "/project/24-903-S01?lang=en")
    assert b'<html lang="en">' in body and b"Organisations in the project" in body


def test_a_build_beside_the_server_shows_on_the_next_request(tmp_path, examples):
    src, later, held = store_without_one_record(tmp_path, examples)
    with running_server(tmp_path / "store") as base:
        assert fetch(base + "/project/24-926-S02")[0] == 404
        later.write_bytes(held)
        writer = open_store(tmp_path / "store")  # the build holds the store while the server reads it
        summary = build_graph([str(src)], writer, report_path=tmp_path / "r.json")
        assert summary.loaded == 1
        del writer
        status, _, body = fetch(base + "/project/24-926-S02")
        assert status == 200 and b"24-926-S02" in body


def test_sparql_page_and_protocol(server):
    status, _, body = fetch(server + "/sparql?example=projects", "text/html")
    assert status == 200 and b"dcterms:identifier" in body and b"Projects" in body
    q = quote("SELECT ?p WHERE { ?p a <https://w3id.org/esfgraph/ontology#Project> } LIMIT 3")
    status, _, body = fetch(server + "/sparql?query=" + q, "text/html")
    assert status == 200 and body.count(b'<a href="/project/') == 3
    for accept in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                   "text/tab-separated-values"):
        status, headers, body = fetch(server + "/sparql?query=" + q, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
    req = urllib.request.Request(server + "/sparql", data=b"ASK { ?s ?p ?o }", method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert b"true" in urllib.request.urlopen(req, timeout=30).read()


def test_dataset_void_and_ontology(server):
    g = rdflib.Graph().parse(data=fetch(server + "/dataset", "text/turtle")[2], format="turtle")
    ds = rdflib.URIRef(BASE + "dataset")
    assert (ds, rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset")) in g
    assert not any(str(s).startswith("file:") for s in g.all_nodes())
    v = rdflib.Graph().parse(data=fetch(server + "/void.ttl")[2], format="turtle")
    assert int(v.value(ds, rdflib.URIRef("http://rdfs.org/ns/void#triples"))) > 1000
    status, _, body = fetch(server + "/ontology")
    assert status == 200 and b"esf:Project" in body
    onto = rdflib.Graph().parse(data=fetch(server + "/ontology", "text/turtle")[2], format="turtle")
    assert len(onto) > 100


def test_a_build_under_way_leaves_the_server_on_the_opening_before_it(tmp_path, examples):
    """A CLI build holds the store's writer lock; the server keeps answering from the store as
    it was, and shows the new data once the lock is gone."""
    from esfgraph.graph.store import writing
    src, later, held = store_without_one_record(tmp_path, examples)
    with running_server(tmp_path / "store") as base:
        assert fetch(base + "/project/24-903-S01")[0] == 200
        later.write_bytes(held)
        with writing(tmp_path / "store"):
            writer = open_store(tmp_path / "store")
            build_graph([str(src)], writer, report_path=tmp_path / "r.json")
            assert fetch(base + "/project/24-903-S01")[0] == 200  # still the opening before
            assert fetch(base + "/project/24-926-S02")[0] == 404
            del writer
        status, _, body = fetch(base + "/project/24-926-S02")
        assert status == 200 and b"24-926-S02" in body


def test_the_collaborators_are_drawn_on_a_ring_around_the_organisation():
    """The organisation at the centre, every collaborator at the same distance, a type's members
    side by side (the most shared projects first), whatever order the rows come in."""
    from esfgraph.graph.publish.ego import SIZE, ego_picture
    me = BASE + "org/me"
    rows = [{"p": BASE + f"project/{p}", "other": BASE + f"org/{o}", "name": o.title(), "type": t}
            for p, o, t in [("a", "me", "municipality"), ("a", "norrby", "municipality"),
                            ("a", "fonden", "agency"), ("b", "me", "municipality"),
                            ("b", "norrby", "municipality"), ("b", "verket", "agency"),
                            ("c", "me", "municipality"), ("c", "söderby", "municipality")]]
    picture = ego_picture(me, "Me", rows)
    assert picture == ego_picture(me, "Me", rows[::-1])
    at = {n["name"]: (n["x"], n["y"]) for n in picture["nodes"]}
    assert at["Me"] == (SIZE / 2, SIZE / 2)
    distance = {n: round(((x - SIZE / 2) ** 2 + (y - SIZE / 2) ** 2) ** 0.5) for n, (x, y) in at.items() if n != "Me"}
    assert len(set(distance.values())) == 1
    # From the top, clockwise: the municipalities (the larger group) then the agencies.
    clockwise = sorted(distance, key=lambda n: math.atan2(at[n][0] - SIZE / 2, SIZE / 2 - at[n][1]) % (2 * math.pi))
    assert clockwise == ["Norrby", "Söderby", "Fonden", "Verket"]
    assert [(c["name"], c["projects"]) for c in picture["collaborators"]] == \
        [("Norrby", 2), ("Fonden", 1), ("Söderby", 1), ("Verket", 1)]



def test_collaborators_of_one_name_are_drawn_the_same_in_every_process():
    """Two collaborators of one name are ordered by IRI, not by the order of a set of IRIs (str
    hashes differ between processes: two page workers drew one page two ways)."""
    script = ("from esfgraph.graph.publish.ego import ego_picture\n"
              "b = 'https://w3id.org/esfgraph/id/'\n"
              "rows = [{'p': b + 'project/a', 'other': b + 'org/' + o, 'name': o[:5].title(), 'type': 'agency'}\n"
              "        for o in ('me', 'verket1', 'verket2', 'verket3', 'verket4')]\n"
              "print([(n['iri'], n['x'], n['y']) for n in ego_picture(b + 'org/me', 'Me', rows)['nodes']])")
    drawn = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert len(drawn) == 1
    assert [iri.rsplit("/", 1)[1] for iri, _, _ in eval(drawn.pop())] == ["me", "verket1", "verket2", "verket3", "verket4"]

def test_an_organisation_page_is_the_same_when_what_is_kept_for_its_pages_is_full(store_path):
    """The projects and nodes kept for a generation's pages are emptied when full: a page read
    then is the page read with nothing kept (every organisation, two projects and five nodes
    kept at most)."""
    from esfgraph.graph.publish.orgpage import ProjectFacts, org_page
    from esfgraph.graph.publish.source import NodeQuads, open_source
    source = open_source({"store": str(store_path)})
    orgs = sorted(r["s"] for r in source.select(
        "SELECT ?s WHERE { ?s a <https://w3id.org/esfgraph/ontology#Organisation> }"))
    facts, nodes = ProjectFacts(source, limit=2), NodeQuads(source, limit=5)
    assert len(orgs) > 5
    for iri in orgs + orgs[::-1]:
        assert org_page(source, iri, nodes, facts) == org_page(source, iri), iri
