"""Benchmark of `esfgraph network` on a synthetic ESF-sized store.

Synthesises PROJECTS projects over ORGS organisations with a realistic skew (a few national hubs
such as Arbetsförmedlingen in a large share of the projects, regional bodies in their region,
most organisations in one to three projects), writes them to a temporary Oxigraph store in the
shapes graph/triples.py writes, then times: the network-edges query, building the bipartite and
collaboration graphs from the store, each metric, writing the metrics back, the
central-organisations query, and (with --exports) the exports. Peak memory is the process's
maximum resident set size (resource.getrusage).

Usage:
    .venv/bin/python bench/bench_network.py                    # 10,000 projects, 3,000 orgs
    .venv/bin/python bench/bench_network.py --exports          # also time html/png/graphml
    .venv/bin/python bench/bench_network.py --calibrate        # exact betweenness vs. size
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from pyoxigraph import Literal, Quad, Store

from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.records import ESF_REGIONS
from esfgraph.graph.iris import Iris
from esfgraph.graph.network import (
    NetworkFilter,
    bipartite_graph,
    compute_metrics,
    project_graph,
    write_metrics,
)
from esfgraph.graph.network.graph import network_rows
from esfgraph.graph.network.metrics import pagerank
from esfgraph.graph.queries import run_query
from esfgraph.graph.reference import reference_quads
from esfgraph.graph.triples import ORG_CLASSES, PERIODS, ROLE_NODES, SHARED_GRAPH, org_triples
from esfgraph.graph.vocab import DCTERMS, ESF, PROV, RDF, SCHEMA, XSD

HUBS = [  # (name, type, orgnr, share of projects it takes part in)
    ("Arbetsförmedlingen", "agency", "202100-2114", 0.22),
    ("Försäkringskassan", "agency", "202100-5521", 0.07),
    ("IF Metall", "union", None, 0.025),
    ("Kommunal", "union", None, 0.02),
    ("Svenskt Näringsliv", "employer_organisation", None, 0.015),
    ("Skolverket", "agency", "202100-4052", 0.012),
    ("Migrationsverket", "agency", "202100-2163", 0.012),
    ("Kriminalvården", "agency", "202100-0225", 0.008),
]
KINDS = [("municipality", 290), ("region", 21), ("agency", 40), ("university", 35),
         ("union", 25), ("employer_organisation", 20), ("coordination_association", 80),
         ("folk_high_school", 150), ("company", 1100), ("nonprofit", 1000), ("other", 231)]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_orgs(n: int, rnd: random.Random) -> list[tuple[Org, str, float]]:
    """Return (org, home region or "" for national bodies, popularity weight)."""
    out = [(Org(name, kind, orgnr, known=bool(orgnr)), "", share) for name, kind, orgnr, share in HUBS]
    for kind, count in KINDS:
        for i in range(count):
            if len(out) >= n:
                break
            region = rnd.choice(ESF_REGIONS)
            # Pareto popularity: most organisations rare, a tail of busy regional bodies.
            weight = min(rnd.paretovariate(1.3), 40.0) * (4 if kind in ("municipality", "region") else 1)
            out.append((Org(f"{kind.replace('_', ' ').title()} {i:04d}", kind), region, weight))
    while len(out) < n:
        out.append((Org(f"Förening {len(out):04d}", "nonprofit"), rnd.choice(ESF_REGIONS),
                    rnd.paretovariate(1.3)))
    return out[:n]


def make_projects(n_projects: int, orgs, rnd: random.Random) -> list[dict]:
    regional = {r: [i for i, (_, home, _) in enumerate(orgs) if home == r] for r in ESF_REGIONS}
    weights = {r: [orgs[i][2] for i in idx] for r, idx in regional.items()}
    everyone = list(range(len(HUBS), len(orgs)))
    projects = []
    for k in range(n_projects):
        period = "2014-2020" if k < n_projects * 0.55 else "2021-2027"
        region = rnd.choice(ESF_REGIONS)
        size = min(1 + int(rnd.expovariate(1 / 2.2)), 25)  # owner + partners
        members: list[int] = []
        while len(members) < size:
            if rnd.random() < 0.85:
                i = rnd.choices(regional[region], weights[region])[0]
            else:
                i = rnd.choice(everyone)
            if i not in members:
                members.append(i)
        for h, (*_, share) in enumerate(HUBS):
            if rnd.random() < share and h not in members:
                members.append(h)
        year = 2015 + k * 6 // n_projects if period == "2014-2020" else 2022 + (k % 5)
        start = dt.date(year, rnd.randint(1, 12), 1)
        projects.append({"dnr": f"{year}/{k:05d}" if period == "2014-2020" else f"{year % 100}-{k:05d}",
                         "period": period, "region": region, "start": start,
                         "end": start + dt.timedelta(days=rnd.randint(365, 1100)),
                         "budget": rnd.randint(500_000, 60_000_000), "members": members})
    used = {i for p in projects for i in p["members"]}
    for i in range(len(orgs)):  # every organisation takes part somewhere
        if i not in used:
            home = orgs[i][1] or rnd.choice(ESF_REGIONS)
            candidates = [p for p in projects if p["region"] == home]
            rnd.choice(candidates)["members"].append(i)
    return projects


def project_quads(p: dict, orgs, iris: Iris):
    dnr = p["dnr"]
    g, node = iris.record(dnr), iris.project(dnr)
    yield from (Quad(s, pr, o, g) for s, pr, o in (
        (node, RDF.type, ESF.Project), (node, ESF.diarienummer, Literal(dnr)),
        (node, DCTERMS.identifier, Literal(dnr)),
        (node, SCHEMA.name, Literal(f"Projekt {dnr}")), (node, PROV.wasDerivedFrom, g),
        (node, DCTERMS.description, Literal("Syntetiskt projekt för prestandamätning. " * 8)),
        (node, ESF.programmePeriod, PERIODS[p["period"]][0]),
        (node, ESF.esfRegion, iris.esf_region(p["region"])),
        (node, SCHEMA.startDate, Literal(p["start"].isoformat(), datatype=XSD.date)),
        (node, SCHEMA.endDate, Literal(p["end"].isoformat(), datatype=XSD.date)),
        (node, ESF.totalBudget, Literal(str(p["budget"]), datatype=XSD.integer)),
        (g, RDF.type, ESF.SourceRecord)))
    for j, i in enumerate(p["members"]):
        org = orgs[i][0]
        role = "owner" if j == 0 else "partner"
        o, part = iris.org(org), iris.participation(dnr, role, org)
        for s, pr, ob in ((node, ESF.owner if j == 0 else ESF.partner, o),
                          (node, ESF.participation, part), (part, RDF.type, ESF.Participation),
                          (part, ESF.organisation, o), (part, ESF.role, ROLE_NODES[role]),
                          (part, PROV.wasDerivedFrom, g),
                          (part, ESF.confidence, Literal("0.9", datatype=XSD.decimal))):
            yield Quad(s, pr, ob, g)


def synthetic_graph(n_orgs: int, n_projects: int, seed: int) -> nx.Graph:
    """The collaboration graph of a synthetic network, built in memory (no store)."""
    rnd = random.Random(seed)
    orgs = make_orgs(n_orgs, rnd)
    B = nx.Graph()
    iris = Iris()
    for i, (org, _, _) in enumerate(orgs):
        B.add_node(iris.org(org).value, kind="organisation", label=org.name, name=org.name,
                   orgnr=org.orgnr or "", type=org.type)
    for p in make_projects(n_projects, orgs, rnd):
        B.add_node(p["dnr"], kind="project", period=p["period"], budget=p["budget"])
        for j, i in enumerate(p["members"]):
            B.add_edge(p["dnr"], iris.org(orgs[i][0]).value, role="owner" if j == 0 else "partner")
    return project_graph(B)


def calibrate(seed: int) -> None:
    """Exact betweenness time against network size (projects = 10/3 x organisations)."""
    for n in (500, 1000, 1500, 2000, 3000):
        G = synthetic_graph(n, n * 10 // 3, seed)
        timed(f"  exact betweenness, {n} orgs / {G.number_of_edges()} edges",
              nx.betweenness_centrality, G)
        timed(f"  sampled betweenness k=500, {n} orgs", nx.betweenness_centrality, G, k=min(500, n),
              seed=42)


def load(path: str, projects, orgs) -> None:
    iris = Iris()
    store = Store(path)
    store.bulk_extend(reference_quads(iris))
    store.bulk_extend(q for p in projects for q in project_quads(p, orgs, iris))
    # As the build does: each organisation described once, in the shared graph.
    shared = iris.graph(SHARED_GRAPH)
    used = sorted({i for p in projects for i in p["members"]})
    store.bulk_extend(Quad(s, pr, ob, shared) for i in used for s, pr, ob in org_triples(iris, orgs[i][0]))
    store.flush()


def timed(label: str, fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    print(f"{label:<44} {time.perf_counter() - t0:8.2f} s   peak RSS {rss_mb():7.0f} MB", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--projects", type=int, default=10_000)
    ap.add_argument("--orgs", type=int, default=3_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", metavar="DIR",
                    help="write the store to DIR and keep it; an existing store there is reused")
    ap.add_argument("--edges-query", metavar="FILE.rq",
                    help="also time this .rq file against the store (e.g. a faster network-edges)")
    ap.add_argument("--exports", action="store_true", help="also time the exports")
    ap.add_argument("--exact", action="store_true", help="also time exact betweenness on the whole graph")
    ap.add_argument("--calibrate", action="store_true",
                    help="time exact and sampled betweenness on networks of 500 to 3,000 orgs")
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    assert set(ORG_CLASSES) >= {k for k, _ in KINDS}
    iris = Iris()
    print(f"python {sys.version.split()[0]}, networkx {nx.__version__}")
    with tempfile.TemporaryDirectory(prefix="esf-bench-") as tmp:
        orgs = make_orgs(args.orgs, rnd)
        projects = make_projects(args.projects, orgs, rnd)
        links = sum(len(p["members"]) for p in projects)
        print(f"synthetic: {len(projects)} projects, {len(orgs)} organisations, {links} participations")
        path = args.keep or str(Path(tmp) / "store")
        if not (Path(path) / "CURRENT").exists():
            # Loading runs in a child process, so the peak memory printed below is the network's.
            t0 = time.perf_counter()
            child = multiprocessing.get_context("fork").Process(target=load, args=(path, projects, orgs))
            child.start()
            child.join()
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{'load store (child process, bulk_extend)':<44} {time.perf_counter() - t0:8.2f} s"
                  f"   peak RSS {peak:7.0f} MB (child)")
        store = Store(path)
        print(f"store: {len(store)} quads; this process before the network: {rss_mb():.0f} MB")
        filt = NetworkFilter()
        rows = timed("network-edges query + filter (rows)", network_rows, store, filt)
        print(f"  {len(rows)} rows")
        B = timed("bipartite_graph (query + graph)", bipartite_graph, store, filt)
        G = timed("project_graph (projection)", project_graph, B)
        print(f"  bipartite {B.number_of_nodes()} nodes / {B.number_of_edges()} edges; "
              f"collaboration {G.number_of_nodes()} nodes / {G.number_of_edges()} edges")
        timed("degree", lambda: dict(G.degree()))
        timed("weighted degree", lambda: dict(G.degree(weight="weight")))
        timed("pagerank (numpy power iteration)", pagerank, G)
        comps = timed("connected components", lambda: list(nx.connected_components(G)))
        print(f"  {len(comps)} components, largest {max(map(len, comps))}")
        comms = timed("louvain communities (seed 42)",
                      nx.community.louvain_communities, G, weight="weight", seed=42)
        print(f"  {len(comms)} communities, largest {max(map(len, comms))}")
        timed("betweenness sampled k=500 (seed 42)", nx.betweenness_centrality, G, k=500, seed=42)
        if args.exact:
            timed("betweenness exact", nx.betweenness_centrality, G)
        if args.calibrate:
            calibrate(args.seed)
        timed("compute_metrics (all, as the CLI)", compute_metrics, G, 42)
        print(f"  betweenness: {G.graph['betweenness']}")
        timed("write_metrics", write_metrics, store, G, iris)
        res = timed("central-organisations query", lambda: list(run_query(store, "central-organisations")))
        print("  top 5 by pagerank: " + ", ".join(r["name"].value for r in res[:5]))
        if args.edges_query:
            res = timed(f"alternative query {Path(args.edges_query).name}",
                        lambda: list(run_query(store, args.edges_query)))
            print(f"  {len(res)} rows")
        if args.exports:
            from esfgraph.graph.network.export import export_network
            for fmt in ("graphml", "gexf", "csv", "html", "png", "svg"):
                timed(f"export {fmt}", export_network, G, fmt, Path(tmp) / f"net.{fmt}")
        print(f"peak memory (max RSS): {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
