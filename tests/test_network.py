"""The collaboration network, built from real Oxigraph stores of the seed records and examples/."""

from __future__ import annotations

import datetime as dt
import itertools

import networkx as nx
import pytest

from esfgraph.errors import QueryError
from esfgraph.graph.iris import Iris
from esfgraph.graph.network import (
    NetworkFilter,
    bipartite_graph,
    collaboration_graph,
    compute_metrics,
    ego,
    find_org,
    rank,
    shortest_path,
    write_metrics,
)
from esfgraph.graph.network.metrics import METRICS, pagerank
from esfgraph.graph.queries import rows, run_query


@pytest.fixture
def examples_graph(example_store):
    return collaboration_graph(example_store[0])


def _pairs(G: nx.Graph) -> set[frozenset[str]]:
    return {frozenset((G.nodes[u]["label"].casefold(), G.nodes[v]["label"].casefold()))
            for u, v in G.edges()}


def _gold_pairs(records) -> dict[frozenset[str], set[str]]:
    out: dict[frozenset[str], set[str]] = {}
    for r in records:
        names = [r["owner"]["name"]] + r["partners"]
        for a, b in itertools.combinations(names, 2):
            out.setdefault(frozenset((a.casefold(), b.casefold())), set()).add(r["diarienummer"])
    return out



# -- the graph from the store -------------------------------------------------------------
def test_seed_collaboration_edges_are_exactly_the_gold_pairs(seed_store, gold):
    G = collaboration_graph(seed_store)
    expected = _gold_pairs(gold.values())
    assert _pairs(G) == set(expected)
    for u, v, d in G.edges(data=True):
        key = frozenset((G.nodes[u]["label"].casefold(), G.nodes[v]["label"].casefold()))
        assert set(d["projects"].split(";")) == expected[key]
        assert d["weight"] == len(expected[key])
    names = {n.casefold() for r in gold.values() for n in [r["owner"]["name"]] + r["partners"]}
    assert {d["label"].casefold() for _, d in G.nodes(data=True)} == names
    # A project without partners leaves its owner as an isolated node.
    falun = find_org(G, "Falun Borlänge-regionen AB")
    assert G.degree(falun) == 0 and G.nodes[falun]["projects"] == 1


def test_seed_node_and_edge_attributes(seed_store, gold):
    G = collaboration_graph(seed_store)
    for v, d in G.nodes(data=True):
        assert v.startswith("https://") and d["label"] and d["label"] == d["name"]
        assert {"orgnr", "type", "projects", "project_ids"} <= set(d)
    vaxjo = G.nodes[find_org(G, "Växjö kommun")]
    assert (vaxjo["orgnr"].replace("-", ""), vaxjo["type"]) == ("2120000662", "municipality")
    edge = G.edges[find_org(G, "Region Östergötland"), find_org(G, "Region Uppsala")]
    assert edge["budget"] == gold["001_67fa331e7c4542f9.txt"]["total_budget_sek"]
    assert edge["periods"] == "2014-2020"


def test_seed_bipartite_graph(seed_store, gold):
    B = bipartite_graph(seed_store)
    projects = {n for n, d in B.nodes(data=True) if d["kind"] == "project"}
    assert projects == {r["diarienummer"] for r in gold.values()}
    assert B.number_of_edges() == sum(1 + len(r["partners"]) for r in gold.values())
    owners = {(p, B.nodes[o]["label"]) for p, o, d in B.edges(data=True) if d["role"] == "owner"
              for p, o in [(p, o) if p in projects else (o, p)]}
    assert owners == {(r["diarienummer"], r["owner"]["name"]) for r in gold.values()}


