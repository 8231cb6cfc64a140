"""A DCAT-AP-SE description of an exported dataset, for Sweden's open-data portal (dataportal.se)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from pyoxigraph import Store
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

__all__ = ["write_dcat", "DEFAULT_LICENSE"]

DEFAULT_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/"
EU = "http://publications.europa.eu/resource/authority/"
ADMS = Namespace("http://www.w3.org/ns/adms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
_MEDIA = {"turtle": ("text/turtle", "TURTLE"), "jsonld": ("application/ld+json", "JSON_LD"),
          "ntriples": ("application/n-triples", "RDF_N_TRIPLES"),
          "nquads": ("application/n-quads", "RDF_N_QUADS"), "trig": ("application/trig", "RDF_TRIG")}

_FACTS = """
PREFIX esf: <https://w3id.org/esfgraph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT (COUNT(DISTINCT ?p) AS ?projects) (MIN(?s) AS ?start) (MAX(?e) AS ?end)
       (GROUP_CONCAT(DISTINCT STR(?n); separator=" ") AS ?nuts)
WHERE { ?p a esf:Project . OPTIONAL { ?p schema:startDate ?s } OPTIONAL { ?p schema:endDate ?e }
        OPTIONAL { ?p esf:esfRegion/esf:nuts2 ?n } }
"""


def write_dcat(store: Store, output: Path, fmt: str, *, publisher: str | None = None,
               license_iri: str | None = None, today: _dt.date | None = None) -> str:
    """Write `<output>.dcat.ttl` describing the export at `output`; return its path."""
    facts = next(iter(store.query(_FACTS, use_default_graph_as_union=True)))
    g = Graph()
    g.bind("dcat", DCAT)
    g.bind("dcterms", DCTERMS)
    g.bind("foaf", FOAF)
    g.bind("vcard", VCARD)
    ds = URIRef(output.resolve().as_uri() + "#dataset")
    dist = URIRef(output.resolve().as_uri())
    g.add((ds, RDF.type, DCAT.Dataset))
    g.add((ds, DCTERMS.title, Literal("ESF-projekt, projektägare och samverkansparter", lang="sv")))
    g.add((ds, DCTERMS.title, Literal("ESF projects, their owners and partners", lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "Projekt finansierade av Europeiska socialfonden (ESF 2014–2020, ESF+ 2021–2027) ur Svenska "
        "ESF-rådets projektbank, med projektägare och samverkansparter utlästa ur projektbeskrivningarna "
        "och den mening som stöder varje uppgift.", lang="sv")))
    g.add((ds, DCTERMS.description, Literal(
        "Projects funded by the European Social Fund (ESF 2014–2020, ESF+ 2021–2027) from the Swedish "
        "ESF Council's project bank, with their owners and the partners read from the project "
        "descriptions, each with the sentence that supports it.", lang="en")))
    pub = BNode("publisher")
    g.add((ds, DCTERMS.publisher, pub))
    g.add((pub, RDF.type, FOAF.Agent))
    g.add((pub, FOAF.name, Literal(publisher or "(publisher not stated)")))
    g.add((ds, DCTERMS.license, URIRef(license_iri or DEFAULT_LICENSE)))
    g.add((ds, DCTERMS.language, URIRef(EU + "language/SWE")))
    g.add((ds, DCAT.theme, URIRef(EU + "data-theme/SOCI")))
    g.add((ds, DCAT.theme, URIRef(EU + "data-theme/ECON")))
    for kw in ("ESF", "ESF+", "Europeiska socialfonden", "projekt", "samverkan", "kompetensförsörjning"):
        g.add((ds, DCAT.keyword, Literal(kw, lang="sv")))
    g.add((ds, DCTERMS.spatial, URIRef(EU + "country/SWE")))
    for code in sorted(set(facts["nuts"].value.split())) if facts["nuts"] else []:
        g.add((ds, DCTERMS.spatial, URIRef(code)))
    if facts["start"] is not None:
        period = BNode("temporal")
        g.add((ds, DCTERMS.temporal, period))
        g.add((period, RDF.type, DCTERMS.PeriodOfTime))
        g.add((period, DCAT.startDate, Literal(facts["start"].value, datatype=XSD.date)))
        if facts["end"] is not None:
            g.add((period, DCAT.endDate, Literal(facts["end"].value, datatype=XSD.date)))
    g.add((ds, DCTERMS.modified, Literal((today or _dt.date.today()).isoformat(), datatype=XSD.date)))
    g.add((ds, DCTERMS.source, URIRef("https://www.esf.se/projektbanken")))
    g.add((ds, DCAT.distribution, dist))
    media, eu_format = _MEDIA[fmt]
    g.add((dist, RDF.type, DCAT.Distribution))
    g.add((dist, DCTERMS.title, Literal(f"{output.name} ({fmt})")))
    g.add((dist, DCAT.accessURL, dist))
    g.add((dist, DCAT.downloadURL, dist))
    g.add((dist, DCAT.mediaType, URIRef(f"http://www.iana.org/assignments/media-types/{media}")))
    g.add((dist, DCTERMS.format, URIRef(EU + f"file-type/{eu_format}")))
    g.add((dist, DCTERMS.license, URIRef(license_iri or DEFAULT_LICENSE)))
    if output.exists():
        g.add((dist, DCAT.byteSize, Literal(output.stat().st_size, datatype=XSD.nonNegativeInteger)))
    g.add((dist, DCTERMS.conformsTo, URIRef("https://w3id.org/esfgraph/ontology")))
    path = output.with_name(output.name + ".dcat.ttl")
    g.serialize(path, format="turtle")
    return str(path)
