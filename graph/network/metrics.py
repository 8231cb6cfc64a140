"""Centrality, components and communities of the collaboration graph, and writing them to the store.

Every metric is deterministic for a given graph and seed: nodes and edges are added in sorted
order (network.project_graph), sampled betweenness and Louvain use the seed, and component and
community ids are ordered by size (largest = 0), then by the smallest member label.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
from pyoxigraph import Literal, Quad, Store

from esfgraph.graph.iris import Iris
from esfgraph.graph.vocab import DCTERMS, ESF, XSD

__all__ = [
    "BETWEENNESS_SAMPLES",
    "EXACT_BETWEENNESS_LIMIT",
    "METRICS",
    "METRICS_GRAPH",
    "betweenness",
    "compute_metrics",
    "pagerank",
    "write_metrics",
]

METRICS = ("degree", "weighted_degree", "betweenness", "pagerank", "community", "component")
METRICS_GRAPH = "network-metrics"
# Exact betweenness (Brandes, pure Python) costs O(V·E). Measured on the synthetic ESF-like
# networks of bench/bench_network.py --calibrate (projects = 10/3 x organisations):
#   500 orgs / 6.2k edges 1.1 s, 1,000 / 13k 5.1 s, 1,500 / 20k 19 s, 2,000 / 27k 30 s,
#   3,000 / 42k 76-83 s.
# So: exact up to 1,000 organisations (about 5 s); above, BETWEENNESS_SAMPLES source nodes drawn
# with the seed. At 3,000 organisations k=500 takes about 14 s and keeps the exact top 10 and the
# order of the top 5 (18 of the exact top 20); k=200 lost one of the top 10.
EXACT_BETWEENNESS_LIMIT = 1000
BETWEENNESS_SAMPLES = 500

_PREDICATES = {"degree": ESF.degree, "weighted_degree": ESF.weightedDegree,
               "betweenness": ESF.betweenness, "pagerank": ESF.pagerank,
               "community": ESF.community, "component": ESF.component}


def pagerank(G: nx.Graph, alpha: float = 0.85, weight: str = "weight", max_iter: int = 100,
             tol: float = 1.0e-6) -> dict:
    """Weighted PageRank by power iteration, as networkx.pagerank computes it (uniform teleport,
    dangling nodes spread uniformly), with numpy only, so SciPy is not needed."""
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    src, dst, w = [], [], []
    for u, v, d in G.edges(data=True):
        x = float(d.get(weight, 1))
        src += [index[u], index[v]]
        dst += [index[v], index[u]]
        w += [x, x]
    src_a, dst_a, w_a = np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64), np.array(w)
    out = np.bincount(src_a, weights=w_a, minlength=n) if len(src) else np.zeros(n)
    dangling = out == 0
    share = np.where(dangling, 0.0, 1.0 / np.where(dangling, 1.0, out))
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        flow = np.bincount(dst_a, weights=last[src_a] * share[src_a] * w_a, minlength=n) \
            if len(src) else np.zeros(n)
        x = alpha * flow + (alpha * last[dangling].sum() + 1.0 - alpha) / n
        if np.abs(x - last).sum() < n * tol:
            break
    return {v: float(x[i]) for i, v in enumerate(nodes)}


def _ordered(groups, G: nx.Graph) -> list[list]:
    """Groups of nodes sorted by size (descending), then by their smallest label."""
    def key(g):
        return (-len(g), min((G.nodes[n].get("label", str(n)).casefold(), str(n)) for n in g))
    return sorted((list(g) for g in groups), key=key)


def compute_metrics(G: nx.Graph, seed: int = 42, *, exact_limit: int = EXACT_BETWEENNESS_LIMIT,
                    samples: int = BETWEENNESS_SAMPLES) -> dict:
    """Compute METRICS for every node, store them as node attributes and return node -> metrics.

    degree: distinct collaborators; weighted_degree: sum of shared projects over them;
    betweenness: normalised, unweighted shortest paths, exact up to `exact_limit` nodes, else
    estimated from `samples` source nodes drawn with `seed`; pagerank: weighted by shared
    projects; component: connected component id (largest = 0); community: Louvain community
    (weighted, `seed`), ids ordered by size then name. G.graph["betweenness"] says which.
    `exact_limit` counts the nodes in components of three or more (see `betweenness`).
    """
    n = len(G)
    degree = dict(G.degree())
    weighted = dict(G.degree(weight="weight"))
    between, G.graph["betweenness"] = betweenness(G, seed, exact_limit, samples)
    rank = pagerank(G)
    component, community = {}, {}
    for i, group in enumerate(_ordered(nx.connected_components(G), G)):
        for v in group:
            component[v] = i
    communities = nx.community.louvain_communities(G, weight="weight", seed=seed) if n else []
    for i, group in enumerate(_ordered(communities, G)):
        for v in group:
            community[v] = i
    out = {}
    for v in G:
        m = {"degree": degree[v], "weighted_degree": weighted[v], "betweenness": between[v],
             "pagerank": rank[v], "community": community[v], "component": component[v]}
        G.nodes[v].update(m)
        out[v] = m
    G.graph["metrics_seed"] = seed
    return out


def betweenness(G: nx.Graph, seed: int = 42, exact_limit: int = EXACT_BETWEENNESS_LIMIT,
                samples: int = BETWEENNESS_SAMPLES) -> tuple[dict, str]:
    """Normalised betweenness of every node, and how it was computed ("exact" or "sampled ...").

    Only components of three or more nodes can have a node between two others, so the work (and
    the sampling) is done on those nodes alone, then rescaled to the normalisation of all of G;
    the result is the same as networkx.betweenness_centrality(G) when exact.
    """
    n = len(G)
    out = dict.fromkeys(G, 0.0)
    core = [v for c in nx.connected_components(G) if len(c) >= 3 for v in c]
    m = len(core)
    if m < 3:
        return out, "exact"
    H = G if m == n else G.subgraph(core).copy()  # a copy: views are slow to traverse
    if m <= exact_limit:
        values, how = nx.betweenness_centrality(H, normalized=True), "exact"
    else:
        k = min(samples, m)
        values = nx.betweenness_centrality(H, k=k, normalized=True, seed=seed)
        how = f"sampled k={k} of {m} seed={seed}"
    scale = (m - 1) * (m - 2) / ((n - 1) * (n - 2))
    out.update({v: x * scale for v, x in values.items()})
    return out, how


def has_metrics(G: nx.Graph) -> bool:
    """Return whether the graph's nodes carry the metrics already."""
    return "betweenness" in G.graph and all("pagerank" in d for _, d in G.nodes(data=True))


