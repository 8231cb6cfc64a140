"""SHACL: the seeds conform; a planted violation is reported readably."""

import json

from pyoxigraph import Literal, Quad

from esfgraph.graph.iris import Iris
from esfgraph.graph.store import open_store
from esfgraph.graph.validate import validate_store
from esfgraph.graph.vocab import ESF, SCHEMA, XSD


def test_seeds_conform(cli, seed_store_path):
    result = cli("validate", "--store", seed_store_path)
    assert result.exit_code == 0
    assert result.stderr.startswith("conforms: ")
    assert result.stdout.endswith("(0 rows)\n")


def test_planted_violations_are_reported(cli, seed_store_path, tmp_path):
    import shutil
    path = tmp_path / "store"
    shutil.copytree(seed_store_path, path)
    store = open_store(path)
    iris = Iris()
    p, g = iris.project("2018/00082"), iris.record("2018/00082")
    store.add(Quad(p, ESF.euCofinancingRate, Literal("1.5", datatype=XSD.decimal), g))
    store.add(Quad(p, SCHEMA.endDate, Literal("2017-01-01", datatype=XSD.date), g))
    report = validate_store(store)
    del store
    assert not report.conforms
    found = {(v.focus, v.path.rsplit("#", 1)[-1].rsplit("/", 1)[-1]) for v in report.violations}
    assert (p.value, "euCofinancingRate") in found
    assert any(v.focus == p.value and "endDate" in v.path + v.message for v in report.violations)
    result = cli("validate", "--store", path)
    assert result.exit_code == 1
    assert result.stderr.startswith("does not conform: 4 violation(s)")
    rows = json.loads(cli("validate", "--store", path, "--format", "json").stdout)
    assert any({"severity": "Violation", "focus": p.value,
                "path": "https://w3id.org/esfgraph/ontology#euCofinancingRate"}.items() <= r.items()
               for r in rows)


def test_validation_in_small_chunks_still_sees_the_shared_descriptions(seed_store_path, monkeypatch):
    from esfgraph.graph import validate
    monkeypatch.setattr(validate, "CHUNK", 2)
    store = open_store(seed_store_path, read_only=True)
    report = validate.validate_store(store)
    assert report.conforms, report.violations
