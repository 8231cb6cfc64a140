"""An organisation's collaborators as a small picture: the ego network, laid out and coloured as
the network page does (graph/network/layout.py), drawn as inline SVG that needs no script."""

from __future__ import annotations

import math

import networkx as nx

from esfgraph.graph.network.layout import colour_groups, spring_positions

__all__ = ["MAX_NODES", "ego_picture"]

SIZE = 400.0
MAX_NODES = 60  # the collaborators that share the most projects, beyond which the picture says "+n"


def ego_picture(iri: str, name: str, rows: list[dict], seed: int = 42) -> dict | None:
    """Return {nodes, edges, legend, hidden, collaborators} for the organisation `iri`, from the
    rows of page-org-network.rq (project, other, name, type); None if it has no collaborators."""
    projects: dict[str, set[str]] = {}
    names, types = {iri: name}, {}
    for r in sorted(rows, key=lambda r: (r["p"], r["other"])):  # the same picture whatever the order
        projects.setdefault(r["p"], set()).add(r["other"])
        names[r["other"]] = r["name"]
        types[r["other"]] = r["type"] or "other"
    shared: dict[str, int] = {}
    for members in projects.values():
        for m in members - {iri}:
            shared[m] = shared.get(m, 0) + 1
    if not shared:
        return None
    keep = sorted(shared, key=lambda v: (-shared[v], names[v].casefold()))[:MAX_NODES]
    collaborators = [{"iri": v, "name": names[v], "projects": shared[v]} for v in keep]
    G = nx.Graph()
    for v in [iri] + keep:
        G.add_node(v, label=names[v], type=types.get(v, "other"))
    kept = set(G)
    for members in projects.values():
        inside = sorted(m for m in members if m in kept)
        for i, a in enumerate(inside):
            for b in inside[i + 1:]:
                w = G.edges[a, b]["weight"] + 1 if G.has_edge(a, b) else 1
                G.add_edge(a, b, weight=w)
    pos = spring_positions(G, seed=seed)
    colour, legend = colour_groups(G, by="type")
    margin = 30.0

    span = SIZE - 2 * margin
    at = {v: (round(margin + float(x) * span, 1), round(margin + float(y) * span, 1)) for v, (x, y) in pos.items()}
    nodes = []
    for v in G:
        x, y = at[v]
        r = 9.0 if v == iri else 3.0 + 2.0 * math.sqrt(shared.get(v, 1))
        nodes.append({"iri": v, "name": names[v], "x": x, "y": y, "r": round(r, 1), "colour": colour[v],
                      "ego": v == iri, "projects": shared.get(v, 0)})
    edges = [{"x1": at[a][0], "y1": at[a][1], "x2": at[b][0], "y2": at[b][1],
              "w": round(min(4.0, 0.6 + 0.5 * d["weight"]), 1)} for a, b, d in G.edges(data=True)]
    return {"nodes": nodes, "edges": edges, "legend": legend, "size": SIZE,
            "hidden": len(shared) - len(keep), "collaborators": collaborators}
