"""A streaming JSON-LD writer, compacted with esfgraph's own @context (ontology/context.jsonld).

General JSON-LD compaction (rdflib, pyld) holds the whole graph and is slow at a hundred thousand
projects; our data only uses terms of our own context, so each subject's triples are written as
one node object as they stream by. rdflib reads the output back to the same triples (tested).
"""

from __future__ import annotations

import functools
import json
from typing import IO, Iterable

from pyoxigraph import Literal, NamedNode, Triple

from esfgraph.graph.reference import load_ontology_text
from esfgraph.graph.vocab import XSD

__all__ = ["write_jsonld", "load_context"]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def load_context() -> dict:
    """Return the @context object shipped in ontology/context.jsonld."""
    return json.loads(load_ontology_text("context.jsonld"))["@context"]


class _Compactor:
    def __init__(self, context: dict):
        self.prefixes = {k: v for k, v in context.items()
                         if isinstance(v, str) and v.endswith(("/", "#")) and not k.startswith("@")}
        self.terms: dict[str, tuple[str, str | None, bool]] = {}
        self.type_terms: dict[str, str] = {}
        for term, value in context.items():
            if term.startswith("@") or term in self.prefixes:
                continue
            if isinstance(value, str):
                iri, coercion, is_set = self.expand(value), None, False
            else:
                iri = self.expand(value.get("@id", term))
                coercion = value.get("@type")
                coercion = self.expand(coercion) if coercion and not coercion.startswith("@") else coercion
                is_set = value.get("@container") == "@set"
            if iri.startswith("@"):
                continue
            self.terms.setdefault(iri, (term, coercion, is_set))
            if isinstance(value, str):
                self.type_terms.setdefault(iri, term)

    def expand(self, value: str) -> str:
        prefix, _, local = value.partition(":")
        return self.prefixes[prefix] + local if prefix in self.prefixes and not local.startswith("//") else value

    def compact_iri(self, iri: str) -> str:
        for prefix, base in self.prefixes.items():
            if iri.startswith(base) and len(iri) > len(base):
                local = iri[len(base):]
                if "/" not in local and "#" not in local and ":" not in local:
                    return f"{prefix}:{local}"
        return iri

    def value(self, obj, coercion: str | None):
        if isinstance(obj, NamedNode):
            return self.compact_iri(obj.value) if coercion == "@id" else {"id": obj.value}
        assert isinstance(obj, Literal)
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        dt = obj.datatype.value
        if coercion == dt or (coercion is None and dt == XSD.string.value):
            return obj.value
        return {"@value": obj.value, "@type": self.compact_iri(dt)}

    def node(self, subject: str, pairs: list[tuple[str, object]]) -> dict:
        out: dict = {"id": subject}
        types = [self.type_terms.get(o.value) or self.compact_iri(o.value)
                 for p, o in pairs if p == _RDF_TYPE and isinstance(o, NamedNode)]
        if types:
            out["type"] = types if len(types) > 1 else types[0]
        for p, o in pairs:
            if p == _RDF_TYPE and isinstance(o, NamedNode):
                continue
            term, coercion, is_set = self.terms.get(p, (self.compact_iri(p), None, False))
            v = self.value(o, coercion)
            if term in out:
                if not isinstance(out[term], list):
                    out[term] = [out[term]]
                out[term].append(v)
            else:
                out[term] = [v] if is_set else v
        return out


def _prepared(context: dict) -> tuple[_Compactor, str]:
    """The compactor of a context and the document's head that writes it."""
    return _Compactor(context), '{\n"@context": ' + json.dumps(context, ensure_ascii=False, indent=1) + ',\n"@graph": [\n'


@functools.cache
def _shipped() -> tuple[_Compactor, str]:
    """Those of the shipped context, made once a process (a resource's JSON-LD took as long to
    read, index and write the context as to write its triples)."""
    return _prepared(load_context())


def write_jsonld(triples: Iterable[Triple], fh: IO[str], context: dict | None = None) -> int:
    """Write triples (grouped by subject as they come) as compacted JSON-LD; return the count."""
    c, head = _prepared(context) if context else _shipped()
    fh.write(head)
    count, first = 0, True
    subject, pairs = None, []

    def flush():
        nonlocal first
        if subject is not None:
            fh.write(("" if first else ",\n") + json.dumps(c.node(subject, pairs), ensure_ascii=False))
            first = False

    for t in triples:
        s = t.subject.value
        if s != subject:
            flush()
            subject, pairs = s, []
        pairs.append((t.predicate.value, t.object))
        count += 1
    flush()
    fh.write("\n]\n}\n")
    return count
