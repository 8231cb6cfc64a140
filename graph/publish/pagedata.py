"""What the pages show, read from the store or a SPARQL server (source.py) through esfgraph's own
queries (queries/internal/page-*.rq, site-*.rq, each starting from the IRI it is given): plain
dicts and lists, ready for the templates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from esfgraph.graph.reference import ONTOLOGY_GRAPH
from esfgraph.graph.vocab import DCTERMS, ESF, PROV, RDFS, SCHEMA, SKOS

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
# A project page's own values: the project's property -> the page's key; then a value of a node
# the project names: (that key, the node's property) -> the page's key.
_PROJECT = {ESF.diarienummer: "id", SCHEMA.name: "name", DCTERMS.description: "description",
            SCHEMA.startDate: "start", SCHEMA.endDate: "end", ESF.totalBudget: "budget",
            ESF.grantedSupport: "granted", ESF.euCofinancingRate: "rate",
            ESF.plannedParticipants: "planned", ESF.participants: "participants",
            ESF.beneficiaryCity: "city", ESF.esfRegion: "region_iri", ESF.nuts2: "nuts_iri",
            ESF.programmeArea: "area_iri", ESF.programmePeriod: "period_iri", ESF.fund: "fund_iri",
            PROV.wasDerivedFrom: "record"}
_NAMED = {("region_iri", RDFS.label): "region", ("area_iri", ESF.code): "area",
          ("period_iri", SKOS.notation): "period", ("fund_iri", SKOS.notation): "fund",
          ("record", ESF.sourceFile): "file", ("record", ESF.sourceLine): "line",
          ("record", ESF.contentHash): "hash"}
_ROLE_ORDER = {"OwnerRole": 0, "PartnerRole": 1, "FunderRole": 2, "MentionedRole": 3}


def ontology_labels(source) -> dict[str, dict[str, str]]:
    """Return language -> {term's local name: label} from the ontology graph."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for t in source.graph(ONTOLOGY_GRAPH.value):
        if t.predicate == _RDFS_LABEL and isinstance(t.subject, NamedNode) \
                and isinstance(t.object, Literal) and t.object.language:
            out[t.object.language][t.subject.value.rpartition("#")[2]] = t.object.value
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


def _project_values(source, iri: str) -> dict | None:
    """The project's own values and those of the nodes it names (region, area, period, fund,
    source record): two lookups from the IRI, no join."""
    page = dict.fromkeys(list(_PROJECT.values()) + list(_NAMED.values()) + ["nuts"])
    for q in source.about([iri]):
        key = _PROJECT.get(q.predicate)
        if key is not None and page[key] is None:
            page[key] = q.object.value
    if page["id"] is None or page["name"] is None:
        return None
    named = {page[k]: k for k, _ in _NAMED if page[k]}
    for q in source.about(list(named)) if named else ():
        key = _NAMED.get((named.get(q.subject.value), q.predicate))
        if key is not None and page[key] is None:
            page[key] = q.object.value
    if page["nuts_iri"]:
        page["nuts"] = page["nuts_iri"].partition("/code/")[2]
    return page


def project_page(source, iri: str) -> dict | None:
    """Return the project's values, organisations by role and collectives; None if no project."""
    node = NamedNode(iri)
    page = _project_values(source, iri)
    if page is None:
        return None
    parties: dict[tuple[str, str], Party] = {}
    rows = sorted(source.rows("page-project-roles", p=node),  # evidence in the order of the text
                  key=lambda r: (int(r["start"]) if r["start"] else -1, r["sentence"] or "", r["surface"] or ""))
    for r in rows:
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
    page["parties"] = sorted(parties.values(), key=lambda p: (_ROLE_ORDER.get(p.role, 9), p.name, p.iri))
    page["owner"] = next((p for p in page["parties"] if p.role == "OwnerRole"), None)
    page["collectives"] = sorted(source.rows("page-project-collectives", p=node),
                                 key=lambda c: tuple(c[k] or "" for k in ("surface", "role", "sentence")))
    return page


def org_page(source, iri: str) -> dict | None:
    """Return the organisation's names, units, projects (with sums per period and role),
    collaborators and metrics; None if no organisation."""
    node = NamedNode(iri)
    found = source.rows("page-org", o=node)
    if not found:
        return None
    page = found[0]
    names = source.rows("page-org-names", o=node)
    page["aliases"] = sorted({r["name"] for r in names if r["kind"] == "alias"} - {page["name"]},
                             key=lambda n: (n.casefold(), n))
    page["units"] = sorted({(r["name"], r["unit"]) for r in names if r["kind"] == "unit"})
    projects = source.rows("page-org-projects", o=node)
    page["projects"] = projects
    sums: dict[tuple[str, str], list] = {}
    for r in projects:
        s = sums.setdefault((r["period"] or "", r["role"]), [0, 0, 0])
        s[0] += 1
        s[1] += int(r["budget"] or 0)
        s[2] += int(r["granted"] or 0)
    page["sums"] = [(period, role, *v) for (period, role), v in
                    sorted(sums.items(), key=lambda kv: (kv[0][0], _ROLE_ORDER.get(kv[0][1], 9)))]
    page["network"] = source.rows("page-org-network", o=node)
    page["metrics"] = {r["metric"]: r["value"] for r in source.rows("page-org-metrics", o=node)}
    return page


def listing(source, kind: str, value: str) -> list[dict]:
    """Return the projects whose region, programme area or period is `value` (an IRI)."""
    return source.rows("site-listing", pred=LISTINGS[kind], value=NamedNode(value))


def facets(source) -> dict[str, list[dict]]:
    """Return listing kind -> [{value, label, n}] for the start page."""
    by_pred = {v.value: k for k, v in LISTINGS.items()}
    out: dict[str, list[dict]] = {k: [] for k in LISTINGS}
    for r in source.rows("site-facets"):
        out[by_pred[r["pred"]]].append(r)
    return out


def figures(source) -> list[dict]:
    """Return projects, budget and granted support by programme period."""
    return source.rows("site-figures")


class SearchIndex:
    """Names and numbers of projects and organisations, searched in memory."""

    def __init__(self, source):
        self.entries = [(f"{r['name']} {r['number'] or ''}".casefold(), r)
                        for r in source.rows("site-index")]
        self.entries.sort(key=lambda e: (e[1]["kind"] != "org", e[1]["name"].casefold(), e[1]["name"], e[1]["s"]))

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
