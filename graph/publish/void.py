"""VoID statistics of the served dataset: triples, entities, classes, properties, and the link
sets to the EU's NUTS regions (https://www.w3.org/TR/void/)."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Store, Triple

from esfgraph.graph.settings import StoreSettings
from esfgraph.graph.vocab import NUTS_BASE, RDF, XSD

__all__ = ["VOID", "void_triples"]

VOID = "http://rdfs.org/ns/void#"
_COUNTS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?entities) (COUNT(DISTINCT ?p) AS ?properties)
WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!STRENDS(STR(?g), "/personal")) }
"""
_CLASSES = """
SELECT ?c (COUNT(DISTINCT ?s) AS ?n)
WHERE { GRAPH ?g { ?s a ?c } FILTER(!STRENDS(STR(?g), "/personal")) } GROUP BY ?c ORDER BY ?c
"""
_NUTS_LINKS = f"""
SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(isIRI(?o) && STRSTARTS(STR(?o), "{NUTS_BASE}"))
  FILTER(!STRENDS(STR(?g), "/personal")) }}
"""


def _v(name: str) -> NamedNode:
    return NamedNode(VOID + name)


def _int(n) -> Literal:
    return Literal(str(n), datatype=XSD.integer)


def void_triples(store: Store, settings: StoreSettings) -> list[Triple]:
    """Return the VoID description of the dataset at `<base>dataset` as triples."""
    ds = NamedNode(settings.base + "dataset")
    counts = next(iter(store.query(_COUNTS)))
    out = [Triple(ds, RDF.type, _v("Dataset")),
           Triple(ds, _v("uriSpace"), Literal(settings.base)),
           Triple(ds, _v("sparqlEndpoint"), NamedNode(settings.base + "sparql")),
           Triple(ds, _v("triples"), _int(counts["triples"].value)),
           Triple(ds, _v("entities"), _int(counts["entities"].value)),
           Triple(ds, _v("properties"), _int(counts["properties"].value)),
           Triple(ds, _v("vocabulary"), NamedNode("https://w3id.org/esfgraph/ontology#"))]
    classes = list(store.query(_CLASSES))
    out.append(Triple(ds, _v("classes"), _int(len(classes))))
    for i, row in enumerate(classes):
        part = NamedNode(f"{settings.base}dataset#class-{i}")
        out += [Triple(ds, _v("classPartition"), part), Triple(part, _v("class"), row["c"]),
                Triple(part, _v("entities"), _int(row["n"].value))]
    links = NamedNode(settings.base + "dataset#nuts")
    out += [Triple(ds, _v("subset"), links), Triple(links, RDF.type, _v("Linkset")),
            Triple(links, _v("target"), NamedNode(NUTS_BASE)),
            Triple(links, _v("triples"), _int(next(iter(store.query(_NUTS_LINKS)))["n"].value))]
    return out
