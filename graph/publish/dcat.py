"""A DCAT-AP-SE description of the dataset, for Sweden's open-data portal (dataportal.se).

It conforms to the official DCAT-AP 3.0.1 SHACL shapes (SEMIC; tests/test_dcat.py runs them) and
to DCAT-AP-SE's required fields: a catalogue, the dataset and its distributions under the base
IRI (`<base>dataset`, `<base>distribution/...`), a publisher (foaf:Agent), a contact point
(vcard:Organization), a licence (dct:LicenseDocument), every spatial and language value typed.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from pyoxigraph import RdfFormat, Store, parse
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from esfgraph.graph.queries import select_rows
from esfgraph.graph.settings import StoreSettings

__all__ = ["DEFAULT_LICENSE", "dataset_triples", "dcat_graph", "write_dcat"]

DEFAULT_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/"
EU = "http://publications.europa.eu/resource/authority/"
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
_MEDIA = {"turtle": ("text/turtle", "TURTLE"), "jsonld": ("application/ld+json", "JSON_LD"),
          "ntriples": ("application/n-triples", "RDF_N_TRIPLES"),
          "nquads": ("application/n-quads", "RDF_N_QUADS"), "trig": ("application/trig", "RDF_TRIG")}
_DESCRIPTION = {
    "sv": "Projekt finansierade av Europeiska socialfonden (2007–2013, ESF 2014–2020, ESF+ 2021–2027) ur Svenska "
          "ESF-rådets projektbank, med projektägare och samverkansparter utlästa ur projektbeskrivningarna "
          "och den mening som stöder varje uppgift.",
    "en": "Projects funded by the European Social Fund (2007–2013, ESF 2014–2020, ESF+ 2021–2027) from the Swedish "
          "ESF Council's project bank, with their owners and the partners read from the project "
          "descriptions, each with the sentence that supports it."}
_DIST_DESCRIPTION = {
    "sparql": "SPARQL 1.1-slutpunkt (endast läsning) över hela grafen.",
    "turtle": "Hela grafen i Turtle, utan personuppgifter.",
    "jsonld": "Hela grafen i JSON-LD, utan personuppgifter.",
    "ntriples": "Hela grafen i N-Triples, utan personuppgifter.",
    "nquads": "Hela grafen i N-Quads (en namngiven graf per projekt), utan personuppgifter.",
    "trig": "Hela grafen i TriG (en namngiven graf per projekt), utan personuppgifter."}
_TITLE_EN = "ESF projects, their owners and partners"
_THEMES = {"SOCI": {"sv": "Befolkning och samhälle", "en": "Population and society"},
           "ECON": {"sv": "Ekonomi och finans", "en": "Economy and finance"}}

_FACTS = """
PREFIX esf: <https://w3id.org/esfgraph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT (MIN(?s) AS ?start) (MAX(?e) AS ?end) (GROUP_CONCAT(DISTINCT STR(?n); separator=" ") AS ?nuts)
WHERE { ?p a esf:Project . OPTIONAL { ?p schema:startDate ?s } OPTIONAL { ?p schema:endDate ?e }
        OPTIONAL { ?p esf:nuts2|esf:esfRegion/esf:nuts2 ?n } }
