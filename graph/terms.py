"""RDF terms as N-Triples text: literals escaped in one place, vocabulary nodes as text.

The build writes N-Quads text straight to Oxigraph's bulk loader: making ~150 pyoxigraph objects
per record costs more than everything else in the mapping, so the mapping (triples.py) works on
terms as strings, and every literal it writes goes through the functions here.
"""

from __future__ import annotations

import re

from esfgraph.graph import vocab

__all__ = ["string", "integer", "decimal", "date", "boolean", "DCTERMS", "ESF", "ORG", "PROV",
           "RDF", "RDFS", "SCHEMA", "SKOS"]

# The namespaces' terms as N-Triples text ("<iri>"), e.g. terms.ESF.Project.
DCTERMS, ESF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS = (
    ns.nt for ns in (vocab.DCTERMS, vocab.ESF, vocab.ORG, vocab.PROV, vocab.RDF, vocab.RDFS,
                     vocab.SCHEMA, vocab.SKOS))

_INTEGER = f"^^<{vocab.XSD.integer.value}>"
_DECIMAL = f"^^<{vocab.XSD.decimal.value}>"
_DATE = f"^^<{vocab.XSD.date.value}>"
_BOOLEAN = f"^^<{vocab.XSD.boolean.value}>"
# Characters that a line-based reader may take for a line end (str.splitlines does: \x0b \x0c
# \x1c-\x1e \x85 U+2028 U+2029) and other controls: written as \u escapes, so they round-trip.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029]")


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
    if _CONTROLS.search(value):
        value = _CONTROLS.sub(lambda m: f"\\u{ord(m[0]):04X}", value)
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
