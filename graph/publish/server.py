"""`esfgraph serve`: the linked-data server of the store (Starlette, run by uvicorn).

Every IRI under the store's base answers at its path, by content negotiation: an HTML page,
Turtle, JSON-LD, N-Triples or RDF/XML (also `?format=` and file extensions). The SPARQL 1.1
Protocol at /sparql (sparql.py: worker processes, time and size limits). The store is read-only
and followed as builds change it (storeview.py). No CORS header unless an origin is given.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections import OrderedDict
from importlib.resources import files

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from esfgraph.graph.publish import dcat, void
from esfgraph.graph.publish.i18n import pick_language
from esfgraph.graph.publish.pages import Links, Pages
from esfgraph.graph.publish.resources import (
    EXTENSIONS,
    FORMATS,
    choose_format,
    describe,
    iri_of_path,
    path_of_iri,
    serialize_triples,
)
from esfgraph.graph.publish.sparql import QueryPool
from esfgraph.graph.publish.sparql_page import sparql_endpoint
from esfgraph.graph.publish.storeview import StoreView
from esfgraph.graph.reference import ONTOLOGY_GRAPH, load_ontology_text

__all__ = ["ServerOptions", "create_app"]

CACHE_SECONDS = 60


class ServerOptions:
    """What the server may do: personal data, federation, CORS origins, query limits."""

    def __init__(self, include_personal: bool = False, federation: bool = False,
                 cors: tuple[str, ...] = (), query_timeout: float = 10.0, workers: int = 2,
                 max_result_bytes: int = 50_000_000):
        self.include_personal, self.federation, self.cors = include_personal, federation, tuple(cors)
        self.query_timeout, self.workers, self.max_result_bytes = query_timeout, workers, max_result_bytes


class _State:
    """The store view, the pages of its current opening, and rendered responses by generation."""

    def __init__(self, store_path: str, options: ServerOptions):
        self.view = StoreView(store_path, include_personal=options.include_personal)
        self.options = options
        self.pool = QueryPool(store_path, options.workers, options.query_timeout,
                              options.max_result_bytes, options.include_personal, options.federation)
        self._pages: tuple[int, Pages] | None = None
        self._cache: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def pages(self) -> Pages:
        store = self.view.fresh()
        gen = self.view.generation
        if self._pages is None or self._pages[0] != gen:
            self._pages = (gen, Pages(store, self.view.settings, self.view.graph_set()))
            with self._lock:
                self._cache.clear()
        return self._pages[1]

    def cached(self, key, make):
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        value = make()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > 5000:
                self._cache.popitem(last=False)
        return value


def _lang(request: Request) -> str:
    return pick_language(request.query_params.get("lang"), request.cookies.get("lang"),
                         request.headers.get("accept-language"))


def _links_header(links: Links, iri: str) -> str:
    return ", ".join(f'<{links.alt(iri, name)}>; rel="alternate"; type="{media}"'
                     for name, (media, _, _) in FORMATS.items() if name != "html")


def _respond(request: Request, state: _State, body: bytes, media: str, lang: str | None = None,
             status: int = 200, extra: dict | None = None) -> Response:
    etag = f'W/"{state.view.generation}-{hashlib.sha1(body).hexdigest()[:16]}"'
    if status == 200 and request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers={"ETag": etag})
    headers = {"Vary": "Accept, Accept-Language, Cookie", "ETag": etag,
               "Cache-Control": f"public, max-age={CACHE_SECONDS}", **(extra or {})}
    if lang:
        headers["Content-Language"] = lang
    response = Response(body, status_code=status, media_type=media, headers=headers)
    if request.query_params.get("lang") in ("sv", "en"):
        response.set_cookie("lang", request.query_params["lang"], max_age=365 * 86400, samesite="lax")
    return response


def _format_of(request: Request, path: str) -> tuple[str | None, str, bool]:
    """Return (format, path without a format extension, whether the format was asked in the URL)."""
    asked = request.query_params.get("format")
    if asked:
        fmt = EXTENSIONS.get(asked, asked if asked in FORMATS else None)
        return fmt, path, True
    stem, dot, ext = path.rpartition(".")
    if dot and ext in EXTENSIONS and "/" not in ext:
        return EXTENSIONS[ext], stem, True
    return choose_format(request.headers.get("accept")), path, False


def create_app(store_path: str, options: ServerOptions | None = None) -> Starlette:
    """Return the server's application over the store at `store_path`."""
    options = options or ServerOptions()
    state = _State(str(store_path), options)

    def resource(request: Request) -> Response:
        raw = request.scope.get("raw_path") or request.url.path.encode("utf-8")
        raw = raw.split(b"?")[0]
        fmt, raw_stem, in_url = _format_of(request, raw.decode("latin-1"))
        pages = state.pages()
        base = state.view.settings.base
        iri = iri_of_path(base, raw_stem.encode("latin-1"))
        lang = _lang(request)
        links = Links(base, lang, path_of_iri(base, iri) or "/")
        if fmt is None:
            return PlainTextResponse("not acceptable: this resource is served as " + ", ".join(
                m for m, _, _ in FORMATS.values()), status_code=406, headers={"Vary": "Accept"})
        if fmt == "html":
            body = state.cached(("page", iri, lang), lambda: pages.resource(iri, links))
            if body is None:
                return _respond(request, state, pages.error(links, "not_found").encode(), "text/html",
                                lang, status=404)
            return _respond(request, state, body.encode("utf-8"), "text/html; charset=utf-8", lang,
                            extra={"Link": _links_header(links, iri)})
        triples = describe(state.view.fresh(), iri, state.view.graph_set())
        if not triples:
            return PlainTextResponse(f"nothing is known of <{iri}>", status_code=404)
        body = state.cached(("data", iri, fmt), lambda: serialize_triples(triples, fmt))
        extra = {"Link": _links_header(links, iri)}
        if not in_url:
            extra["Content-Location"] = links.alt(iri, fmt)
        return _respond(request, state, body, FORMATS[fmt][0], extra=extra)

    def start(request: Request) -> Response:
        pages, lang = state.pages(), _lang(request)
        q = request.query_params.get("q")
        here = "/search?q=" + q if q is not None else "/"
        links = Links(state.view.settings.base, lang, here)
        body = state.cached(("start", q, lang), lambda: pages.start(links, q))
        return _respond(request, state, body.encode("utf-8"), "text/html; charset=utf-8", lang)

    def period(request: Request) -> Response:
        pages, lang = state.pages(), _lang(request)
        notation = request.path_params["notation"]
        links = Links(state.view.settings.base, lang, request.url.path)
        body = state.cached(("period", notation, lang), lambda: pages.period(notation, links))
        if body is None:
            return _respond(request, state, pages.error(links, "not_found").encode(), "text/html", lang, 404)
        return _respond(request, state, body.encode("utf-8"), "text/html; charset=utf-8", lang)

    def ontology(request: Request) -> Response:
        pages, lang = state.pages(), _lang(request)
        fmt, _, _ = _format_of(request, request.url.path)
        if fmt == "html":
            links = Links(state.view.settings.base, lang, "/ontology")
            body = state.cached(("ontology", lang), lambda: pages.ontology(links))
            return _respond(request, state, body.encode("utf-8"), "text/html; charset=utf-8", lang)
        if fmt == "turtle":
            return _respond(request, state, load_ontology_text().encode("utf-8"), "text/turtle")
        triples = [q.triple for q in state.view.fresh().quads_for_pattern(None, None, None, ONTOLOGY_GRAPH)]
        return _respond(request, state, serialize_triples(triples, fmt or "turtle"), FORMATS[fmt or "turtle"][0])

    def described(kind: str):
        def handler(request: Request) -> Response:
            fmt, _, _ = _format_of(request, request.url.path)
            state.pages()
            make = {"dataset": dcat.dataset_triples, "void": void.void_triples}[kind]
            triples = state.cached((kind, "triples"), lambda: make(state.view.fresh(), state.view.settings))
            fmt = fmt if fmt in FORMATS and fmt != "html" else "turtle"
            return _respond(request, state, serialize_triples(triples, fmt), FORMATS[fmt][0])
        return handler

    async def sparql(request: Request) -> Response:
        return await sparql_endpoint(request, state, _respond, _lang)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await state.pool.start()
        try:
            yield
        finally:
            state.pool.close()

    middleware = []
    if options.cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(options.cors),
                                     allow_methods=["GET", "POST"], allow_headers=["Accept", "Content-Type"]))
    static = StaticFiles(directory=str(files("esfgraph.graph.publish") / "static"), follow_symlink=True)
    routes = [
        Route("/", start), Route("/search", start),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/ontology", ontology), Route("/ontology.{ext}", ontology),
        Route("/dataset", described("dataset")), Route("/dataset.{ext}", described("dataset")),
        Route("/void", described("void")), Route("/void.{ext}", described("void")),
        Route("/period/{notation}", period),
        Mount("/static", static),
        Route("/favicon.ico", lambda r: Response(status_code=204)),
        Route("/{path:path}", resource),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.esfgraph = state
    return app
