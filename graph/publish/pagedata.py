"""What the pages show, read from the store or a SPARQL server (source.py): a resource's own
triples, and esfgraph's own queries (queries/internal/page-*.rq, site-*.rq, each starting from
the IRI it is given); plain dicts and lists, ready for the templates. A project's page:
projectpage.py."""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Literal, NamedNode

from esfgraph.graph.publish.projectpage import project_page
from esfgraph.graph.reference import ONTOLOGY_GRAPH
from esfgraph.graph.vocab import DCTERMS, ESF, RDF, SCHEMA

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
_ORG = {SCHEMA.name: "name", ESF.organisationNumber: "orgnr", ESF.legalName: "legal",
        DCTERMS.type: "type"}
_METRICS = frozenset(ESF[m] for m in ("degree", "weightedDegree", "betweenness", "pagerank", "community",
                                      "component"))
_ROLE_ORDER = {"OwnerRole": 0, "PartnerRole": 1, "FunderRole": 2, "MentionedRole": 3}


def ontology_labels(source) -> dict[str, dict[str, str]]:
    """Return language -> {term's local name: label} from the ontology graph."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for t in source.graph(ONTOLOGY_GRAPH.value):
        if t.predicate == _RDFS_LABEL and isinstance(t.subject, NamedNode) \
                and isinstance(t.object, Literal) and t.object.language:
            out[t.object.language][t.subject.value.rpartition("#")[2]] = t.object.value
    return dict(out)


def _values(quads, keys: dict, page: dict, subjects: dict | None = None) -> None:
    """Fill the page's keys from quads (a property's smallest value where it has several, so a
    store and a server give the same page)."""
    for q in quads:
        key = keys.get(q.predicate if subjects is None else (subjects.get(q.subject.value), q.predicate))
        if key is not None and (page[key] is None or q.object.value < page[key]):
            page[key] = q.object.value


def _org_values(source, iri: str) -> dict | None:
    """The organisation's name, number, legal name, type, class and network metrics: one lookup."""
    page = dict.fromkeys(["name", "orgnr", "legal", "type", "class"])
    page["metrics"], is_org = {}, False
    quads = source.about([iri])
    _values(quads, _ORG, page)
    for q in quads:
        if q.predicate == RDF.type:
            if q.object == ESF.Organisation:
                is_org = True
            elif page["class"] is None or q.object.value < page["class"]:
                page["class"] = q.object.value
        elif q.predicate in _METRICS:
            page["metrics"][q.predicate.value.rpartition("#")[2]] = q.object.value
    return page if is_org and page["name"] is not None else None


def org_page(source, iri: str) -> dict | None:
    """Return the organisation's names, units, projects (with sums per period and role),
    collaborators and metrics; None if no organisation."""
    node = NamedNode(iri)
    page = _org_values(source, iri)
    if page is None:
        return None
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
