"""What a user can get wrong, and what can go wrong around a build: one `Error:` line each, never
a traceback, and the store stays whole."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from esfgraph.graph.store import being_written, open_store, writing


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, examples):
    path = tmp_path_factory.mktemp("hardening") / "store"
    proc = subprocess.run([sys.executable, "-m", "esfgraph", "build", "--store", str(path), "-q",
                           "--jobs", "1", str(examples)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return path


@pytest.mark.parametrize("args, message", [
    (["projects", "--param", "foo=bar"], "query 'projects' has no parameter 'foo' (it takes none)"),
    (["projects-of", "--param", "org=x", "--param", "foo=1"],
     "query 'projects-of' has no parameter 'foo' (it takes: org)"),
    (["projects", "--param", "a b=1"], "'a b' is not a parameter name"),
    (["why", "--param", "project=<not an iri>", "--param", "org=x"],
     "parameter 'project': '<not an iri>' is not an IRI"),
    (["SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"],
     "the query could not run"),
    (["PREFIX ex: <http://example.org/>\nINSERT DATA { ex:a ex:b ex:c }"],
     "that is a SPARQL Update: esfgraph query only reads the store"),
    (["SELECT ?x WHERE { ?x ?p ?o } LIMIT 1", "--param", "y=1"], "it has no variable ?y"),
    (["projects-of"], "query 'projects-of' needs the parameter 'org' (--param NAME=VALUE)"),
])
def test_query_mistakes_are_one_line(cli, store_path, args, message):
    result = cli("query", *args, "--store", store_path)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_path_that_names_nothing_is_an_error_and_makes_no_store(cli, tmp_path, examples):
    result = cli("build", "--store", tmp_path / "s", tmp_path / "nothere")
    assert result.exit_code == 1 and "no such file or folder (nothing to build)" in result.output
    assert not (tmp_path / "s").exists()
    result = cli("build", "--store", tmp_path / "s", examples, tmp_path / "nothere")
    assert result.exit_code == 1 and "1 of the paths name nothing" in result.output
    assert int(re.search(r"(\d+) loaded", result.output)[1]) >= 12  # the rest went on


def test_a_folder_of_other_files_is_not_made_a_store(cli, tmp_path, examples):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    result = cli("build", "--store", folder, examples)
    assert result.exit_code == 1
    assert "holds other files (notes.txt, ...) and is not a store" in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_readers_wait_for_a_writer(cli, store_path):
    """A query while a build holds the store's writer lock says so, instead of reading a store
    that is being written (undefined in RocksDB)."""
    with writing(store_path):
        assert being_written(store_path)
        result = cli("query", "projects", "--store", store_path)
        assert result.exit_code == 1
        assert "is being built or changed by another esfgraph process" in result.output
    assert not being_written(store_path)
    assert cli("query", "projects", "--store", store_path).exit_code == 0


def test_workers_end_when_a_killed_build_ends(tmp_path, synthetic_files):
    """kill -9 of a build leaves no worker processes behind, and the store opens after."""
    src = tmp_path / "src"
    src.mkdir()
    for f in synthetic_files:
        (src / f.name).write_bytes(f.read_bytes())
    store = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-m", "esfgraph", "build", "--store", str(store),
                             "-q", "--jobs", "2", str(src)], stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while not workers and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        out = subprocess.run(["ps", "--ppid", str(proc.pid), "-o", "pid="], capture_output=True,
                             text=True).stdout
        workers = [int(p) for p in out.split()]
    if proc.poll() is not None:
        pytest.skip("the build ended before its workers could be seen")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [w for w in workers if _alive(w)]
    assert alive == []
    del proc
    open_store(store, read_only=True)  # opens after the kill


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_validate_reads_a_long_value_in_seconds(cli, tmp_path, examples):
    """A pasted report of several MB in a description: validation builds rdflib's graph from
    the store's terms, not by parsing N-Triples again (quadratic in a literal's length)."""
    text = (examples / "24_903_S01.txt").read_text(encoding="utf-8")
    long = text.rstrip() + "\n" + "Projektet utvecklar metoder för arbetsmarknaden. " * 60_000 + "\n"
    (tmp_path / "long.txt").write_text(long, encoding="utf-8")
    assert cli("build", "--store", tmp_path / "s", "-q", tmp_path / "long.txt").exit_code == 0
    result = cli("validate", "--store", tmp_path / "s")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("conforms: ")


def test_export_mistakes_are_one_line_and_leave_no_cut_off_file(cli, store_path, tmp_path):
    result = cli("export", "--store", store_path, "--license", "not a url", "--output", tmp_path / "x.ttl")
    assert result.exit_code == 1
    assert result.output.startswith("Error: the licence 'not a url' is not an http(s) IRI")
    assert list(tmp_path.iterdir()) == []  # neither the export nor a cut-off .dcat.ttl
    result = cli("export", "--store", store_path, "--output", tmp_path / "missing" / "x.ttl")
    assert result.exit_code == 1
    assert "the folder" in result.output and "does not exist" in result.output
    result = cli("export", "--store", store_path, "--output", tmp_path / "x.ttl")
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.ttl", "x.ttl.dcat.ttl"]


def test_a_report_that_cannot_be_written_is_one_line(cli, tmp_path, examples):
    # /proc is a read-only file system for every user, root included.
    result = cli("build", "--store", tmp_path / "s", "--report", "/proc/esfgraph/r.json", examples)
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot write the report /proc/esfgraph/r.json")
    assert "(--report)" in result.output and "Traceback" not in result.output
