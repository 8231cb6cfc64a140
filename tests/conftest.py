"""Fixtures: the real seed records (from ../shared, skipped where absent), the project's own
fictional examples and synthetic records, a real on-disk Oxigraph store, the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from esfgraph.cli import main
from esfgraph.extract.partners.mentions import build_pipeline
from esfgraph.graph.build import build_graph
from esfgraph.graph.store import open_store

_ROOT = Path(__file__).resolve().parents[1]
_SHARED = _ROOT.parent / "shared"
_DATA = Path(__file__).resolve().parent / "data"


def _shared(path: str) -> Path:
    """Return a path inside ../shared, or skip the test with a message saying what is missing."""
    found = _SHARED / path
    if not found.exists():
        pytest.skip(f"../shared/{path} is absent: this test reads real material from a checkout "
                    "of shared beside the project")
    return found


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The folder of the five real seed records (../shared/seeds)."""
    return _shared("seeds")


@pytest.fixture(scope="session")
def gold(seeds) -> dict:
    """gold.json's records keyed by file name: the seeds' content read by hand."""
    return json.loads((seeds / "gold.json").read_text(encoding="utf-8"))["records"]


@pytest.fixture(scope="session")
def realdata() -> Path:
    """../shared/realdata: real records and annotated real passages."""
    return _shared("realdata")


@pytest.fixture(scope="session")
def examples() -> Path:
    """The project's own fictional records (examples/)."""
    return _ROOT / "examples"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: the hand-written gold passages and the synthetic records."""
    return _DATA


@pytest.fixture(scope="session")
def synthetic_files() -> list[Path]:
    """120 synthetic records, one a file (tests/data/synthetic, made by bench/synth.py)."""
    return sorted((_DATA / "synthetic").glob("*.txt"))


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory, seeds) -> Path:
    """A store on disk built once from the five seed records."""
    path = tmp_path_factory.mktemp("seeds") / "store"
    store = open_store(path, create=True)
    summary = build_graph([str(seeds)], store, report_path=path.with_name("report.json"))
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


@pytest.fixture
def query_rows(cli):
    """Run `esfgraph query NAME --store S --format json --param k=v ...`; return plain dict rows."""

    def run(store: Path, query: str, **params) -> list[dict]:
        args = ["query", query, "--store", store, "--format", "json"]
        for k, v in params.items():
            args += ["--param", f"{k}={v}"]
        result = cli(*args)
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    return run
