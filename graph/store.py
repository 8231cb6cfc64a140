"""The embedded Oxigraph store on disk: opening it, and replacing records' named graphs in bulk."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from pyoxigraph import NamedNode, Quad, Store

from ..extract.errors import StoreError

__all__ = ["DEFAULT_STORE", "default_store_path", "open_store", "load_quads", "replace_graphs"]

DEFAULT_STORE = "esfgraph-store"


def default_store_path() -> str:
    """Return `$ESFGRAPH_STORE`, else `./esfgraph-store`."""
    return os.environ.get("ESFGRAPH_STORE") or DEFAULT_STORE


def open_store(path: str | os.PathLike | None = None, *, create: bool = False,
               read_only: bool = False) -> Store:
    """Return the store at `path` (default: default_store_path()).

    A store that does not exist is created only with `create`; a store another process is
    writing gets a clear StoreError instead of a RocksDB message.
    """
    path = Path(path or default_store_path())
    if not create and not (path / "CURRENT").exists():
        raise StoreError(f"no store at {path}; build one first: esfgraph build --store {path} FILES")
    try:
        if read_only:
            return Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return Store(str(path))
    except OSError as e:
        text = str(e)
        if "lock" in text.lower() or "resource temporarily unavailable" in text.lower():
            raise StoreError(
                f"store {path} is in use by another esfgraph process (a build or server); "
                "wait for it to finish, or use another --store"
            ) from None
        raise StoreError(f"cannot open store {path}: {text}") from None


def replace_graphs(store: Store, graphs: Iterable[NamedNode]) -> None:
    """Remove the named graphs (and their quads) that are about to be written anew."""
    for g in graphs:
        if store.contains_named_graph(g):
            store.remove_graph(g)


def load_quads(store: Store, quads: Iterable[Quad]) -> None:
    """Add quads with Oxigraph's bulk loader (fast, not transactional: callers mark completion)."""
    store.bulk_extend(quads)
