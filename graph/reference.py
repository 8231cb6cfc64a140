"""Reference data every build writes: the ontology, the ESF regions and their NUTS-2 codes."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib.resources import files

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, parse

from esfgraph.extract.records import ESF_REGIONS
from esfgraph.graph.iris import Iris
from esfgraph.graph.vocab import ESF, ONTOLOGY_IRI, RDF, RDFS, SKOS

__all__ = ["ESF_REGION_NUTS2", "ONTOLOGY_GRAPH", "load_ontology_text", "reference_quads"]

ONTOLOGY_GRAPH = NamedNode(ONTOLOGY_IRI.rstrip("#"))
# The eight ESF regions are the NUTS-2 areas of Sweden (gazetteer SOURCES.md: checked for all 21 län).
ESF_REGION_NUTS2 = {
    "Stockholm": "SE11", "Östra Mellansverige": "SE12", "Småland & Öarna": "SE21",
    "Sydsverige": "SE22", "Västsverige": "SE23", "Norra Mellansverige": "SE31",
    "Mellersta Norrland": "SE32", "Övre Norrland": "SE33",
}


@functools.cache
def load_ontology_text(name: str = "esf.ttl") -> str:
    """Return the text of a file in `ontology/` (esf.ttl, shapes.ttl, context.jsonld)."""
    return (files("esfgraph.ontology") / name).read_text(encoding="utf-8")


def reference_quads(iris: Iris) -> Iterator[Quad]:
    """Yield the ontology (in its own graph) and the ESF regions (in `graph/reference`)."""
    # Blank nodes get stable names in parse order, so every build writes identical quads.
    names: dict[str, NamedNode] = {}

    def stable(term):
        if isinstance(term, BlankNode):
            if term.value not in names:
                names[term.value] = NamedNode(f"{ONTOLOGY_GRAPH.value}/.well-known/genid/{len(names)}")
            return names[term.value]
        return term

    for t in parse(load_ontology_text(), format=RdfFormat.TURTLE, base_iri=ONTOLOGY_IRI):
        yield Quad(stable(t.subject), t.predicate, stable(t.object), ONTOLOGY_GRAPH)
    g = iris.graph("reference")
    for name in ESF_REGIONS:
        node, nuts = iris.esf_region(name), iris.nuts(ESF_REGION_NUTS2[name])
        yield Quad(node, RDF.type, ESF.ESFRegion, g)
        yield Quad(node, SKOS.prefLabel, Literal(name, language="sv"), g)
        yield Quad(node, RDFS.label, Literal(name), g)
        yield Quad(node, ESF.nuts2, nuts, g)
        yield Quad(nuts, SKOS.notation, Literal(ESF_REGION_NUTS2[name]), g)
        yield Quad(nuts, SKOS.prefLabel, Literal(name, language="sv"), g)
