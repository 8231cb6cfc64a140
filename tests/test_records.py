"""The project-bank record format: both programme periods, empty values, files of many records,
encodings, CSV; checked against the hand-read gold values of the five real seed records."""

import datetime as dt
from decimal import Decimal

import pytest

from esfgraph.errors import RecordError
from esfgraph.extract.records import iter_records, parse_text, read_record

SEED_FILES = ("000_5dfb7925248e5083.txt", "001_67fa331e7c4542f9.txt", "002_dde9cef45567f8b7.txt",
              "003_ae2c8022619f7637.txt", "004_04aedc8b3daa3281.txt")
# gold.json field -> Record.values attribute
FIELDS = {
    "planned_participants": "planned_participants", "participants": "participants",
    "total_budget_sek": "total_budget", "granted_esf_sek": "granted",
    "programme_area": "programme_area", "specific_objective": "specific_objective",
    "intervention_type": "intervention_type", "postcode": "postcode", "region": "region",
    "fund": "fund", "cci": "cci", "country": "country", "nuts2": "nuts2",
    "secondary_theme_child_poverty": "child_poverty_theme",
    "strategic_importance": "strategic_importance",
}


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_values_match_gold(name, seeds, gold):
    g = gold[name]
    r = read_record(seeds / name)
    assert r.id == g["diarienummer"]
    assert r.name == g["name"]
    assert r.programme_period == g["programme_period"]
    assert r.values.start == dt.date.fromisoformat(g["start"])
    assert r.values.end == dt.date.fromisoformat(g["end"])
    assert r.values.eu_cofinancing_rate == Decimal(str(g["eu_cofinancing_rate"]))
    for gk, attr in FIELDS.items():
        if gk in g:
            assert getattr(r.values, attr) == g[gk], gk
    if "contact" in g:
        assert r.values.contact_name == g["contact"]["name"]
        assert r.values.contact_email == g["contact"]["email"]
    if "owner" in g and "orgnr" in g["owner"]:
        digits = r.values.owner_orgnr.replace("-", "")
        assert digits == g["owner"]["orgnr"]
    assert set(r.empty) == set(g.get("empty_fields", []))
    assert r.unknown == () and r.warnings == ()


def test_absent_fields_are_absent(seeds):
    r = read_record(seeds / "004_04aedc8b3daa3281.txt")
    for attr in ("total_budget", "granted", "participants", "planned_participants"):
        assert getattr(r.values, attr) is None


RECORD = """{dnr} - {name}

Diarienummer:
{dnr}
Namn:
{name}
Startdatum:
2024-01-01
Slutdatum:
2025-12-31
Projektägare:
Ljungby kommun{extra}
Region:
Småland & Öarna

{text}
"""


def record(dnr="24-901-S01", name="Testprojekt", extra="", text="Beskrivning av projektet."):
    return RECORD.format(dnr=dnr, name=name, extra=extra, text=text)


def test_many_records_in_one_file_and_names_with_dashes():
    text = record(name="Vägen in - steg två") + "\n" + record("24-902-S01", text="Andra.\n\nMed stycken.")
    records = list(parse_text(text, "many.txt"))
    assert [r.id for r in records] == ["24-901-S01", "24-902-S01"]
    assert records[0].name == "Vägen in - steg två"
    assert records[0].text == "Beskrivning av projektet."
    assert records[1].text == "Andra.\n\nMed stycken."
    assert records[1].line == 18


def test_unknown_fields_are_kept_and_reported():
    r = next(parse_text(record(extra="\nKommun:\nLjungby\nWebbplats:\nhttps://example.se"), "u.txt"))
    assert [(f.key, f.value) for f in r.unknown] == [("Kommun", "Ljungby"), ("Webbplats", "https://example.se")]
    assert [str(n) for n in r.warnings] == [
        "u.txt:13: Kommun: unknown field kept as a source field",
        "u.txt:15: Webbplats: unknown field kept as a source field"]


