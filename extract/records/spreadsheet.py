"""The project bank's spreadsheet export as CSV: the same column names as the text format's keys,
plus a description column. Read row by row, never whole."""

from __future__ import annotations

import csv
from itertools import chain, islice
from typing import Iterable, Iterator

from esfgraph.errors import RecordError
from esfgraph.extract.records.keys import DESCRIPTION_KEYS, norm_key
from esfgraph.extract.records.record import Field, Record, typed_record

__all__ = ["parse_csv"]


def _dialect(sample: str):
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        sniffed = csv.excel

    class dialect(sniffed):  # the sniffer guesses doublequote=False when the sample has no ""
        doublequote = True
    return dialect


def parse_csv(lines: Iterable[str], path: str, encoding: str = "utf-8") -> Iterator[Record | RecordError]:
    """Yield a Record (or RecordError) per row of CSV lines (each with its line end)."""
    it = iter(lines)
    head = list(islice(it, 20))
    reader = csv.reader(chain(head, it), _dialect("".join(head)[:8192]))
    header = next(reader, None)
    if not header:
        yield RecordError(path, 1, "CSV file has no header row")
        return
    desc_col = next((i for i, h in enumerate(header) if norm_key(h) in DESCRIPTION_KEYS), None)
    line = reader.line_num + 1
    for row in reader:
        if any(c.strip() for c in row):
            yield _row(path, line, header, row, desc_col, encoding)
        line = reader.line_num + 1


def _row(path, line, header, row, desc_col, encoding) -> Record | RecordError:
    if len(row) != len(header):
        return RecordError(path, line, f"row has {len(row)} columns, the header has {len(header)}")
    fields = [Field(h.strip(), c.strip(), line) for i, (h, c) in enumerate(zip(header, row))
              if i != desc_col]
    description = row[desc_col].strip().replace("\r\n", "\n") if desc_col is not None else ""
    try:
        return typed_record(path, line, None, fields, description, line, "\x1f".join(row), encoding)
    except RecordError as e:
        return e
