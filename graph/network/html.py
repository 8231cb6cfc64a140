"""The collaboration graph as one self-contained HTML page (no CDN, no network access).

The page is static/network.html with network.css, network.js and the graph as JSON inlined.
Positions are computed here (layout.spring_positions with the seed) in a 1000-unit
square; the script only draws an SVG and handles colour toggle, hover, search, zoom and pan.
"""

from __future__ import annotations

import html
import json
import math
from importlib.resources import files
from pathlib import Path

import networkx as nx

from esfgraph.graph.network.layout import colour_groups, spring_positions, top_nodes

__all__ = ["page_data", "render_html", "write_html"]

SIZE = 1000.0


def _static(name: str) -> str:
    return (files("esfgraph.graph.network") / "static" / name).read_text(encoding="utf-8")


def page_data(G: nx.Graph, *, seed: int = 42, labels: int = 20, title: str = "",
              colour_by: str = "community") -> dict:
    """The JSON the page draws: nodes with positions, sizes and both colourings, edges, legends."""

    pos = spring_positions(G, seed)
    by_community, legend_c = colour_groups(G, "community")
    by_type, legend_t = colour_groups(G, "type")
    max_degree = max((d["degree"] for _, d in G.nodes(data=True)), default=0) or 1
    order = sorted(G, key=lambda v: (G.nodes[v]["label"].casefold(), v))
    index = {v: i for i, v in enumerate(order)}
    nodes = []
    for v in order:
        d = G.nodes[v]
        x, y = pos[v]
        nodes.append({
            "id": v, "label": d["label"], "type": d.get("type") or "", "orgnr": d.get("orgnr") or "",
            "projects": d.get("projects", 0),
            "pids": [p for p in (d.get("project_ids") or "").split(";") if p],
            "degree": d["degree"], "wdeg": d["weighted_degree"], "pr": round(d["pagerank"], 6),
            "bc": round(d["betweenness"], 6), "community": d["community"],
            "cc": by_community[v], "tc": by_type[v],
            "x": round(x * SIZE, 1), "y": round(y * SIZE, 1),
            "r": round(3 + 14 * math.sqrt(d["degree"] / max_degree), 1),
        })
    edges = sorted([index[u], index[v], d.get("weight", 1), d.get("projects", "")]
                   for u, v, d in G.edges(data=True))
    edges = [[min(a, b), max(a, b), w, p] for a, b, w, p in edges]
    pad = 20 + 14
    xs = [n["x"] for n in nodes] or [0.0]
    ys = [n["y"] for n in nodes] or [0.0]
    return {"title": title, "filter": G.graph.get("filter", "all"),
            "betweenness": G.graph.get("betweenness", ""), "colour": colour_by,
            "bounds": [min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad],
            "nodes": nodes, "edges": edges,
            "labelled": [index[v] for v in top_nodes(G, labels)],
            "legends": {"community": legend_c, "type": legend_t}}


def _json_for_script(value) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</script>" or "<!--" must not appear; JSON allows \u escapes anywhere in strings.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(G: nx.Graph, *, seed: int = 42, labels: int = 20, title: str = "",
                colour_by: str = "community") -> str:
    """Return the page as text; `colour_by` (community or type) is the colouring it opens with."""
    data = page_data(G, seed=seed, labels=labels, title=title, colour_by=colour_by)
    page = _static("network.html")
    for token, value in (("__STYLE__", _static("network.css")),
                         ("__SCRIPT__", _static("network.js")),
                         ("__TITLE__", html.escape(title or "ESF collaboration network")),
                         ("__DATA__", _json_for_script(data))):
        page = page.replace(token, value)
    return page


def write_html(G: nx.Graph, output: str | Path, *, seed: int = 42, labels: int = 20,
               colour_by: str = "community", title: str = "") -> None:
    """Write the page to `output`; `colour_by` (community or type) is the colouring it opens with."""
    page = render_html(G, seed=seed, labels=labels, title=title, colour_by=colour_by)
    Path(output).write_text(page, encoding="utf-8")
