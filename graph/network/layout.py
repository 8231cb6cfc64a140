"""Where the collaboration graph's nodes go and how they are coloured, for pictures and pages.

Deterministic for a graph and a seed: a force layout of each large component, small components
packed beside it; colours by community or by organisation type.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

from esfgraph.errors import EsfGraphError

__all__ = ["OTHER", "PALETTE", "colour_groups", "spring_positions", "top_nodes"]

# matplotlib's tab20 reordered (strong colours first, greys last, one dark blue instead of light
# grey); groups beyond get OTHER.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
           "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2",
           "#dbdb8d", "#9edae5", "#7f7f7f", "#393b79")
OTHER = "#d0d0d0"


def spring_positions(G: nx.Graph, seed: int = 42, iterations: int = 60) -> dict:
    """Positions in [0, 1]² (y grows downwards), deterministic for a seed.

    Components of three or more nodes get a Fruchterman–Reingold layout (numpy only: networkx's
    spring_layout needs SciPy from 500 nodes on; repulsion in row blocks so memory stays bounded,
    a weak pull to the centre keeps components together). Isolated nodes and pairs, which would
    drift to the rim, are set in a grid band below, sorted by name.
    """
    small = [c for c in nx.connected_components(G) if len(c) < 3]
    rest = G.subgraph(set(G) - set().union(*small)) if small else G
    pos = _force_layout(rest, seed, iterations)
    if small:
        _pack(G, small, pos)
    return pos


def _pack(G: nx.Graph, small: list[set], pos: dict) -> None:
    items = [v for c in sorted(small, key=lambda c: min(G.nodes[v]["label"].casefold() for v in c))
             for v in sorted(c, key=lambda v: G.nodes[v]["label"].casefold())]
    cols = max(1, math.ceil(math.sqrt(4 * len(items))))
    step = min(0.1, 1.0 / cols)
    cols = min(cols, int(1 / step) + 1)
    x0 = 0.5 - step * (min(cols, len(items)) - 1) / 2
    top = (max(y for _, y in pos.values()) + 2 * step) if pos else 0.0
    for i, v in enumerate(items):
        pos[v] = (x0 + step * (i % cols), top + step * (i // cols))
    height = max(y for _, y in pos.values()) or 1.0
    if height > 1:  # shrink uniformly back into the unit square, centred
        shift = (1 - 1 / height) / 2
        for v, (x, y) in pos.items():
            pos[v] = (x / height + shift, y / height)


def _force_layout(G: nx.Graph, seed: int, iterations: int) -> dict:
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)).astype(np.float32)
    index = {v: i for i, v in enumerate(nodes)}
    eu = np.array([index[u] for u, _ in G.edges()], dtype=np.int64)
    ev = np.array([index[v] for _, v in G.edges()], dtype=np.int64)
    k2 = np.float32(1.0 / n)
    temp, block = 0.1, max(1, 4_000_000 // n)
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        disp = np.zeros((n, 2), dtype=np.float32)
        for s in range(0, n, block):  # repulsion k²/d along the unit vector = delta·k²/d²
            dx = x[s:s + block, None] - x[None, :]
            dy = y[s:s + block, None] - y[None, :]
            f = dx * dx
            f += dy * dy
            np.maximum(f, 1e-6, out=f)
            np.divide(k2, f, out=f)
            disp[s:s + block, 0] = (dx * f).sum(1)
            disp[s:s + block, 1] = (dy * f).sum(1)
        if len(eu):  # attraction d²/k along the edge
            delta = pos[eu] - pos[ev]
            pull = delta * (np.sqrt((delta ** 2).sum(-1)) * np.float32(math.sqrt(n)))[:, None]
            np.add.at(disp, eu, -pull)
            np.add.at(disp, ev, pull)
        disp -= (pos - pos.mean(0)) * np.float32(2.0)
        length = np.maximum(np.sqrt((disp ** 2).sum(-1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    pos = pos.astype(np.float64)
    pos -= pos.min(0)
    pos /= max(pos.max(), 1e-9)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}


def colour_groups(G: nx.Graph, by: str = "community") -> tuple[dict, list[tuple[str, str]]]:
    """Return node -> colour and the legend [(text, colour)] for colouring by community or type.

    Community colours follow the community ids (largest first; single-node communities get none);
    types are ordered by how many nodes have them. Groups beyond the palette share a grey.
    """
    if by not in ("community", "type"):
        raise EsfGraphError(f"cannot colour by {by!r}; choose community or type")
    if by == "community":
        groups: dict = {}
        for v, d in G.nodes(data=True):
            groups.setdefault(d["community"], []).append(v)
        keys = sorted(groups)
    else:
        groups = {}
        for v, d in G.nodes(data=True):
            groups.setdefault(d.get("type") or "unknown", []).append(v)
        keys = sorted(groups, key=lambda t: (-len(groups[t]), t))
    colour, legend = {}, []
    # Communities of one organisation (isolated nodes) are not worth a colour of their own.
    coloured = [k for k in keys if by == "type" or len(groups[k]) > 1][:len(PALETTE)]
    for i, key in enumerate(coloured):
        members = groups[key]
        for v in members:
            colour[v] = PALETTE[i]
        if by == "community":
            top = max(members, key=lambda v: (G.nodes[v]["pagerank"], G.nodes[v]["label"]))
            legend.append((f"{key}: {G.nodes[top]['label']} +{len(members) - 1}", PALETTE[i]))
        else:
            legend.append((f"{key} ({len(members)})", PALETTE[i]))
    rest = [k for k in keys if k not in set(coloured)]
    for key in rest:
        for v in groups[key]:
            colour[v] = OTHER
    if rest:
        n = sum(len(groups[k]) for k in rest)
        legend.append((f"{n} other organisation{'s' if n != 1 else ''} in {len(rest)} "
                       f"smaller group{'s' if len(rest) != 1 else ''}", OTHER))
    return colour, legend


def top_nodes(G: nx.Graph, n: int) -> list:
    """Return the n most central nodes (PageRank), for labels."""
    return sorted(G, key=lambda v: (-G.nodes[v]["pagerank"], G.nodes[v]["label"].casefold(), v))[:max(n, 0)]
