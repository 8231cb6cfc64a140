"""Exports of the collaboration graph: GraphML, GEXF, CSV, PNG, SVG and a self-contained HTML page.

- graphml / gexf: networkx writers; every node and edge attribute, lists joined with ";", None
  as "", and every node has `label` (canonical name).
- csv: two files beside `output`: `<stem>-nodes.csv` (NODE_COLUMNS) and `<stem>-edges.csv`
  (EDGE_COLUMNS), one row per node / edge, sorted.
- png / svg: matplotlib (Agg canvas, no pyplot): node size by degree, colour by community (or
  type), labels for the `labels` most central nodes (PageRank).
- html: see html.py; positions come from `layout.spring_positions` with the seed.

Metrics are computed first if the graph has none, so every export carries them.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import networkx as nx
import numpy as np

from esfgraph.errors import EsfGraphError
from esfgraph.graph.network.layout import colour_groups, spring_positions, top_nodes
from esfgraph.graph.network.metrics import METRICS, compute_metrics, has_metrics

__all__ = ["EDGE_COLUMNS", "EXPORT_FORMATS", "NODE_COLUMNS", "csv_paths", "export_network"]

EXPORT_FORMATS = ("graphml", "gexf", "csv", "html", "png", "svg")
NODE_COLUMNS = ("id", "label", "name", "orgnr", "type", "projects", "owned") + METRICS + ("project_ids",)
EDGE_COLUMNS = ("source", "target", "source_label", "target_label", "weight", "projects", "budget",
                "periods")


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return ";".join(str(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value))
    if isinstance(value, np.generic):
        return value.item()
    return value


def _plain_graph(G: nx.Graph) -> nx.Graph:
    """A copy with attribute values GraphML/GEXF can hold, and `label` on every node."""
    H = nx.Graph()
    H.graph.update({k: str(_plain(v)) for k, v in G.graph.items()})
    for v, d in G.nodes(data=True):
        attrs = {k: _plain(x) for k, x in d.items()}
        attrs.setdefault("label", str(v))
        H.add_node(v, **attrs)
    for u, v, d in G.edges(data=True):
        H.add_edge(u, v, **{k: _plain(x) for k, x in d.items()})
    return H


def csv_paths(output: str | Path) -> tuple[Path, Path]:
    """`net.csv` -> (`net-nodes.csv`, `net-edges.csv`), in the same folder."""
    out = Path(output)
    stem = out.stem if out.suffix.lower() == ".csv" else out.name
    return out.with_name(f"{stem}-nodes.csv"), out.with_name(f"{stem}-edges.csv")


def _write_csv(G: nx.Graph, output) -> list[Path]:
    nodes_path, edges_path = csv_paths(output)
    with open(nodes_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(NODE_COLUMNS)
        for v, d in sorted(G.nodes(data=True), key=lambda vd: (vd[1]["label"].casefold(), vd[0])):
            w.writerow([v] + [_plain(d.get(c, "")) for c in NODE_COLUMNS[1:]])
    with open(edges_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(EDGE_COLUMNS)
        rows = []
        for u, v, d in G.edges(data=True):
            a, b = sorted((u, v), key=lambda n: (G.nodes[n]["label"].casefold(), n))
            rows.append([a, b, G.nodes[a]["label"], G.nodes[b]["label"]]
                        + [_plain(d.get(c, "")) for c in EDGE_COLUMNS[4:]])
        w.writerows(sorted(rows, key=lambda r: (r[2].casefold(), r[3].casefold(), r[0], r[1])))
    return [nodes_path, edges_path]


def _draw(G: nx.Graph, output: Path, fmt: str, *, seed: int, labels: int, colour_by: str,
          title: str | None) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    pos = spring_positions(G, seed)
    nodes = sorted(G, key=lambda v: G.nodes[v]["degree"])  # hubs drawn last, on top
    big = len(G) >= 500
    side = min(9 + len(G) / 100, 24)
    scale = side / 10  # fonts grow with the figure so they stay readable when shown whole
    fig = Figure(figsize=(side, side * 0.85))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.01, 0.01, 0.98, 0.93))
    ax.set_axis_off()
    if G.number_of_edges():
        segs = [(pos[u], pos[v]) for u, v in G.edges()]
        widths = [0.3 + 0.5 * math.log1p(d.get("weight", 1)) for _, _, d in G.edges(data=True)]
        ax.add_collection(LineCollection(segs, linewidths=widths, colors="#999999",
                                         alpha=0.12 if big else 0.35, zorder=1))
    colour, legend = colour_groups(G, colour_by)
    sizes = [(8 if big else 30) + (12 if big else 40) * math.sqrt(G.nodes[v]["degree"]) for v in nodes]
    ax.scatter([pos[v][0] for v in nodes], [pos[v][1] for v in nodes], s=sizes,
               c=[colour[v] for v in nodes], edgecolors="white", linewidths=0.4, zorder=2)
    for v in top_nodes(G, labels):
        x, y = pos[v]
        ax.annotate(G.nodes[v]["label"], (x, y), xytext=(0, 5 * scale), textcoords="offset points",
                    ha="center", va="bottom", fontsize=8 * scale, zorder=3,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    ax.set_xlim(-0.1, 1.1)
    ax.set_ylim(1.06, -0.06)  # y grows downwards, as in the HTML page
    fig.suptitle(title or _title(G), fontsize=12 * scale)
    ax.legend(handles=[Patch(color=c, label=t) for t, c in legend[:12]], loc="upper left",
              fontsize=7 * scale, frameon=True, framealpha=0.8, title=f"colour: {colour_by}",
              title_fontsize=8 * scale)
    import matplotlib
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # SVG text stays text (searchable)
        fig.savefig(output, format=fmt, dpi=(150 if side < 14 else 110) if fmt == "png" else None)


def _title(G: nx.Graph) -> str:
    f = G.graph.get("filter", "all")
    return (f"ESF collaboration network: {G.number_of_nodes()} organisations, "
            f"{G.number_of_edges()} collaborations" + ("" if f == "all" else f" ({f})"))


def export_network(G: nx.Graph, fmt: str, output: str | Path, *, seed: int = 42, labels: int = 20,
                   colour_by: str = "community", title: str | None = None) -> list[Path]:
    """Write the collaboration graph G as `fmt` (EXPORT_FORMATS) to `output`; return the files
    written (two for csv). Metrics are computed with `seed` if G has none."""
    if fmt not in EXPORT_FORMATS:
        raise EsfGraphError(f"unknown network format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    output = Path(output)
    if output.parent and not output.parent.exists():
        raise EsfGraphError(f"folder {output.parent} does not exist")
    if not has_metrics(G):
        compute_metrics(G, seed=seed)
    if fmt == "graphml":
        nx.write_graphml(_plain_graph(G), output, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(_plain_graph(G), output, encoding="utf-8")
    elif fmt == "csv":
        return _write_csv(G, output)
    elif fmt == "html":
        from esfgraph.graph.network.html import write_html
        write_html(G, output, seed=seed, labels=labels, colour_by=colour_by,
                   title=title or "ESF collaboration network")
    else:
        _draw(G, output, fmt, seed=seed, labels=labels, colour_by=colour_by, title=title)
    return [output]
