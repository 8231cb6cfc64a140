"""Every record the project bank has published loads with exactly the values read by hand
(../shared/realdata/records/records.json: 100 files, all three layouts), and a build of them
accounts for each file."""

import json

import pytest

from esfgraph.extract.records import iter_records
from esfgraph.graph.build import build_graph
from esfgraph.graph.store import open_store

FIELDS = ("id", "name", "owner", "region", "start", "end", "total_budget", "granted", "layout")
# The only warnings on the 100 files: an amount that is a page error, and owners that may be cut.
WARNINGS = {
    ("2020-00708.txt", 28, "Total projektbudget"),  # '1.1' (the Specifikt mål, pasted)
    ("23-063-S06.txt", 20, "Projektägare"),  # ... Kompetensutveckling Aktiebola
    ("old_ArbetSam.txt", 5, "Projektägare"), ("old_Kraft1.txt", 5, "Projektägare"),
    ("old_Ung-kraft.txt", 5, "Projektägare"),  # 30 characters, as the 2007-2013 pages cut them
}
DUPLICATES = {"2022-00072_v2.txt": "differing in programme_area, specific_objective",
              "22-017-S04_v2.txt": "identical copy of 22-017-S04",
              "22-044-S07_v2.txt": "differing in beneficiary_country, country, granted, participants, "
                                   "planned_participants, region, total_budget"}


@pytest.fixture(scope="module")
def records_dir(realdata):
    return realdata / "records"


@pytest.fixture(scope="module")
def gold(records_dir):
    return json.loads((records_dir / "records.json").read_text(encoding="utf-8"))["records"]


@pytest.fixture(scope="module")
def parsed(records_dir, gold):
    return {name: list(iter_records([str(records_dir / name)])) for name in gold}


def _values(r) -> dict:
    v = r.values
    return {"id": r.id, "name": r.name, "owner": v.owner, "region": v.region,
            "start": v.start and v.start.isoformat(), "end": v.end and v.end.isoformat(),
            "total_budget": v.total_budget, "granted": v.granted, "layout": r.programme_period}


def test_every_file_gives_one_record_with_exactly_the_values_read_by_hand(parsed, gold):
    wrong = {}
    for name, items in parsed.items():
        assert len(items) == 1 and not isinstance(items[0], Exception), (name, items)
        got = _values(items[0])
        diff = {k: (gold[name][k], got[k]) for k in FIELDS if gold[name][k] != got[k]}
        if diff:
            wrong[name] = diff
    assert wrong == {}
    assert len(parsed) == 100


def test_the_only_warnings_are_the_real_oddities(parsed):
    found = {(name, n.line, n.field) for name, (r,) in parsed.items() for n in r.warnings}
    assert found == WARNINGS
    (r,) = parsed["2020-00708.txt"]
    assert [(u.key, u.value) for u in r.untyped] == [("Total projektbudget", "1.1")]


def test_layouts_periods_and_the_2007_2013_keys(parsed):
    by_layout = {}
    for name, (r,) in parsed.items():
        by_layout.setdefault(r.layout, []).append(r)
    assert {k: len(v) for k, v in by_layout.items()} == {"glued": 44, "colon": 55, "page": 1}
    old = by_layout["glued"]
    assert all(r.key.startswith("ESF0713-") and r.id is None and r.programme_period == "2007-2013"
               for r in old)
    assert len({r.key for r in old}) == 44
    assert all(r.values.programme_area in ("1", "2") and r.values.project_phase for r in old)
    assert all([h for h, _ in r.sections][:1] == ["Sammanfattning"] and r.text for r in old)
    national = [r for (r,) in parsed.values() if r.values.esf_region == "ESF Nationellt"]
    assert len(national) == 20 and all(r.values.nuts2 in (None, "SE0") for r in national)


def test_a_build_of_every_file_accounts_for_each(tmp_path_factory, records_dir, gold, cli):
    path = tmp_path_factory.mktemp("real")
    store = open_store(path / "s", create=True)
    summary = build_graph([str(records_dir)], store, extract=False, report_path=path / "report.json")
    assert (summary.read, summary.loaded, summary.skipped, summary.duplicates) == (100, 97, 0, 3)
    assert summary.projects == 97
    rows = json.loads((path / "report.json").read_text(encoding="utf-8"))["records"]
    assert sorted(r["file"].rsplit("/", 1)[-1] for r in rows) == sorted(gold)
    for row in rows:
        name = row["file"].rsplit("/", 1)[-1]
        if name in DUPLICATES:
            assert row["status"] == "duplicate" and DUPLICATES[name] in row["reason"], row
        else:
            assert row["status"] == "loaded" and row["key"] in (gold[name]["id"], row["key"])
    del store
    listed = cli("query", "projects", "--store", path / "s", "--format", "json")
    got = {b["id"]["value"]: b for b in json.loads(listed.stdout)["results"]["bindings"]}
    assert len(got) == 97
    assert sum(1 for b in got.values() if b.get("region", {}).get("value") == "ESF Nationellt") == 18
    assert sum(1 for k in got if k.startswith("ESF0713-")) == 44
    skills = cli("query", "skills-since-2007", "--store", path / "s", "--format", "json")
    periods = {b["period"]["value"] for b in json.loads(skills.stdout)["results"]["bindings"]}
    assert periods == {"2007-2013", "2014-2020", "2021-2027"}
