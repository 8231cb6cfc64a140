"""Exports: every format parses back (rdflib) to the same triples, personal data stays out unless
asked for, and a DCAT-AP-SE description of the dataset is written beside the file."""

import json

import pytest
import rdflib
from rdflib.namespace import DCAT, DCTERMS

from esfgraph.graph.publish.export import export_graph
from esfgraph.graph.store import open_store

RDFLIB = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "nquads": "nquads", "trig": "trig"}


@pytest.fixture(scope="module")
def exports(seed_store_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    store = open_store(seed_store_path, read_only=True)
    files = {}
    for fmt in RDFLIB:
        path = out / f"graph.{fmt}"
        summary, data = export_graph(store, fmt, path)
        assert data is None and summary.statements > 400
        files[fmt] = path
    return files


def triples(path, fmt):
    if fmt in ("nquads", "trig"):
        ds = rdflib.Dataset()
        ds.parse(path, format=RDFLIB[fmt])
        return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    return set(rdflib.Graph().parse(path, format=RDFLIB[fmt]))


def test_every_format_round_trips_to_the_same_triples(exports):
    reference = triples(exports["ntriples"], "ntriples")
    assert len(reference) > 400
    for fmt, path in exports.items():
        assert triples(path, fmt) == reference, fmt


def test_jsonld_reads_like_plain_json(exports):
    doc = json.loads(exports["jsonld"].read_text(encoding="utf-8"))
    assert doc["@context"]["name"] == "schema:name"
    projects = [n for n in doc["@graph"] if n.get("type") == "Project"]
    assert len(projects) == 5
    p = next(n for n in projects if n["diarienummer"] == "2018/00082")
    assert p["name"] == "Smart Kompetens för Industrin"
    assert p["totalBudget"] == "101349479" and p["startDate"] == "2018-09-01"
    assert p["owner"] == "https://w3id.org/esfgraph/id/org/232100-0040"  # by its organisation number


def test_turtle_has_prefixes(exports):
    text = exports["turtle"].read_text(encoding="utf-8")
    assert "@prefix esf: <https://w3id.org/esfgraph/ontology#> ." in text
    assert "esf:diarienummer" in text


def test_personal_data_only_when_asked(seed_store_path, tmp_path, exports):
    for path in exports.values():
        text = path.read_text(encoding="utf-8")
        assert "ida.soderlund@fbregionen.se" not in text and "Ida Söderlund" not in text
    store = open_store(seed_store_path, read_only=True)
    export_graph(store, "turtle", tmp_path / "all.ttl", include_personal=True)
    assert "ida.soderlund@fbregionen.se" in (tmp_path / "all.ttl").read_text(encoding="utf-8")


def test_dcat_description_beside_the_export(exports):
    g = rdflib.Graph().parse(str(exports["turtle"]) + ".dcat.ttl", format="turtle")
    ds = rdflib.URIRef("https://w3id.org/esfgraph/id/dataset")  # under the base IRI, never file://
    assert (ds, rdflib.RDF.type, DCAT.Dataset) in g
    assert not any(str(n).startswith("file:") for n in g.all_nodes())
    assert {str(t) for t in g.objects(ds, DCTERMS.title)} == {
        "ESF-projekt, projektägare och samverkansparter", "ESF projects, their owners and partners"}
    assert g.value(ds, DCTERMS.license) is not None
    temporal = g.value(ds, DCTERMS.temporal)
    assert str(g.value(temporal, DCAT.startDate)) == "2018-09-01"
    assert str(g.value(temporal, DCAT.endDate)) == "2026-08-31"
    spatial = {str(s) for s in g.objects(ds, DCTERMS.spatial)}
    assert "http://data.europa.eu/nuts/code/SE33" in spatial
    dist = g.value(ds, DCAT.distribution)
    assert str(g.value(dist, DCAT.mediaType)).endswith("text/turtle")
    assert int(g.value(dist, DCAT.byteSize)) == exports["turtle"].stat().st_size


def test_export_to_stdout(cli, seed_store_path):
    result = cli("export", "--store", seed_store_path, "--format", "ntriples")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(set(result.stdout.splitlines())) > 400
