"""The project bank's records as spreadsheets: `.xlsx` workbooks (read with openpyxl) and CSV as
Excel writes it (in Sweden: `;`, CRLF, quoted fields with line breaks, Windows-1252 or UTF-8
with BOM, decimal commas, `kr`). One row a record; the columns are the header keys of the text
format, plus a description column. Read row by row, never whole.

The delimiter is read from the header row: the one that splits it into the most column names
esfgraph knows. A header row that names no known column is one clear error for the file.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
from itertools import chain
from typing import Iterable, Iterator

from esfgraph.errors import RecordError
from esfgraph.extract.records.keys import DESCRIPTION_KEYS, KEYS, norm_key
from esfgraph.extract.records.record import Field, Note, Record
from esfgraph.extract.records.typed import typed_record

__all__ = ["parse_csv", "parse_xlsx", "place_header"]

_DELIMITERS = (";", "\t", ",")


def _known(header: list[str]) -> int:
    return sum(1 for h in header if norm_key(h) in KEYS or norm_key(h) in DESCRIPTION_KEYS)


def place_header(cells: list[str], path: str, line: int = 1) -> list[str]:
    """Return the header row's column names, or raise RecordError when it names no known column."""
    header = [str(c or "").strip().lstrip("\ufeff") for c in cells]
    if _known(header) < 2:
        shown = ", ".join(repr(h) for h in header[:4] if h) or "nothing"
        raise RecordError(path, line, f"cannot read this spreadsheet: its header row ({shown}) names "
                                      "no project-bank columns such as Diarienummer, Namn, Projektägare")
    return header


def parse_csv(lines: Iterable[str], path: str, encoding: str = "utf-8",
              problems: list | None = None) -> Iterator[Record | RecordError]:
    """Yield a Record (or RecordError) per row of CSV lines (each with its line end)."""
    it = iter(lines)
    first = next(it, None)
    if first is None or not first.strip():
        yield RecordError(path, 1, "CSV file has no header row")
        return
    delimiter = max(_DELIMITERS, key=lambda d: _known(next(csv.reader([first], delimiter=d))))
    header = place_header(next(csv.reader([first], delimiter=delimiter)), path)
    reader = csv.reader(chain([first], it), delimiter=delimiter, quotechar='"', doublequote=True)
    next(reader)
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield RecordError(path, line, f"not CSV from here on ({e})")
            return
        if any(c.strip() for c in row):
            notes = [Note(path, n, None, why) for n, why in (problems or ()) if line <= n <= reader.line_num]
            yield _row(path, line, header, row, encoding, notes)
        line = reader.line_num + 1


def _cell(value) -> str:
    """Return an xlsx cell as the text the project bank would show."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat(" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).replace("_x000D_\n", "\n").replace("_x000D_", "\n").replace("\r\n", "\n")


def parse_xlsx(path: str) -> Iterator[Record | RecordError]:
    """Yield a Record (or RecordError) per row of every sheet of an .xlsx workbook."""
    import openpyxl  # only for workbooks

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # not a zip, not a workbook: the file cannot be read
        raise RecordError(path, None, f"not a readable .xlsx workbook ({type(e).__name__}: {e})") from None
    placed, first_error = False, None
    try:
        for n, sheet in enumerate(book.worksheets):
            where = path if n == 0 else f"{path}#{sheet.title}"
            rows = sheet.iter_rows(values_only=True)
            try:
                header = place_header(list(next(rows, None) or ()), where)
            except RecordError as e:
                first_error = first_error or e
                continue
            placed = True
            for line, cells in enumerate(rows, 2):
                row = [_cell(c) for c in cells]
                if any(c.strip() for c in row):
                    yield _row(where, line, header, row, "xlsx", [])
    finally:
        book.close()
    if not placed:
        raise first_error or RecordError(path, None, "the workbook has no sheets")


@functools.lru_cache(maxsize=16)
def _description_column(header: tuple[str, ...]) -> int | None:
    return next((i for i, h in enumerate(header) if norm_key(h) in DESCRIPTION_KEYS), None)


def _row(path, line, header, row, encoding, notes) -> Record | RecordError:
    if len(row) > len(header) and not any(c.strip() for c in row[len(header):]):
        row = row[:len(header)]  # Excel's trailing separators
    if len(row) != len(header):
        return RecordError(path, line, f"row has {len(row)} columns, the header has {len(header)}")
    desc = _description_column(tuple(header))
    fields = [Field(h, c.strip(), line) for i, (h, c) in enumerate(zip(header, row))
              if i != desc and (h or c.strip())]
    text = row[desc].replace("\r\n", "\n").strip() if desc is not None else ""
    try:
        return typed_record("spreadsheet", path, line, None, fields, text, line, "\x1f".join(row),
                            encoding, (), notes)
    except RecordError as e:
        return e
    except Exception as e:  # a bug must not cost the batch
        return RecordError(path, line, f"esfgraph could not read this record ({type(e).__name__}: {e})")
