"""Exports for open-data portals: Turtle, JSON-LD, N-Triples, N-Quads, TriG, and a DCAT-AP-SE record.

Personal data (each record's `/personal` graph: contact names and e-mails) stays out unless
asked for. Organisations are described in every record graph that names them, so triple formats
merge those copies; quad formats keep each record's graph as it is in the store.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, Triple, serialize

from esfgraph.errors import EsfGraphError
from esfgraph.graph.publish.jsonld import write_jsonld
from esfgraph.graph.publish.output import atomic_output
from esfgraph.graph.reference import ONTOLOGY_GRAPH
from esfgraph.graph.settings import SETTINGS_GRAPH, StoreSettings, read_settings, store_base
from esfgraph.graph.vocab import DEFAULT_BASE_IRI, PREFIXES

__all__ = ["FORMATS", "ExportSummary", "export_graph", "export_quads"]

FORMATS = {
    "turtle": (RdfFormat.TURTLE, ".ttl", "text/turtle"),
    "jsonld": (None, ".jsonld", "application/ld+json"),
    "ntriples": (RdfFormat.N_TRIPLES, ".nt", "application/n-triples"),
    "nquads": (RdfFormat.N_QUADS, ".nq", "application/n-quads"),
    "trig": (RdfFormat.TRIG, ".trig", "application/trig"),
}
_QUAD_FORMATS = {"nquads", "trig"}


@dataclass
class ExportSummary:
    """What an export wrote: format, file, triples (or quads), and the DCAT file beside it."""

    format: str
    output: str | None
    statements: int
    dcat: str | None = None


def _graphs(store: Store, include_personal: bool, include_ontology: bool) -> list[NamedNode]:
    out = []
    for g in store.named_graphs():
        if not isinstance(g, NamedNode):
            continue
        if g.value.endswith("/personal") and not include_personal:
            continue
        if (g == ONTOLOGY_GRAPH and not include_ontology) or g == SETTINGS_GRAPH:
            continue
        out.append(g)
    return sorted(out, key=lambda g: g.value)


def export_quads(store: Store, include_personal: bool = False, include_ontology: bool = False
                 ) -> Iterator[Quad]:
    """Yield the exported quads, graph by graph, in a stable order."""
    for g in _graphs(store, include_personal, include_ontology):
        yield from store.quads_for_pattern(None, None, None, g)


def _triples(quads: Iterator[Quad], base: str) -> Iterator[Triple]:
    # Only shared descriptions (organisations, units, codes) repeat across record graphs:
    # remember those, stream the rest.
    own = (base + "project/", base + "record/")
    seen: set[Triple] = set()
    for q in quads:
        t = q.triple
        if not t.subject.value.startswith(own):
            if t in seen:
                continue
            seen.add(t)
        yield t


def export_graph(store: Store, fmt: str, output: str | Path | None = None, *,
                 include_personal: bool = False, include_ontology: bool = False,
                 base: str | None = None, dcat: bool = True, publisher: str | None = None,
                 license_iri: str | None = None, download_url: str | None = None
                 ) -> tuple[ExportSummary, bytes | None]:
    """Write the graph in `fmt` to `output` (or return the bytes when output is None).

    With `dcat` and an output file, a DCAT-AP-SE description of the dataset is written beside
    it as `<output>.dcat.ttl`.
    """
    if fmt not in FORMATS:
        raise EsfGraphError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if license_iri is not None:
        check_licence(license_iri)
    if output is not None:
        output = Path(output)
        if not output.parent.is_dir():
            raise EsfGraphError(f"cannot write {output}: the folder {output.parent} does not exist")
    rdf_format = FORMATS[fmt][0]
    stored = read_settings(store) or StoreSettings(base or DEFAULT_BASE_IRI)
    if base and base != stored.base:
        store_base(store, base)  # refuses with one clear line
    base = stored.base
    quads = export_quads(store, include_personal, include_ontology)
    counter = _Counter()
    if fmt in _QUAD_FORMATS:
        stream = counter.wrap(quads)
    else:
        stream = counter.wrap(_triples(quads, base))
    data = None
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    if output is None:
        if fmt == "jsonld":
            buf = io.StringIO()
            write_jsonld(stream, buf)
            data = buf.getvalue().encode("utf-8")
        else:
            data = serialize(stream, format=rdf_format, prefixes=prefixes)
    else:
        with atomic_output(output) as tmp:
            if fmt == "jsonld":
                with open(tmp, "w", encoding="utf-8") as fh:
                    write_jsonld(stream, fh)
            else:
                serialize(stream, output=str(tmp), format=rdf_format, prefixes=prefixes)
    summary = ExportSummary(fmt, str(output) if output else None, counter.n)
    if dcat and output is not None:
        from esfgraph.graph.publish.dcat import write_dcat
        settings = replace(stored, publisher=publisher or stored.publisher)
        summary.dcat = write_dcat(store, output, fmt, settings, license_iri=license_iri,
                                  download_url=download_url, today=_dt.date.today())
    return summary, data


def check_licence(iri: str) -> str:
    """Return a licence IRI, or raise one clear error: the DCAT description needs an http(s) IRI."""
    try:
        NamedNode(iri)
    except ValueError:
        iri_ok = False
    else:
        iri_ok = iri.startswith(("http://", "https://"))
    if not iri_ok:
        raise EsfGraphError(f"the licence {iri!r} is not an http(s) IRI, such as "
                            "http://creativecommons.org/publicdomain/zero/1.0/", setting="license")
    return iri


class _Counter:
    def __init__(self):
        self.n = 0

    def wrap(self, it):
        for x in it:
            self.n += 1
            yield x