def test_filters(seed_store, gold):
    recs = list(gold.values())
    newer = collaboration_graph(seed_store, NetworkFilter(period="2021-2027"))
    assert _pairs(newer) == set(_gold_pairs(r for r in recs if r["programme_period"] == "2021-2027"))
    window = collaboration_graph(seed_store, NetworkFilter(since="2020-01-01", until="2023"))
    inside = [r for r in recs if "2020-01-01" <= r["start"] <= "2023-12-31"]
    assert {p for _, _, d in window.edges(data=True) for p in d["projects"].split(";")} \
        == {r["diarienummer"] for r in inside if r["partners"]}
    assert {d["label"] for _, d in window.nodes(data=True)} \
        == {n for r in inside for n in [r["owner"]["name"]] + r["partners"]}
    partners = collaboration_graph(seed_store, NetworkFilter(roles=("partner",)))
    assert _pairs(partners) == {frozenset((a.casefold(), b.casefold())) for r in recs
                                for a, b in itertools.combinations(r["partners"], 2)}
    region = recs[1]["region"]
    regional = collaboration_graph(seed_store, NetworkFilter(region=region.upper()))
    assert _pairs(regional) == set(_gold_pairs(r for r in recs if r["region"] == region))
    towns = collaboration_graph(seed_store, NetworkFilter(types=("municipality",)))
    assert {d["type"] for _, d in towns.nodes(data=True)} == {"municipality"}
    agencies = collaboration_graph(seed_store, NetworkFilter(types=("agency",)))
    assert {d["label"] for _, d in agencies.nodes(data=True)} == {"Arbetsförmedlingen"}


def test_min_weight_and_bad_filters(example_store, examples_graph):
    strong = collaboration_graph(example_store[0], NetworkFilter(min_weight=2))
    assert len(strong) == len(examples_graph)
    assert {(u, v) for u, v, d in examples_graph.edges(data=True) if d["weight"] >= 2} \
        == {(u, v) for u, v in strong.edges()} != set()
    with pytest.raises(QueryError, match="Övre Norrland"):
        collaboration_graph(example_store[0], NetworkFilter(region="Övre Norland"))
    with pytest.raises(QueryError, match="did you mean agency"):
        collaboration_graph(example_store[0], NetworkFilter(types=("agancy",)))
    with pytest.raises(QueryError):
        NetworkFilter(period="2000-2006")
    with pytest.raises(QueryError):
        NetworkFilter(since="2020-13-01")
    assert NetworkFilter(until="2020").until == dt.date(2020, 12, 31)


# -- metrics ------------------------------------------------------------------------------
def test_metrics_are_deterministic(example_store):
    first = compute_metrics(collaboration_graph(example_store[0]), seed=42)
    second = compute_metrics(collaboration_graph(example_store[0]), seed=42)
    assert first == second
    sampled = [compute_metrics(collaboration_graph(example_store[0]), seed=7, exact_limit=3, samples=10)
               for _ in range(2)]
    assert sampled[0] == sampled[1]
    assert all(set(m) == set(METRICS) for m in first.values())


def test_metric_values(examples_graph):
    G = examples_graph
    m = compute_metrics(G)
    assert G.graph["betweenness"] == "exact"
    exact = nx.betweenness_centrality(G)
    assert all(abs(m[v]["betweenness"] - exact[v]) < 1e-12 for v in G)
    assert abs(sum(x["pagerank"] for x in m.values()) - 1) < 1e-9
    try:  # networkx's own PageRank (SciPy) or its pure-Python reference implementation
        reference = nx.pagerank(G, weight="weight")
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        reference = _pagerank_python(G, weight="weight")
    assert all(abs(pagerank(G)[v] - reference[v]) < 1e-6 for v in G)
    sizes = [sum(1 for x in m.values() if x["community"] == c) for c in range(max(x["community"] for x in m.values()) + 1)]
    assert sizes == sorted(sizes, reverse=True)
    largest = max(nx.connected_components(G), key=len)
    assert {v for v in G if m[v]["component"] == 0} == largest
    skelleftea = find_org(G, "Skellefteå kommun")
    assert m[skelleftea]["degree"] == G.degree(skelleftea)
    assert m[skelleftea]["weighted_degree"] == sum(d["weight"] for *_, d in G.edges(skelleftea, data=True))


