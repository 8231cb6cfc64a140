"""Statistics the store keeps up to date: project counts per organisation, budgets per ESF region
and start year.

These are the aggregations analysts ask for most, and the ones that cost Oxigraph most: a hash
join per property over every project (0.6–1.0 s and 100–200 MB at 100,000 projects). The store
keeps them instead, in the named graph `<base>graph/statistics`, and the named queries
`organisations` and `budget-by-region` read them.

They are maintained the way the records are, touching only what changed: each record's
*contribution* (its owners and partners, regions, start year, budget and granted support, read
from the very triples loaded) is added when the record is loaded and taken away, as read back
from the store, when the record is replaced or removed. The graph is removed while a build or a
removal runs and written when it ends, so a build that is killed leaves no stale statistics; the
next build then computes them from the whole store once (`recompute`: the queries
`organisation-counts` and `budget-by-region-and-year` in queries/internal/).

In the graph:
- each organisation that owns or takes part in a project: esf:projectCount,
  esf:ownedProjectCount, esf:partneredProjectCount;
- one esf:BudgetStatistic (a qb:Observation of the data set <base>statistics/budget) per ESF
  region and start year: esf:statisticRegion and esf:startYear (absent for projects with none),
  esf:projectCount, esf:totalBudgetSum, esf:grantedSupportSum; a project in several regions
  counts in each;
- the graph itself: esf:statisticsHash, a digest of its content, by which `esfgraph push` sees
  whether a server has the same statistics.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import NamedTuple

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store

from esfgraph.graph.iris import Iris
from esfgraph.graph.queries import run_internal
from esfgraph.graph.store import iter_stored_hashes, replace_graphs
from esfgraph.graph.vocab import ESF, RDF, SCHEMA, XSD

__all__ = [
    "STATISTICS_GRAPH",
    "Contribution",
    "KeptStatistics",
    "Statistics",
    "contribution",
    "statistics_hashes",
]

STATISTICS_GRAPH = "statistics"
QB_DATASET = NamedNode("http://purl.org/linked-data/cube#dataSet")

class Contribution(NamedTuple):
    """What one project adds to the statistics; terms as N-Triples text ("<iri>")."""

    regions: tuple[str, ...]
    year: int | None
    budget: int
    granted: int
    owners: tuple[str, ...]
    partners: tuple[str, ...]


_OWNER, _PARTNER, _REGION = str(ESF.owner), str(ESF.partner), str(ESF.esfRegion)
_START, _BUDGET, _GRANTED = str(SCHEMA.startDate), str(ESF.totalBudget), str(ESF.grantedSupport)
_WANTED = frozenset({_OWNER, _PARTNER, _REGION, _START, _BUDGET, _GRANTED})


def contribution(project: str, spo: Iterable[tuple[str, str, str]]) -> Contribution:
    """Return a project's contribution from its triples as N-Triples text (as triples.py makes
    them); literals are read by their lexical form."""
    found: dict[str, list[str]] = {}
    for s, p, o in spo:
        if p in _WANTED and s == project:
            found.setdefault(p, []).append(o[1:o.index('"', 1)] if o[0] == '"' else o)
    return _contribution(found)


def _contribution(found: dict[str, list[str]]) -> Contribution:
    start = found.get(_START)
    return Contribution(tuple(sorted(set(found.get(_REGION, ())))),
                        int(start[0][:4]) if start else None,
                        sum(int(v) for v in found.get(_BUDGET, ())),
                        sum(int(v) for v in found.get(_GRANTED, ())),
                        tuple(sorted(set(found.get(_OWNER, ())))),
                        tuple(sorted(set(found.get(_PARTNER, ())))))


def stored_contribution(store: Store, project: NamedNode, graph: NamedNode) -> Contribution:
    """Return the contribution of a project as the store holds it (in its record graph)."""
    found: dict[str, list[str]] = {}
    for p in (ESF.owner, ESF.partner, ESF.esfRegion, SCHEMA.startDate, ESF.totalBudget,
              ESF.grantedSupport):
        for q in store.quads_for_pattern(project, p, None, graph):
            found.setdefault(str(p), []).append(
                str(q.object) if isinstance(q.object, NamedNode) else q.object.value)
    return _contribution(found)


class Statistics:
    """The statistics in memory: counts by organisation, sums by (region, year)."""

    def __init__(self) -> None:
        self.orgs: dict[str, list[int]] = {}  # org -> [projects, owned, partnered]
        self.budget: dict[tuple[str | None, int | None], list[int]] = {}  # -> [projects, budget, granted]

    def add(self, c: Contribution, sign: int = 1) -> None:
        """Add a project's contribution (sign 1) or take it away (sign -1)."""
        owners, partners = set(c.owners), set(c.partners)
        for o in owners | partners:
            row = self.orgs.setdefault(o, [0, 0, 0])
            row[0] += sign
            row[1] += sign * (o in owners)
            row[2] += sign * (o in partners)
            if row == [0, 0, 0]:
                del self.orgs[o]
        for region in c.regions or (None,):
            row = self.budget.setdefault((region, c.year), [0, 0, 0])
            row[0] += sign
            row[1] += sign * c.budget
            row[2] += sign * c.granted
            if row[0] == 0:
                del self.budget[(region, c.year)]

    @classmethod
    def read(cls, store: Store, iris: Iris) -> Statistics | None:
        """Return the statistics the store holds, or None if it holds none."""
        g = iris.graph(STATISTICS_GRAPH)
        if next(iter(store.quads_for_pattern(g, ESF.statisticsHash, None, g)), None) is None:
            return None  # none, or a write that did not finish
        stats = cls()
        by_subject: dict[str, dict[str, object]] = {}
        for q in store.quads_for_pattern(None, None, None, g):
            if q.subject == g:
                continue  # the digest
            obj = str(q.object) if isinstance(q.object, NamedNode) else q.object.value
            by_subject.setdefault(str(q.subject), {})[q.predicate.value] = obj
        for subject, values in by_subject.items():
            if values.get(RDF.type.value) == str(ESF.BudgetStatistic):
                year = values.get(ESF.startYear.value)
                stats.budget[(values.get(ESF.statisticRegion.value),
                              int(year) if year is not None else None)] = [
                    int(values[ESF.projectCount.value]), int(values[ESF.totalBudgetSum.value]),
                    int(values[ESF.grantedSupportSum.value])]
            else:
                stats.orgs[subject] = [int(values[ESF.projectCount.value]),
                                       int(values[ESF.ownedProjectCount.value]),
                                       int(values[ESF.partneredProjectCount.value])]
        return stats

    @classmethod
    def recompute(cls, store: Store) -> Statistics:
        """Compute the statistics from every record in the store (SPARQL aggregations)."""
        stats = cls()
        for row in run_internal(store, "organisation-counts"):
            stats.orgs[str(row["o"])] = [int(row["n"].value), int(row["owned"].value),
                                         int(row["partnered"].value)]
        for row in run_internal(store, "budget-by-region-and-year"):
            key = (str(row["rg"]) if row["rg"] else None, int(row["y"].value) if row["y"] else None)
            stats.budget[key] = [int(row["n"].value), int(row["budget"].value),
                                 int(row["granted"].value)]
        return stats

    def write(self, store: Store, iris: Iris) -> int:
        """Replace the statistics graph with these statistics; return its number of quads.

        Loaded in bulk, a slice at a time; the digest goes in last and marks the graph complete
        (`read` takes a graph without it for none).
        """
        g = iris.graph(STATISTICS_GRAPH)
        gt = str(g)
        integer = f"^^<{XSD.integer.value}>"
        count = str(ESF.projectCount)
        owned, partnered = str(ESF.ownedProjectCount), str(ESF.partneredProjectCount)
        digest = hashlib.sha256()
        replace_graphs(store, [g])
        lines: list[str] = []
        n = 0

        def emit(s: str, p: str, o: str) -> None:
            nonlocal n
            line = f"{s} {p} {o} {gt} .\n"
            digest.update(line.encode("utf-8"))
            lines.append(line)
            n += 1
            if len(lines) >= 5_000:
                store.bulk_load("".join(lines).encode("utf-8"), format=RdfFormat.N_QUADS)
                lines.clear()

        for org in sorted(self.orgs):
            projects, own, partner = self.orgs[org]
            emit(org, count, f'"{projects}"{integer}')
            emit(org, owned, f'"{own}"{integer}')
            emit(org, partnered, f'"{partner}"{integer}')
        dataset = str(iris.statistics_dataset())
        for region, year in sorted(self.budget, key=lambda k: (k[0] or "", k[1] or 0)):
            projects, budget, granted = self.budget[(region, year)]
            node = str(iris.statistic(region[1:-1].rsplit("/", 1)[-1] if region else None,
                                      str(year) if year is not None else None))
            emit(node, str(RDF.type), str(ESF.BudgetStatistic))
            emit(node, str(QB_DATASET), dataset)
            emit(node, count, f'"{projects}"{integer}')
            emit(node, str(ESF.totalBudgetSum), f'"{budget}"{integer}')
            emit(node, str(ESF.grantedSupportSum), f'"{granted}"{integer}')
            if region:
                emit(node, str(ESF.statisticRegion), region)
            if year is not None:
                emit(node, str(ESF.startYear), f'"{year}"{integer}')
        if lines:
            store.bulk_load("".join(lines).encode("utf-8"), format=RdfFormat.N_QUADS)
        store.add(Quad(g, ESF.statisticsHash, Literal(digest.hexdigest()), g))
        return n + 1