"""


def _typed(g: Graph, node: URIRef, *types: URIRef) -> URIRef:
    for t in types:
        g.add((node, RDF.type, t))
    return node


def _publisher(g: Graph, settings: StoreSettings) -> URIRef | None:
    if not settings.publisher:
        return None
    given = settings.publisher
    node = URIRef(given) if given.startswith(("http://", "https://")) else URIRef(settings.base + "publisher")
    _typed(g, node, FOAF.Agent, FOAF.Organization)
    g.add((node, FOAF.name, Literal(given.rstrip("/").rsplit("/", 1)[-1] if node == URIRef(given) else given)))
    return node


def dcat_graph(store, settings: StoreSettings, distributions: list[dict] | None = None, *,
               license_iri: str | None = None, today: _dt.date | None = None) -> Graph:
    """Return the catalogue, dataset and distributions as an rdflib Graph, read from a store
    or a SPARQL server (an Endpoint).

    A distribution is {"id", "title", "format" (export format or "sparql"), "url", "size"}.
    """
    base = settings.base
    facts = select_rows(store, _FACTS)[0]
    g = Graph()
    for prefix, ns in (("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF), ("vcard", VCARD), ("skos", SKOS)):
        g.bind(prefix, ns)
    ds = _typed(g, URIRef(base + "dataset"), DCAT.Dataset)
    cat = _typed(g, URIRef(base + "catalog"), DCAT.Catalog)
    licence = _typed(g, URIRef(license_iri or DEFAULT_LICENSE), DCTERMS.LicenseDocument)
    modified = Literal((today or _dt.date.today()).isoformat(), datatype=XSD.date)
    for node, title_sv in ((ds, settings.title), (cat, settings.title + " – katalog")):
        g.add((node, DCTERMS.title, Literal(title_sv, lang="sv")))
        g.add((node, DCTERMS.description, Literal(_DESCRIPTION["sv"], lang="sv")))
        g.add((node, DCTERMS.description, Literal(_DESCRIPTION["en"], lang="en")))
        g.add((node, DCTERMS.license, licence))
        g.add((node, DCTERMS.modified, modified))
    g.add((ds, DCTERMS.title, Literal(_TITLE_EN, lang="en")))
    g.add((cat, DCAT.dataset, ds))
    g.add((cat, FOAF.homepage, _typed(g, URIRef(base), FOAF.Document)))
    g.add((ds, DCAT.landingPage, URIRef(base)))
    g.add((ds, DCTERMS.identifier, Literal(base + "dataset")))
    publisher = _publisher(g, settings)
    if publisher is not None:
        for node in (ds, cat):
            g.add((node, DCTERMS.publisher, publisher))
        contact = _typed(g, URIRef(base + "contact"), VCARD.Kind, VCARD.Organization)
        g.add((contact, VCARD.fn, Literal(next(g.objects(publisher, FOAF.name)))))
        g.add((contact, VCARD.hasURL, URIRef(base)))
        g.add((ds, DCAT.contactPoint, contact))
    swe = _typed(g, URIRef(EU + "language/SWE"), DCTERMS.LinguisticSystem)
    for node in (ds, cat):
        g.add((node, DCTERMS.language, swe))
    for theme, labels in _THEMES.items():
        concept = _typed(g, URIRef(EU + "data-theme/" + theme), SKOS.Concept)
        g.add((concept, SKOS.inScheme, URIRef(EU + "data-theme")))
        for lang, label in labels.items():
            g.add((concept, SKOS.prefLabel, Literal(label, lang=lang)))
        g.add((ds, DCAT.theme, concept))
    scheme = _typed(g, URIRef(EU + "data-theme"), SKOS.ConceptScheme)
    g.add((scheme, DCTERMS.title, Literal("Data theme", lang="en")))
    g.add((cat, DCAT.themeTaxonomy, scheme))
    for kw in ("ESF", "ESF+", "Europeiska socialfonden", "projekt", "samverkan", "kompetensförsörjning"):
        g.add((ds, DCAT.keyword, Literal(kw, lang="sv")))
    spatial = [EU + "country/SWE"] + sorted(set(facts["nuts"].split()))
    for iri in spatial:
        g.add((ds, DCTERMS.spatial, _typed(g, URIRef(iri), DCTERMS.Location)))
    if facts["start"]:
        period = _typed(g, URIRef(base + "dataset#period"), DCTERMS.PeriodOfTime)
        g.add((ds, DCTERMS.temporal, period))
        g.add((period, DCAT.startDate, Literal(facts["start"], datatype=XSD.date)))
        if facts["end"]:
            g.add((period, DCAT.endDate, Literal(facts["end"], datatype=XSD.date)))
    source = _typed(g, URIRef("https://www.esf.se/projektbanken"), DCAT.Dataset)
    g.add((source, DCTERMS.title, Literal("Svenska ESF-rådets projektbank", lang="sv")))
    g.add((source, DCTERMS.description, Literal("Svenska ESF-rådets förteckning över beviljade projekt.",
                                                 lang="sv")))
    g.add((ds, DCTERMS.source, source))
    council = _typed(g, URIRef("https://www.esf.se/"), FOAF.Agent, FOAF.Organization)
    g.add((council, FOAF.name, Literal("Svenska ESF-rådet", lang="sv")))
    g.add((source, DCTERMS.publisher, council))
    authority = _typed(g, URIRef("http://purl.org/adms/publishertype/NationalAuthority"), SKOS.Concept)
    g.add((authority, SKOS.prefLabel, Literal("National authority", lang="en")))
    g.add((authority, SKOS.inScheme, URIRef("http://purl.org/adms/publishertype/1.0")))
    g.add((council, DCTERMS.type, authority))
    for d in distributions if distributions is not None else _served(base):
        _distribution(g, ds, d, licence)
    return g


def _served(base: str) -> list[dict]:
    """The distributions `esfgraph serve` gives at the base: the SPARQL endpoint."""
    return [{"id": "sparql", "title": "SPARQL 1.1", "format": "sparql", "url": base + "sparql"}]


def _distribution(g: Graph, ds: URIRef, d: dict, licence: URIRef) -> None:
    dist = _typed(g, URIRef(ds + "/distribution/" + d["id"]), DCAT.Distribution)
    g.add((ds, DCAT.distribution, dist))
    g.add((dist, DCTERMS.title, Literal(d["title"], lang="sv")))
    g.add((dist, DCTERMS.description, Literal(_DIST_DESCRIPTION[d["format"]], lang="sv")))
    g.add((dist, DCAT.accessURL, URIRef(d["url"])))
    g.add((dist, DCTERMS.license, licence))
    if d["format"] == "sparql":
        g.add((dist, DCTERMS.format, _typed(g, URIRef(EU + "file-type/SPARQLQ"), DCTERMS.MediaTypeOrExtent)))
        return
    media, eu_format = _MEDIA[d["format"]]
    g.add((dist, DCAT.downloadURL, URIRef(d["url"])))
    g.add((dist, DCAT.mediaType, _typed(g, URIRef(f"http://www.iana.org/assignments/media-types/{media}"),
                                        DCTERMS.MediaType)))
    g.add((dist, DCTERMS.format, _typed(g, URIRef(EU + f"file-type/{eu_format}"), DCTERMS.MediaTypeOrExtent)))
    if d.get("size") is not None:
        g.add((dist, DCAT.byteSize, Literal(d["size"], datatype=XSD.nonNegativeInteger)))
    g.add((dist, DCTERMS.conformsTo, _typed(g, URIRef("https://w3id.org/esfgraph/ontology"), DCTERMS.Standard)))


def dataset_triples(store, settings: StoreSettings) -> list:
    """The served description (`/dataset`) as pyoxigraph triples, from a store or a server."""
    data = dcat_graph(store, settings).serialize(format="nt", encoding="utf-8")
    return sorted(parse(data, format=RdfFormat.N_TRIPLES), key=str)  # the same bytes every time


def write_dcat(store: Store, output: Path, fmt: str, settings: StoreSettings, *,
               license_iri: str | None = None, download_url: str | None = None,
               today: _dt.date | None = None) -> str:
    """Write `<output>.dcat.ttl` describing the export at `output`; return its path."""
    url = download_url or settings.base + "download/" + output.name
    dist = {"id": output.name, "title": f"{output.name} ({fmt})", "format": fmt, "url": url,
            "size": output.stat().st_size if output.exists() else None}
    g = dcat_graph(store, settings, [dist], license_iri=license_iri, today=today)
    path = output.with_name(output.name + ".dcat.ttl")
    from esfgraph.graph.publish.output import atomic_output
    with atomic_output(path) as tmp:
        g.serialize(tmp, format="turtle")
    return str(path)


def validate_dcat(store: Store, settings: StoreSettings, shapes: list[str] | None = None):
    """Check the served description against DCAT-AP-SE's required fields (dcat-ap-se.shapes.ttl)
    and any further shape files (the official DCAT-AP 3.0.1 shapes); return a ValidationReport."""
    from importlib.resources import files

    from esfgraph.graph.validate import read_shapes, validate_graph
    g = Graph().parse(data=(files("esfgraph.graph.publish") / "dcat-ap-se.shapes.ttl").read_text(
        encoding="utf-8"), format="turtle")
    if shapes:
        read_shapes(shapes, g)
    report = validate_graph(dcat_graph(store, settings), g, Graph())
    report.graphs = 1
    return report
