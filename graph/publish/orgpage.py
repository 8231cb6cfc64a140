"""What an organisation's page shows, read from the store or a SPARQL server (source.py): its
own values, units and names in the text, its projects (with sums per period and role) and its
collaborators (the owners and partners of the projects it owned or was a partner in).

A page asks one query bound to the organisation (queries/internal/page-org-projects.rq: its
participations, their projects and the names the text gives it). What it needs of the projects
(their values, and every participation of them with its organisation and role) is read by
`ProjectFacts`, kept for a generation as `NodeQuads` keeps the nodes: a project is named by the
pages of all its organisations (five or so), and each join in the store costs microseconds a
row (a lookup in its index), so a project is read once rather than once a page. A page then costs
the lookups of its own participations and of the projects no page named before it.
"""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import NamedNode

from esfgraph.graph.vocab import DCTERMS, ESF, ORG, RDF, SCHEMA, SKOS

__all__ = ["ProjectFacts", "org_page"]

_ORG = {SCHEMA.name: "name", ESF.organisationNumber: "orgnr", ESF.legalName: "legal",
        DCTERMS.type: "type"}
_METRICS = frozenset(ESF[m] for m in ("degree", "weightedDegree", "betweenness", "pagerank", "community",
                                      "component"))
_ROLE_ORDER = {"OwnerRole": 0, "PartnerRole": 1, "FunderRole": 2, "MentionedRole": 3}
_PARTY_ROLES = frozenset({ESF.OwnerRole.value, ESF.PartnerRole.value})  # of collaborators
_VALUES = ("id", "name", "start", "end", "budget", "granted", "period_iri")
_CHUNK = 200  # projects a query


class ProjectFacts:
    """Projects' values (rows of page-project-values.rq) and owners and partners (of
    page-project-parties.rq), kept for one generation of a source: at most `limit` projects,
    emptied when full."""

    def __init__(self, source, limit: int = 50_000):
        self.source, self.limit = source, limit
        self.values: dict[str, list[tuple]] = {}
        self.parties: dict[str, list[str]] = {}
        self.complete = False  # every project read (read_all): one not read has no values

    def read_all(self, projects: int) -> None:
        """Read every project at once (a page worker's start), given how many the search index
        lists: two queries over the store instead of two for the new projects of each page
        (the first pages of a server read nearly every project, a join's lookups each)."""
        if projects > self.limit:
            return
        values: dict[str, list[tuple]] = defaultdict(list)
        parties: dict[str, list[str]] = defaultdict(list)
        for r in self.source.rows("page-project-values"):
            values[r["p"]].append(tuple(r[k] for k in _VALUES))
        for r in self.source.rows("page-project-parties"):
            parties[r["p"]].append(r["org"])
        if len(values.keys() | parties.keys()) <= self.limit:
            self.values, self.parties, self.complete = dict(values), dict(parties), True

    def read(self, projects: list[str]) -> None:
        """Read the projects not read before (distinct IRIs)."""
        missing = [p for p in projects if p not in self.parties]
        if not missing:
            return
        if self.complete:  # none of them has values or owners and partners
            for p in missing:
                self.values.setdefault(p, [])
                self.parties[p] = []
            return
        if len(self.parties) + len(missing) > self.limit:
            self.values.clear()
            self.parties.clear()
            missing = list(projects)
        values: dict[str, list[tuple]] = {p: [] for p in missing}
        parties: dict[str, list[str]] = {p: [] for p in missing}
        for i in range(0, len(missing), _CHUNK):
            chunk = [NamedNode(p) for p in missing[i:i + _CHUNK]]
            for r in self.source.rows("page-project-values", p=chunk):
                values[r["p"]].append(tuple(r[k] for k in _VALUES))
            for r in self.source.rows("page-project-parties", p=chunk):
                parties[r["p"]].append(r["org"])
        self.values.update(values)
        self.parties.update(parties)


def _values(quads, keys: dict, page: dict) -> None:
    """Fill the page's keys from quads (a property's smallest value where it has several, so a
    store and a server give the same page)."""
    for q in quads:
        key = keys.get(q.predicate)
        if key is not None and (page[key] is None or q.object.value < page[key]):
            page[key] = q.object.value


