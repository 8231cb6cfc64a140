"""Reference data every build writes: the ontology, the ESF regions (and the national level) with
their NUTS-2 codes, the programme areas and specific objectives of the three periods as SKOS
concepts, and the crosswalk between them (ontology/crosswalk.ttl)."""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import Iterator

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, parse

from esfgraph.extract.records import ESF_REGIONS, NATIONAL
from esfgraph.extract.records.programmes import CODES
from esfgraph.extract.records.regions import REGION_NUTS2
from esfgraph.graph.iris import Iris
from esfgraph.graph.vocab import ESF, ONTOLOGY_IRI, RDF, RDFS, SKOS, XSD

__all__ = ["reference_quads", "load_ontology_text", "ONTOLOGY_GRAPH", "ESF_REGION_NUTS2"]

ONTOLOGY_GRAPH = NamedNode(ONTOLOGY_IRI.rstrip("#"))
# The eight ESF regions are the NUTS-2 areas of Sweden (gazetteer SOURCES.md: checked for all 21 län).
ESF_REGION_NUTS2 = REGION_NUTS2
_CLASSES = {"programme-area": ESF.ProgrammeArea, "specific-objective": ESF.SpecificObjective}
_SCHEME_LABELS = {"programme-area": ("Programområden", "Programme areas"),
                  "specific-objective": ("Specifika mål", "Specific objectives")}


@functools.cache
def load_ontology_text(name: str = "esf.ttl") -> str:
    """Return the text of a file in `ontology/` (esf.ttl, shapes.ttl, crosswalk.ttl, context.jsonld)."""
    return (files("esfgraph.ontology") / name).read_text(encoding="utf-8")


def reference_quads(iris: Iris) -> Iterator[Quad]:
    """Yield the ontology (in its own graph); the regions, programme codes and crosswalk (in
    `graph/reference`)."""
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
    yield from _regions(iris, g)
    yield from _codes(iris, g)
    for t in parse(load_ontology_text("crosswalk.ttl"), format=RdfFormat.TURTLE, base_iri=iris.base):
        yield Quad(t.subject, t.predicate, t.object, g)


def _regions(iris: Iris, g: NamedNode) -> Iterator[Quad]:
    for name in ESF_REGIONS:
        node, nuts = iris.esf_region(name), iris.nuts(ESF_REGION_NUTS2[name])
        yield Quad(node, RDF.type, ESF.ESFRegion, g)
        yield Quad(node, SKOS.prefLabel, Literal(name, language="sv"), g)
        yield Quad(node, RDFS.label, Literal(name), g)
        yield Quad(node, ESF.nuts2, nuts, g)
        yield Quad(nuts, SKOS.notation, Literal(ESF_REGION_NUTS2[name]), g)
        yield Quad(nuts, SKOS.prefLabel, Literal(name, language="sv"), g)
    node = iris.esf_region(NATIONAL)  # national level: no NUTS-2 region, and it says so
    yield Quad(node, RDF.type, ESF.ESFRegion, g)
    yield Quad(node, SKOS.prefLabel, Literal(NATIONAL, language="sv"), g)
    yield Quad(node, SKOS.prefLabel, Literal("ESF national level", language="en"), g)
    yield Quad(node, RDFS.label, Literal(NATIONAL), g)
    yield Quad(node, ESF.nationalLevel, Literal("true", datatype=XSD.boolean), g)


def _codes(iris: Iris, g: NamedNode) -> Iterator[Quad]:
    """The programme areas and specific objectives of each period, one concept scheme per kind
    and period (`programme-area/2014-2020`), every notation the bank wrote for a code."""
    for kind, period in sorted({(c.kind, c.period) for c in CODES}):
        scheme = NamedNode(f"{iris.base}{kind}/{period}")
        sv, en = _SCHEME_LABELS[kind]
        yield Quad(scheme, RDF.type, SKOS.ConceptScheme, g)
        yield Quad(scheme, SKOS.prefLabel, Literal(f"{sv} {period}", language="sv"), g)
        yield Quad(scheme, SKOS.prefLabel, Literal(f"{en} {period}", language="en"), g)
    for c in CODES:
        node = iris.code(c.kind, c.period, c.code)
        scheme = NamedNode(f"{iris.base}{c.kind}/{c.period}")
        yield Quad(node, RDF.type, _CLASSES[c.kind], g)
        yield Quad(node, RDF.type, SKOS.Concept, g)
        yield Quad(node, SKOS.inScheme, scheme, g)
        yield Quad(node, ESF.code, Literal(c.code), g)
        for notation in (c.code, *c.also):
            yield Quad(node, SKOS.notation, Literal(notation), g)
        yield Quad(node, SKOS.prefLabel, Literal(c.sv, language="sv"), g)
        yield Quad(node, SKOS.prefLabel, Literal(c.en, language="en"), g)
        yield Quad(node, RDFS.label, Literal(f"{c.code} {c.sv}"), g)
        if c.area is None:
            yield Quad(node, SKOS.topConceptOf, scheme, g)
        else:
            yield Quad(node, SKOS.broader, iris.code("programme-area", c.period, c.area), g)
