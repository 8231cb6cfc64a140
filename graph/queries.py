"""The named SPARQL queries in `queries/`: list them, load them, run them with bound parameters."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QueryResultsFormat, QuerySolutions, Store, Variable

from esfgraph.errors import QueryError
from esfgraph.extract.organisations.names import name_key
from esfgraph.graph.vocab import XSD

__all__ = ["NamedQuery", "list_queries", "load_query", "run_query", "resolve_query", "rows",
           "results_json", "run_remote", "solution_rows", "select_rows",
           "internal_query", "run_internal", "with_values", "with_leading_values", "sort_joined"]

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
    joined: tuple[str, ...] = ()  # columns of values joined by "; " (GROUP_CONCAT)


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
    joined = tuple(_JOINED.findall(meta.get("columns", "")))
    columns = re.sub(r"\(.*?\)", "", meta.get("columns", ""))
    columns = tuple(c.strip() for c in columns.split(",") if c.strip())
    return NamedQuery(name, text, meta.get("title", ""), meta.get("description", ""), columns, params,
                      joined)


_JOINED = re.compile(r'(\w+)\s*\([^)]*joined by "; "[^)]*\)')


def sort_joined(query: NamedQuery, names: list[str], data: list[list[str]]) -> list[list[str]]:
    """Return the rows with the parts of the query's joined columns in order of name: SPARQL
    leaves the order of GROUP_CONCAT to the engine (the store and Virtuoso differ)."""
    at = [names.index(c) for c in query.joined if c in names]
    if not at:
        return data
    for row in data:
        for i in at:
            row[i] = "; ".join(sorted(row[i].split("; "))) if row[i] else row[i]
    return data


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
    """Run an internal query on the store, its parameters bound as RDF terms (a leading VALUES
    clause, where the planner sees them)."""
    return store.query(with_leading_values(internal_query(name), **bindings),
                       use_default_graph_as_union=True)


def with_values(query: NamedQuery, **bindings: NamedNode | Literal) -> str:
    """Return the query's text with its parameters bound by a trailing VALUES clause, for a
    server that takes SPARQL text only; the terms are written by pyoxigraph, never pasted."""
    if not bindings:
        return query.text
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    return f"{query.text.rstrip()}\nVALUES ({names}) {{ ({terms}) }}\n"


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_leading_values(query: NamedQuery, **bindings: NamedNode | Literal) -> str:
    """Return the query's text with its parameters bound by a VALUES clause at the start of its
    WHERE group, where a planner (Oxigraph's, Virtuoso's) starts its joins from the bound terms;
    the terms are written by pyoxigraph, never pasted. (Oxigraph's substitutions and a trailing
    VALUES leave the planner blind to them: a lookup then joins over every project.)"""
    if not bindings:
        return query.text
    found = _WHERE.search(query.text)
    if found is None:
        raise QueryError(f"query {query.name!r} has no WHERE group to bind its parameters in")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    at = found.end()
    return f"{query.text[:at]} VALUES ({names}) {{ ({terms}) }}{query.text[at:]}"


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


_VARIABLE = re.compile(r"^[A-Za-z_][\w]*$")
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|"
                     r"MOVE|COPY|WITH)\b", re.IGNORECASE)


def _bind(query: NamedQuery, params: dict[str, str]) -> dict[Variable, Literal | NamedNode]:
    declared = {n: t for n, t, _ in query.params}
    missing = [n for n in declared if n not in params]
    if missing:
        raise QueryError(f"query {query.name!r} needs the parameter {missing[0]!r}", setting="param")
    out = {}
    for key, value in params.items():
        if not _VARIABLE.match(key):
            raise QueryError(f"{key!r} is not a parameter name (letters, digits and _)",
                             setting="param")
        if key not in declared and query.name != "(inline)":
            takes = f"it takes: {', '.join(declared)}" if declared else "it takes none"
            raise QueryError(f"query {query.name!r} has no parameter {key!r} ({takes})",
                             setting="param")
        out[Variable(key)] = _term(key, declared.get(key, "string"), value)
    return out


def _term(key: str, kind: str, value: str) -> Literal | NamedNode:
    """A parameter's value as the RDF term its declared kind says."""
    if kind == "name":
        return Literal(_name_param(value))
    if kind == "iri" or (value.startswith("<") and value.endswith(">")):
        try:
            return NamedNode(value.strip("<>"))
        except ValueError as e:
            raise QueryError(f"parameter {key!r}: {value!r} is not an IRI ({e})") from None
    if _TYPES.get(kind) is not None:
        return Literal(value, datatype=_TYPES[kind])
    return Literal(value)