def _literal(metric: str, value) -> Literal:
    if metric in ("degree", "community", "component"):
        return Literal(str(int(value)), datatype=XSD.integer)
    return Literal(repr(float(value)), datatype=XSD.double)


def write_metrics(store: Store, G: nx.Graph, iris: Iris | None = None) -> int:
    """Replace the named graph `iris.graph("network-metrics")` with the metrics of G's nodes
    (esf:degree, esf:weightedDegree, esf:betweenness, esf:pagerank, esf:community,
    esf:component on each organisation IRI); compute them first if G has none. Returns the
    number of organisations written. The graph itself gets a dcterms:description of the filter.
    """
    from pyoxigraph import NamedNode

    iris = iris or Iris()
    if not has_metrics(G):
        compute_metrics(G)
    g = iris.graph(METRICS_GRAPH)
    quads = [Quad(g, DCTERMS.description,
                  Literal(f"esfgraph network metrics; filter: {G.graph.get('filter', 'all')}; "
                          f"betweenness: {G.graph.get('betweenness', 'exact')}"), g)]
    for v, d in G.nodes(data=True):
        s = NamedNode(v)
        quads += [Quad(s, _PREDICATES[m], _literal(m, d[m]), g) for m in METRICS]
    if store.contains_named_graph(g):
        store.remove_graph(g)
    store.extend(quads)
    return len(G)
