"""The embedded Oxigraph store on disk: opening it, replacing records' named graphs, loading them
in bulk in a thread of its own."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store

from esfgraph.errors import StoreError
from esfgraph.graph.vocab import ESF

if TYPE_CHECKING:
    from esfgraph.graph.iris import Iris

__all__ = ["DEFAULT_STORE", "default_store_path", "open_store", "writing", "being_written",
           "replace_graphs", "Loader", "stored_hashes", "iter_stored_hashes"]

DEFAULT_STORE = "esfgraph-store"
# Quads loaded at a time: at least LOAD_QUADS (when the loader is free), at most MAX_QUADS. At
# 25,000 quads a load Oxigraph took 12.0 CPU s for 10,000 records, at 100,000 10.6 s, at
# 300,000 9.8 s (bench/README.md).
LOAD_QUADS = 100_000
MAX_QUADS = 150_000
FLUSH_RECORDS = 2_000  # records loaded between flushes


def default_store_path() -> str:
    """Return `$ESFGRAPH_STORE`, else `./esfgraph-store`."""
    return os.environ.get("ESFGRAPH_STORE") or DEFAULT_STORE


WRITER_LOCK = "esfgraph-writer.lock"  # held by a build or removal, in the store's folder
_READ_TRIES = 3


def open_store(path: str | os.PathLike | None = None, *, create: bool = False,
               read_only: bool = False) -> Store:
    """Return the store at `path` (default: default_store_path()).

    A store that does not exist is created only with `create`, and only in a new or empty
    folder; a store another process is writing gets a clear StoreError instead of a RocksDB
    message. A reader (`read_only`) does not open a store while a build or removal holds its
    writer lock (`writing`), since reading beside a writer is undefined in RocksDB.
    """
    path = Path(path or default_store_path())
    is_store = (path / "CURRENT").exists()
    if not create and not is_store:
        raise StoreError(f"no store at {path}; build one first", setting="store")
    if create and not is_store:
        _refuse_foreign_folder(path)
    if read_only:
        return _open_reader(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
        return Store(str(path))
    except OSError as e:
        raise _open_error(path, e) from None


def _refuse_foreign_folder(path: Path) -> None:
    """Refuse to make a store in a folder that holds the user's own files."""
    if not path.exists() or (path / "CURRENT").exists():
        return
    if not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder", setting="store_in_use")
    others = [p.name for p in path.iterdir() if p.name != WRITER_LOCK]
    if others:
        raise StoreError(f"{path} holds other files ({others[0]}, ...) and is not a store; "
                         "give a new or empty folder", setting="store_in_use")


def _open_reader(path: Path) -> Store:
    for attempt in range(_READ_TRIES):
        if being_written(path):
            raise StoreError(f"store {path} is being built or changed by another esfgraph process; "
                             "try again when it has finished", setting="store_in_use")
        try:
            return Store.read_only(str(path))
        except OSError as e:
            if attempt == _READ_TRIES - 1:
                raise _open_error(path, e) from None
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def _open_error(path: Path, e: OSError) -> StoreError:
    text = str(e)
    if "lock" in text.lower() or "resource temporarily unavailable" in text.lower():
        return StoreError(f"store {path} is in use by another esfgraph process (a build or server); "
                          "wait for it to finish, or use another store", setting="store_in_use")
    return StoreError(f"cannot open store {path}: {text}")


