"""An organisation's collaborators as a small picture: the ego network drawn radially (the
organisation at the centre, its collaborators on a ring around it, grouped by type in the order
of the legend and, within a type, by the projects they share with it), coloured as the network
page colours types (graph/network/layout.py), as inline SVG that needs no script. A ring costs a
few arithmetic operations a node, so the picture is drawn for every page as it is rendered; a
force layout cost ~3 ms a page, a third of an organisation page's first rendering."""

from __future__ import annotations

import math

import networkx as nx

from esfgraph.graph.network.layout import colour_groups

__all__ = ["MAX_NODES", "ego_picture"]

SIZE = 400.0
MAX_NODES = 60  # the collaborators that share the most projects, beyond which the picture says "+n"


def ego_picture(iri: str, name: str, rows: list[dict]) -> dict | None:
    """Return {nodes, edges, legend, hidden, collaborators} for the organisation `iri`, from the
    rows of its network (orgpage.py: project, other, name, type); None if it has no collaborators."""
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
    # Ties by name and IRI: `shared` is filled in the order of sets of IRIs, which differs between
    # processes (str hashes), and two collaborators of one name drew differently in each worker.
    keep = sorted(shared, key=lambda v: (-shared[v], names[v].casefold(), names[v], v))[:MAX_NODES]
    collaborators = [{"iri": v, "name": names[v], "projects": shared[v]} for v in keep]
    order = [iri] + keep
    kinds = {v: types.get(v, "other") for v in order}
    G = nx.Graph()  # the nodes and their types, for the colours of the network page
    G.add_nodes_from((v, {"label": names[v], "type": kinds[v]}) for v in order)
    colour, legend = colour_groups(G, by="type")
    # The edges between the nodes kept, weighted by the projects they share, in the order a
    # networkx graph gives them (a node's in the order they were added), without one: a page
    # of a municipality in hundreds of projects adds thousands.
    adjacent: dict[str, dict[str, list[int]]] = {v: {} for v in order}
    for members in projects.values():
        inside = sorted(m for m in members if m in adjacent)
        for i, a in enumerate(inside):
            for b in inside[i + 1:]:
                weight = adjacent[a].get(b)
                if weight is None:
                    adjacent[a][b] = adjacent[b][a] = [1]
                else:
                    weight[0] += 1
    at = _ring(iri, keep, kinds, names, shared, colour, legend)
    nodes = []
    for v in order:
        x, y = at[v]
        r = 9.0 if v == iri else 3.0 + 2.0 * math.sqrt(shared.get(v, 1))
        nodes.append({"iri": v, "name": names[v], "x": x, "y": y, "r": round(r, 1), "colour": colour[v],
                      "ego": v == iri, "projects": shared.get(v, 0)})
    edges, done = [], set()
    for a in order:
        for b, (weight,) in adjacent[a].items():
            if b not in done:
                edges.append({"x1": at[a][0], "y1": at[a][1], "x2": at[b][0], "y2": at[b][1],
                              "w": round(min(4.0, 0.6 + 0.5 * weight), 1)})
        done.add(a)
    return {"nodes": nodes, "edges": edges, "legend": legend, "size": SIZE,
            "hidden": len(shared) - len(keep), "collaborators": collaborators}


def _ring(iri: str, keep: list[str], kinds: dict, names: dict, shared: dict[str, int], colour: dict,
          legend: list[tuple[str, str]]) -> dict:
    """Positions in the picture: the organisation at the centre; the collaborators evenly on a
    ring from the top, clockwise, a colour's members together in the legend's order (a type's,
    or the smaller types' grey), most shared projects first."""
    centre, radius = SIZE / 2, SIZE / 2 - 30.0
    order = {c: i for i, (_, c) in enumerate(legend)}
    ring = sorted(keep, key=lambda v: (order[colour[v]], kinds[v], -shared[v], names[v].casefold(), v))
    at = {iri: (centre, centre)}
    for i, v in enumerate(ring):
        angle = 2 * math.pi * i / len(ring) - math.pi / 2
        at[v] = (round(centre + radius * math.cos(angle), 1), round(centre + radius * math.sin(angle), 1))
    return at
