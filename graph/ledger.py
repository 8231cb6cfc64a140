"""A build's ledger: what the store held when the build began, and what the build has read.

Kept in a temporary SQLite file rather than in dicts, so a build's memory does not grow with the
number of records, neither those read nor those in the store.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from pyoxigraph import Store

from esfgraph.graph.store import iter_stored_hashes

__all__ = ["SeenRecords"]

_COMMIT_EVERY = 10_000  # rows


class SeenRecords:
    """The content hash of every record the store held when the build began, and the records
    read so far (where each was first seen, and its digest)."""

    def __init__(self, store: Store) -> None:
        self._db = sqlite3.connect("")  # a private temporary database on disk
        self._db.execute("CREATE TABLE stored (graph TEXT PRIMARY KEY, hash TEXT)")
        self._db.execute("CREATE TABLE seen (graph TEXT PRIMARY KEY, digest TEXT, path TEXT, "
                         "line INTEGER, fields TEXT)")
        self._db.executemany("INSERT OR REPLACE INTO stored VALUES (?, ?)",
                             iter_stored_hashes(store))
        self._pending = 0

    def stored_hash(self, graph: str) -> str | None:
        """Return the content hash the store held for `graph` when the build began."""
        row = self._db.execute("SELECT hash FROM stored WHERE graph = ?", (graph,)).fetchone()
        return row[0] if row else None

    def stored_count(self) -> int:
        """Return how many complete records the store held when the build began."""
        return self._db.execute("SELECT COUNT(*) FROM stored").fetchone()[0]

    def stored_graphs(self) -> Iterator[str]:
        """Yield every record graph the store held when the build began."""
        yield from (g for (g,) in self._db.execute("SELECT graph FROM stored"))

    def first(self, graph: str) -> tuple[str, str, int, dict] | None:
        """Return (digest, path, line, typed values) of the record already read for `graph`."""
        row = self._db.execute("SELECT digest, path, line, fields FROM seen WHERE graph = ?",
                               (graph,)).fetchone()
        return (*row[:3], json.loads(row[3] or "{}")) if row else None

    def add(self, graph: str, digest: str, path: str, line: int, fields: dict | None = None) -> None:
        """Note a record read for `graph`, first seen at path:line, with its typed values."""
        self._db.execute("INSERT INTO seen VALUES (?, ?, ?, ?, ?)",
                         (graph, digest, path, line, json.dumps(fields or {}, ensure_ascii=False)))
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._db.commit()
            self._pending = 0

    def __contains__(self, graph: str) -> bool:
        return self._db.execute("SELECT 1 FROM seen WHERE graph = ?", (graph,)).fetchone() is not None

    def close(self) -> None:
        """Drop the ledger (its temporary database)."""
        self._db.close()
