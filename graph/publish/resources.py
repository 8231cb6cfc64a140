"""Linked-data resources: an IRI's own triples, its path under the base, and its serialisations.

A resource's description is every public triple whose subject is the IRI, with the nodes that
live under the IRI's own path (a project's participations, evidence and collectives; an
organisation's units) followed from it. Personal data (each record's `/personal` graph) is left
out unless the view was opened to serve it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from urllib.parse import quote, unquote_to_bytes

from pyoxigraph import NamedNode, RdfFormat, Triple, serialize

from esfgraph.graph.publish.jsonld import write_jsonld
from esfgraph.graph.vocab import PREFIXES

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "choose_format",
    "describe",
    "iri_of_path",
    "path_of_iri",
    "serialize_triples",
]

# name: (media type, file extension, pyoxigraph format or None for JSON-LD/HTML)
FORMATS = {
    "html": ("text/html", "html", None),
    "turtle": ("text/turtle", "ttl", RdfFormat.TURTLE),
    "jsonld": ("application/ld+json", "jsonld", None),
    "ntriples": ("application/n-triples", "nt", RdfFormat.N_TRIPLES),
    "rdfxml": ("application/rdf+xml", "rdf", RdfFormat.RDF_XML),
}
EXTENSIONS = {ext: name for name, (_, ext, _) in FORMATS.items()}
_MEDIA = {media: name for name, (media, _, _) in FORMATS.items()}
_MEDIA.update({"application/xhtml+xml": "html", "application/x-turtle": "turtle",
               "application/json": "jsonld", "text/plain": "ntriples", "application/xml": "rdfxml"})
_ESCAPE = re.compile(rb"%([0-9A-Fa-f]{2})")


def describe(source, iri: str, limit: int = 20_000) -> list[Triple]:
    """Return the resource's public triples and those of the nodes under its path, from a store
    or a server (source.py): its own quads, then those of the nodes under its path that it
    names (a project's participations, then their evidence), a level at a time; sorted."""
    seen: set[Triple] = set()
    out: list[Triple] = []
    level, visited = [iri], {iri}
    under = iri + "/"
    while level and len(out) < limit:
        following = []
        for q in source.about(level):
            t = q.triple
            if t in seen:
                continue
            seen.add(t)
            out.append(t)
            o = q.object
            if isinstance(o, NamedNode) and o.value.startswith(under) and o.value not in visited:
                visited.add(o.value)
                following.append(o.value)
        level = following
    # The same order from a store and a server: the resource first, then the nodes under it.
    out.sort(key=lambda t: (t.subject.value != iri, t.subject.value, t.predicate.value, str(t.object)))
    return out[:limit]


def serialize_triples(triples: Iterable[Triple], fmt: str) -> bytes:
    """Return the triples as Turtle, JSON-LD, N-Triples or RDF/XML bytes."""
    if fmt == "jsonld":
        buf = io.StringIO()
        write_jsonld(sorted(triples, key=lambda t: t.subject.value), buf)
        return buf.getvalue().encode("utf-8")
    prefixes = PREFIXES if fmt == "turtle" else None
    return serialize(triples, format=FORMATS[fmt][2], prefixes=prefixes)


def iri_of_path(base: str, raw_path: bytes) -> str:
    """Return the IRI of a request's raw path: the base and the path, letters outside ASCII
    decoded (as the IRIs hold them), other escapes kept."""
    def keep_ascii(m: re.Match) -> bytes:
        return m.group(0).upper() if int(m.group(1), 16) < 0x80 else unquote_to_bytes(m.group(0))
    path = _ESCAPE.sub(keep_ascii, raw_path).decode("utf-8", errors="replace")
    return base + path.lstrip("/")


def path_of_iri(base: str, iri: str) -> str | None:
    """Return `/path` for an IRI under the base (letters outside ASCII escaped), else None."""
    if not iri.startswith(base):
        return None
    return "/" + quote(iri[len(base):], safe="/%-._~!$&'()*+,;=:@")


def _accepted(header: str) -> list[tuple[float, int, str]]:
    out = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if fields[0]:
            out.append((q, -i, fields[0].lower()))
    return sorted(out, reverse=True)


def choose_format(accept: str | None, default: str = "html") -> str | None:
    """Return the format the Accept header prefers (HTML for */*), or None if none is served."""
    if not accept:
        return default
    for q, _, media in _accepted(accept):
        if q <= 0:
            continue
        if media in _MEDIA:
            return _MEDIA[media]
        if media in ("*/*", "text/*", "application/*"):
            return default if media != "application/*" else "jsonld"
    return None
