"""The collaboration network of organisations, built from the store.

The input is the named query `network-edges` (one row per project and taking-part organisation),
filtered here; the output is a networkx graph:

- `bipartite_graph`: project nodes (keyed by diarienummer, `kind="project"`) and organisation
  nodes (keyed by IRI, `kind="organisation"`); an edge per participation (role, project, period,
  budget).
- `collaboration_graph`: its projection onto organisations. Nodes keyed by organisation IRI with
  `label` (canonical name), `name`, `orgnr`, `type`, `projects` (count) and `project_ids`; an edge
  between every two organisations taking part in the same project, `weight` = shared projects,
  `projects` (ids joined by ";"), `budget` (summed total budget of the shared projects, missing
  budgets count 0), `periods` (joined by ";"). Organisations without partners stay as isolated
  nodes.

Metrics, look-ups and exports live in network_metrics, network_explore and network_export; the
names are re-exported here.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import itertools
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
from pyoxigraph import Store

from esfgraph.errors import QueryError
from esfgraph.extract.organisations.gazetteer import ORG_TYPES
from esfgraph.extract.partners.base.roles import PARTICIPANT_ROLES, ROLE_ORDER
from esfgraph.extract.records import ESF_REGIONS, PROGRAMME_PERIODS
from esfgraph.graph.endpoint import Endpoint
from esfgraph.graph.queries import select_rows

__all__ = [
    "NetworkFilter",
    "bipartite_graph",
    "collaboration_graph",
    "network_rows",
    "parse_date",
    "project_graph",
]

def parse_date(text: str | _dt.date | None, *, end: bool = False) -> _dt.date | None:
    """Return a date from `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date is the start of its
    month or year, or with `end` its last day (so `--until 2020` includes all of 2020)."""
    if text is None or isinstance(text, _dt.date):
        return text
    t = text.strip()
    try:
        if len(t) == 4 and t.isdigit():
            return _dt.date(int(t), 12, 31) if end else _dt.date(int(t), 1, 1)
        if len(t) == 7 and t[4] == "-":
            y, m = int(t[:4]), int(t[5:])
            first = _dt.date(y, m, 1)
            if not end:
                return first
            return (first.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
        return _dt.date.fromisoformat(t)
    except ValueError:
        raise QueryError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


@dataclass(frozen=True)
class NetworkFilter:
    """Which projects and organisations make up the network.

    period: "2014-2020" or "2021-2027"; region: ESF region name (case-insensitive);
    since/until: bounds on the project's start date (inclusive; projects without a start date are
    left out when either is set); roles: participation roles taken in (owner, partner); types:
    organisation types, esfgraph's keys (e.g. "municipality", "agency", "union");
    min_weight: collaboration edges with fewer shared projects are dropped (nodes stay).
    """

    period: str | None = None
    region: str | None = None
    since: _dt.date | None = None
    until: _dt.date | None = None
    roles: tuple[str, ...] = PARTICIPANT_ROLES
    types: tuple[str, ...] = ()
    min_weight: int = 1

    def __post_init__(self):
        if self.period is not None and self.period not in PROGRAMME_PERIODS:
            raise QueryError(f"period {self.period!r} is not one of {', '.join(PROGRAMME_PERIODS)}")
        object.__setattr__(self, "since", parse_date(self.since))
        object.__setattr__(self, "until", parse_date(self.until, end=True))
        roles = tuple(dict.fromkeys(r.lower() for r in (self.roles or PARTICIPANT_ROLES)))
        bad = [r for r in roles if r not in PARTICIPANT_ROLES]
        if bad:
            raise QueryError(f"role {bad[0]!r} is not one of {', '.join(PARTICIPANT_ROLES)}")
        object.__setattr__(self, "roles", roles)
        object.__setattr__(self, "types", tuple(dict.fromkeys(t.strip().lower() for t in self.types)))
        if self.min_weight < 1:
            raise QueryError(f"min_weight must be at least 1, not {self.min_weight}")
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since {self.since} is after until {self.until}")

    def describe(self) -> str:
        """A short text of the filter, e.g. `period=2014-2020 region=Övre Norrland`; `all` if none."""
        parts = []
        for key in ("period", "region", "since", "until"):
            if getattr(self, key) is not None:
                parts.append(f"{key}={getattr(self, key)}")
        if self.roles != PARTICIPANT_ROLES:
            parts.append("roles=" + ",".join(self.roles))
        if self.types:
            parts.append("types=" + ",".join(self.types))
        if self.min_weight > 1:
            parts.append(f"min_weight={self.min_weight}")
        return " ".join(parts) or "all"


@dataclass
class _Row:
    project_id: str
    project_name: str
    org: str
    name: str
    orgnr: str
    type: str
    role: str
    period: str
    region: str
    start: str
    end: str
    budget: int


def network_rows(source: Store | Endpoint, filt: NetworkFilter | None = None) -> list[_Row]:
    """Run `network-edges` on the store or a SPARQL server and return its rows that pass
    `filt`, sorted by project, name, IRI.

    Organisation types are esfgraph's keys (municipality, agency, union, ...); a region or type
    that is neither in the data nor known to esfgraph raises QueryError with the close names.
    """
    filt = filt or NetworkFilter()
    rows = []
    for v in select_rows(source, "network-edges"):
        rows.append(_Row(v["project_id"], v["project_name"], v["org"], v["name"], v["orgnr"],
                         v["type"], v["role"], v["period"], v["region"], v["start"], v["end"],
                         int(float(v["total_budget"])) if v["total_budget"] else 0))
    types = _resolve_types(filt.types, {r.type for r in rows})
    if filt.region:
        regions = {r.region for r in rows} | set(ESF_REGIONS)
        if filt.region.casefold() not in {r.casefold() for r in regions}:
            _unknown("ESF region", filt.region, regions)
    region = filt.region.casefold() if filt.region else None
    since = filt.since.isoformat() if filt.since else None
    until = filt.until.isoformat() if filt.until else None
    out = [r for r in rows
           if r.role in filt.roles
           and (filt.period is None or r.period == filt.period)
           and (region is None or r.region.casefold() == region)
           and (not types or r.type.lower() in types)
           and (since is None or (r.start and r.start[:10] >= since))
           and (until is None or (r.start and r.start[:10] <= until))]
    out.sort(key=lambda r: (r.project_id, r.name.casefold(), r.org, ROLE_ORDER.get(r.role, len(ROLE_ORDER))))
    return out


def _resolve_types(wanted: tuple[str, ...], known: set[str]) -> tuple[str, ...]:
    """Return the wanted organisation types as esfgraph's keys; an unknown one raises QueryError."""
    if not wanted:
        return wanted
    valid = {t for t in known if t} | set(ORG_TYPES)
    out = []
    for t in wanted:
        key = t.strip().lower().replace("-", "_").replace(" ", "_")
        if key not in valid:
            _unknown("organisation type", t, valid)
        out.append(key)
    return tuple(out)


def _unknown(what: str, value: str, known: set[str]) -> None:
    lower = {k.casefold(): k for k in known if k}
    close = difflib.get_close_matches(value.casefold(), list(lower), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(lower[c] for c in close)}?" if close else ""
    raise QueryError(f"no {what} {value!r}{hint} (known: {', '.join(sorted(lower.values()))})")


def bipartite_graph(source: Store | Endpoint, filt: NetworkFilter | None = None) -> nx.Graph:
    """Return the project–organisation graph of the filtered network (see the module doc)."""
    filt = filt or NetworkFilter()
    B = nx.Graph(kind="bipartite", filter=filt.describe())
    for r in network_rows(source, filt):
        if r.project_id not in B:
            B.add_node(r.project_id, kind="project", bipartite=0, label=r.project_id,
                       name=r.project_name, period=r.period, region=r.region, start=r.start,
                       end=r.end, budget=r.budget)
        if r.org not in B:
            B.add_node(r.org, kind="organisation", bipartite=1, label=r.name, name=r.name,
                       orgnr=r.orgnr, type=r.type)
        if B.has_edge(r.project_id, r.org):  # owner and partner at once: owner wins
            continue
        B.add_edge(r.project_id, r.org, role=r.role, project=r.project_id, period=r.period,
                   budget=r.budget)
    return B


def project_graph(B: nx.Graph, min_weight: int = 1) -> nx.Graph:
    """Return the organisation projection of a bipartite graph (see the module doc)."""
    G = nx.Graph(kind="collaboration", filter=B.graph.get("filter", "all"))
    orgs = sorted((n for n, d in B.nodes(data=True) if d["kind"] == "organisation"),
                  key=lambda n: (B.nodes[n]["label"].casefold(), n))
    for o in orgs:
        d = B.nodes[o]
        pids = sorted(B.neighbors(o))
        owned = sum(1 for p in pids if B.edges[p, o]["role"] == "owner")
        G.add_node(o, label=d["label"], name=d["name"], orgnr=d["orgnr"], type=d["type"],
                   projects=len(pids), owned=owned, project_ids=";".join(pids))
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    projects = sorted(n for n, d in B.nodes(data=True) if d["kind"] == "project")
    for p in projects:
        members = sorted(B.neighbors(p))
        for a, b in itertools.combinations(members, 2):
            shared[(a, b)].append(p)
    for (a, b), pids in sorted(shared.items()):
        if len(pids) < min_weight:
            continue
        G.add_edge(a, b, weight=len(pids), projects=";".join(pids),
                   budget=sum(B.nodes[p]["budget"] for p in pids),
                   periods=";".join(sorted({B.nodes[p]["period"] for p in pids} - {""})))
    return G


def collaboration_graph(source: Store | Endpoint, filt: NetworkFilter | None = None) -> nx.Graph:
    """Return the organisation collaboration graph of the filtered network (see the module doc)."""
    filt = filt or NetworkFilter()
    return project_graph(bipartite_graph(source, filt), filt.min_weight)