class KeptStatistics:
    """A build's or a removal's statistics, kept current record by record.

    The statistics graph is removed before the first change and written at the end, so an
    interrupted run leaves none; a run that finds records but no statistics computes them from
    the whole store at its end. `stored_hash(graph)` tells whether the store held a record
    complete when the run began (a build knows it from its ledger).
    """

    def __init__(self, store: Store, iris: Iris,
                 stored_hash: Callable[[str], str | None] | None = None):
        self.store, self.iris, self._stored_hash = store, iris, stored_hash
        self.graph = iris.graph(STATISTICS_GRAPH)
        self.stats = Statistics.read(store, iris)
        self.complete = self.stats is not None
        if self.stats is None and next(iter_stored_hashes(store), None) is None:
            self.stats = Statistics()  # no records yet: nothing to count
        self.changed = False

    def _was_complete(self, g: NamedNode) -> bool:
        if self._stored_hash is not None:
            return self._stored_hash(g.value) is not None
        return next(iter(self.store.quads_for_pattern(g, ESF.contentHash, None, g)), None) is not None

    def replacing(self, dnrs: list[str]) -> None:
        """Take away the contributions of these records as the store holds them."""
        if not self.changed:
            replace_graphs(self.store, [self.graph])
            self.changed = True
        for dnr in dnrs:
            g = self.iris.record(dnr)
            if self.stats is None or not self.store.contains_named_graph(g):
                continue
            if self._was_complete(g):
                self.stats.add(stored_contribution(self.store, self.iris.project(dnr), g), -1)
            else:
                # Left incomplete by an interrupted build: whether the statistics count it is
                # unknown, so they are computed from the whole store at the end.
                self.stats = None

    def loaded(self, contributions: Iterable[Contribution]) -> None:
        """Add the contributions of records just loaded."""
        if self.stats is not None:
            for c in contributions:
                self.stats.add(c)

    def finish(self) -> None:
        """Write the statistics, computed from every record if none were kept."""
        if self.stats is None:
            self.stats = Statistics.recompute(self.store)
        elif self.complete and not self.changed:
            return
        self.stats.write(self.store, self.iris)


def statistics_hashes(store: Store) -> dict[str, str]:
    """Return statistics graph IRI -> digest of its content."""
    return {q.subject.value: q.object.value
            for q in store.quads_for_pattern(None, ESF.statisticsHash, None)
            if q.subject == q.graph_name}
