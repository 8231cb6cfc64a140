"""Project-bank records: files, folders and globs in; typed `Record`s (or `RecordError`s) out.

The header's Swedish keys and value types live in keys.py and values.py, the typed Record in
record.py; the formats in text.py (the project bank's text) and spreadsheet.py (its CSV export);
which files to read, and in which encoding, in files.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from esfgraph.errors import RecordError
from esfgraph.extract.records.files import expand_paths, open_text
from esfgraph.extract.records.keys import ESF_REGIONS, HEADER_KEYS, PROGRAMME_PERIODS
from esfgraph.extract.records.record import Field, Record, Values
from esfgraph.extract.records.spreadsheet import parse_csv
from esfgraph.extract.records.text import parse_lines, parse_text

__all__ = ["Field", "Record", "Values", "iter_records", "read_record", "parse_text", "count_records",
           "HEADER_KEYS", "ESF_REGIONS", "PROGRAMME_PERIODS"]


def iter_records(paths: list[str] | tuple[str, ...]) -> Iterator[Record | RecordError]:
    """Yield every record in the given files, folders and globs, and a RecordError for each bad one.

    Files are streamed: memory does not grow with the size of a file.
    """
    for p in expand_paths(paths):
        if isinstance(p, RecordError):
            yield p
            continue
        is_csv = p.suffix.lower() in (".csv", ".tsv")
        try:
            lines, encoding = open_text(p, csv_newlines=is_csv)
            if is_csv:
                yield from parse_csv(lines, str(p), encoding)
            else:
                yield from parse_lines(lines, str(p), encoding)
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

    Text files: lines that are `Diarienummer:`; CSV files: line ends outside quotes, less the
    header.
    """
    total = 0
    for p in expand_paths(paths):
        if isinstance(p, RecordError):
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
            total += data.count(b"Diarienummer:") or 1
    return total
