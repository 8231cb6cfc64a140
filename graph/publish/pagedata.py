"""What the pages show, read from the store through esfgraph's own queries (queries/internal/page-*.rq,
site-*.rq): plain dicts and lists, ready for the templates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from pyoxigraph import NamedNode, Store

from esfgraph.graph.queries import run_internal
from esfgraph.graph.reference import ONTOLOGY_GRAPH
from esfgraph.graph.vocab import ESF

__all__ = [
    "LISTINGS",
    "SearchIndex",
    "facets",
    "figures",
    "listing",
    "ontology_labels",
    "org_page",
    "project_page",
]

# The listing pages: URL segment -> the property whose value they list.
LISTINGS = {"region": ESF.esfRegion, "programme-area": ESF.programmeArea, "period": ESF.programmePeriod}
_RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ROLE_ORDER = {"OwnerRole": 0, "PartnerRole": 1, "FunderRole": 2, "MentionedRole": 3}


def _rows(store: Store, name: str, **bindings) -> list[dict]:
    result = run_internal(store, name, **bindings)
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


def ontology_labels(store: Store) -> dict[str, dict[str, str]]:
    """Return language -> {term's local name: label} from the ontology in the store."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for q in store.quads_for_pattern(None, _RDFS_LABEL, None, ONTOLOGY_GRAPH):
        if isinstance(q.subject, NamedNode) and q.object.language:
            out[q.object.language][q.subject.value.rpartition("#")[2]] = q.object.value
    return dict(out)


def _highlight(sentence: str, surface: str) -> tuple[str, str, str]:
    """Split the sentence around the first occurrence of the name (any case)."""
    at = sentence.casefold().find(surface.casefold()) if surface else -1
    if at < 0:
        return sentence, "", ""
    return sentence[:at], sentence[at:at + len(surface)], sentence[at + len(surface):]


@dataclass
class Party:
    """An organisation in a project: its role(s), units and the sentences that support it."""

    iri: str
    name: str
    orgnr: str | None
    role: str
    confidence: float
    units: set[str] = field(default_factory=set)
    evidence: list[tuple[str, str, str]] = field(default_factory=list)


def project_page(store: Store, iri: str) -> dict | None:
    """Return the project's values, organisations by role and collectives; None if no project."""
    node = NamedNode(iri)
    found = _rows(store, "page-project", p=node)
    if not found:
        return None
    page = found[0]
    parties: dict[tuple[str, str], Party] = {}
    for r in _rows(store, "page-project-roles", p=node):
        key = (r["org"], r["role"])
        party = parties.get(key)
        if party is None:
            party = parties[key] = Party(r["org"], r["org_name"], r["orgnr"], r["role"],
                                         float(r["confidence"]))
        if r["unit"]:
            party.units.add(r["unit"])
        if r["sentence"]:
            ev = _highlight(r["sentence"], r["surface"])
            if ev not in party.evidence:
                party.evidence.append(ev)
    page["parties"] = sorted(parties.values(), key=lambda p: (_ROLE_ORDER.get(p.role, 9), p.name))
    page["owner"] = next((p for p in page["parties"] if p.role == "OwnerRole"), None)
    page["collectives"] = _rows(store, "page-project-collectives", p=node)
    return page


def org_page(store: Store, iri: str) -> dict | None:
    """Return the organisation's names, units, projects (with sums per period and role),
    collaborators and metrics; None if no organisation."""
    node = NamedNode(iri)
    found = _rows(store, "page-org", o=node)
    if not found:
        return None
    page = found[0]
    names = _rows(store, "page-org-names", o=node)
    page["aliases"] = sorted({r["name"] for r in names if r["kind"] == "alias"} - {page["name"]},
                             key=str.casefold)
    page["units"] = sorted({(r["name"], r["unit"]) for r in names if r["kind"] == "unit"})
    projects = _rows(store, "page-org-projects", o=node)
    page["projects"] = projects
    sums: dict[tuple[str, str], list] = {}
    for r in projects:
        s = sums.setdefault((r["period"] or "", r["role"]), [0, 0, 0])
        s[0] += 1
        s[1] += int(r["budget"] or 0)
        s[2] += int(r["granted"] or 0)
    page["sums"] = [(period, role, *v) for (period, role), v in
                    sorted(sums.items(), key=lambda kv: (kv[0][0], _ROLE_ORDER.get(kv[0][1], 9)))]
    page["network"] = _rows(store, "page-org-network", o=node)
    page["metrics"] = {r["metric"]: r["value"] for r in _rows(store, "page-org-metrics", o=node)}
    return page


def listing(store: Store, kind: str, value: str) -> list[dict]:
    """Return the projects whose region, programme area or period is `value` (an IRI)."""
    return _rows(store, "site-listing", pred=LISTINGS[kind], value=NamedNode(value))


def facets(store: Store) -> dict[str, list[dict]]:
    """Return listing kind -> [{value, label, n}] for the start page."""
    by_pred = {v.value: k for k, v in LISTINGS.items()}
    out: dict[str, list[dict]] = {k: [] for k in LISTINGS}
    for r in _rows(store, "site-facets"):
        out[by_pred[r["pred"]]].append(r)
    return out


def figures(store: Store) -> list[dict]:
    """Return projects, budget and granted support by programme period."""
    return _rows(store, "site-figures")


class SearchIndex:
    """Names and numbers of projects and organisations, searched in memory."""

    def __init__(self, store: Store):
        self.entries = [(f"{r['name']} {r['number'] or ''}".casefold(), r)
                        for r in _rows(store, "site-index")]
        self.entries.sort(key=lambda e: (e[1]["kind"] != "org", e[1]["name"].casefold()))

    def search(self, text: str, limit: int = 50) -> list[dict]:
        """Return the entries whose name or number holds every word of `text` (organisations first)."""
        words = text.casefold().replace("-", " ").split()
        digits = "".join(c for c in text if c.isdigit())
        if not words:
            return []
        out = []
        for key, row in self.entries:
            plain = key.replace("-", " ")
            if all(w in plain for w in words) or (len(digits) >= 6 and digits in key.replace("-", "")):
                out.append(row)
                if len(out) >= limit:
                    break
        return out
