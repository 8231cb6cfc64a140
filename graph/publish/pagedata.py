"""What the pages show, read from the store or a SPARQL server (source.py): a resource's own
triples, and esfgraph's own queries (queries/internal/page-*.rq, site-*.rq, each starting from
the IRI it is given); plain dicts and lists, ready for the templates. A project's page:
projectpage.py; an organisation's: orgpage.py."""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections import defaultdict

from pyoxigraph import Literal, NamedNode

from esfgraph.graph.publish.orgpage import ProjectFacts, org_page
from esfgraph.graph.publish.projectpage import project_page
from esfgraph.graph.reference import ONTOLOGY_GRAPH
from esfgraph.graph.vocab import ESF

__all__ = [
    "LISTINGS",
    "ProjectFacts",
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


def ontology_labels(source) -> dict[str, dict[str, str]]:
    """Return language -> {term's local name: label} from the ontology graph."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for t in source.graph(ONTOLOGY_GRAPH.value):
        if t.predicate == _RDFS_LABEL and isinstance(t.subject, NamedNode) \
                and isinstance(t.object, Literal) and t.object.language:
            out[t.object.language][t.subject.value.rpartition("#")[2]] = t.object.value
    return dict(out)


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
