"""The one way the command line prints rows: a table, CSV, TSV or JSON, on stdout.

Every command that lists things takes `--format table|csv|tsv|json` through `format_option`
and prints through `emit`. Tables clip cells at WIDTH characters (with "…") and put line
breaks on one line; CSV and TSV keep every character; JSON is a list of objects with the
values as they are (numbers stay numbers). Lists in a cell are joined with ";" in the text
formats.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import click

__all__ = ["FORMATS", "WIDTH", "emit", "format_option", "render", "to_json"]

FORMATS = ("table", "csv", "tsv", "json")
WIDTH = 60  # characters a table cell shows


def format_option(*formats: str, default: str = "table", help: str = "output format"):
    """--format with the given choices (default: every format), as `fmt`."""
    return click.option("--format", "fmt", type=click.Choice(formats or FORMATS), default=default,
                        show_default=True, help=help)


def _plain(value: Any) -> Any:
    """A value as JSON holds it."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _text(value: Any, table: bool = False) -> str:
    """A value as the text formats show it: a table rounds floats to six decimals."""
    if value is None:
        return ""
    if isinstance(value, float) and table:
        return f"{value:.6f}"
    if isinstance(value, (list, tuple)):
        return ";".join(_text(v, table) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


def _cells(columns: Sequence[str], rows: Iterable[Mapping[str, Any]], table: bool = False
           ) -> list[list[str]]:
    return [[_text(r.get(c), table) for c in columns] for r in rows]


def to_json(value: Any) -> str:
    """Return any result (rows, a summary) as indented JSON."""
    return json.dumps(value, ensure_ascii=False, indent=1, default=_plain) + "\n"


# Tab-separated values as `cut`, `awk` and spreadsheet imports read them: one line a row, a value's
# tab, line break and backslash written as \t, \n (\r) and \\ (as PostgreSQL's text format does).
_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def render(columns: Sequence[str], rows: Iterable[Mapping[str, Any]], fmt: str = "table") -> str:
    """Return the rows (mappings from column to value) in the format, `columns` in order."""
    rows = list(rows)
    if fmt == "json":
        return to_json([{c: _plain(r.get(c)) for c in columns} for r in rows])
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows(_cells(columns, rows))
        return buf.getvalue()
    if fmt == "tsv":  # a line a row: tabs, line breaks and backslashes in a value escaped
        return "".join("\t".join(c.translate(_TSV_ESCAPES) for c in row) + "\n"
                       for row in [list(columns), *_cells(columns, rows)])
    cells = [[c.replace("\n", " ") for c in row] for row in _cells(columns, rows, table=True)]
    cells = [[c if len(c) <= WIDTH else c[:WIDTH - 1] + "…" for c in row] for row in cells]
    widths = [max([len(n)] + [len(row[i]) for row in cells]) for i, n in enumerate(columns)]
    out = ["  ".join(n.ljust(w) for n, w in zip(columns, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def emit(columns: Sequence[str], rows: Iterable[Mapping[str, Any]], fmt: str = "table") -> None:
    """Print the rows on stdout in the format."""
    click.echo(render(columns, rows, fmt), nl=False)
