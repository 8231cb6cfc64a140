"""Where the pages and the per-resource data read the graph: the embedded store (`StoreSource`)
or a SPARQL server (`EndpointSource`), behind one small interface, so that every page, listing
and data file has one code path over both.

The interface: `refresh()` (the generation: a number that changes when the graph does),
`settings`, `rows(name, **terms)` (one of esfgraph's own queries, queries/internal/*.rq, its
parameters bound in a VALUES clause at the start of its WHERE group, rows of plain strings,
None where unbound), `select(text)` (any SELECT, the same rows), `about(subjects)` (the public
quads whose subject is one of the IRIs: a resource's description), `graph(iri)` (the triples of
one named graph: the ontology). Personal data (`/personal` graphs) and the store's settings
graph are never among the quads unless the source was opened to serve personal data.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Store, Triple

from esfgraph.graph.endpoint import Endpoint
from esfgraph.graph.publish.storeview import StoreView
from esfgraph.graph.queries import internal_query, with_leading_values
from esfgraph.graph.settings import SETTINGS_GRAPH, StoreSettings, read_settings

__all__ = ["EndpointSource", "NodeQuads", "Source", "StoreSource", "bound_query", "open_source", "servable"]

_SETTINGS = SETTINGS_GRAPH.value
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_ABOUT_CHUNK = 200  # subjects asked of a server in one query


def servable(graph, include_personal: bool = False) -> bool:
    """True for a named graph whose triples may be served (no `/personal` graph unless asked
    for, never the store's settings graph, never the default graph)."""
    if not isinstance(graph, NamedNode):
        return False
    name = graph.value
    return name != _SETTINGS and (include_personal or not name.endswith("/personal"))


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bound_query(name: str, terms: dict) -> str:
    """An internal query's text with its parameters bound at the start of its WHERE group: a
    term each, or a list of terms (a VALUES clause of one row a term)."""
    lists = {k: v for k, v in terms.items() if isinstance(v, (list, tuple))}
    text = with_leading_values(internal_query(name), **{k: v for k, v in terms.items() if k not in lists})
    for k, values in lists.items():
        clause = f" VALUES ?{k} {{ {' '.join(str(v) for v in values)} }}"
        text = _WHERE.sub(lambda m, c=clause: m.group(0) + c, text, count=1)
    return text


def _solutions(result) -> list[dict]:
    names = [v.value for v in result.variables]
    return [dict(zip(names, [None if t is None else t.value for t in s])) for s in result]


class StoreSource:
    """The embedded store, read-only, opened again when a build changed its files."""

    remote = False

    def __init__(self, path, include_personal: bool = False, memory_quads: int = 0, recheck: float = 0.0):
        self.view = StoreView(path, recheck=recheck, include_personal=include_personal, memory_quads=memory_quads)
        self.include_personal = include_personal

    @property
    def settings(self) -> StoreSettings:
        """The store's base IRI, title and publisher."""
        return self.view.settings

    @property
    def target(self) -> Store:
        """The store (for code that reads a Store or an Endpoint: DCAT, VoID)."""
        return self.view.fresh()

    def refresh(self, force: bool = False) -> int:
        """Return the generation, after looking whether a build changed the store."""
        self.view.fresh()
        return self.view.generation

    def _read(self, fn):
        """Run `fn` on the store of this generation (refresh() looks for a new one); on an
        OSError (files rewritten under it) open it again and retry once."""
        try:
            return fn(self.view.store)
        except OSError:
            return fn(self.view.reopen())

    def rows(self, name: str, **terms) -> list[dict]:
        """Rows of an internal query, its parameters bound as terms (or lists of terms)."""
        return self.select(bound_query(name, terms))

    def select(self, text: str) -> list[dict]:
        """Rows of a SELECT over the union of the graphs."""
        return self._read(lambda s: _solutions(s.query(text, use_default_graph_as_union=True)))

    def about(self, subjects: Iterable[str]) -> list[Quad]:
        """The servable quads whose subject is one of `subjects`."""
        nodes = [NamedNode(s) for s in subjects]

        def read(store: Store) -> list[Quad]:
            return [q for s in nodes for q in store.quads_for_pattern(s, None, None, None)
                    if servable(q.graph_name, self.include_personal)]
        return self._read(read)

    def graph(self, iri: str) -> list[Triple]:
        """The triples of one named graph."""
        return self._read(lambda s: [q.triple for q in s.quads_for_pattern(None, None, None, NamedNode(iri))])


def _term(b: dict):
    kind, value = b["type"], b["value"]
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode("".join(c if c.isalnum() else "_" for c in value))
    if b.get("xml:lang"):
        return Literal(value, language=b["xml:lang"])
    if b.get("datatype"):
        if b["datatype"] == _BOOLEAN and value in ("0", "1"):  # Virtuoso's booleans
            value = "true" if value == "1" else "false"
        return Literal(value, datatype=NamedNode(b["datatype"]))
    return Literal(value)


class EndpointSource:
    """A SPARQL server (graph.endpoint.Endpoint) holding what `esfgraph push` sent: record
    graphs, the shared graph, reference, ontology, statistics and settings graphs. Its default
    graph is the union of the named graphs (Virtuoso's default; Fuseki and GraphDB need their
    union-default-graph setting). The generation changes when the graphs' content hashes do,
    looked at `recheck` seconds apart at most."""

    remote = True

    def __init__(self, endpoint: Endpoint, include_personal: bool = False, recheck: float = 30.0):
        self.endpoint, self.include_personal, self.recheck = endpoint, include_personal, recheck
        self.generation, self._fingerprint, self._checked = 0, None, -1e9
        self._lock = threading.Lock()
        self.settings = StoreSettings()

    @property
    def target(self) -> Endpoint:
        """The server (for code that reads a Store or an Endpoint: DCAT, VoID)."""
        return self.endpoint

    def due(self) -> bool:
        """Whether the next refresh asks the server."""
        return time.monotonic() - self._checked >= self.recheck

    def refresh(self, force: bool = False) -> int:
        """Return the generation, after asking the server for its graphs' hashes if due (or
        `force`d)."""
        if not force and not self.due():
            return self.generation
        with self._lock:
            if force or self.due():
                rows = sorted((r["g"], r["h"]) for r in self.select(internal_query("graph-hashes").text))
                fingerprint = hashlib.sha1(repr(rows).encode("utf-8")).hexdigest()
                if fingerprint != self._fingerprint:
                    self.settings = self._settings()
                    self._fingerprint, self.generation = fingerprint, self.generation + 1
                self._checked = time.monotonic()
        return self.generation

    def _settings(self) -> StoreSettings:
        triples = self.graph(_SETTINGS)
        store = Store()
        store.extend(Quad(t.subject, t.predicate, t.object, SETTINGS_GRAPH) for t in triples)
        return read_settings(store) or StoreSettings()

    def rows(self, name: str, **terms) -> list[dict]:
        """Rows of an internal query, its parameters bound as terms (or lists of terms)."""
        return self.select(bound_query(name, terms))

    def select(self, text: str) -> list[dict]:
        """Rows of a SELECT on the server."""
        data = self.endpoint.select_json(text)
        names = data.get("head", {}).get("vars", [])
        return [{n: (b[n]["value"] if n in b else None) for n in names}
                for b in data.get("results", {}).get("bindings", [])]

    def about(self, subjects: Iterable[str]) -> list[Quad]:
        """The servable quads whose subject is one of `subjects`."""
        subjects, out = list(subjects), []
        for i in range(0, len(subjects), _ABOUT_CHUNK):
            terms = " ".join(str(NamedNode(s)) for s in subjects[i:i + _ABOUT_CHUNK])
            data = self.endpoint.select_json(
                f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {terms} }} GRAPH ?g {{ ?s ?p ?o }} }}")
            for b in data["results"]["bindings"]:
                g = _term(b["g"])
                if servable(g, self.include_personal):
                    out.append(Quad(_term(b["s"]), _term(b["p"]), _term(b["o"]), g))
        return out

    def graph(self, iri: str) -> list[Triple]:
        """The triples of one named graph."""
        data = self.endpoint.select_json(f"SELECT ?s ?p ?o WHERE {{ GRAPH {NamedNode(iri)} {{ ?s ?p ?o }} }}")
        return [Triple(_term(b["s"]), _term(b["p"]), _term(b["o"])) for b in data["results"]["bindings"]]


