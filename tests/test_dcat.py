"""The dataset's DCAT-AP-SE description against the official DCAT-AP 3.0.1 SHACL shapes, and the
store that remembers its base IRI, title and publisher."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode
from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF

from esfgraph.errors import EsfGraphError
from esfgraph.graph.build import build_graph, remove_records
from esfgraph.graph.publish.dcat import validate_dcat
from esfgraph.graph.settings import read_settings
from esfgraph.graph.store import open_store

# SEMIC's official shapes, copied unchanged with their source and licence: data/dcat-ap-3.0.1/.
_OFFICIAL = Path(__file__).resolve().parent / "data" / "dcat-ap-3.0.1"


@pytest.fixture(scope="module")
def store(tmp_path_factory, examples):
    path = tmp_path_factory.mktemp("dcat") / "store"
    s = open_store(path, create=True)
    build_graph([str(examples)], s, base="https://data.example.se/esf/", publisher="Exempelmyndigheten",
                report_path=path.with_name("r.json"))
    return s


@pytest.mark.parametrize("files", [["dcat-ap-SHACL.ttl"], ["shapes.ttl", "range.ttl"]])
def test_the_description_passes_the_official_shapes(store, files):
    report = validate_dcat(store, read_settings(store), [_OFFICIAL / f for f in files])
    assert report.conforms and report.violations == [], report.violations


def test_the_official_shapes_find_what_they_should(store):
    """The shapes are not a formality: a description without its licence's class fails them."""
    from esfgraph.graph.publish.dcat import dcat_graph
    from esfgraph.graph.validate import read_shapes, validate_graph
    g = dcat_graph(store, read_settings(store))
    g.remove((None, RDF.type, DCTERMS.LicenseDocument))
    report = validate_graph(g, read_shapes([_OFFICIAL / "dcat-ap-SHACL.ttl"]), Graph())
    assert not report.conforms
    assert {v.path for v in report.violations} == {str(DCTERMS.license)}


def test_shapes_that_refer_to_missing_shapes_are_one_error_line(store, cli, tmp_path, examples):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                      "<urn:x:S> a sh:NodeShape ; sh:targetClass <http://www.w3.org/ns/dcat#Dataset> ;\n"
                      "  sh:property <urn:x:undefined> .\n", encoding="utf-8")
    with pytest.raises(EsfGraphError, match="not complete SHACL"):
        validate_dcat(store, read_settings(store), [broken])
    cli("build", examples / "24_903_S01.txt", "--store", tmp_path / "s", "--publisher", "Exempelmyndigheten")
    result = cli("validate", "--dcat", "--store", tmp_path / "s", "--shapes", broken)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.startswith("Error: the shapes are not complete SHACL") and result.output.count("\n") == 1
    both = cli("validate", "--dcat", "--store", tmp_path / "s", "--shapes", _OFFICIAL / "shapes.ttl",
               "--shapes", _OFFICIAL / "range.ttl")
    assert both.exit_code == 0 and "conforms" in both.output


def test_the_required_fields_without_the_official_shapes(store, cli, tmp_path, examples):
    assert validate_dcat(store, read_settings(store)).conforms
    bare = open_store(tmp_path / "bare", create=True)
    build_graph([str(examples / "24_903_S01.txt")], bare, report_path=tmp_path / "r.json")
    report = validate_dcat(bare, read_settings(bare))
    assert not report.conforms
    assert any("--publisher" in v.message for v in report.violations)
    del bare
    result = cli("validate", "--dcat", "--store", tmp_path / "bare")
    assert result.exit_code == 1 and "publisher" in result.output


def test_the_store_remembers_its_base_and_refuses_another(store, examples):
    settings = read_settings(store)
    assert (settings.base, settings.publisher) == ("https://data.example.se/esf/", "Exempelmyndigheten")
    before = len(store)
    again = build_graph([str(examples)], store, report_path=None)  # no base given: the stored one
    assert again.loaded == 0 and len(store) == before
    with pytest.raises(EsfGraphError, match="one store holds one base IRI"):
        build_graph([str(examples)], store, base="https://w3id.org/esfgraph/id/")
    assert remove_records(store, ["24-903-S01"]) == []  # remove uses the stored base
    assert not store.contains_named_graph(NamedNode("https://data.example.se/esf/record/24-903-S01"))