def _name_param(value: str) -> str:
    """An organisation named by a user: its lookup key (lower case, one space), or its number."""
    digits = value.replace("-", "").replace(" ", "")
    if len(digits) == 10 and digits.isdigit():
        return f"{digits[:6]}-{digits[6:]}"
    return name_key(value)


def run_query(store: Store, spec: str | NamedQuery, params: dict[str, str] | None = None):
    """Run a named query, .rq file or SPARQL text over the union of all graphs.

    Parameters are bound as RDF terms, never pasted into the text: a query's declared
    parameters in a VALUES clause at the start of its WHERE group (where Oxigraph's planner
    starts from them: `projects-of` 5x faster than with substitutions), other queries' by
    SEP-0007 substitutions. Returns pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples; a
    query that cannot run raises QueryError (read the results through `rows` to get the same for
    errors met while they are read).
    """
    query = spec if isinstance(spec, NamedQuery) else resolve_query(spec)
    bindings = _bind(query, params or {})
    try:
        if query.params and query.name != "(inline)":
            text = with_leading_values(query, **{k.value: v for k, v in bindings.items()})
            return store.query(text, use_default_graph_as_union=True)
        return store.query(query.text, use_default_graph_as_union=True, substitutions=bindings)
    except SyntaxError as e:
        if _UPDATE.match(query.text):
            raise QueryError("that is a SPARQL Update: esfgraph query only reads the store "
                             "(it changes through esfgraph build and remove)") from None
        raise QueryError(f"query {query.name!r} is not valid SPARQL: {e}") from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query {query.name!r} could not run: {_reason(e)}") from None


def run_remote(endpoint, spec: str | NamedQuery, params: dict[str, str] | None = None) -> dict:
    """Run a named query, .rq file or SPARQL text on a SPARQL server (graph.endpoint.Endpoint);
    return its SPARQL 1.1 JSON results. Parameters are bound as RDF terms in a VALUES clause.

    The named queries read the default graph as the union of the record graphs, as Virtuoso's
    does by default (Fuseki and GraphDB need their union-default-graph setting).
    """
    query = spec if isinstance(spec, NamedQuery) else resolve_query(spec)
    bindings = {k.value: v for k, v in _bind(query, params or {}).items()}
    if _UPDATE.match(query.text):
        raise QueryError("that is a SPARQL Update: esfgraph query only reads")
    return endpoint.select_json(with_values(query, **bindings))


def solution_rows(results: dict) -> tuple[list[str], list[list[str]]]:
    """Return (column names, rows of plain strings) of SPARQL 1.1 JSON results."""
    names = results.get("head", {}).get("vars", [])
    bindings = results.get("results", {}).get("bindings", [])
    return names, [[b[n]["value"] if n in b else "" for n in names] for b in bindings]


def select_rows(source, spec: str | NamedQuery, params: dict[str, str] | None = None
                ) -> list[dict[str, str]]:
    """Return a SELECT query's rows as dicts of plain strings ("" where unbound), from the
    embedded store (a pyoxigraph Store) or a SPARQL server (an Endpoint): one code path for
    whatever reads the graph through a named query."""
    query = spec if isinstance(spec, NamedQuery) else resolve_query(spec)
    if isinstance(source, Store):
        names, data = rows(run_query(source, query, params))
    else:
        names, data = solution_rows(run_remote(source, query, params))
    return [dict(zip(names, r)) for r in sort_joined(query, names, data)]


def _reason(e: Exception) -> str:
    text = str(e)
    if "SELECT projection" in text:
        return text.replace("The SPARQL query does not contains variable", "it has no variable") \
            .replace("in its SELECT projection", "to bind a parameter to")
    return text or type(e).__name__


def results_json(result: QuerySolutions) -> bytes:
    """Return a SELECT result as SPARQL 1.1 Query Results JSON; errors met are QueryErrors."""
    try:
        return result.serialize(format=QueryResultsFormat.JSON)
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"the query could not run: {_reason(e)}") from None


def _cell(term) -> str:
    return "" if term is None else term.value


def rows(result: QuerySolutions) -> tuple[list[str], list[list[str]]]:
    """Return (column names, rows of plain strings) of a SELECT result; an error met while the
    results are read (a failed SERVICE call, say) is a QueryError."""
    names = [v.value for v in result.variables]
    try:
        return names, [[_cell(sol[n]) for n in names] for sol in result]
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"the query could not run: {_reason(e)}") from None
