"""The errors esfgraph reports to its users; anything else escaping is a bug."""

from __future__ import annotations


class EsfGraphError(Exception):
    """Base class: a problem with the user's input or request, shown without a traceback."""


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
