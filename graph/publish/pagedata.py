"""What the pages show, read from the store or a SPARQL server (source.py): a resource's own
triples, and esfgraph's own queries (queries/internal/page-*.rq, site-*.rq, each starting from
the IRI it is given); plain dicts and lists, ready for the templates. A project's page:
projectpage.py."""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections import defaultdict

from pyoxigraph import Literal, NamedNode

from esfgraph.graph.publish.projectpage import project_page
from esfgraph.graph.reference import ONTOLOGY_GRAPH
from esfgraph.graph.vocab import DCTERMS, ESF, ORG, RDF, SCHEMA, SKOS

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


def org_page(source, iri: str, nodes=None) -> dict | None:
    """Return the organisation's names, units, projects (with sums per period and role),
    collaborators and metrics; None if no organisation. Two queries bound to the organisation
    (its participations with their projects and names in the text; its projects' owners and
    partners); the nodes they name are read by `nodes` (a NodeQuads kept for the generation)."""
    nodes = nodes or source
    page = _org_values(nodes.about([iri]))
    if page is None:
        return None
    node = NamedNode(iri)
    unit_quads = nodes.about(sorted(page.pop("unit_iris")))
    page["units"] = sorted({(n, u) for u, names in _by_subject(unit_quads, SCHEMA.name).items() for n in names})
    rows = source.rows("page-org-projects", o=node)
    page["aliases"] = sorted({r["alias"] for r in rows if r["alias"]} - {page["name"]},
                             key=lambda n: (n.casefold(), n))
    periods = _by_subject(nodes.about(sorted({r["period_iri"] for r in rows if r["period_iri"]})), SKOS.notation)
    projects, seen = [], set()
    for r in rows:  # a row per name the text gives the participation: one per participation here
        key = tuple(v for k, v in r.items() if k != "alias")
        if key in seen:
            continue
        seen.add(key)
        row = {"o": iri, "p": r["p"], "id": r["id"], "name": r["name"], "role": r["role"].rpartition("#")[2],
               **{k: r[k] for k in ("start", "end", "budget", "granted")}}
        projects += [{**row, "period": n} for n in sorted(periods.get(r["period_iri"]) or [None])]
    page["projects"] = projects
    sums: dict[tuple[str, str], list] = {}
    for r in projects:
        s = sums.setdefault((r["period"] or "", r["role"]), [0, 0, 0])
        s[0] += 1
        s[1] += int(r["budget"] or 0)
        s[2] += int(r["granted"] or 0)
    page["sums"] = [(period, role, *v) for (period, role), v in
                    sorted(sums.items(), key=lambda kv: (kv[0][0], _ROLE_ORDER.get(kv[0][1], 9)))]
    pairs = source.rows("page-org-network", o=node)
    others = nodes.about(sorted({r["other"] for r in pairs}))
    names, types = _by_subject(others, SCHEMA.name), _by_subject(others, DCTERMS.type)
    page["network"] = [{"o": iri, "p": r["p"], "other": r["other"], "name": n, "type": t}
                       for r in pairs for n in sorted(names.get(r["other"], ()))
                       for t in sorted(types.get(r["other"]) or [None], key=lambda t: t or "")]
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
    """Names and numbers of projects and organisations, searched in memory: every entry's key
    in one text, so a search is a few `str.find` passes instead of a test of each entry."""

    def __init__(self, source):
        self.entries = [(f"{r['name']} {r['number'] or ''}".casefold(), r)
                        for r in source.rows("site-index")]
        self.entries.sort(key=lambda e: (e[1]["kind"] != "org", e[1]["name"].casefold(), e[1]["name"], e[1]["s"]))
        self._plain = _Joined([key.replace("-", " ") for key, _ in self.entries])
        self._digits = _Joined([key.replace("-", "") for key, _ in self.entries])

    def search(self, text: str, limit: int = 50) -> list[dict]:
        """Return the entries whose name or number holds every word of `text` (organisations first)."""
        words = text.casefold().replace("-", " ").split()
        digits = "".join(c for c in text if c.isdigit())
        if not words:
            return []
        longest = max(words, key=len)
        keys = self._plain.keys
        by_words = (i for i in self._plain.holding(longest) if all(w in keys[i] for w in words))
        by_number = self._digits.holding(digits) if len(digits) >= 6 else ()
        out, last = [], -1
        for i in heapq.merge(by_words, by_number):
            if i != last:
                out.append(self.entries[i][1])
                last = i
                if len(out) >= limit:
                    break
        return out


class _Joined:
    """Keys in one text (a newline between them: no search word holds one)."""

    def __init__(self, keys: list[str]):
        self.keys = keys
        self.starts = list(itertools.accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
        self.text = "\n".join(keys)

    def holding(self, needle: str):
        """The indexes of the keys that hold `needle`, in order."""
        text, starts, at = self.text, self.starts, 0
        while (at := text.find(needle, at)) >= 0:
            i = bisect.bisect_right(starts, at) - 1
            yield i
            at = starts[i + 1] if i + 1 < len(starts) else len(text)
