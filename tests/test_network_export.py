"""The collaboration network's exports: GraphML, GEXF, CSV, pictures, the HTML page in a real browser,
and the `esfgraph network` command."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest
from click.testing import CliRunner

from esfgraph.cli import main
from esfgraph.graph.network import (
    collaboration_graph,
    find_org,
    rank,
)
from esfgraph.graph.network.export import EDGE_COLUMNS, NODE_COLUMNS, csv_paths, export_network
from esfgraph.graph.store import open_store


@pytest.fixture
def examples_graph(example_store):
    return collaboration_graph(example_store[0])


# -- exports ------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_formats_read_back(examples_graph, tmp_path, fmt, reader):
    G = examples_graph
    out = tmp_path / f"net.{fmt}"
    assert export_network(G, fmt, out) == [out]
    H = reader(out)
    assert set(H) == set(G) and H.number_of_edges() == G.number_of_edges()
    for v, d in G.nodes(data=True):
        assert H.nodes[v]["label"] == d["label"]
        assert H.nodes[v]["type"] == d["type"]
        assert int(H.nodes[v]["degree"]) == d["degree"]
    for u, v, d in G.edges(data=True):
        assert float(H.edges[u, v]["weight"]) == d["weight"]
        assert H.edges[u, v]["projects"] == d["projects"]


def test_csv_export(examples_graph, tmp_path):
    G = examples_graph
    written = export_network(G, "csv", tmp_path / "net.csv")
    assert written == list(csv_paths(tmp_path / "net.csv")) == [tmp_path / "net-nodes.csv",
                                                                 tmp_path / "net-edges.csv"]
    with open(written[0], encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(written[1], encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert tuple(nodes[0]) == NODE_COLUMNS and tuple(edges[0]) == EDGE_COLUMNS
    assert len(nodes) == len(G) and len(edges) == G.number_of_edges()
    assert {r["id"] for r in nodes} == set(G)
    by_id = {r["id"]: r for r in nodes}
    gbg = find_org(G, "Göteborgs Stad")
    assert by_id[gbg]["label"] == "Göteborgs Stad" and int(by_id[gbg]["degree"]) == G.degree(gbg)
    for r in edges:
        assert int(r["weight"]) == G.edges[r["source"], r["target"]]["weight"]
        assert r["projects"] == G.edges[r["source"], r["target"]]["projects"]


def test_pictures(examples_graph, tmp_path):
    png, svg = tmp_path / "net.png", tmp_path / "net.svg"
    export_network(examples_graph, "png", png)
    export_network(examples_graph, "svg", svg, colour_by="type", labels=5)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    top = rank(examples_graph, 1)[0]["name"]
    assert top in text


# -- the HTML page in a real browser ------------------------------------------------------
def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("no chromium binary (Debian: apt-get install -y chromium); the HTML page is not checked")


class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.nodes: list[dict] = []
        self.body: dict = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body":
            self.body = a
        if "node" in (a.get("class") or "").split():
            self.nodes.append(a)

    handle_startendtag = handle_starttag


def _dump_dom(url: str, tmp_path: Path) -> _Dom:
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={tmp_path / 'chrome-profile'}", "--dump-dom", url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = _Dom()
    dom.feed(done.stdout)
    return dom


def test_html_page_in_chromium(seed_store, tmp_path):
    G = collaboration_graph(seed_store)
    page = tmp_path / "network.html"
    export_network(G, "html", page)
    text = page.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text  # self-contained
    dom = _dump_dom(page.as_uri() + "#search=" + quote("Region Kronoberg"), tmp_path)
    assert dom.body.get("data-nodes") == str(len(G))
    assert len(dom.nodes) == len(G)
    assert {n["data-label"] for n in dom.nodes} == {d["label"] for _, d in G.nodes(data=True)}
    highlighted = [n["data-label"] for n in dom.nodes if "highlight" in n["class"].split()]
    assert highlighted == ["Region Kronoberg"]
    dom = _dump_dom(page.as_uri() + "?search=" + quote("kommun"), tmp_path)
    highlighted = {n["data-label"] for n in dom.nodes if "highlight" in n["class"].split()}
    assert highlighted == {d["label"] for _, d in G.nodes(data=True) if "kommun" in d["label"]}
    assert len(highlighted) >= 2
    dom = _dump_dom(page.as_uri(), tmp_path)
    assert not any("highlight" in n["class"].split() for n in dom.nodes)


# -- the command line ---------------------------------------------------------------------
def test_cli(tmp_path, examples):
    store = str(tmp_path / "store")  # a store of its own: the fixtures' stores are open here
    runner = CliRunner()
    out = runner.invoke(main, ["build", "--store", store, "--jobs", "1", "--quiet", str(examples)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["network", "rank", "--store", store, "--top", "3", "--format", "json"])
    assert out.exit_code == 0, out.output
    top = json.loads(out.stdout)
    assert len(top) == 3 and top[0]["rank"] == 1 and "pagerank" in top[0]
    out = runner.invoke(main, ["network", "path", "Region Gävleborg", "Region Kalmar län",
                               "--store", store])
    assert out.exit_code == 0, out.output
    assert "Region Gävleborg -> IF Metall -> Region Kalmar län" in out.stderr
    out = runner.invoke(main, ["network", "ego", "Region Västerbotten", "--store", store,
                               "--format", "csv", "--period", "2014-2020"])
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    assert lines[0].startswith("distance,name") and any("Skellefteå kommun" in x for x in lines)
    assert not any("Umeå universitet" in x for x in lines)  # 2021-2027 project only
    out = runner.invoke(main, ["network", "ego", "Region Västerbottn", "--store", store])
    assert out.exit_code == 1 and "Error: no organisation" in out.output
    assert "Traceback" not in out.output and "Region Västerbotten" in out.output
    graphml = tmp_path / "cli.graphml"
    out = runner.invoke(main, ["network", "export", "--store", store, "--output", str(graphml),
                               "--type", "municipality"])
    assert out.exit_code == 0, out.output
    assert {d["type"] for _, d in nx.read_graphml(graphml).nodes(data=True)} == {"municipality"}
    out = runner.invoke(main, ["network", "rank", "--store", store, "--write", "--top", "1"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["query", "central-organisations", "--store", store, "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert len(out.stdout.splitlines()) == 1 + len(collaboration_graph(open_store(store, read_only=True)))
