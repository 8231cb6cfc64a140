"""How a build moves records: chunks to the worker processes and back, loads gathered in the
loader thread. However the work is split, the store and the report are the same."""

import json

import pytest

from esfgraph.errors import StoreError
from esfgraph.extract.records import Record, iter_records
from esfgraph.graph import build, workers
from esfgraph.graph import store as store_module
from esfgraph.graph.build import build_graph
from esfgraph.graph.store import open_store, stored_hashes

from .test_build import good


def _report(path):
    return sorted(map(json.dumps, json.loads(path.read_text(encoding="utf-8"))["records"]))


@pytest.mark.parametrize("max_quads", [1, 10**9], ids=["a chunk a load", "gathered while busy"])
def test_loads_in_the_loader_thread_give_the_same_graph_and_report(tmp_path, monkeypatch, examples,
                                                                   synthetic_files, max_quads):
    """The store loads in a thread of its own while the next chunk is read and mapped: one chunk
    a load, chunks gathered while a load runs, or all records in one load, the store and the
    report are the same."""
    src = [str(p) for p in synthetic_files[:30]] + [str(examples)]
    one = open_store(tmp_path / "one", create=True)
    s1 = build_graph(src, one, report_path=tmp_path / "one.json")
    monkeypatch.setattr(build, "CHUNK", 1)
    monkeypatch.setattr(store_module, "LOAD_QUADS", 1)
    monkeypatch.setattr(store_module, "MAX_QUADS", max_quads)
    monkeypatch.setattr(store_module, "FLUSH_RECORDS", 3)
    many = open_store(tmp_path / "many", create=True)
    s2 = build_graph(src, many, report_path=tmp_path / "many.json")
    assert s1.loaded == s2.loaded == 48
    assert set(one) == set(many)
    assert len(_report(tmp_path / "one.json")) == 48
    assert _report(tmp_path / "one.json") == _report(tmp_path / "many.json")


def test_a_failed_load_stops_the_build_and_reports_no_record_of_it(tmp_path, monkeypatch):
    """An error in the loader thread reaches the caller; the records of the load that failed and
    of those after it are not marked complete, and the next build loads them."""
    src = tmp_path / "src"
    src.mkdir()
    for i in range(6):
        (src / f"r{i}.txt").write_text(good(f"24-96{i}-S01", name=f"Projekt {i}"), encoding="utf-8")
    monkeypatch.setattr(build, "CHUNK", 2)
    monkeypatch.setattr(store_module, "LOAD_QUADS", 1)
    monkeypatch.setattr(store_module, "MAX_QUADS", 1)
    real = store_module.Loader._load
    calls = []

    def failing(self, records, nquads):
        calls.append(len(records))
        if len(calls) == 2:
            raise OSError("disk full")
        return real(self, records, nquads)

    monkeypatch.setattr(store_module.Loader, "_load", failing)
    store = open_store(tmp_path / "s", create=True)
    with pytest.raises(StoreError, match="the store could not be written: disk full"):
        build_graph([str(src)], store, report_path=tmp_path / "r.json")
    assert len(stored_hashes(store)) == 2  # the first load only
    monkeypatch.setattr(store_module.Loader, "_load", real)
    summary = build_graph([str(src)], store)
    assert (summary.loaded, summary.unchanged) == (4, 2)
    assert len(stored_hashes(store)) == 6


def test_workers_give_the_graph_and_report_of_one_process(tmp_path, monkeypatch, examples,
                                                          synthetic_files):
    """Two worker processes (each forked with the pipeline built before, one of them swapping in
    a fresh pipeline mid-build) write the graph and the report that one process writes."""
    src = [str(p) for p in synthetic_files[:40]] + [str(examples)]
    one = open_store(tmp_path / "one", create=True)
    s1 = build_graph(src, one, report_path=tmp_path / "one.json", jobs=1)
    monkeypatch.setattr(build, "CHUNK", 5)
    monkeypatch.setattr(workers, "FRESH_PIPELINE_EVERY", 3)
    two = open_store(tmp_path / "two", create=True)
    s2 = build_graph(src, two, report_path=tmp_path / "two.json", jobs=2)
    assert s1.loaded == s2.loaded == 58 and not s2.errors
    assert set(one) == set(two)
    assert _report(tmp_path / "one.json") == _report(tmp_path / "two.json")


def test_records_cross_to_the_workers_unchanged(tmp_path, examples, synthetic_files):
    """A record packed for a worker is the same record when unpacked: every value, field, note."""
    odd = good("24-953-S01", start="2024-02-30").replace("Region:", "Egen nyckel:\nett värde\nRegion:")
    (tmp_path / "odd.txt").write_text(odd, encoding="utf-8")
    records = [r for r in iter_records([str(examples), str(tmp_path), *map(str, synthetic_files)])
               if isinstance(r, Record)]
    assert len(records) > 130 and any(r.warnings for r in records)
    assert any(r.untyped for r in records) and any(r.unknown for r in records)
    for record in records:
        assert workers.unpack(workers.pack(record)) == record
