"""What a store knows about itself: its base IRI, the dataset's title and publisher.

Kept in a small named graph of the store, <https://w3id.org/esfgraph/settings>, written by the
first build: the settings travel with the store, and a read-only server sees them. Later commands
use them; a command given another base IRI refuses instead of mixing two bases in one store.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad, Store

from esfgraph.errors import EsfGraphError
from esfgraph.graph.vocab import DEFAULT_BASE_IRI

__all__ = ["SETTINGS_GRAPH", "StoreSettings", "read_settings", "settle_settings", "store_base"]

SETTINGS_GRAPH = NamedNode("https://w3id.org/esfgraph/settings")
_URI_SPACE = NamedNode("http://rdfs.org/ns/void#uriSpace")
_TITLE = NamedNode("http://purl.org/dc/terms/title")
_PUBLISHER = NamedNode("http://purl.org/dc/terms/publisher")
DEFAULT_TITLE = "ESF-projekt, projektägare och samverkansparter"


@dataclass(frozen=True)
class StoreSettings:
    """The store's base IRI, dataset title and publisher (a name or an IRI; None if not given)."""

    base: str = DEFAULT_BASE_IRI
    title: str = DEFAULT_TITLE
    publisher: str | None = None


def read_settings(store: Store) -> StoreSettings | None:
    """Return the settings the store remembers, or None for a store no build has written to."""
    found = {q.predicate: q.object.value
             for q in store.quads_for_pattern(SETTINGS_GRAPH, None, None, SETTINGS_GRAPH)}
    if _URI_SPACE not in found:
        return None
    return StoreSettings(found[_URI_SPACE], found.get(_TITLE, DEFAULT_TITLE), found.get(_PUBLISHER))


def _refuse(stored: str, given: str) -> EsfGraphError:
    return EsfGraphError(f"this store's IRIs are under {stored}, not {given}: one store holds one "
                         "base IRI (leave the option out, or build a new store)", setting="base")


def store_base(store: Store, base: str | None = None) -> str:
    """Return the base IRI to use on the store: the stored one (a different `base` refuses)."""
    stored = read_settings(store)
    if stored is None:
        return base or DEFAULT_BASE_IRI
    if base and base != stored.base:
        raise _refuse(stored.base, base)
    return stored.base


def settle_settings(store: Store, base: str | None = None, title: str | None = None,
                    publisher: str | None = None) -> StoreSettings:
    """Return the store's settings, written on first use; a title or publisher given replaces
    the stored one, a different base IRI refuses."""
    stored = read_settings(store)
    if stored is not None and base and base != stored.base:
        raise _refuse(stored.base, base)
    old = stored or StoreSettings(base or DEFAULT_BASE_IRI)
    new = StoreSettings(old.base, title or old.title, publisher or old.publisher)
    if new != stored:
        if stored is not None:
            store.remove_graph(SETTINGS_GRAPH)
        quads = [Quad(SETTINGS_GRAPH, _URI_SPACE, Literal(new.base), SETTINGS_GRAPH),
                 Quad(SETTINGS_GRAPH, _TITLE, Literal(new.title), SETTINGS_GRAPH)]
        if new.publisher:
            quads.append(Quad(SETTINGS_GRAPH, _PUBLISHER, Literal(new.publisher), SETTINGS_GRAPH))
        store.extend(quads)
    return new
