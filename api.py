"""The Python API: what a notebook or a script calls. The `esfgraph` command calls the same.

    import esfgraph
    store = esfgraph.open_store("esf-store", create=True)
    esfgraph.build(["examples/"], store)
    rows = esfgraph.query(store, "projects-of", org="Region Kronoberg")
    G = esfgraph.collaboration_graph(store, period="2021-2027")
    esfgraph.export(store, "turtle", "esf.ttl")

Every name is also importable from `esfgraph` itself; importing `esfgraph` loads nothing heavy
until a function is first used.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from pyoxigraph import Literal, QuerySolutions, Store

from esfgraph.errors import QueryError
from esfgraph.graph.queries import run_query
from esfgraph.graph.store import open_store  # noqa: F401  (part of the API)

if TYPE_CHECKING:
    import networkx as nx

    from esfgraph.errors import RecordError
    from esfgraph.extract.partners.mentions import Mention
    from esfgraph.extract.records import Record
    from esfgraph.graph.build import BuildSummary
    from esfgraph.graph.publish.export import ExportSummary

__all__ = ["open_store", "build", "query", "export", "collaboration_graph", "read_records",
           "find_partners"]

_XSD = "http://www.w3.org/2001/XMLSchema#"


def build(paths: str | Path | Iterable[str | Path], store: Store, **options: Any) -> "BuildSummary":
    """Read, extract and load record files, folders or globs into the store; return what happened.

    Options as `graph.build.build_graph`: base, jobs, spacy_model, sync, extract, focus,
    report_path, on_progress.
    """
    from esfgraph.graph.build import build_graph
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    return build_graph([str(p) for p in paths], store, **options)


def _python(term) -> Any:
    """A term as a Python value: IRIs as strings, typed literals as int, Decimal, date, bool."""
    if term is None:
        return None
    if isinstance(term, Literal):
        kind = term.datatype.value
        if kind in (_XSD + "integer", _XSD + "int", _XSD + "long"):
            return int(term.value)
        if kind == _XSD + "decimal":
            return Decimal(term.value)
        if kind == _XSD + "double":
            return float(term.value)
        if kind == _XSD + "date":
            return _dt.date.fromisoformat(term.value)
        if kind == _XSD + "boolean":
            return term.value == "true"
    return term.value


def query(store: Store, name_or_sparql: str, **params: str) -> list[dict[str, Any]]:
    """Run a named query (see `esfgraph queries`), a .rq file or SELECT text; return its rows as
    dicts of Python values (numbers as int or Decimal, dates as date, IRIs as str)."""
    result = run_query(store, name_or_sparql, {k: str(v) for k, v in params.items()})
    if not isinstance(result, QuerySolutions):
        raise QueryError("query() returns rows of a SELECT query; use run_query for ASK or CONSTRUCT")
    names = [v.value for v in result.variables]
    return [{n: _python(sol[n]) for n in names} for sol in result]


def export(store: Store, fmt: str = "turtle", output: str | Path | None = None,
           **options: Any) -> "tuple[ExportSummary, bytes | None]":
    """Write the graph as turtle, jsonld, ntriples, nquads or trig to `output` (with its DCAT
    description beside it), or return the bytes when `output` is None."""
    from esfgraph.graph.publish.export import export_graph
    return export_graph(store, fmt, output, **options)


def collaboration_graph(store: Store, **filters: Any) -> "nx.Graph":
    """Return the collaboration network (networkx): organisations linked by shared projects.

    Filters as `graph.network.NetworkFilter`: period, region, since, until, roles, types,
    min_weight.
    """
    from esfgraph.graph.network import NetworkFilter
    from esfgraph.graph.network import collaboration_graph as _graph
    return _graph(store, NetworkFilter(**filters))


def read_records(paths: str | Path | Iterable[str | Path]) -> "Iterator[Record | RecordError]":
    """Yield every record in the files, folders and globs, and a RecordError for each bad one."""
    from esfgraph.extract.records import iter_records
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    return iter_records([str(p) for p in paths])


_PIPELINE = []


def find_partners(text: str, owner: str | None = None) -> "list[Mention]":
    """Return the organisations a Swedish text names, each with its role and evidence; `owner`
    (a name) marks the owner's own mentions."""
    from esfgraph.extract.organisations.resolve import resolve_owner
    from esfgraph.extract.partners.mentions import build_pipeline, pipe_mentions
    if not _PIPELINE:
        _PIPELINE.append(build_pipeline())
    org = resolve_owner(owner)[0] if owner else None
    return next(pipe_mentions(_PIPELINE[0], [(text, org, None)]))[1]

