"""Building the store: bad input reported with file and line, idempotent and incremental rebuilds,
recovery from an interrupted build, a second writer, --sync and remove."""

import json
import subprocess
import sys

import pytest
from pyoxigraph import Store

from esfgraph.extract.organisations.resolve import resolve_name
from esfgraph.graph.build import build_graph, remove_records
from esfgraph.graph.iris import Iris
from esfgraph.graph.store import open_store, stored_hashes
from esfgraph.graph.vocab import ESF, SCHEMA

GOOD = """{dnr} - {name}

Diarienummer:
{dnr}
Namn:
{name}
Startdatum:
{start}
Slutdatum:
2025-12-31
Projektägare organisationsnummer:
{orgnr}
Projektägare:
VÄXJÖ KOMMUN
Region:
Småland & Öarna

Växjö kommun driver projektet tillsammans med Region Kronoberg.
"""


def good(dnr="24-950-S01", name="Bra projekt", start="2024-01-01", orgnr="2120000662"):
    return GOOD.format(dnr=dnr, name=name, start=start, orgnr=orgnr)


@pytest.fixture
def bad_batch(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a_good.txt").write_text(good(), encoding="utf-8")
    (d / "b_empty.txt").write_text("", encoding="utf-8")
    (d / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (d / "d_truncated.txt").write_text(good("24-951-S01").split("Region:")[0], encoding="utf-8")
    (d / "e_no_id.txt").write_text(good("24-952-S01").replace("Diarienummer:\n24-952-S01\n", "")
                                   .replace("24-952-S01 - ", ""), encoding="utf-8")
    (d / "f_bad_date.txt").write_text(good("24-953-S01", start="2024-02-30"), encoding="utf-8")
    (d / "g_bad_orgnr.txt").write_text(good("24-954-S01", orgnr="2120000663"), encoding="utf-8")
    (d / "h_dup.txt").write_text(good(name="Samma nummer, annat innehåll"), encoding="utf-8")
    return d


EXPECTED_SKIPS = {
    "b_empty.txt": (None, "empty file: no records"),
    "c_binary.txt": (None, "binary file (it contains NUL bytes), not project-bank text"),
    "e_no_id.txt": (1, "record has no identifier (no Diarienummer, no Projektnummer, no identifier "
                       "in the title)"),
}
# A value that cannot be typed is kept as text with a warning; the record loads.
EXPECTED_WARNINGS = {
    "d_truncated.txt": {"file": None, "line": 1, "field": None,
                        "why": "record ends inside its header or right after it (cut short?); "
                               "the fields there are kept"},
    "f_bad_date.txt": {"line": 8, "field": "Startdatum",
                       "why": "'2024-02-30' is not a real date (day is out of range for month); "
                              "kept as text"},
    "g_bad_orgnr.txt": {"line": 12, "field": "Projektägare organisationsnummer",
                        "why": "organisation number '2120000663' has a wrong check digit (the Luhn "
                               "digit would be 2); kept as text"},
}


def test_bad_input_is_reported_with_file_and_line_and_the_rest_loads(tmp_path, bad_batch, cli):
    report = tmp_path / "report.json"
    result = cli("build", "--store", tmp_path / "s", "--report", report, bad_batch)
    assert result.exit_code == 0
    rows = json.loads(report.read_text(encoding="utf-8"))["records"]
    by_file = {(r["file"].rsplit("/", 1)[-1], r["status"]): r for r in rows}
    assert by_file[("a_good.txt", "loaded")]["warnings"] == []
    for name, (line, reason) in EXPECTED_SKIPS.items():
        row = by_file[(name, "skipped")]
        assert (row["line"], row["reason"]) == (line, reason), name
        where = f"{bad_batch / name}:{line}" if line else f"{bad_batch / name}"
        assert f"skipped: {where}: {reason}\n" in result.stderr
    # a file none of whose records could be read says so
    assert by_file[("e_no_id.txt", "file")]["reason"] == "none of the 1 record(s) in this file could be read"
    for name, warning in EXPECTED_WARNINGS.items():
        row = by_file[(name, "loaded")]
        assert row["warnings"] == [{**warning, "file": str(bad_batch / name)}], name
        where = f"{bad_batch / name}:{warning['line']}"
        assert f"warning: {where}: " in result.stderr
    dup = by_file[("h_dup.txt", "duplicate")]
    assert dup["line"] == 1 and dup["key"] == "24-950-S01"
    assert dup["reason"] == (f"second copy of 24-950-S01 (first: {bad_batch / 'a_good.txt'}:1), "
                             "differing in name; reported, not loaded, not merged")
    assert len(rows) == 9  # every input is in the report
    assert "4 loaded" in result.stderr and "3 skipped" in result.stderr
    assert "1 duplicates" in result.stderr and "4 warnings" in result.stderr
    strict = cli("build", "--store", tmp_path / "s", "--report", report, "--strict", bad_batch)
    assert strict.exit_code == 1


def test_strict_fails_on_a_warning_alone(tmp_path, cli):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(good(orgnr="2120000663"), encoding="utf-8")
    assert cli("build", "--store", tmp_path / "s", tmp_path / "in").exit_code == 0
    strict = cli("build", "--store", tmp_path / "s2", "--strict", tmp_path / "in")
    assert strict.exit_code == 1 and "1 warnings" in strict.stderr


def quads(path):
    store = open_store(path)
    out = set(store)
    del store
    return out


def test_rebuild_is_idempotent_and_incremental(tmp_path, examples):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(5):
        (src / f"r{i}.txt").write_text(good(f"24-96{i}-S01", name=f"Projekt {i}"), encoding="utf-8")
    store = open_store(tmp_path / "s", create=True)
    first = build_graph([str(src), str(examples)], store)
    assert (first.loaded, first.unchanged) == (23, 0)
    before = set(store)
    again = build_graph([str(src), str(examples)], store)
    assert (again.loaded, again.unchanged) == (0, 23)
    assert set(store) == before
    (src / "r3.txt").write_text(good("24-963-S01", name="Nytt namn"), encoding="utf-8")
    changed = build_graph([str(src), str(examples)], store)
    assert (changed.loaded, changed.unchanged) == (1, 22)
    names = {q.object.value for q in store.quads_for_pattern(Iris().project("24-963-S01"), None, None)
             if q.predicate.value == "https://schema.org/name"}
    assert names == {"Nytt namn"}


def test_interrupted_build_is_completed_by_the_next(tmp_path, examples):
    store = open_store(tmp_path / "s", create=True)
    build_graph([str(examples)], store)
    complete = set(store)
    # A build killed after loading a record's triples but before marking it complete:
    g = Iris().record("24-903-S01")
    (hash_quad,) = list(store.quads_for_pattern(g, ESF.contentHash, None, g))
    store.remove(hash_quad)
    store.remove(next(iter(store.quads_for_pattern(None, ESF.partner, None, g))))
    summary = build_graph([str(examples)], store)
    assert (summary.loaded, summary.unchanged) == (1, 17)
    assert set(store) == complete


def test_a_second_writer_gets_a_clear_message(tmp_path, examples):
    path = tmp_path / "s"
    holder = Store(str(path))
    holder.flush()
    proc = subprocess.run([sys.executable, "-m", "esfgraph", "build", "--store", str(path), str(examples)],
                          capture_output=True, text=True, timeout=120)
    del holder
    assert proc.returncode == 1
    assert proc.stderr.strip().endswith(
        f"Error: store {path} is in use by another esfgraph process (a build or server); "
        "wait for it to finish, or use another store (--store)")


def test_sync_and_remove_retract_records_but_keep_shared_organisations(tmp_path, cli):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(good("24-970-S01"), encoding="utf-8")
    (src / "b.txt").write_text(good("24-971-S01"), encoding="utf-8")
    store = open_store(tmp_path / "s", create=True)
    build_graph([str(src)], store)
    (src / "b.txt").unlink()
    summary = build_graph([str(src)], store, sync=True)
    assert summary.removed == 1
    assert set(stored_hashes(store)) == {Iris().record("24-970-S01").value}
    kronoberg = Iris().org(resolve_name("Region Kronoberg"))  # by its organisation number
    shared = Iris().graph("shared")
    def names():
        return {q.object.value for q in store.quads_for_pattern(kronoberg, SCHEMA.name, None, None)}
    assert names() == {"Region Kronoberg"}  # one description, in the shared graph
    statistics = Iris().graph("statistics")
    assert {q.graph_name for q in store.quads_for_pattern(kronoberg, None, None, None)} == {
        shared, statistics}  # and its project count among the statistics
    def count():
        return [q.object.value for q in store.quads_for_pattern(kronoberg, ESF.projectCount, None, None)]
    assert count() == ["1"]  # the statistics follow the sync: one project left
    assert remove_records(store, ["24-970-S01", "99-999-S99"]) == ["99-999-S99"]
    assert stored_hashes(store) == {}
    assert names() == set()  # no record names it any more
    assert count() == []  # and the statistics follow the removal
    store = None  # closed: the command below opens it
    result = cli("remove", "--store", tmp_path / "s", "24-970-S01")
    assert result.exit_code == 1 and "not in the store: 24-970-S01" in result.stderr


def test_fresh_pipelines_mid_build_give_the_same_graph(tmp_path, monkeypatch, examples):
    """The build swaps in a fresh spaCy pipeline now and then (memory): the graph must not change."""
    from esfgraph.graph import build, workers

    plain = open_store(tmp_path / "plain", create=True)
    build_graph([str(examples)], plain)
    monkeypatch.setattr(build, "CHUNK", 1)
    monkeypatch.setattr(workers, "FRESH_PIPELINE_EVERY", 2)
    fresh = open_store(tmp_path / "fresh", create=True)
    build_graph([str(examples)], fresh)
    assert set(fresh) == set(plain)
    assert any(q.predicate == ESF.partner for q in fresh)


def test_what_the_build_loads_parses_back_strictly(tmp_path, examples):
    """The loader skips Oxigraph's IRI checks (its quads are esfgraph's own): a dump of the store
    must parse back with every check on, odd names and keys included."""
    from pyoxigraph import RdfFormat, parse

    src = tmp_path / "src"
    src.mkdir()
    odd = good("24-970-S01", name='Projekt "Ny väg" <2024> {test} | 100% \\ del').replace(
        "Region:", "Egen nyckel <x>:\nvärde med \"citat\" och \\ snedstreck\nRegion:")
    odd = odd.replace("tillsammans med Region Kronoberg.",
                      "tillsammans med Region Kronoberg, Café Ölands Vänner AB och Föreningen #1 & Co.")
    (src / "odd.txt").write_text(odd, encoding="utf-8")
    store = open_store(tmp_path / "s", create=True)
    summary = build_graph([str(src), str(examples)], store)
    assert summary.loaded == 19
    dump = tmp_path / "all.nq"
    with open(dump, "wb") as fh:
        store.dump(fh, format=RdfFormat.N_QUADS)
    reparsed = list(parse(path=str(dump), format=RdfFormat.N_QUADS))
    assert len(reparsed) == len(store)
