"""The HTML pages: the start page with its search, a page for every project and organisation,
listings by region, programme area and period, any other resource's triples, the ontology.

Templates in templates/ (Jinja2), words in i18n.py; links made by a `Links` object, so the same
pages serve from `esfgraph serve` (paths under the server) and from disk (`esfgraph site`).
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote, unquote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from pyoxigraph import Literal, NamedNode

from esfgraph.graph.publish import pagedata
from esfgraph.graph.publish.ego import ego_picture
from esfgraph.graph.publish.htmlrows import ROW_FILTERS, num
from esfgraph.graph.publish.i18n import words
from esfgraph.graph.publish.resources import FORMATS, describe, path_of_iri
from esfgraph.graph.publish.source import NodeQuads
from esfgraph.graph.reference import ONTOLOGY_GRAPH
from esfgraph.graph.vocab import ONTOLOGY_IRI, PREFIXES, RDFS

__all__ = ["ENV", "Links", "Pages", "SiteLinks", "site_path"]

ENV = Environment(loader=PackageLoader("esfgraph.graph.publish", "templates"),
                  autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True,
                  auto_reload=False)


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and "/" not in iri[len(ns):]:
            return f"{prefix}:{iri[len(ns):]}"
    return iri


_LABELS = ("#label", "#prefLabel", "/name", "#code")  # what names a resource, best first

ENV.filters.update(num=num, short=_short, **ROW_FILTERS,
                   percent=lambda v: f"{float(v) * 100:g} %" if v not in (None, "") else "")


class _Words(dict):
    """The page words, read as attributes at once (`w.name`): Jinja tries an attribute first,
    and a plain dict's failed lookup raised and caught an exception for every word of a page."""

    def __getattr__(self, name: str) -> str:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class Links:
    """Links of the server: a resource at its path under the base, pages at /NAME."""

    server = True

    def __init__(self, base: str, lang: str = "sv", here: str = "/"):
        self.base, self.lang, self.here = base, lang, here

    def res(self, iri: str) -> str:
        """Where a resource is read: its path here, or the IRI itself when outside the base."""
        return path_of_iri(self.base, iri) or iri

    def alt(self, iri: str, fmt: str) -> str:
        """The resource in a format, by its file extension."""
        return self.res(iri) + "." + FORMATS[fmt][1]

    def page(self, name: str, **query) -> str:
        """A page of the site (start, search, sparql, ontology, dataset)."""
        return "/" + name + (("?" + urlencode(query)) if query else "")

    def static(self, name: str) -> str:
        """A static file (CSS, script)."""
        return "/static/" + name

    def listing(self, kind: str, value: str) -> str:
        """The projects of a region, programme area (by IRI) or period (by notation)."""
        if kind == "period":
            return self.page("period/" + quote(value))
        return self.res(value)

    def language(self, lang: str) -> str:
        """This page in the other language."""
        return self.here + ("&" if "?" in self.here else "?") + "lang=" + lang


class SiteLinks(Links):
    """Links of the static site (site.py): relative files, a resource at `<path>.html` (its
    IRI's path under the base, escapes decoded, as a web server maps a URL to a file), its data
    at `data/<path>.ttl` and so on, English pages under `en/`. `seen` collects the resources and
    periods a page links to, for the site writer to follow."""

    server = False

    def __init__(self, base: str, lang: str, page_path: str, seen: set | None = None):
        super().__init__(base, lang, page_path)
        self.dir = posixpath.dirname(self._lang_path(page_path))
        self.seen = seen

    def _rel(self, target: str) -> str:
        return quote(posixpath.relpath(target, self.dir or "."), safe="/-._~")

    def _lang_path(self, path: str) -> str:
        return ("en/" if self.lang == "en" else "") + path

    def res(self, iri: str) -> str:
        path = site_path(self.base, iri)
        if path is None:
            return iri
        if self.seen is not None:
            self.seen.add(("page", iri))
        return self._rel(self._lang_path(path + ".html"))

    def alt(self, iri: str, fmt: str) -> str:
        return self._rel("data/" + site_path(self.base, iri) + "." + FORMATS[fmt][1])

    def page(self, name: str, **query) -> str:
        if name == "dataset":
            return self._rel("dataset.ttl")
        return self._rel(self._lang_path((name or "index") + ".html"))

    def static(self, name: str) -> str:
        return self._rel("static/" + name)

    def listing(self, kind: str, value: str) -> str:
        if kind == "period" and self.seen is not None:
            self.seen.add(("period", value))
        return super().listing(kind, value)

    def language(self, lang: str) -> str:
        return self._rel(("en/" if lang == "en" else "") + self.here)


def site_path(base: str, iri: str) -> str | None:
    """The path of a resource's files in the static site (its IRI's path under the base, escapes
    decoded); None outside the base."""
    if not iri.startswith(base) or iri == base:
        return None
    return unquote(iri[len(base):])


