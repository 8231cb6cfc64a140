"""RDF terms as N-Triples text: literals escaped in one place, vocabulary nodes as text.

The build writes N-Quads text straight to Oxigraph's bulk loader: making ~150 pyoxigraph objects
per record costs more than everything else in the mapping, so the mapping (triples.py) works on
terms as strings, and every literal it writes goes through the functions here.
"""

from __future__ import annotations

from esfgraph.graph import vocab

__all__ = [
    "DCTERMS",
    "ESF",
    "ORG",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "boolean",
    "date",
    "decimal",
    "integer",
    "string",
]

# The namespaces' terms as N-Triples text ("<iri>"), e.g. terms.ESF.Project.
DCTERMS, ESF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS = (
    ns.nt for ns in (vocab.DCTERMS, vocab.ESF, vocab.ORG, vocab.PROV, vocab.RDF, vocab.RDFS,
                     vocab.SCHEMA, vocab.SKOS))

_INTEGER = f"^^<{vocab.XSD.integer.value}>"
_DECIMAL = f"^^<{vocab.XSD.decimal.value}>"
_DATE = f"^^<{vocab.XSD.date.value}>"
_BOOLEAN = f"^^<{vocab.XSD.boolean.value}>"


def string(value: str) -> str:
    """Return a plain string literal, escaped for N-Triples."""
    # str.replace runs at C speed; translate with a mapping is several times slower on long text.
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if '"' in value:
        value = value.replace('"', '\\"')
    if "\n" in value:
        value = value.replace("\n", "\\n")
    if "\r" in value:
        value = value.replace("\r", "\\r")
    return '"' + value + '"'


def integer(value: int) -> str:
    """Return an xsd:integer literal."""
    return f'"{int(value)}"{_INTEGER}'


def decimal(value) -> str:
    """Return an xsd:decimal literal of a Decimal, int or float."""
    return f'"{format(value, "f")}"{_DECIMAL}'


def date(value) -> str:
    """Return an xsd:date literal of a date."""
    return f'"{value.isoformat()}"{_DATE}'


def boolean(value: bool) -> str:
    """Return an xsd:boolean literal."""
    return f'"{"true" if value else "false"}"{_BOOLEAN}'