@contextmanager
def writing(path: str | os.PathLike) -> Iterator[None]:
    """Hold the store's writer lock while a build or removal changes it; readers wait for it.

    The lock is a file in the store's folder, locked with flock (released when the process
    ends, however it ends).
    """
    path = Path(path)
    _refuse_foreign_folder(path)
    path.mkdir(parents=True, exist_ok=True)
    fh = open(path / WRITER_LOCK, "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise _open_error(path, OSError("lock held")) from None
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def being_written(path: str | os.PathLike) -> bool:
    """Return whether a build or removal holds the store's writer lock now."""
    lock = Path(path) / WRITER_LOCK
    if not lock.exists():
        return False
    with open(lock) as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
    return False


def replace_graphs(store: Store, graphs: Iterable[NamedNode]) -> None:
    """Remove the named graphs (and their quads) that are about to be written anew."""
    for g in graphs:
        if store.contains_named_graph(g):
            store.remove_graph(g)


def stored_hashes(store: Store) -> dict[str, str]:
    """Return record graph IRI -> content hash for every complete record in the store."""
    return dict(iter_stored_hashes(store))


def iter_stored_hashes(store: Store) -> Iterator[tuple[str, str]]:
    """Yield (record graph IRI, content hash) for every complete record in the store.

    A record's graph is complete when it holds its content hash, which the loader writes last.
    """
    for q in store.quads_for_pattern(None, ESF.contentHash, None):
        if q.subject == q.graph_name:
            yield q.subject.value, q.object.value


class Loader:
    """Loads chunks into the store in a thread of its own, in order, one load at a time.

    Oxigraph's bulk loader lets go of Python's lock while it works, so the next chunks are read,
    parsed and mapped (or received from the workers) while a load runs: on two cores the
    structured build loads and maps at once, and `--jobs 1` extracts while it loads. The build
    never waits for a load while fewer than MAX_QUADS quads wait behind it: chunks gather until
    the loader is free and they hold LOAD_QUADS quads, so loads are few and large (Oxigraph's
    bulk loader costs less CPU a quad on larger batches). An error in a load reaches the build
    at its next load or at its end, and the records of that load and later are neither marked
    complete nor reported loaded.
    """

    def __init__(self, store: Store, iris: Iris):
        self.store, self.iris = store, iris
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="esfgraph-load")
        self._pending = None
        self._batch: list[tuple[list, bytes, Callable[[], None]]] = []
        self._quads = 0
        self._unflushed = 0  # records replaced since the last flush

    def load(self, chunk: list[tuple], nquads: bytes,
             then: Callable[[], None]) -> None:
        """Load the chunk after those before it; `then` runs in the caller's thread once it is in.

        Chunks are loaded together: once they hold LOAD_QUADS quads when the loader is free,
        or MAX_QUADS quads (then the caller waits for the load in hand).
        """
        self._batch.append((chunk, nquads, then))
        self._quads += nquads.count(b"\n")
        if self._pending is not None and self._pending[0].done():
            self.wait()  # runs the finished load's `then`s, or raises its error
        if self._quads >= MAX_QUADS or (self._quads >= LOAD_QUADS and self._pending is None):
            self._submit()

    def _submit(self) -> None:
        self.wait()
        if not self._batch:
            return
        batch, self._batch, self._quads = self._batch, [], 0
        records = [pair for chunk, _, _ in batch for pair in chunk]
        nquads = b"".join(n for _, n, _ in batch)
        thens = [then for _, _, then in batch]
        self._pending = (self._pool.submit(self._load, records, nquads), thens)

    def wait(self) -> None:
        """Wait for the load in hand; run its `then`s, or raise its error here."""
        if self._pending is not None:
            (future, thens), self._pending = self._pending, None
            try:
                future.result()  # re-raises the loader's error here
            except OSError as e:  # a full or read-only disk, a store moved away
                raise StoreError(f"the store could not be written: {e.strerror or e}") from None
            for then in thens:
                then()

    def _load(self, chunk, nquads: bytes) -> None:
        store, iris = self.store, self.iris
        replace_graphs(store, [g for r, _ in chunk
                               for g in (iris.record(r.key), iris.personal(r.key))])
        # Lenient: the quads are esfgraph's own, every IRI minted by Iris (valid by construction,
        # tested on odd input) and every literal escaped by triples.py; Oxigraph's checks of
        # them cost 10% of the load. tests/test_build.py parses a built store back strictly.
        store.bulk_load(nquads, format=RdfFormat.N_QUADS, lenient=True)
        # The hash marks a record complete: written last, in one transaction.
        store.extend([Quad(g, ESF.contentHash, Literal(h), g)
                      for g, h in ((iris.record(r.key), h) for r, h in chunk)])
        self._unflushed += len(chunk)
        if self._unflushed >= FLUSH_RECORDS:
            # The marks, and the removals of replaced graphs, wait in RocksDB's in-memory
            # tables until flushed; flushing now and then keeps memory flat in the number of
            # records.
            store.flush()
            self._unflushed = 0

    def __enter__(self) -> Loader:
        return self

    def __exit__(self, *exc) -> None:
        try:
            if exc[0] is None:
                self._submit()
                self.wait()
            elif self._pending is not None:
                self._pending[0].exception()  # the chunk in hand finishes before the error goes up
        finally:
            self._pool.shutdown(wait=True)