class Pages:
    """Renders the pages of one generation of a store or server (source.py): labels, search
    index and figures kept."""

    def __init__(self, source):
        self.source, self.settings = source, source.settings
        self.labels = pagedata.ontology_labels(source)
        self.nodes = NodeQuads(source)
        self.facts = pagedata.ProjectFacts(source)
        self._words: dict[str, dict[str, str]] = {}
        self._index: pagedata.SearchIndex | None = None
        self._start: dict | None = None

    @property
    def index(self) -> pagedata.SearchIndex:
        """The search index of names and numbers (made on first use)."""
        if self._index is None:
            self._index = pagedata.SearchIndex(self.source)
        return self._index

    def _render(self, template: str, links: Links, iri: str | None = None, **context) -> str:
        lang = links.lang
        alternates = [(name, media, links.alt(iri, name)) for name, (media, _, _) in FORMATS.items()
                      if name != "html"] if iri else []
        w = self._words.get(lang)
        if w is None:
            w = self._words[lang] = _Words(words(lang, self.labels))
        return ENV.get_template(template).render(
            lang=lang, other_lang="en" if lang == "sv" else "sv", w=w,
            settings=self.settings, links=links, iri=iri, alternates=alternates, **context)

    def start(self, links: Links, q: str | None = None) -> str:
        """The start page: figures, listings and, given `q`, the search results."""
        if self._start is None:
            figures = pagedata.figures(self.source)
            orgs = sum(1 for _, r in self.index.entries if r["kind"] == "org")
            self._start = {"figures": figures, "facets": pagedata.facets(self.source), "org_count": orgs}
        hits = self.index.search(q) if q else []
        return self._render("start.html", links, q=q, hits=hits, **self._start)

    def resource(self, iri: str, links: Links) -> str | None:
        """The page of a resource under the base: a project, organisation, region or programme
        area listing, else its triples; None if the store says nothing of it."""
        first = (self._org, self._project) if iri.startswith(self.settings.base + "org/") \
            else (self._project, self._org)
        for page in first:
            body = page(iri, links)
            if body is not None:
                return body
        triples = describe(self.source, iri)
        if not triples:
            return None
        for kind in ("region", "programme-area"):
            rows = pagedata.listing(self.source, kind, iri)
            if rows:
                return self._listing(kind, self._label(iri, links.lang), rows, links, iri)
        rows = [(t.subject.value, t.predicate.value, t.object.value,
                 links.res(t.object.value) if isinstance(t.object, NamedNode) else None) for t in triples]
        return self._render("resource.html", links, iri, label=self._label(iri, links.lang), triples=rows)

    def _project(self, iri: str, links: Links) -> str | None:
        page = pagedata.project_page(self.source, iri, self.nodes)
        return None if page is None else self._render("project.html", links, iri, p=page)

    def _org(self, iri: str, links: Links) -> str | None:
        page = pagedata.org_page(self.source, iri, self.nodes, self.facts)
        if page is None:
            return None
        ego = ego_picture(iri, page["name"], page["network"])
        return self._render("org.html", links, iri, o=page, ego=ego)

    def period(self, notation: str, links: Links) -> str | None:
        """The projects of a programme period ("2021-2027")."""
        node = NamedNode(ONTOLOGY_IRI + "Period" + notation.replace("-", "to"))
        rows = pagedata.listing(self.source, "period", node.value)
        return self._listing("period", notation, rows, links, None) if rows else None

    def _listing(self, kind: str, label: str, rows: list[dict], links: Links, iri: str | None) -> str:
        w = words(links.lang)
        heading = {"region": w["region"], "programme-area": w["area"], "period": w["period"]}[kind]
        return self._render("listing.html", links, iri, heading=heading, label=label, rows=rows)

    def _label(self, iri: str, lang: str) -> str:
        """The resource's name: a label in the page's language (or none) before one in another,
        rdfs:label before skos:prefLabel, a name, a code; the same from a store and a server."""
        best = None
        for q in self.source.about([iri]):
            o = q.object
            rank = next((i for i, end in enumerate(_LABELS) if q.predicate.value.endswith(end)), None)
            if rank is not None and isinstance(o, Literal):
                key = (o.language not in (lang, None, ""), rank, o.value)
                best = key if best is None or key < best else best
        return best[2] if best else iri.rsplit("/", 1)[-1]

    def ontology(self, links: Links) -> str:
        """The ontology's documentation: every term with its label and comment."""
        terms: dict[str, dict] = {}
        for q in self.source.graph(ONTOLOGY_GRAPH.value):
            s = q.subject.value
            if not s.startswith(ONTOLOGY_IRI) or not isinstance(q.object, Literal):
                continue
            t = terms.setdefault(s, {"local": s[len(ONTOLOGY_IRI):], "label": "", "comment": ""})
            key = {RDFS.label: "label", RDFS.comment: "comment"}.get(q.predicate)
            if key and q.object.language in (links.lang, None, ""):
                t[key] = q.object.value
        return self._render("ontology.html", links, None, onto_iri=ONTOLOGY_IRI,
                            terms=sorted(terms.values(), key=lambda t: (t["local"].casefold(), t["local"])))

    def error(self, links: Links, title_key: str, message: str | None = None) -> str:
        """A page saying what went wrong."""
        w = words(links.lang)
        return self._render("error.html", links, None, title=w[title_key],
                            message=message or w.get(title_key + "_text", ""))

    def render(self, template: str, links: Links, **context) -> str:
        """Render any template with the page context (the SPARQL page)."""
        return self._render(template, links, None, **context)
