"""The machine-readable build report: every input record, loaded or skipped with file, line, reason.

One row per input record (or per file that could not be read at all):
`{"file", "line", "key", "id", "status", "warnings" | "reason"}`; status `loaded`, `unchanged`,
`duplicate` (a second copy of a key already read: not loaded, not merged; `reason` says which
fields differ), `skipped` (`reason`), `removed` (--sync), or `file` (a file none of whose records
could be read). Each warning is `{"file", "line", "field", "why"}`. Then the build's summary.
"""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from pathlib import Path

from esfgraph.errors import EsfGraphError

__all__ = ["ReportWriter"]


class ReportWriter:
    """Streams a JSON report (`{"records": [...], "summary": {...}}`) so memory stays flat.

    With no path it only counts; the CLI always gives one.
    """

    def __init__(self, path: str | Path | None):
        self.path = Path(path) if path else None
        self._fh = None
        self._first = True

    def __enter__(self) -> "ReportWriter":
        if self.path:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._fh = open(self.path, "w", encoding="utf-8")
                self._fh.write('{"records": [\n')
            except OSError as e:
                raise EsfGraphError(f"cannot write the report {self.path}: {e.strerror or e}",
                                    setting="report") from None
        return self

    def _write(self, row: dict) -> None:
        if self._fh is None:
            return
        try:
            self._fh.write(("" if self._first else ",\n") + json.dumps(row, ensure_ascii=False))
        except OSError as e:
            raise EsfGraphError(f"cannot write the report {self.path}: {e.strerror or e}",
                                setting="report") from None
        self._first = False

    def record(self, record, status: str, extra_warnings=()) -> None:
        """Note a record that was read: `loaded` or `unchanged`, with its warnings (Notes)."""
        self._write({"file": record.path, "line": record.line, "key": record.key, "id": record.id,
                     "status": status,
                     "warnings": [n.as_dict() for n in (*record.warnings, *extra_warnings)]})

    def skipped(self, path: str, line: int | None, key: str | None, reason: str,
                status: str = "skipped") -> None:
        """Note an input that is not in the graph, and why (status `skipped` or `duplicate`)."""
        self._write({"file": path, "line": line, "key": key, "id": key, "status": status,
                     "reason": reason})

    def file_error(self, path: str, reason: str) -> None:
        """Note a file none of whose records could be read."""
        self._write({"file": path, "line": None, "key": None, "id": None, "status": "file",
                     "reason": reason})

    def removed(self, key: str) -> None:
        """Note a record retracted because its source is gone (`build --sync`)."""
        self._write({"file": None, "line": None, "key": key, "id": key, "status": "removed"})

    def summary(self, summary) -> None:
        """Close the record list with the build's summary."""
        if self._fh is None:
            return
        data = asdict(summary) if is_dataclass(summary) else dict(summary)
        self._fh.write("\n],\n\"summary\": " + json.dumps(data, ensure_ascii=False, indent=1) + "}\n")

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            self._fh.close()
