"""VoID statistics of the served dataset: triples, entities, classes, properties, and the link
sets to the EU's NUTS regions (https://www.w3.org/TR/void/)."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Triple

from esfgraph.graph.queries import select_rows
from esfgraph.graph.settings import StoreSettings
from esfgraph.graph.vocab import NUTS_BASE, RDF, XSD

__all__ = ["VOID", "void_triples"]

VOID = "http://rdfs.org/ns/void#"
# The dataset's graphs: esfgraph's (under the base or w3id.org/esfgraph), no personal data; a
# SPARQL server's own graphs (Virtuoso's system graphs) are not counted.
_GRAPHS = ('FILTER(!STRENDS(STR(?g), "/personal") && (STRSTARTS(STR(?g), "{base}") '
           '|| STRSTARTS(STR(?g), "https://w3id.org/esfgraph/")))')
_COUNTS = """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?entities) (COUNT(DISTINCT ?p) AS ?properties)
WHERE { GRAPH ?g { ?s ?p ?o } %s }
"""
_CLASSES = """
SELECT ?c (COUNT(DISTINCT ?s) AS ?n)
WHERE { GRAPH ?g { ?s a ?c } %s } GROUP BY ?c ORDER BY ?c
"""
_NUTS_LINKS = """
SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o) && STRSTARTS(STR(?o), "%s"))
  %s }
"""


def _v(name: str) -> NamedNode:
    return NamedNode(VOID + name)


def _int(n) -> Literal:
    return Literal(str(n), datatype=XSD.integer)


def void_triples(store, settings: StoreSettings) -> list[Triple]:
    """Return the VoID description of the dataset at `<base>dataset` as triples, read from a
    store or a SPARQL server (an Endpoint)."""
    ds = NamedNode(settings.base + "dataset")
    graphs = _GRAPHS.format(base=settings.base.replace("\\", "").replace('"', ""))
    counts = select_rows(store, _COUNTS % graphs)[0]
    out = [Triple(ds, RDF.type, _v("Dataset")),
           Triple(ds, _v("uriSpace"), Literal(settings.base)),
           Triple(ds, _v("sparqlEndpoint"), NamedNode(settings.base + "sparql")),
           Triple(ds, _v("triples"), _int(counts["triples"])),
           Triple(ds, _v("entities"), _int(counts["entities"])),
           Triple(ds, _v("properties"), _int(counts["properties"])),
           Triple(ds, _v("vocabulary"), NamedNode("https://w3id.org/esfgraph/ontology#"))]
    classes = select_rows(store, _CLASSES % graphs)
    out.append(Triple(ds, _v("classes"), _int(len(classes))))
    for i, row in enumerate(classes):
        part = NamedNode(f"{settings.base}dataset#class-{i}")
        out += [Triple(ds, _v("classPartition"), part), Triple(part, _v("class"), NamedNode(row["c"])),
                Triple(part, _v("entities"), _int(row["n"]))]
    links = NamedNode(settings.base + "dataset#nuts")
    out += [Triple(ds, _v("subset"), links), Triple(links, RDF.type, _v("Linkset")),
            Triple(links, _v("target"), NamedNode(NUTS_BASE)),
            Triple(links, _v("triples"), _int(select_rows(store, _NUTS_LINKS % (NUTS_BASE, graphs))[0]["n"]))]
    return out
