"""Statistics the store keeps up to date: project counts per organisation, budgets per ESF region
and start year.

These are the aggregations analysts ask for most, and the ones that cost Oxigraph most: one hash
join per property over every project (0.6–1.0 s at 100,000 projects). `write_statistics`
computes them with the SPARQL below and stores the result in the named graph
`<base>graph/statistics`; `build_graph` and `remove_records` call it whenever they change a
record, in the same process, so the statistics never describe another state of the store than
the one they sit in. The named queries `organisations` and `budget-by-region` read them.

In the graph:
- each organisation that owns or takes part in a project: esf:projectCount,
  esf:ownedProjectCount, esf:partneredProjectCount;
- one esf:BudgetStatistic (a qb:Observation of the data set <base>statistics/budget) per ESF
  region and start year: esf:statisticRegion and esf:startYear (absent when projects have none),
  esf:projectCount, esf:totalBudgetSum, esf:grantedSupportSum;
- the graph itself: esf:statisticsHash, a digest of its content, by which `esfgraph push` sees
  whether a server has the same statistics.
"""

from __future__ import annotations

import hashlib

from pyoxigraph import Literal, NamedNode, Quad, Store

from .iris import Iris
from .store import replace_graphs
from .vocab import ESF, RDF, XSD

__all__ = ["write_statistics", "statistics_hashes", "STATISTICS_GRAPH", "ORGANISATION_COUNTS",
           "BUDGET_BY_REGION_AND_YEAR"]

STATISTICS_GRAPH = "statistics"
QB = "http://purl.org/linked-data/cube#"

ORGANISATION_COUNTS = """
PREFIX esf: <https://w3id.org/esfgraph/ontology#>
SELECT ?o (COUNT(DISTINCT ?p) AS ?n) (SUM(?is_owner) AS ?owned) (SUM(?is_partner) AS ?partnered)
WHERE {
  { ?p esf:owner ?o BIND(1 AS ?is_owner) BIND(0 AS ?is_partner) }
  UNION
  { ?p esf:partner ?o BIND(0 AS ?is_owner) BIND(1 AS ?is_partner) }
} GROUP BY ?o
"""

BUDGET_BY_REGION_AND_YEAR = """
PREFIX esf: <https://w3id.org/esfgraph/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?rg ?y (COUNT(?p) AS ?n) (SUM(COALESCE(?b, 0)) AS ?budget) (SUM(COALESCE(?gr, 0)) AS ?granted)
WHERE {
  { SELECT ?p WHERE { ?p a esf:Project } }
  OPTIONAL { SELECT ?p ?rg WHERE { ?p esf:esfRegion ?rg } }
  OPTIONAL { SELECT ?p ?y WHERE { ?p schema:startDate ?s BIND(YEAR(?s) AS ?y) } }
  OPTIONAL { SELECT ?p ?b WHERE { ?p esf:totalBudget ?b } }
  OPTIONAL { SELECT ?p ?gr WHERE { ?p esf:grantedSupport ?gr } }
} GROUP BY ?rg ?y
"""


def write_statistics(store: Store, iris: Iris | None = None) -> int:
    """Recompute the statistics graph from the records in `store`; return its number of quads."""
    iris = iris or Iris()
    g = iris.graph(STATISTICS_GRAPH)
    quads: list[Quad] = []
    for row in store.query(ORGANISATION_COUNTS, use_default_graph_as_union=True):
        o = row["o"]
        quads += [Quad(o, ESF.projectCount, row["n"], g),
                  Quad(o, ESF.ownedProjectCount, row["owned"], g),
                  Quad(o, ESF.partneredProjectCount, row["partnered"], g)]
    dataset = iris.statistics_dataset()
    for row in store.query(BUDGET_BY_REGION_AND_YEAR, use_default_graph_as_union=True):
        region, year = row["rg"], row["y"]
        s = iris.statistic(region.value.rsplit("/", 1)[-1] if region else None,
                           year.value if year else None)
        quads += [Quad(s, RDF.type, ESF.BudgetStatistic, g),
                  Quad(s, NamedNode(QB + "dataSet"), dataset, g),
                  Quad(s, ESF.projectCount, row["n"], g),
                  Quad(s, ESF.totalBudgetSum, row["budget"], g),
                  Quad(s, ESF.grantedSupportSum, row["granted"], g)]
        if region:
            quads.append(Quad(s, ESF.statisticRegion, region, g))
        if year:
            quads.append(Quad(s, ESF.startYear, Literal(year.value, datatype=XSD.integer), g))
    digest = hashlib.sha256("\n".join(sorted(str(q) for q in quads)).encode("utf-8")).hexdigest()
    quads.append(Quad(g, ESF.statisticsHash, Literal(digest), g))
    replace_graphs(store, [g])
    store.extend(quads)
    return len(quads)


def statistics_hashes(store: Store) -> dict[str, str]:
    """Return statistics graph IRI -> digest of its content."""
    return {q.subject.value: q.object.value
            for q in store.quads_for_pattern(None, ESF.statisticsHash, None)
            if q.subject == q.graph_name}
