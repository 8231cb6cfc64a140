"""The named SPARQL queries in `queries/`: list them, load them, run them with bound parameters."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store, Variable

from esfgraph.errors import QueryError
from esfgraph.extract.organisations.names import name_key
from esfgraph.graph.vocab import XSD

__all__ = [
    "NamedQuery",
    "internal_query",
    "list_queries",
    "load_query",
    "resolve_query",
    "rows",
    "run_internal",
    "run_query",
    "with_values",
]

_HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")
_PARAM = re.compile(r"(\w+)\s*\((\w+)\)\s*([^;]*)")
_TYPES = {"string": None, "integer": XSD.integer, "decimal": XSD.decimal, "date": XSD.date}


@dataclass(frozen=True)
class NamedQuery:
    """A query with its header: name (file stem), title, description, columns and parameters."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    columns: tuple[str, ...] = ()
    params: tuple[tuple[str, str, str], ...] = ()  # (name, type, description)


def _parse(name: str, text: str) -> NamedQuery:
    meta = {}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            if line.strip() and not line.startswith("#"):
                break
            continue
        meta[m[1]] = m[2].strip()
    params = tuple((n, t, d.strip()) for n, t, d in _PARAM.findall(meta.get("params", "")))
    columns = re.sub(r"\(.*?\)", "", meta.get("columns", ""))
    columns = tuple(c.strip() for c in columns.split(",") if c.strip())
    return NamedQuery(name, text, meta.get("title", ""), meta.get("description", ""), columns, params)


def _query_dir():
    return files("esfgraph.queries")


@functools.cache
def list_queries() -> tuple[NamedQuery, ...]:
    """Return every named query shipped in `queries/`, sorted by name."""
    found = [p for p in _query_dir().iterdir() if p.name.endswith(".rq")]
    return tuple(sorted((_parse(p.name[:-3], p.read_text(encoding="utf-8")) for p in found),
                        key=lambda q: q.name))


def load_query(name: str) -> NamedQuery:
    """Return the named query `name` (file stem; `_` and `-` are the same)."""
    want = name.replace("_", "-")
    for q in list_queries():
        if q.name.replace("_", "-") == want:
            return q
    names = ", ".join(q.name for q in list_queries())
    raise QueryError(f"no query named {name!r}. Available names: {names}")


@functools.cache
def internal_query(name: str) -> NamedQuery:
    """Return one of esfgraph's own queries (`queries/internal/NAME.rq`): what the build, the
    statistics and push ask the store or a server."""
    text = (_query_dir() / "internal" / f"{name}.rq").read_text(encoding="utf-8")
    return _parse(name, text)


def run_internal(store: Store, name: str, **bindings: NamedNode | Literal) -> QuerySolutions:
    """Run an internal query on the store, its parameters bound as RDF terms."""
    return store.query(internal_query(name).text, use_default_graph_as_union=True,
                       substitutions={Variable(k): v for k, v in bindings.items()})


def with_values(query: NamedQuery, **bindings: NamedNode | Literal) -> str:
    """Return the query's text with its parameters bound by a trailing VALUES clause, for a
    server that takes SPARQL text only; the terms are written by pyoxigraph, never pasted."""
    if not bindings:
        return query.text
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    return f"{query.text.rstrip()}\nVALUES ({names}) {{ ({terms}) }}\n"


def resolve_query(spec: str) -> NamedQuery:
    """Return a query from a name, a .rq file path, or SPARQL text."""
    if re.match(r"^[\w-]+$", spec):
        return load_query(spec)
    path = Path(spec)
    if spec.endswith(".rq") or (len(spec) < 4096 and "\n" not in spec and path.is_file()):
        if not path.is_file():
            raise QueryError(f"no query file {spec}")
        return _parse(path.stem, path.read_text(encoding="utf-8"))
    return _parse("(inline)", spec)


def _bind(query: NamedQuery, params: dict[str, str]) -> dict[Variable, Literal | NamedNode]:
    declared = {n: t for n, t, _ in query.params}
    missing = [n for n in declared if n not in params]
    if missing:
        raise QueryError(f"query {query.name!r} needs the parameter {missing[0]!r}", setting="param")
    out = {}
    for key, value in params.items():
        kind = declared.get(key, "string")
        if key not in declared and query.name != "(inline)" and declared:
            raise QueryError(f"query {query.name!r} has no parameter {key!r} "
                             f"(it takes: {', '.join(declared)})")
        if kind == "name":
            out[Variable(key)] = Literal(_name_param(value))
        elif kind == "iri" or (value.startswith("<") and value.endswith(">")):
            out[Variable(key)] = NamedNode(value.strip("<>"))
        elif _TYPES.get(kind) is not None:
            out[Variable(key)] = Literal(value, datatype=_TYPES[kind])
        else:
            out[Variable(key)] = Literal(value)
    return out


def _name_param(value: str) -> str:
    """An organisation named by a user: its lookup key (lower case, one space), or its number."""
    digits = value.replace("-", "").replace(" ", "")
    if len(digits) == 10 and digits.isdigit():
        return f"{digits[:6]}-{digits[6:]}"
    return name_key(value)


def run_query(store: Store, spec: str | NamedQuery, params: dict[str, str] | None = None):
    """Run a named query, .rq file or SPARQL text over the union of all graphs.

    Parameters are bound as RDF terms (SEP-0007 substitutions), never pasted into the text.
    Returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples.
    """
    query = spec if isinstance(spec, NamedQuery) else resolve_query(spec)
    try:
        return store.query(query.text, use_default_graph_as_union=True,
                           substitutions=_bind(query, params or {}))
    except SyntaxError as e:
        raise QueryError(f"query {query.name!r} is not valid SPARQL: {e}") from None


def _cell(term) -> str:
    return "" if term is None else term.value


def rows(result: QuerySolutions) -> tuple[list[str], list[list[str]]]:
    """Return (column names, rows of plain strings) of a SELECT result."""
    names = [v.value for v in result.variables]
    return names, [[_cell(sol[n]) for n in names] for sol in result]
