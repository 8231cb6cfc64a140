"""Spreadsheets as the real tools write them: .xlsx from openpyxl, and CSV as Excel saves it in
Sweden (`;`, CRLF, quoted fields with line breaks, Windows-1252 or UTF-8 with BOM, decimal commas,
`kr`)."""

import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from esfgraph.errors import RecordError
from esfgraph.extract.records import iter_records

HEADER = ["Diarienummer", "Namn", "Startdatum", "Slutdatum", "Projektägare",
          "Projektägare organisationsnummer", "Region", "Total projektbudget", "Beviljat ESF-stöd",
          "Unionens medfinansieringsgrad", "Programområde", "Specifikt mål", "Beskrivning"]
ROWS = [
    ["24-905-S01", "Från tabell – Växjö", "2024-01-01", "2025-06-30", "VÄXJÖ KOMMUN", "2120000662",
     "Småland och Öarna", "1 200 000,00 kr", "480 000 kr", "40,0 %", "A", "A1A",
     "Växjö kommun driver projektet.\r\nTillsammans med Region Kronoberg; \"Handslaget\"."],
    ["24-906-S01", "Nationellt stöd", "2024-02-01", "2026-01-31", "Stiftelsen Öppna dörrar", "",
     "ESF Nationellt", "2 500 000", "1 000 000", "40%", "C", "C1", "Ett stycke."],
]


def _check(records):
    first, second = records
    assert (first.id, first.name, first.line) == ("24-905-S01", "Från tabell – Växjö", 2)
    v = first.values
    assert (v.start, v.end) == (dt.date(2024, 1, 1), dt.date(2025, 6, 30))
    assert (v.total_budget, v.granted, v.eu_cofinancing_rate) == (1200000, 480000, Decimal("0.4"))
    assert (v.region, v.esf_region, v.owner_orgnr) == ("Småland och Öarna", "Småland & Öarna", "212000-0662")
    assert first.text == "Växjö kommun driver projektet.\nTillsammans med Region Kronoberg; \"Handslaget\"."
    assert first.programme_period == "2021-2027" and first.layout == "spreadsheet"
    assert first.warnings == () and second.warnings == ()
    assert (second.id, second.values.esf_region, second.values.owner_orgnr) == (
        "24-906-S01", "ESF Nationellt", None)


def _excel_csv(rows, encoding: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_swedish_excel_csv(tmp_path, encoding):
    rows = [HEADER, *ROWS]
    f = tmp_path / "export.csv"
    f.write_bytes(_excel_csv(rows, encoding))
    _check(list(iter_records([str(f)])))


def test_xlsx_written_by_openpyxl(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in ROWS:
        cells = list(row)
        cells[2], cells[3] = dt.datetime.fromisoformat(cells[2]), dt.datetime.fromisoformat(cells[3])
        cells[5] = int(cells[5]) if cells[5] else None
        cells[9] = 0.4 if cells[9].startswith("40") else cells[9]  # a number with a percent format
        cells[12] = cells[12].replace("\r\n", "\n")
        sheet.append(cells)
    sheet.cell(2, 8).value, sheet.cell(3, 9).value = 1200000, 1000000.0  # numbers, as Excel keeps them
    notes = book.create_sheet("Anteckningar")
    notes.append(["Sammanställd av", "projektbanken"])
    f = tmp_path / "export.xlsx"
    book.save(f)
    _check(list(iter_records([str(f)])))


def test_a_spreadsheet_the_reader_cannot_place_is_one_clear_error(tmp_path):
    f = tmp_path / "other.csv"
    f.write_bytes(_excel_csv([["Artikel", "Pris", "Antal"], ["Stol", "100", "4"]], "utf-8"))
    (err,) = iter_records([str(f)])
    assert isinstance(err, RecordError) and err.line == 1
    assert "cannot read this spreadsheet: its header row ('Artikel', 'Pris', 'Antal')" in str(err)
    book = openpyxl.Workbook()
    book.active.append(["Artikel", "Pris"])
    book.save(tmp_path / "other.xlsx")
    (err,) = iter_records([str(tmp_path / "other.xlsx")])
    assert isinstance(err, RecordError) and "cannot read this spreadsheet" in str(err)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (err,) = iter_records([str(tmp_path / "broken.xlsx")])
    assert isinstance(err, RecordError) and "not a readable .xlsx workbook" in str(err)


def test_the_layout_comes_from_the_header_not_from_a_guess(tmp_path):
    # Commas in every description and no semicolon in the rows: a sniffer would guess ','.
    rows = [["Diarienummer", "Namn", "Projektägare", "Beskrivning"],
            ["24-907-S01", "Ett, två", "Ljungby kommun", "Text, med, kommatecken"]]
    f = tmp_path / "comma.csv"
    f.write_bytes(_excel_csv(rows, "utf-8"))
    (r,) = iter_records([str(f)])
    assert (r.id, r.name, r.text) == ("24-907-S01", "Ett, två", "Text, med, kommatecken")
