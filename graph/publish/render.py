"""What the server's page workers do: render a page or a resource's data from a store or a
SPARQL server (source.py), by a task that names it, into (status, media type, body).

A task is a tuple, so that it crosses to a worker process: ("page", iri, lang),
("data", iri, format), ("start", q, lang), ("period", notation, lang), ("ontology", format,
lang), ("dataset", format), ("void", format). The server runs them in worker processes
(server.py); `esfgraph site` runs the same in its own process (site.py).
"""

from __future__ import annotations

import traceback
from urllib.parse import quote, urlencode

from esfgraph.errors import EsfGraphError
from esfgraph.graph.publish import dcat, void
from esfgraph.graph.publish.pages import ENV, Links, Pages
from esfgraph.graph.publish.pagestore import PageStore, page_state
from esfgraph.graph.publish.resources import FORMATS, describe, path_of_iri, serialize_triples
from esfgraph.graph.publish.source import Source, open_source
from esfgraph.graph.reference import ONTOLOGY_GRAPH, load_ontology_text

__all__ = ["HTML", "Renderer", "init_worker", "run_task", "server_links", "worker_idle"]

HTML = "text/html; charset=utf-8"
Result = tuple[int, str, bytes]


def server_links(base: str, task: tuple) -> Links:
    """The links of a page the server renders for a task (its path, for the language switch)."""
    kind, lang = task[0], task[-1] if task[-1] in ("sv", "en") else "sv"
    if kind == "page":
        here = path_of_iri(base, task[1]) or "/"
    elif kind == "start":
        here = "/search?" + urlencode({"q": task[1]}) if task[1] is not None else "/"
    elif kind == "period":
        here = "/period/" + quote(task[1])
    else:
        here = "/" + kind
    return Links(base, lang, here)


def _page_or_not_found(pages: Pages, links: Links, body: str | None) -> Result:
    """A page, or the not-found page where there is none."""
    if body is None:
        return 404, HTML, pages.error(links, "not_found").encode("utf-8")
    return 200, HTML, body.encode("utf-8")


class Renderer:
    """Renders tasks from one source; the pages' labels, search index and figures are kept
    until the source's generation changes."""

    def __init__(self, source: Source, kept: PageStore | None = None):
        self.source, self.kept = source, kept
        self._pages: tuple[int, Pages] | None = None
        self._told: int | None = None
        self._state: tuple[int, str] | None = None

    def state(self) -> str | None:
        """What the kept pages of this generation are kept under (pagestore.py): the store's
        files, the rendering code, personal data or not; None when nothing is kept."""
        view = getattr(self.source, "view", None)
        if self.kept is None or view is None:
            return None
        if self._state is None or self._state[0] != view.generation:
            self._state = (view.generation, page_state(view.signature, self.source.include_personal))
        return self._state[1]

    def pages(self, told: int | None = None) -> Pages:
        """The pages of the source's current generation; `told` is the generation the server
        saw: the source is looked at again only when it changes (each time if None)."""
        if told is None or told != self._told or self._pages is None:
            gen = self.source.refresh(force=told is not None)
            self._told = told
        else:
            gen = self._pages[0]
        if self._pages is None or self._pages[0] != gen:
            self._pages = (gen, Pages(self.source))
        return self._pages[1]

    def run(self, task: tuple, links: Links | None = None, told: int | None = None) -> Result:
        """Return (status, media type, body) of a task; a store or server that cannot be read
        is a 503 with one line."""
        try:
            pages = self.pages(told)
            state = self.state() if links is None else None
            kept = self.kept.get(state, task) if state else None
            if kept is not None:
                return kept
            links = links or server_links(pages.settings.base, task)
            result = getattr(self, "_" + task[0])(pages, links, *task[1:])
            if state:
                self.kept.put(state, task, result)
            return result
        except EsfGraphError as e:
            return 503, "text/plain; charset=utf-8", str(e).encode("utf-8")
        except Exception:  # noqa: BLE001  (a fault of ours: said once on stderr, the worker goes on)
            traceback.print_exc()
            return 500, "text/plain; charset=utf-8", b"the page could not be made (the server's log says why)"

    def _page(self, pages: Pages, links: Links, iri: str, lang: str) -> Result:
        return _page_or_not_found(pages, links, pages.resource(iri, links))

    def _data(self, pages: Pages, links: Links, iri: str, fmt: str) -> Result:
        triples = describe(self.source, iri)
        if not triples:
            return 404, "text/plain; charset=utf-8", f"nothing is known of <{iri}>".encode("utf-8")
        return 200, FORMATS[fmt][0], serialize_triples(triples, fmt)

    def _start(self, pages: Pages, links: Links, q: str | None, lang: str) -> Result:
        return 200, HTML, pages.start(links, q).encode("utf-8")

    def _period(self, pages: Pages, links: Links, notation: str, lang: str) -> Result:
        return _page_or_not_found(pages, links, pages.period(notation, links))

    def _ontology(self, pages: Pages, links: Links, fmt: str, lang: str) -> Result:
        if fmt == "html":
            return 200, HTML, pages.ontology(links).encode("utf-8")
        if fmt == "turtle":
            return 200, FORMATS[fmt][0], load_ontology_text().encode("utf-8")
        triples = sorted(self.source.graph(ONTOLOGY_GRAPH.value), key=str)
        return 200, FORMATS[fmt][0], serialize_triples(triples, fmt)

    def _dataset(self, pages: Pages, links: Links, fmt: str) -> Result:
        triples = dcat.dataset_triples(self.source.target, pages.settings)
        return 200, FORMATS[fmt][0], serialize_triples(triples, fmt)

    def _void(self, pages: Pages, links: Links, fmt: str) -> Result:
        triples = void.void_triples(self.source.target, pages.settings)
        return 200, FORMATS[fmt][0], serialize_triples(triples, fmt)

    def _ahead(self, pages: Pages, links: Links) -> Result:
        """The IRIs of every project and organisation (their pages are rendered ahead)."""
        return 200, "text/plain", "\n".join(row["s"] for _, row in pages.index.entries).encode("utf-8")

    def _warm(self, pages: Pages, links: Links) -> Result:
        pages.start(links)  # the search index, the figures and listings of the start page
        if not self.source.remote:  # a SPARQL server is asked only for what pages need
            pages.facts.read_all(sum(1 for _, row in pages.index.entries if row["kind"] == "project"))
        for name in ENV.list_templates(extensions=["html"]):
            ENV.get_template(name)  # compiled once, before the first request
        return 200, "text/plain", b""


_WORKER: Renderer | None = None


def init_worker(spec: dict) -> None:
    """Open the source in a worker process (the pool's initializer)."""
    global _WORKER
    kept = spec.get("page_store")
    _WORKER = Renderer(open_source(spec), PageStore(kept) if kept else None)


def run_task(task: tuple, told: int | None = None) -> Result:
    """Run a task in a worker process (`told`: the generation the server saw)."""
    return _WORKER.run(task, told=told)


def worker_idle() -> None:
    """Write the answers the worker keeps on disk (it has no task waiting, or stops)."""
    if _WORKER is not None and _WORKER.kept is not None:
        _WORKER.kept.flush()
