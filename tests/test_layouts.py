"""The project bank's three text layouts on the project's own fictional records (examples/layouts),
and one mutation per rule: what is kept as text with a warning, and the little that skips."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from esfgraph.errors import RecordError
from esfgraph.extract.records import iter_records, parse_text
from esfgraph.extract.records.regions import REGION_NUTS2

LAYOUTS = ("old_Fyrbaken-kompetens-i-skargarden.txt", "old_Ungdomsporten-Sydost-Forprojektering.txt",
           "Vagen-vidare-Sundsvall.txt", "2017-99024.txt", "25-991-S04.txt", "25-992-S11_v2.txt")


@pytest.fixture(scope="module")
def expected(examples):
    return json.loads((examples / "layouts" / "expected.json").read_text(encoding="utf-8"))["records"]


def _got(r) -> dict:
    v = r.values
    got = {**{k: (str(x) if isinstance(x, (dt.date, Decimal)) else x) for k, x in v.given().items()},
           "id": r.id, "key": r.key, "name": r.name, "programme_period": r.programme_period,
           "layout": r.programme_period, "form": r.layout, "sections": [h for h, _ in r.sections],
           "warning_fields": [n.field for n in r.warnings],
           "nuts2": v.nuts2 or REGION_NUTS2.get(v.esf_region or ""),
           "owner_orgnr": v.owner_orgnr.replace("-", "") if v.owner_orgnr else None}
    return got


@pytest.mark.parametrize("name", LAYOUTS)
def test_each_layout_reads_exactly(name, examples, expected):
    (r,) = iter_records([str(examples / "layouts" / name)])
    want = {k: x for k, x in expected[name].items()
            if k not in ("partners", "not_partners", "collectives", "note")}
    got = _got(r)
    assert {k: got.get(k) for k in want} == want


def test_a_glued_record_keeps_its_sections_and_has_no_contact_in_its_warnings(examples):
    (r,) = iter_records([str(examples / "layouts" / "old_Ungdomsporten-Sydost-Forprojektering.txt")])
    assert [h for h, _ in r.sections] == ["Sammanfattning", "Bakgrund"]
    assert r.text == "\n\n".join(t for _, t in r.sections) and "In English" not in r.text
    assert r.values.project_phase == "Förprojektering" and r.values.contact_phone == "070-174 06 42"
    assert [str(n).split(": ", 1)[1] for n in r.warnings] == [
        "Projektägare: 30 characters long: possibly cut short by the 2007–2013 pages"]


def test_the_derived_key_is_stable_and_ignores_the_spelling_of_the_region(examples):
    path = examples / "layouts" / "old_Fyrbaken-kompetens-i-skargarden.txt"
    text = path.read_text(encoding="utf-8")
    (a,) = parse_text(text)
    (b,) = parse_text(text.replace("ProjektägareNorrtälje kommun, Näringslivsenheten",
                                   "ProjektägareNorrtälje Kommun"))
    assert a.key == b.key == "ESF0713-f7c6242ef2b2" and a.id is None
    (c,) = parse_text(text.replace("2012-08-31", "2012-09-30"))
    assert c.key != a.key  # another period is another project


COLON = """24-901-S01 - Testprojekt

Diarienummer:
24-901-S01
Namn:
Testprojekt
Projektperiod:
2024-01-01 - 2025-12-31
Projektägare:
Ljungby kommun
Region:
Småland & Öarna
Total projektbudget:
1 200 000
Unionens medfinansieringsgrad:
40%
Planerat antal deltagare:
25

