"""The dataset's DCAT-AP-SE description against the official DCAT-AP 3.0.1 SHACL shapes, and the
store that remembers its base IRI, title and publisher."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from esfgraph.errors import EsfGraphError
from esfgraph.graph.build import build_graph, remove_records
from esfgraph.graph.publish.dcat import validate_dcat
from esfgraph.graph.settings import read_settings
from esfgraph.graph.store import open_store

# SEMIC's shapes (github.com/SEMICeu/DCAT-AP, releases/3.0.1/shacl/dcat-ap-SHACL.ttl, commit
# 7c531da7, July 2025) are not copied into the project: the test reads them from
# $ESFGRAPH_DCAT_AP_SHAPES or ../shared/dcat-ap/3.0.1/dcat-ap-SHACL.ttl, and skips where absent.
_SHARED = Path(__file__).resolve().parents[2] / "shared" / "dcat-ap" / "3.0.1" / "dcat-ap-SHACL.ttl"


def _official() -> str:
    path = Path(os.environ.get("ESFGRAPH_DCAT_AP_SHAPES") or _SHARED)
    if not path.exists():
        pytest.skip(f"the official DCAT-AP 3.0.1 shapes are absent ({path}; set ESFGRAPH_DCAT_AP_SHAPES)")
    return str(path)


@pytest.fixture(scope="module")
def store(tmp_path_factory, examples):
    path = tmp_path_factory.mktemp("dcat") / "store"
    s = open_store(path, create=True)
    build_graph([str(examples)], s, base="https://data.example.se/esf/", publisher="Exempelmyndigheten",
                report_path=path.with_name("r.json"))
    return s


def test_the_description_passes_the_official_shapes(store):
    settings = read_settings(store)
    report = validate_dcat(store, settings, [_official()])
    assert report.conforms, report.violations


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