class NodeQuads:
    """The servable quads of nodes that many pages name (organisations, units, regions,
    programme areas, periods, funds), kept for one generation of a source (the pages of a
    generation make one): at most `limit` nodes, emptied when full."""

    def __init__(self, source, limit: int = 50_000):
        self.source, self.limit, self._kept = source, limit, {}

    def about(self, subjects: Iterable[str]) -> list[Quad]:
        """The servable quads whose subject is one of `subjects` (distinct IRIs)."""
        subjects = list(subjects)
        kept = self._kept
        missing = [s for s in subjects if s not in kept]
        if missing:
            if len(kept) + len(missing) > self.limit:
                kept.clear()
                missing = subjects
            found: dict[str, list[Quad]] = {s: [] for s in missing}
            for q in self.source.about(missing):
                found[q.subject.value].append(q)
            kept.update(found)
        return [q for s in subjects for q in kept[s]]


Source = StoreSource | EndpointSource


def open_source(spec: dict) -> Source:
    """Open the source a spec names: {"store": path} or {"endpoint": Endpoint's fields}, with
    "include_personal", "recheck" (seconds between looks for a change: 30 for a server, 0 for
    a store) and, for a store, "memory_quads" (StoreView; a spec crosses to worker processes, an
    open source does not)."""
    personal = spec.get("include_personal", False)
    if spec.get("endpoint"):
        return EndpointSource(Endpoint(**spec["endpoint"]), personal, spec.get("recheck", 30.0))
    return StoreSource(spec["store"], personal, spec.get("memory_quads", 0), spec.get("recheck", 0.0))
