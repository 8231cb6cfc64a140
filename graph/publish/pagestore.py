"""Rendered pages and data kept on disk beside the store, so that a server started again on a
store it served before answers at once instead of rendering every page anew.

Each entry is kept under the state it was rendered from: the store's files (their signature,
storeview.py: any write a build makes changes it), the code that renders (a hash of the
templates, queries, ontology and modules of publishing) and whether personal data is served.
An entry of another state is never read: a build, a new version of esfgraph or another option
makes every page be rendered again, and the first entry written for a new state drops the old
ones. Only complete answers (status 200) of pages and data are kept, compressed. The file is
SQLite in WAL mode: every page worker reads it at once. A worker's answers are written when it
has no task waiting, compressed and in one transaction; while tasks keep coming, once 2,048 of
them or 32 MB wait, the 64 oldest are written after each further task (a few milliseconds), so
a burst of requests is answered without writing anything and a steady stream without one long
pause (compressing a page costs ~0.08 ms, a tenth of rendering it). A batch that would wait for
another worker's write is left out (its pages are rendered again after a restart). A
file that cannot be opened or written turns the keeping off with one line on stderr; the server
goes on.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import sqlite3
import sys
import zlib
from functools import lru_cache
from pathlib import Path

__all__ = ["KEPT_KINDS", "PageStore", "page_state", "page_store_path"]

# While tasks keep coming, a worker holds up to this many answers (or bytes) before it writes,
# then the oldest few at a time.
WAITING_PAGES, WAITING_BYTES, WRITTEN_WHILE_BUSY = 2_048, 32_000_000, 64

# The tasks (render.py) whose answers are kept: a resource's page and data, a period's page.
KEPT_KINDS = frozenset({"page", "data", "period"})
_RENDERING = ("graph/publish", "queries/internal", "ontology")
_SCHEMA = ("CREATE TABLE IF NOT EXISTS kept (state TEXT NOT NULL, task TEXT NOT NULL, status INTEGER, "
           "media TEXT, body BLOB, PRIMARY KEY (state, task)) WITHOUT ROWID")


def page_store_path(store: str | Path) -> Path:
    """Where the pages of a store are kept: `<store>-pages.sqlite` beside its folder."""
    store = Path(store)
    return store.with_name(store.name + "-pages.sqlite")


@lru_cache(maxsize=1)
def code_state() -> str:
    """A hash of what renders pages: the publishing modules, templates and static files, the
    internal queries and the ontology (its labels name the pages' fields)."""
    root = Path(__file__).resolve().parents[2]
    h = hashlib.sha1()
    for part in _RENDERING:
        for f in sorted((root / part).rglob("*")):
            if f.is_file() and f.suffix in (".py", ".html", ".css", ".js", ".rq", ".ttl", ".jsonld", ".csv"):
                h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def page_state(signature: tuple, include_personal: bool) -> str:
    """What pages are kept under: the store files' signature, the rendering code, personal data or not."""
    made = repr((code_state(), signature, include_personal))
    return hashlib.sha1(made.encode("utf-8")).hexdigest()


def task_key(task: tuple) -> str | None:
    """The text a task is kept under, or None for a task that is not kept."""
    if task[0] not in KEPT_KINDS:
        return None
    return "\x1f".join("" if t is None else str(t) for t in task)


class PageStore:
    """The kept answers of one file; `get` and `put` under a state (see the module's text)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        self._cleared: str | None = None
        self._off = False
        self._waiting: dict[tuple[str, str], tuple[int, str, bytes]] = {}  # not written yet
        self._waiting_bytes = 0

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and not self._off:
            try:
                db = sqlite3.connect(self.path, timeout=0, isolation_level=None, check_same_thread=False)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=OFF")
                db.execute(_SCHEMA)
                self._db = db
            except sqlite3.Error as e:
                self._give_up(e)
        return self._db

    def usable(self) -> bool:
        """Whether the file opens and takes writes (a line on stderr if not)."""
        db = self._connect()
        if db is None:
            return False
        try:
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
            return True
        except sqlite3.Error as e:
            self._give_up(e)
            return False

    def _give_up(self, error: Exception) -> None:
        print(f"{self.path}: pages are not kept on disk ({error})", file=sys.stderr, flush=True)
        self._off, self._db = True, None

    def get(self, state: str, task: tuple) -> tuple[int, str, bytes] | None:
        """The kept answer of a task rendered from this state, or None."""
        key = task_key(task)
        db = self._connect() if key is not None else None
        if db is None:
            return None
        if (state, key) in self._waiting:
            return self._waiting[state, key]
        try:
            row = db.execute("SELECT status, media, body FROM kept WHERE state = ? AND task = ?",
                             (state, key)).fetchone()
        except sqlite3.OperationalError:
            return None  # the file is being rewritten by another worker: render this one
        except sqlite3.Error as e:
            self._give_up(e)
            return None
        if row is None:
            return None
        try:
            return row[0], row[1], zlib.decompress(row[2])
        except zlib.error:
            return None

    def put(self, state: str, task: tuple, result: tuple[int, str, bytes]) -> None:
        """Keep a complete answer (status 200) of a kept kind: written with the others waiting
        when the worker has no task (flush), or the oldest 64 at once while too many wait."""
        key = task_key(task)
        if key is None or result[0] != 200 or self._off:
            return
        self._waiting[state, key] = result
        self._waiting_bytes += len(result[2])
        if len(self._waiting) >= WAITING_PAGES or self._waiting_bytes >= WAITING_BYTES:
            self.flush(WRITTEN_WHILE_BUSY)

    def flush(self, most: int | None = None) -> None:
        """Write the answers waiting (the `most` oldest), in one transaction; the first answer
        of a new state drops those of every other. Left out when another worker is writing."""
        state = next(reversed(self._waiting))[0] if self._waiting else None  # the newest state
        if most is None or most >= len(self._waiting):
            batch, self._waiting = self._waiting, {}
        else:
            batch = {k: self._waiting.pop(k) for k in list(itertools.islice(self._waiting, most))}
        self._waiting_bytes -= sum(len(r[2]) for r in batch.values())
        db = self._connect() if batch else None
        if db is None:
            return
        # The answers of an older state than the newest are dropped.
        rows = [(state, key, r[0], r[1], zlib.compress(r[2], 1)) for (s, key), r in batch.items() if s == state]
        try:
            db.execute("BEGIN IMMEDIATE")
            if self._cleared != state:
                db.execute("DELETE FROM kept WHERE state <> ?", (state,))
                self._cleared = state
            db.executemany("INSERT OR REPLACE INTO kept VALUES (?, ?, ?, ?, ?)", rows)
            db.execute("COMMIT")
        except sqlite3.OperationalError as e:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            if "locked" not in str(e) and "busy" not in str(e):
                self._give_up(e)
        except sqlite3.Error as e:
            self._give_up(e)