Beskrivning av projektet.
"""


def one(text):
    (r,) = parse_text(text, "t.txt")
    return r


@pytest.mark.parametrize("old,new,field,attr,raw,why", [
    ("1 200 000\n", "1,5 mkr\n", "Total projektbudget", "total_budget", "1,5 mkr", "not an amount in SEK"),
    ("1 200 000\n", "1.1\n", "Total projektbudget", "total_budget", "1.1", "has öre"),
    ("Småland & Öarna", "Skåne", "Region", "region", "Skåne", "is not a region of the project bank"),
    ("40%", "NaN", "Unionens medfinansieringsgrad", "eu_cofinancing_rate", "NaN", "is not a rate"),
    ("40%", "sNaN", "Unionens medfinansieringsgrad", "eu_cofinancing_rate", "sNaN", "is not a rate"),
    ("40%", "NaN%", "Unionens medfinansieringsgrad", "eu_cofinancing_rate", "NaN%", "is not a rate"),
    ("40%", "1e999999999", "Unionens medfinansieringsgrad", "eu_cofinancing_rate", "1e999999999",
     "is not a rate"),
    ("25\n", "²⁵\n", "Planerat antal deltagare", "planned_participants", "²⁵", "is not a whole number"),
    ("Region:\n", "NUTS-2 kod:\nSE99\nRegion:\n", "NUTS-2 kod", "nuts2", "SE99", "not a Swedish NUTS-2"),
    ("Region:\n", "Berörd fond:\nERUF\nRegion:\n", "Berörd fond", "fund", "ERUF", "not a fund"),
    ("Region:\n", "Projektägare organisationsnummer:\n2120000663\nRegion:\n",
     "Projektägare organisationsnummer", "owner_orgnr", "2120000663", "wrong check digit"),
    ("2024-01-01 - 2025-12-31", "1 januari 2024 - 2025", "Projektperiod", "start", "1 januari 2024 - 2025",
     "is not a period"),
])
def test_a_value_that_cannot_be_typed_is_kept_as_text_with_a_warning(old, new, field, attr, raw, why):
    r = one(COLON.replace(old, new, 1))
    assert getattr(r.values, attr) is None
    (u,) = r.untyped
    assert (u.key, u.value) == (field, raw)
    (n,) = r.warnings
    assert (n.file, n.line, n.field) == ("t.txt", u.line, field) and why in n.why
    assert r.id == "24-901-S01" and r.values.owner == "Ljungby kommun"


def test_a_start_after_the_period_s_end_is_a_warning_and_the_text_is_kept():
    r = one(COLON.replace("Projektperiod:", "Startdatum:\n2026-03-01\nProjektperiod:"))
    assert (r.values.start, r.values.end) == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    assert [(u.key, u.value) for u in r.untyped] == [("Startdatum", "2026-03-01")]
    r = one(COLON.replace("2024-01-01 - 2025-12-31", "2026-01-01 - 2025-12-31"))
    assert [n.why for n in r.warnings] == ["the project ends before it starts; both dates are kept"]


def test_a_second_value_is_reported_and_the_first_kept():
    r = one(COLON.replace("Region:\nSmåland & Öarna", "Region:\nSmåland & Öarna\nRegion:\nStockholm"))
    assert r.values.esf_region == "Småland & Öarna"
    assert [(u.key, u.value) for u in r.untyped] == [("Region", "Stockholm")]


def test_the_bank_s_region_spellings_and_the_national_level():
    for written, canonical in (("Småland och Öarna", "Småland & Öarna"), ("ESF Nationellt", "ESF Nationellt"),
                               ("ESF-nationellt", "ESF Nationellt"), ("Nationellt", "ESF Nationellt")):
        r = one(COLON.replace("Småland & Öarna", written))
        assert (r.values.region, r.values.esf_region, r.warnings) == (written, canonical, ())
    r = one(COLON.replace("Småland & Öarna", "ESF Nationellt").replace("Region:", "NUTS-2 kod:\nSE0\nRegion:"))
    assert (r.values.nuts2, r.warnings) == ("SE0", ())


def test_a_record_without_identifier_is_the_one_thing_skipped():
    text = COLON.replace("Diarienummer:\n24-901-S01\n", "").replace("24-901-S01 - Testprojekt", "2030 - Framtid")
    (err,) = parse_text(text, "t.txt")
    assert isinstance(err, RecordError) and err.line == 1 and "no identifier" in err.message
    assert one(COLON.replace("Diarienummer:\n24-901-S01\n", "Projektnummer:\n24-901-S01\n")).id == "24-901-S01"
    assert one(COLON.replace("Diarienummer:\n24-901-S01\n", "")).id == "24-901-S01"  # the title's
    assert one(COLON.replace("24-901-S01 - Testprojekt", "24-901-S01 -")).name == "Testprojekt"
    assert one(COLON.replace("24-901-S01 - Testprojekt", "24-901-S01")).name == "Testprojekt"
    diff = one(COLON.replace("Diarienummer:\n24-901-S01", "Diarienummer:\n24-901-S01\nProjektnummer:\n24-902-S01"))
    assert diff.id == "24-901-S01" and "differs from Diarienummer" in diff.warnings[0].why


def test_a_header_cut_short_loads_with_a_warning():
    r = one(COLON.split("Projektägare:")[0].rstrip("\n"))
    assert r.id == "24-901-S01" and r.values.start == dt.date(2024, 1, 1)
    assert any("cut short" in n.why for n in r.warnings) and any("Projektägare" in n.why for n in r.warnings)


def test_record_boundaries():
    two = COLON + "\n" + COLON.replace("24-901-S01", "24-902-S01")
    assert [r.id for r in parse_text(two)] == ["24-901-S01", "24-902-S01"]
    para = COLON.replace("Beskrivning av projektet.", "Inledning.\n\nRegionen växer.\n\nMer text.")
    (r,) = parse_text(para)  # a paragraph that begins with a key word starts no record
    assert r.text.endswith("Mer text.")


def test_contact_details_under_other_keys_are_personal_data():
    extra = ("E-postadress:\nanna.berg@example.se\nTelefon:\n070-123 45 67\n"
             "Kontaktperson 2:\nBo Ek\nÖvrigt:\nbo.ek@example.se\nWebbplats:\nhttps://example.se\n")
    r = one(COLON.replace("Region:", extra + "Region:"))
    assert (r.values.contact_email, r.values.contact_phone) == ("anna.berg@example.se", "070-123 45 67")
    assert [(f.key, f.value) for f in r.personal] == [("Kontaktperson 2", "Bo Ek"), ("Övrigt", "bo.ek@example.se")]
    assert [(f.key, f.value) for f in r.unknown] == [("Webbplats", "https://example.se")]
    assert not any("Bo Ek" in str(n) or "@" in str(n) for n in r.warnings)  # never quoted


def test_an_exception_inside_one_record_is_that_record_s_error(monkeypatch):
    from esfgraph.extract.records import text as text_module

    real, calls = text_module.typed_record, []

    def first_one_breaks(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise ZeroDivisionError("division by zero")
        return real(*args, **kwargs)
    monkeypatch.setattr(text_module, "typed_record", first_one_breaks)
    first, second = parse_text(COLON + "\n" + COLON.replace("24-901-S01", "24-902-S01"), "t.txt")
    assert isinstance(first, RecordError) and first.line == 1
    assert first.message == "esfgraph could not read this record (ZeroDivisionError: division by zero)"
    assert second.id == "24-902-S01"


def test_control_characters_are_kept_in_values():
    name = "Ett\x0bTvå\x0cTre\x1cFyra\x1dFem\x1eSex\x85Sju\u2028Åtta\u2029Nio"
    r = one(COLON.replace("Namn:\nTestprojekt", f"Namn:\n{name}"))
    assert r.name == name