def test_key_order_and_missing_keys_do_not_matter():
    text = ("24-903-S01 - Omvänd\n\nNamn:\nOmvänd\nProjektägare:\nRegion Kronoberg\n"
            "Diarienummer:\n24-903-S01\n\nText.")
    r = next(parse_text(text, "o.txt"))
    assert (r.id, r.name, r.values.owner) == ("24-903-S01", "Omvänd", "Region Kronoberg")


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),                 # UTF-8 with BOM
    lambda s: s.replace("\n", "\r\n").encode("utf-8"),             # CRLF
    lambda s: s.replace("\n", "\r\n").encode("cp1252"),            # Windows-1252
    lambda s: s.encode("latin-1"),
], ids=["utf8", "bom", "crlf", "cp1252", "latin1"])
def test_encodings_give_the_same_record(tmp_path, encode):
    f = tmp_path / "r.txt"
    f.write_bytes(encode(record(name="Växjö och Öland", text="Samverkan med Region Kronoberg.")))
    r = read_record(f)
    assert r.name == "Växjö och Öland"
    assert r.values.region == "Småland & Öarna"
    assert r.text == "Samverkan med Region Kronoberg."
    assert "\r" not in r.text


def test_double_encoded_text_is_an_error_not_mojibake(tmp_path):
    f = tmp_path / "m.txt"
    f.write_bytes(record(name="VÃ¤xjÃ¶").encode("utf-8"))
    with pytest.raises(RecordError, match=r"m.txt:1: text is double-encoded"):
        read_record(f)


def test_csv_reads_like_text(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text(
        "Diarienummer;Namn;Startdatum;Slutdatum;Projektägare;Total projektbudget;Region;Beskrivning\n"
        "24-905-S01;Från tabell;2024-01-01;2025-06-30;VÄXJÖ KOMMUN;1 200 000;Småland & Öarna;"
        "\"Tillsammans med Region Kronoberg.\"\n", encoding="utf-8")
    (r,) = list(iter_records([str(f)]))
    assert r.id == "24-905-S01" and r.line == 2
    assert r.values.total_budget == 1200000
    assert r.values.end == dt.date(2025, 6, 30)
    assert r.text == "Tillsammans med Region Kronoberg."


def test_folders_and_globs(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(record(), encoding="utf-8")
    (tmp_path / "two.txt").write_text(record("24-906-S01"), encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a record", encoding="utf-8")
    found = [r.id for r in iter_records([str(tmp_path)])]
    assert sorted(found) == ["24-901-S01", "24-906-S01"]
    found = [r.id for r in iter_records([str(tmp_path / "*.txt")])]
    assert found == ["24-906-S01"]
    (err,) = list(iter_records([str(tmp_path / "missing.txt")]))
    assert str(err) == f"{tmp_path / 'missing.txt'}: no such file or folder"


def test_csv_quotes_inside_a_later_description(tmp_path):
    header = "Diarienummer;Namn;Projektägare;Beskrivning\n"
    rows = [f'"24-9{i:02d}-S01";"Projekt {i}";"Ljungby kommun";"{"Text utan citat. " * 60}"\n'
            for i in range(5)]
    rows.append('"24-990-S01";"Sista";"Ljungby kommun";"Projektet ""Handslaget"" drivs vidare."\n')
    f = tmp_path / "quoted.csv"
    f.write_text(header + "".join(rows), encoding="utf-8")
    records = list(iter_records([str(f)]))
    assert [r.id for r in records][-1] == "24-990-S01"
    assert records[-1].text == 'Projektet "Handslaget" drivs vidare.'


def test_a_stray_byte_in_a_utf8_file_is_reported_where_it_is(tmp_path):
    f = tmp_path / "mixed.txt"
    good = record("24-991-S01").encode("utf-8")
    bad = record("24-992-S01", name="Väg").encode("utf-8").replace("Väg".encode(), b"V\xe4g")
    f.write_bytes(good + b"\n" * 70000 + bad)  # the first 64 KB are UTF-8
    first, second = iter_records([str(f)])
    assert first.id == "24-991-S01" and first.warnings == ()
    assert second.id == "24-992-S01" and second.name == "V\ufffdg"  # the rest decoded as it was
    at = [len(good) + 70000 + i for i, b in enumerate(bad) if b == 0xE4]
    assert [str(n) for n in second.warnings] == [
        f"{f}:{second.line + k}: byte E4 at byte offset {at[n]} is not UTF-8 text; read as U+FFFD"
        for n, k in enumerate((0, 5))]


def test_a_large_file_streams(tmp_path):
    f = tmp_path / "many.txt"
    with open(f, "w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(record(f"24-{i:03d}-S{i // 1000:02d}") + "\n")
    items = list(iter_records([str(f)]))
    assert len(items) == 3000 and all(r.text == "Beskrivning av projektet." for r in items)
    assert [r.line for r in items[:3]] == [1, 18, 35] and items[-1].line == 1 + 17 * 2999
