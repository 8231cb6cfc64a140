"""Shared fixtures: the real seed records, a real on-disk Oxigraph store, the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from esfgraph.cli import main
from esfgraph.extract.partners.mentions import build_pipeline
from esfgraph.graph.build import build_graph
from esfgraph.graph.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"


def gold_records() -> dict:
    """Return gold.json's records keyed by file name."""
    return json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))["records"]


@pytest.fixture(scope="session")
def gold() -> dict:
    return gold_records()


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory) -> Path:
    """A store on disk built once from the five seed records."""
    path = tmp_path_factory.mktemp("seeds") / "store"
    store = open_store(path, create=True)
    summary = build_graph([str(SEEDS)], store, report_path=path.with_name("report.json"))
    assert summary.loaded == 5 and summary.skipped == 0
    del store
    return path


@pytest.fixture
def cli():
    """Run the esfgraph command in-process; returns a function (args) -> click Result."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    return run


def query_json(cli, store: Path, query: str, **params) -> list[dict]:
    """Run `esfgraph query ... --format json` and return the rows as plain dicts."""
    args = ["query", query, "--store", store, "--format", "json"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    result = cli(*args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
