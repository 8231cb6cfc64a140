"""Project-bank records: files, folders and globs in; typed `Record`s (or `RecordError`s) out.

The header's keys and value types live in keys.py and values.py, regions in regions.py,
programme periods and codes in programmes.py; the typed Record in record.py, typing in typed.py;
the text layouts in layouts.py and text.py, spreadsheets (.xlsx, CSV) in spreadsheet.py; which
files to read, and in which encoding, in files.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from esfgraph.errors import RecordError
from esfgraph.extract.records.files import expand_paths, open_text
from esfgraph.extract.records.keys import HEADER_KEYS
from esfgraph.extract.records.programmes import PROGRAMME_PERIODS
from esfgraph.extract.records.record import Field, Note, Record, Untyped, Values
from esfgraph.extract.records.regions import ESF_REGIONS, NATIONAL
from esfgraph.extract.records.spreadsheet import parse_csv, parse_xlsx
from esfgraph.extract.records.text import parse_lines, parse_text

__all__ = ["Field", "Note", "Record", "Untyped", "Values", "iter_records", "read_record",
           "parse_text", "count_records", "HEADER_KEYS", "ESF_REGIONS", "NATIONAL",
           "PROGRAMME_PERIODS"]


def iter_records(paths: list[str] | tuple[str, ...]) -> Iterator[Record | RecordError]:
    """Yield every record in the given files, folders and globs, and a RecordError for each bad one.

    Files are streamed: memory does not grow with the size of a file.
    """
    for p in expand_paths(paths):
        if isinstance(p, RecordError):
            yield p
            continue
        found = False
        for item in _read_file(p):
            found = True
            yield item
        if not found:  # every input is in the report, a file of blank lines or a BOM too
            yield RecordError(str(p), None, "empty file: no records")


def _read_file(p: Path) -> Iterator[Record | RecordError]:
    suffix = p.suffix.lower()
    try:
        if suffix == ".xlsx":
            yield from parse_xlsx(str(p))
            return
        is_csv = suffix in (".csv", ".tsv")
        lines, encoding, problems = open_text(p, csv_newlines=is_csv)
        if is_csv:
            yield from parse_csv(lines, str(p), encoding, problems)
        else:
            yield from parse_lines(lines, str(p), encoding, problems)
    except RecordError as e:  # the file cannot be read, or stops decoding midway
        yield e


def read_record(path: str | Path) -> Record:
    """Return the single record in `path`, raising its RecordError if it is bad."""
    for item in iter_records([str(path)]):
        if isinstance(item, RecordError):
            raise item
        return item
    raise RecordError(str(path), None, "no record found")


def count_records(paths: list[str] | tuple[str, ...]) -> int:
    """Return about how many records the paths hold, fast: for a progress bar, not for counting.

    Text files: `Diarienummer:` lines and 2007–2013 `In English` lines (at least one a file);
    CSV files: line ends outside quotes, less the header; a workbook counts one.
    """
    total = 0
    for p in expand_paths(paths):
        if isinstance(p, RecordError):
            continue
        if p.suffix.lower() == ".xlsx":
            total += 1
            continue
        with open(p, "rb") as fh:
            data = fh.read()
        if p.suffix.lower() in (".csv", ".tsv"):
            rows, inside = 0, False
            for line in data.split(b"\n"):
                inside ^= line.count(b'"') % 2 == 1
                rows += not inside and bool(line.strip())
            total += max(rows - 1, 0)
        else:
            total += (data.count(b"Diarienummer:") + data.count(b"\nIn English")) or 1
    return total