def _org_values(quads) -> dict | None:
    """The organisation's name, number, legal name, type, class, network metrics and units
    (IRIs), from its own quads."""
    page = dict.fromkeys(["name", "orgnr", "legal", "type", "class"])
    page["metrics"], page["unit_iris"], is_org = {}, set(), False
    _values(quads, _ORG, page)
    for q in quads:
        if q.predicate == RDF.type:
            if q.object == ESF.Organisation:
                is_org = True
            elif page["class"] is None or q.object.value < page["class"]:
                page["class"] = q.object.value
        elif q.predicate in _METRICS:
            page["metrics"][q.predicate.value.rpartition("#")[2]] = q.object.value
        elif q.predicate == ORG.hasUnit:
            page["unit_iris"].add(q.object.value)
    return page if is_org and page["name"] is not None else None


def _by_subject(quads, prop) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        if q.predicate == prop:
            out[q.subject.value].append(q.object.value)
    return out


def _participations(mine: list[dict], facts: ProjectFacts) -> tuple[list[tuple], set[str]]:
    """The organisation's participations as (participation, role, project, values), one per
    role and combination of its project's values, ordered by start, identifier, role and
    participation (unknown first); and the names the text gives it in them."""
    rows, aliases = set(), set()
    for r in mine:
        values = facts.values[r["p"]]
        if values and r["alias"]:
            aliases.add(r["alias"])
        rows.update((r["part"], r["role"], r["p"], v) for v in values)
    # The order of the SPARQL ORDER BY ?start ?id ?role ?part (an unbound start first), every
    # value after them so that the order is one.
    return sorted(rows, key=lambda r: (r[3][2] is not None, r[3][2] or "", r[3][0], r[1], r[0], r[2],
                                       tuple((v is not None, v or "") for v in r[3]))), aliases


def org_page(source, iri: str, nodes=None, facts: ProjectFacts | None = None) -> dict | None:
    """Return the organisation's names, units, projects (with sums per period and role),
    collaborators and metrics; None if no organisation. One query bound to the organisation;
    the projects it names are read by `facts`, the nodes by `nodes` (a ProjectFacts and a
    NodeQuads kept for the generation)."""
    nodes, facts = nodes or source, facts or ProjectFacts(source)
    page = _org_values(nodes.about([iri]))
    if page is None:
        return None
    unit_quads = nodes.about(sorted(page.pop("unit_iris")))
    page["units"] = sorted({(n, u) for u, names in _by_subject(unit_quads, SCHEMA.name).items() for n in names})
    mine = source.rows("page-org-projects", o=NamedNode(iri))
    projects_of = sorted({r["p"] for r in mine})
    facts.read(projects_of)
    rows, aliases = _participations(mine, facts)
    page["aliases"] = sorted(aliases - {page["name"]}, key=lambda n: (n.casefold(), n))
    periods = _by_subject(nodes.about(sorted({r[3][6] for r in rows if r[3][6]})), SKOS.notation)
    projects = []
    for part, role, p, values in rows:
        row = {"o": iri, "p": p, **dict(zip(_VALUES, values)), "role": role.rpartition("#")[2]}
        period_iri = row.pop("period_iri")
        projects += [{**row, "period": n} for n in sorted(periods.get(period_iri) or [None])]
    page["projects"] = projects
    sums: dict[tuple[str, str], list] = {}
    for r in projects:
        s = sums.setdefault((r["period"] or "", r["role"]), [0, 0, 0])
        s[0] += 1
        s[1] += int(r["budget"] or 0)
        s[2] += int(r["granted"] or 0)
    page["sums"] = [(period, role, *v) for (period, role), v in
                    sorted(sums.items(), key=lambda kv: (kv[0][0], _ROLE_ORDER.get(kv[0][1], 9)))]
    pairs = sorted({(r["p"], other) for r in mine if r["role"] in _PARTY_ROLES for other in facts.parties[r["p"]]})
    others = nodes.about(sorted({other for _, other in pairs}))
    names, types = _by_subject(others, SCHEMA.name), _by_subject(others, DCTERMS.type)
    page["network"] = [{"o": iri, "p": p, "other": other, "name": n, "type": t}
                       for p, other in pairs for n in sorted(names.get(other, ()))
                       for t in sorted(types.get(other) or [None], key=lambda t: t or "")]
    return page
