"""A read-only view of the store that follows the builds beside it.

The server opens the store read-only (a build may hold it read-write at the same time) and
looks at the store's files before a request (a scan of one folder; `recheck` seconds apart at
most, and before every request once a build changed them): when they changed, the request opens
the store again, so a finished build is visible without a restart. Oxigraph leaves reading beside a writer undefined; a read that fails while a
build rewrites the files opens the store again and retries once (source.py).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from pyoxigraph import NamedNode, Store

from esfgraph.graph.settings import SETTINGS_GRAPH, StoreSettings, read_settings
from esfgraph.graph.store import being_written, open_store

__all__ = ["StoreView", "into_memory", "public_graphs", "store_signature"]

_WRITTEN_ONCE = frozenset({"IDENTITY", "LOCK"})
# A store whose files take more than this many bytes a quad of the limit is not counted: it is
# too large to read into memory (a store on disk takes ~360 bytes a quad, more between compactions).
_FILE_BYTES_A_QUAD = 2_000


def store_signature(path: Path) -> tuple:
    """Return what changes when a write reaches the store's files: their names, and the sizes
    and times of those written in place (the write-ahead log, the manifest, CURRENT); a table
    file (.sst), an OPTIONS file, IDENTITY and LOCK never change once written, so their names
    say enough (a stat a file would cost every request a system call per table)."""
    try:
        entries = []
        for e in os.scandir(path):
            name = e.name
            if name.endswith(".sst") or name in _WRITTEN_ONCE or name.startswith("OPTIONS-"):
                entries.append((name,))
            elif name != "LOG" and not name.startswith("LOG."):
                st = e.stat()
                entries.append((name, st.st_size, st.st_mtime_ns))
    except FileNotFoundError:
        return ()
    entries.sort()
    return tuple(entries)


def public_graphs(store: Store, include_personal: bool = False) -> list[NamedNode]:
    """Return the named graphs that may be served: no `/personal` graph unless asked for."""
    return sorted((g for g in store.named_graphs() if isinstance(g, NamedNode)
                   and (include_personal or not g.value.endswith("/personal"))),
                  key=lambda g: g.value)


def into_memory(store: Store, path: Path, limit: int) -> Store:
    """Return the store read into memory when it holds at most `limit` quads, else the store
    itself. In memory a page reads its quads about ten times faster (no table files to search);
    it costs ~430 bytes a quad and ~7 µs a quad to read in, and is a snapshot: nothing a build
    writes later reaches it (StoreView opens the store again when its files change)."""
    if limit <= 0 or _file_bytes(path) > limit * _FILE_BYTES_A_QUAD or len(store) > limit:
        return store
    memory = Store()
    memory.bulk_extend(store.quads_for_pattern(None, None, None, None))
    return memory


def _file_bytes(path: Path) -> int:
    try:
        return sum(e.stat().st_size for e in os.scandir(path) if e.is_file())
    except FileNotFoundError:
        return 0


class StoreView:
    """The store, read-only, opened again when its files change; `generation` counts openings.
    With `memory_quads`, a store of at most that many quads is read into memory at each opening
    (into_memory)."""

    def __init__(self, path: str | os.PathLike, recheck: float = 0.0, include_personal: bool = False,
                 memory_quads: int = 0):
        self.path = Path(path)
        self.include_personal = include_personal
        self.memory_quads = memory_quads
        self.recheck = recheck
        self._lock = threading.Lock()
        self._checked = 0.0
        self._signature: tuple = ()
        self._changing = False  # the files changed under a build that still holds the writer lock
        self.generation = 0
        self.store: Store = self._open()

    def _open(self) -> Store:
        self._signature = store_signature(self.path)
        store = into_memory(open_store(self.path, read_only=True), self.path, self.memory_quads)
        self.generation += 1
        self.settings: StoreSettings = read_settings(store) or StoreSettings()
        self._graphs: list[NamedNode] | None = None
        return store

    def fresh(self) -> Store:
        """Return the store, opened again first if its files changed since it was opened. The
        files are looked at `recheck` seconds apart at most, and at every call once they changed
        while a build held the writer lock, so the first call after the build sees its data (a
        build writes its files from its start on, so it cannot fall between two looks)."""
        now = time.monotonic()
        if self._changing or now - self._checked >= self.recheck:
            with self._lock:
                if self._changing or now - self._checked >= self.recheck:
                    self._checked = now
                    if store_signature(self.path) != self._signature:
                        # While a build holds the writer lock the opening before it is served.
                        self._changing = being_written(self.path)
                        if not self._changing:
                            self.store = self._open()
        return self.store

    @property
    def signature(self) -> tuple:
        """The signature of the store's files when this opening was made."""
        return self._signature

    def reopen(self) -> Store:
        """Open the store again now (after a failed read)."""
        with self._lock:
            self.store = self._open()
            self._checked = time.monotonic()
        return self.store

    def graphs(self) -> list[NamedNode]:
        """The servable named graphs of the current opening (the settings graph left out)."""
        graphs = self._graphs
        if graphs is None:
            graphs = self._graphs = [g for g in public_graphs(self.store, self.include_personal)
                                     if g != SETTINGS_GRAPH]
        return graphs
