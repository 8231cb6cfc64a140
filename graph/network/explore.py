"""Questions to the collaboration graph: who is central, who works with whom, how two connect."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import networkx as nx

from esfgraph.errors import QueryError
from esfgraph.graph.network.metrics import METRICS, compute_metrics, has_metrics

__all__ = [
    "RANK_BY",
    "Collaborator",
    "Ego",
    "PathStep",
    "ego",
    "find_org",
    "rank",
    "shortest_path",
]

RANK_BY = ("pagerank", "degree", "weighted_degree", "betweenness", "projects")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def find_org(G: nx.Graph, text: str) -> str:
    """Return the node of an organisation given by IRI, organisation number (with or without the
    hyphen) or canonical name (case-insensitive). Raises QueryError with close names if none, or
    with the candidates if a name is shared."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    if text in G:
        return text
    digits = _digits(text)
    if len(digits) == 10 and re.fullmatch(r"[\d\s-]+", text):
        hits = [v for v, d in G.nodes(data=True) if _digits(d.get("orgnr") or "") == digits]
        if hits:
            return hits[0]
    want = text.casefold()
    hits = sorted(v for v, d in G.nodes(data=True)
                  if want in (d.get("label", "").casefold(), d.get("name", "").casefold()))
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise QueryError(f"{text!r} names {len(hits)} organisations; give the IRI or organisation "
                         f"number: " + ", ".join(hits))
    labels = {d.get("label", ""): v for v, d in G.nodes(data=True)}
    by_fold = {lab.casefold(): lab for lab in labels}
    close = difflib.get_close_matches(want, list(by_fold), n=5, cutoff=0.6)
    close += [f for f in sorted(by_fold) if want and want in f and f not in close][: 5 - len(close)]
    hint = f"; close names: {', '.join(by_fold[c] for c in close)}" if close else ""
    where = G.graph.get("filter", "all")
    scope = "" if where == "all" else f" (filter: {where})"
    raise QueryError(f"no organisation {text!r} in the network{scope}{hint}")


def _ensure_metrics(G: nx.Graph, seed: int) -> None:
    if not has_metrics(G):
        compute_metrics(G, seed=seed)


def rank(G: nx.Graph, top: int = 20, by: str = "pagerank", seed: int = 42) -> list[dict]:
    """Return the `top` organisations (all if top <= 0) by a metric, highest first (ties by name).

    Each row: rank, iri, name, orgnr, type, projects and the METRICS.
    """
    if by not in RANK_BY:
        raise QueryError(f"cannot rank by {by!r}; choose one of {', '.join(RANK_BY)}")
    _ensure_metrics(G, seed)
    order = sorted(G.nodes(data=True), key=lambda vd: (-vd[1][by], vd[1]["label"].casefold(), vd[0]))
    if top and top > 0:
        order = order[:top]
    return [{"rank": i, "iri": v, "name": d["label"], "orgnr": d.get("orgnr", ""),
             "type": d.get("type", ""), "projects": d.get("projects", 0),
             **{m: d[m] for m in METRICS}}
            for i, (v, d) in enumerate(order, 1)]


def _projects(G: nx.Graph, a: str, b: str) -> tuple[str, ...]:
    text = G.edges[a, b].get("projects", "")
    return tuple(p for p in text.split(";") if p)


@dataclass(frozen=True)
class Collaborator:
    """An organisation within `depth` steps of the centre.

    distance: steps from the centre; via: the previous organisation on a shortest path ("" at
    distance 1); projects: the projects of the last step (shared with the centre at distance 1,
    with `via` otherwise); weight: their number.
    """

    iri: str
    name: str
    orgnr: str
    type: str
    distance: int
    via: str
    projects: tuple[str, ...]

    @property
    def weight(self) -> int:
        return len(self.projects)


@dataclass(frozen=True)
class Ego:
    """An organisation and its collaborators up to `depth` steps."""

    iri: str
    name: str
    depth: int
    projects: tuple[str, ...]
    collaborators: tuple[Collaborator, ...]


def ego(G: nx.Graph, org: str, depth: int = 1) -> Ego:
    """Return the organisation `org` (name, orgnr or IRI) and everyone within `depth` steps,
    sorted by distance, then most shared projects, then name."""
    if depth < 1:
        raise QueryError(f"depth must be at least 1, not {depth}")
    center = find_org(G, org)
    paths = nx.single_source_shortest_path(G, center, cutoff=depth)
    rows = []
    for v, path in paths.items():
        if v == center:
            continue
        d = G.nodes[v]
        prev = path[-2]
        rows.append(Collaborator(v, d["label"], d.get("orgnr", ""), d.get("type", ""),
                                 len(path) - 1, "" if prev == center else G.nodes[prev]["label"],
                                 _projects(G, prev, v)))
    rows.sort(key=lambda c: (c.distance, -c.weight, c.name.casefold(), c.iri))
    cd = G.nodes[center]
    own = tuple(p for p in cd.get("project_ids", "").split(";") if p)
    return Ego(center, cd["label"], depth, own, tuple(rows))


@dataclass(frozen=True)
class PathStep:
    """One step of a path: from one organisation to the next, through the projects they share."""

    source: str
    source_name: str
    target: str
    target_name: str
    projects: tuple[str, ...]


def shortest_path(G: nx.Graph, a: str, b: str) -> list[PathStep]:
    """Return a shortest chain of collaborations from `a` to `b` (names, orgnrs or IRIs), each step
    with the projects linking it. Raises QueryError if they are the same or not connected."""
    src, dst = find_org(G, a), find_org(G, b)
    if src == dst:
        raise QueryError(f"{a!r} and {b!r} are the same organisation ({G.nodes[src]['label']})")
    try:
        nodes = nx.shortest_path(G, src, dst)
    except nx.NetworkXNoPath:
        raise QueryError(f"{G.nodes[src]['label']} and {G.nodes[dst]['label']} are not connected "
                         f"in the network (no chain of shared projects)") from None
    return [PathStep(u, G.nodes[u]["label"], v, G.nodes[v]["label"], _projects(G, u, v))
            for u, v in zip(nodes, nodes[1:])]
