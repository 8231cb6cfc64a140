"""The errors esfgraph reports to its users; anything else escaping is a bug.

Every floor may raise these (extract, graph, the command line). A message says what is wrong in
the library's terms; `setting` names the setting it is about ("base", "store", "publisher",
...), so the command line can add which option sets it.
"""

from __future__ import annotations

__all__ = ["EsfGraphError", "RecordError", "ValueFormatError", "QueryError", "ShapeError",
           "StoreError"]


class EsfGraphError(Exception):
    """Base class: a problem with the user's input or request, shown without a traceback."""

    def __init__(self, message: str, *, setting: str | None = None):
        super().__init__(message)
        self.setting = setting


class RecordError(EsfGraphError):
    """A record (or a whole input file) that cannot be read; carries the file and line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class ValueFormatError(ValueError):
    """A header value that does not have the form its key requires (raised by the value parsers)."""


class QueryError(EsfGraphError):
    """An unknown or malformed query, or a bad parameter."""


class ShapeError(EsfGraphError):
    """The graph does not conform to the SHACL shapes."""


class StoreError(EsfGraphError):
    """The store cannot be opened or written (missing, locked by another process, ...)."""