def test_write_metrics_and_central_organisations_query(example_store):
    store = example_store[0]
    G = collaboration_graph(store)
    iris = Iris()
    assert write_metrics(store, G, iris) == len(G)
    assert write_metrics(store, G, iris) == len(G)  # replaces, does not add
    names, data = rows(run_query(store, "central-organisations"))
    assert names[:2] == ["org", "name"] and len(data) == len(G)
    scores = [float(r[names.index("pagerank")]) for r in data]
    assert scores == sorted(scores, reverse=True)
    assert [r[0] for r in data[:5]] == [r["iri"] for r in rank(G, 5)]
    g = iris.graph("network-metrics")
    assert sum(1 for _ in store.quads_for_pattern(None, None, None, g)) == 1 + len(G) * len(METRICS)
    # The metrics graph does not change the network itself.
    assert _pairs(collaboration_graph(store)) == _pairs(G)


# -- look-ups -----------------------------------------------------------------------------
def test_rank(examples_graph):
    top = rank(examples_graph, 3, "degree")
    assert [r["rank"] for r in top] == [1, 2, 3]
    assert [r["degree"] for r in top] == sorted((r["degree"] for r in top), reverse=True)
    assert len(rank(examples_graph, 0)) == len(examples_graph)
    with pytest.raises(QueryError):
        rank(examples_graph, 3, "fame")


def test_find_org(examples_graph):
    G = examples_graph
    gbg = find_org(G, "göteborgs stad")
    assert find_org(G, "212000-1355") == find_org(G, "2120001355") == find_org(G, f"<{gbg}>") == gbg
    with pytest.raises(QueryError, match="Region Västerbotten"):
        find_org(G, "Region Västerbotn")


def test_ego(examples_graph):
    result = ego(examples_graph, "Region Västerbotten")
    assert result.name == "Region Västerbotten"
    assert {"2019/90014", "24-903-S01"} <= set(result.projects)
    first = result.collaborators[0]
    assert (first.name, first.distance, first.via) == ("Skellefteå kommun", 1, "")
    assert {"2019/90014", "24-903-S01"} <= set(first.projects)
    assert all(c.distance == 1 for c in result.collaborators)
    assert {c.name for c in result.collaborators} >= {"Umeå kommun", "IF Metall", "Teknikföretagen",
                                                      "Arbetsförmedlingen", "Umeå universitet"}
    far = ego(examples_graph, "Region Gävleborg", depth=2)
    kalmar = next(c for c in far.collaborators if c.name == "Region Kalmar län")
    assert (kalmar.distance, kalmar.via, kalmar.projects) == (2, "IF Metall", ("2019/90056",))
    assert [c.distance for c in far.collaborators] == sorted(c.distance for c in far.collaborators)


def test_shortest_path(examples_graph):
    G = examples_graph
    assert not G.has_edge(find_org(G, "Region Gävleborg"), find_org(G, "Region Kalmar län"))
    steps = shortest_path(G, "Region Gävleborg", "region kalmar län")
    assert [(s.source_name, s.target_name, s.projects) for s in steps] == [
        ("Region Gävleborg", "IF Metall", ("2019/90041",)),
        ("IF Metall", "Region Kalmar län", ("2019/90056",))]
    steps = shortest_path(G, "Stockholms stad", "Göteborgs Stad")
    assert [(s.target_name, s.projects) for s in steps] == [
        ("Arbetsförmedlingen", ("24-915-S01",)), ("Göteborgs Stad", ("24-926-S02",))]
    with pytest.raises(QueryError, match="not connected"):
        shortest_path(G, "Malmö stad", "Region Gävleborg")
    with pytest.raises(QueryError, match="same organisation"):
        shortest_path(G, "Malmö stad", "malmö stad")
