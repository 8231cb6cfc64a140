"""Fixtures: the real seed records (from ../shared, skipped where absent), the project's own
fictional examples and synthetic records, a real on-disk Oxigraph store, the real pipeline, a
real Virtuoso with the examples pushed to it (skipped where virtuoso-t is absent)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
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


@pytest.fixture(scope="module")
def seed_store(seed_store_path):
    """The seed records' store (built once a session), opened read-only."""
    return open_store(seed_store_path, read_only=True)


@pytest.fixture(scope="module")
def example_store(tmp_path_factory, examples):
    """(store, its folder) built from examples/ (one a test module)."""
    where = tmp_path_factory.mktemp("examples")
    store = open_store(where / "store", create=True)
    build_graph([str(examples)], store, report_path=where / "report.json")
    return store, where / "store"


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
def roles(nlp):
    """text -> {surface: role} of the mentions the pipeline finds in it."""
    from esfgraph.extract.partners.mentions import mentions_from_doc
    return lambda text: {m.surface: m.role for m in mentions_from_doc(nlp(text))}


@pytest.fixture(scope="session")
def found(nlp):
    """text -> {surface: (canonical name, role)} of the bodies and units found in it, as
    `esfgraph evaluate` scores them."""
    from esfgraph.extract.partners.evaluate import predicted_orgs
    from esfgraph.extract.partners.mentions import mentions_from_doc
    return lambda text: {o["surface"]: (o["canonical"], o["role"])
                         for o in predicted_orgs(mentions_from_doc(nlp(text)))}


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


_VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort = {sql}
DisableUnixSocket = 1
ServerThreads = 10
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {d}

[HTTPServer]
ServerPort = {http}
ServerRoot = {d}
ServerThreads = 10
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """The base URL of a Virtuoso started for the module's tests (user dba, password dba);
    skipped where virtuoso-t is not installed."""
    virtuoso_t = shutil.which("virtuoso-t")
    if virtuoso_t is None:
        pytest.skip("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource-7-bin; "
                    ".ci/run does)")
    d = tmp_path_factory.mktemp("virtuoso")
    http = _free_port()
    ini = _VIRTUOSO_INI.format(d=d, sql=_free_port(), http=http)
    (d / "virtuoso.ini").write_text(ini, encoding="utf-8")
    proc = subprocess.Popen([virtuoso_t, "-f", "-c", str(d / "virtuoso.ini")], cwd=d,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("Virtuoso did not start: " + (d / "virtuoso.log").read_text()[-500:])
            time.sleep(0.5)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def pushed(tmp_path_factory, virtuoso, examples):
    """The examples built into a store and pushed to Virtuoso."""
    src = tmp_path_factory.mktemp("src")
    for f in examples.glob("*.txt"):
        shutil.copy(f, src)
    store = src.parent / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["build", "--store", str(store), "-q", "--jobs", "1", str(src)]).exit_code == 0
    first = runner.invoke(main, ["push", "--store", str(store), "--endpoint", f"{virtuoso}/sparql",
                                 "--graph-store", f"{virtuoso}/sparql-graph-crud-auth",
                                 "--user", "dba", "--password", "dba"])
    assert first.exit_code == 0, first.output
    return src, store, first.output
