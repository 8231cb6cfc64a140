"""SHACL validation of the store with pySHACL, in chunks of record graphs so memory stays bounded."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, NamedNode, Store
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import SH

from esfgraph.errors import ShapeError
from esfgraph.graph.reference import ONTOLOGY_GRAPH, load_ontology_text

__all__ = ["read_shapes", "validate_store", "validate_graph", "ValidationReport", "Violation"]

CHUNK = 400


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path, the message, the value and severity."""

    focus: str
    path: str
    message: str
    value: str
    severity: str


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every violation found."""

    conforms: bool = True
    violations: list[Violation] = field(default_factory=list)
    graphs: int = 0

    def summary(self) -> str:
        """One line: whether the graph conforms, how many graphs were checked, violations."""
        if self.conforms:
            warned = len(self.violations)
            return f"conforms: {self.graphs} graphs checked, no violations" + (
                f" ({warned} warning(s) or note(s))" if warned else "")
        return f"does not conform: {len(self.violations)} violation(s) in {self.graphs} graphs"


def read_shapes(paths, g: Graph | None = None) -> Graph:
    """Read shape files into one graph (esfgraph's own shapes.ttl when `paths` is empty)."""
    g = Graph() if g is None else g
    for path in [str(p) for p in paths] or [None]:
        try:
            if path:
                g.parse(path, format="turtle")
            else:
                g.parse(data=load_ontology_text("shapes.ttl"), format="turtle")
        except Exception as e:  # rdflib raises many parser exception types
            raise ShapeError(f"cannot read shapes {path or 'shapes.ttl'}: {e}") from None
    return g


def _ontology() -> Graph:
    return Graph().parse(data=load_ontology_text("esf.ttl"), format="turtle")


def validate_graph(data: Graph, shapes: Graph | None = None, ontology: Graph | None = None
                   ) -> ValidationReport:
    """Validate one rdflib graph against the shapes (default: esfgraph's own)."""
    from pyshacl import validate
    from pyshacl.errors import ReportableRuntimeError, ShapeLoadError
    try:
        conforms, results, _ = validate(data, shacl_graph=shapes or read_shapes([]),
                                        ont_graph=ontology or _ontology(), inference="none",
                                        allow_warnings=True, advanced=True)
    except (ReportableRuntimeError, ShapeLoadError) as e:
        # Shapes that refer to shapes of another file (give every file they need).
        first = str(getattr(e, "message", e)).strip().splitlines()[0]
        raise ShapeError(f"the shapes are not complete SHACL: {first} (a file that refers to "
                         "another's shapes needs both: --shapes A --shapes B)") from None
    report = ValidationReport(conforms=bool(conforms))
    for r in results.subjects(SH.focusNode, None):
        def one(p):
            v = results.value(r, p)
            return "" if v is None else str(v)
        messages = list(results.objects(r, SH.resultMessage))
        english = [str(m) for m in messages if getattr(m, "language", None) == "en"] or [str(m) for m in messages]
        report.violations.append(Violation(one(SH.focusNode), one(SH.resultPath),
                                           english[0] if english else "", one(SH.value),
                                           one(SH.resultSeverity).rsplit("#", 1)[-1]))
    report.violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return report


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(term):
    """The rdflib term of a pyoxigraph term, made directly: parsing N-Triples text again costs
    time quadratic in a literal's length in rdflib's parser."""
    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return RdfLiteral(term.value, lang=term.language)
    kind = term.datatype.value
    return RdfLiteral(term.value, datatype=None if kind == _XSD_STRING else URIRef(kind))


def validate_store(store: Store, shapes_paths: list[str | Path] | None = None) -> ValidationReport:
    """Validate every record graph of the store, a chunk of graphs at a time, against the shape
    files (together; default: esfgraph's own)."""
    shapes, ontology = read_shapes(shapes_paths or []), _ontology()
    graphs = [g for g in store.named_graphs()
              if isinstance(g, NamedNode) and g != ONTOLOGY_GRAPH and not g.value.endswith("/personal")]
    total = ValidationReport(graphs=len(graphs))
    # esfgraph's own graphs (shared descriptions, reference data) go with every chunk of records.
    reference = [g for g in graphs if "/graph/" in g.value]
    records = [g for g in graphs if g not in reference]
    for i in range(0, max(len(records), 1), CHUNK):
        chunk = records[i:i + CHUNK] + reference
        data = Graph()
        for g in chunk:
            for q in store.quads_for_pattern(None, None, None, g):
                data.add((_term(q.subject), _term(q.predicate), _term(q.object)))
        part = validate_graph(data, shapes, ontology)
        total.conforms &= part.conforms
        total.violations.extend(part.violations)
    return total
