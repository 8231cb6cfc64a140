"""`esfgraph serve`: the linked-data server of the store, or of a SPARQL server that holds what
`esfgraph push` sent (Starlette, run by uvicorn).

Every IRI under the base answers at its path, by content negotiation: an HTML page, Turtle,
JSON-LD, N-Triples or RDF/XML (also `?format=` and file extensions). Pages and data are rendered
by worker processes and kept by generation (pool.py), so the event loop only routes and answers.
The SPARQL 1.1 Protocol at /sparql: on the store, worker processes with time and size limits
(sparql.py); on a server, forwarded with the same limits (forward.py). The store is read-only
and followed as builds change it (storeview.py). No CORS header unless an origin is given.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
from importlib.resources import files

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from esfgraph.graph.publish.cache import Rendered
from esfgraph.graph.publish.i18n import pick_language
from esfgraph.graph.publish.pages import Links, Pages
from esfgraph.graph.publish.pagestore import PageStore, page_store_path
from esfgraph.graph.publish.pool import RenderPool
from esfgraph.graph.publish.resources import EXTENSIONS, FORMATS, choose_format, iri_of_path
from esfgraph.graph.publish.source import open_source
from esfgraph.graph.publish.sparql_page import sparql_endpoint

__all__ = ["ServerOptions", "create_app"]

CACHE_SECONDS = 60
# How far apart the event loop looks at the store's files (storeview.py): a look costs ~30 µs,
# a request under load arrives every ~0.8 ms, and a build cannot fall between two looks.
LOOK_SECONDS = 0.005


class ServerOptions:
    """What the server may do: personal data, federation, CORS origins, query limits; how many
    page workers it runs, how many bytes of rendered responses it keeps in memory, whether it
    keeps them on disk beside the store for its next start (pagestore.py), and up to how many
    quads a page worker reads the store into memory (storeview.into_memory; 0: never)."""

    def __init__(self, include_personal: bool = False, federation: bool = False,
                 cors: tuple[str, ...] = (), query_timeout: float = 10.0, workers: int = 2,
                 max_result_bytes: int = 50_000_000, page_workers: int = 2,
                 cache_bytes: int = 200_000_000, keep_pages: bool = True, memory_quads: int = 500_000):
        self.include_personal, self.federation, self.cors = include_personal, federation, tuple(cors)
        self.query_timeout, self.workers, self.max_result_bytes = query_timeout, workers, max_result_bytes
        self.page_workers, self.cache_bytes, self.keep_pages = page_workers, cache_bytes, keep_pages
        self.memory_quads = memory_quads


class _State:
    """The source (its generation and settings), the page workers, the SPARQL queries."""

    def __init__(self, spec: dict, options: ServerOptions):
        self.spec = {**spec, "include_personal": options.include_personal}
        if options.keep_pages and spec.get("store"):
            kept = page_store_path(spec["store"])
            if PageStore(kept).usable():  # else said once here, not by every worker
                self.spec["page_store"] = str(kept)
        self.options = options
        # The event loop's source: generations and settings only, on disk; a store's files
        # looked at 5 ms apart at most, not at every request.
        self.source = open_source({**self.spec, "recheck": LOOK_SECONDS} if spec.get("store") else self.spec)
        self.renderers = RenderPool({**self.spec, "memory_quads": options.memory_quads},
                                    options.page_workers, options.cache_bytes)
        if self.source.remote:
            from esfgraph.graph.publish.forward import RemoteQueries
            self.pool = RemoteQueries(self.source.endpoint, options.workers, options.query_timeout,
                                      options.max_result_bytes, options.include_personal,
                                      options.federation)
        else:
            from esfgraph.graph.publish.sparql import QueryPool
            self.pool = QueryPool(spec["store"], options.workers, options.query_timeout,
                                  options.max_result_bytes, options.include_personal, options.federation)
        self._pages: tuple[int, Pages] | None = None

    @property
    def base(self) -> str:
        return self.source.settings.base

    async def generation(self) -> int:
        """The source's generation (a store's files are looked at; a server asked now and then)."""
        if not self.source.remote:
            return self.source.refresh()
        if self.source.due():
            return await anyio.to_thread.run_sync(self.source.refresh)
        return self.source.generation

    async def get(self, task: tuple) -> Rendered:
        """A task's rendered response (cache or page worker)."""
        return await self.renderers.get(await self.generation(), task)

    def pages(self) -> Pages:
        """Pages for rendering in this process (the SPARQL page; run in a thread)."""
        gen = self.source.refresh()
        if self._pages is None or self._pages[0] != gen:
            self._pages = (gen, Pages(self.source))
        return self._pages[1]


def _lang(request: Request) -> str:
    return pick_language(request.query_params.get("lang"), request.cookies.get("lang"),
                         request.headers.get("accept-language"))


@functools.lru_cache(maxsize=50_000)
def _links_header(base: str, iri: str) -> str:
    """The `Link` header of a resource: its data in every format (made once a resource)."""
    links = Links(base)
    return ", ".join(f'<{links.alt(iri, name)}>; rel="alternate"; type="{media}"'
                     for name, (media, _, _) in FORMATS.items() if name != "html")


async def _rendered(state: _State, generation: int, task: tuple) -> tuple[Rendered, dict]:
    """A task's response, with a `Server-Timing` header: `cache`, or how long the request
    waited for a worker to render it."""
    cached = state.renderers.cache.get(generation, task) is not None
    t0 = time.perf_counter()
    r = await state.renderers.get(generation, task)
    timing = "cache" if cached else f"render;dur={(time.perf_counter() - t0) * 1000:.1f}"
    return r, {"Server-Timing": timing}


async def _render_ahead_on_change(state: _State, every: float = 1.0) -> None:
    """Render ahead as soon as the server starts and as soon as a build lands (the store is
    looked at every second), not when the next request comes."""
    while True:
        state.renderers.render_ahead(await state.generation())
        await asyncio.sleep(every)


def _respond(request: Request, r: Rendered, lang: str | None = None, extra: dict | None = None) -> Response:
    if r.status == 200 and request.headers.get("if-none-match") == r.etag:
        return Response(status_code=304, headers={"ETag": r.etag})
    headers = {"Vary": "Accept, Accept-Language, Cookie", "ETag": r.etag,
               "Cache-Control": f"public, max-age={CACHE_SECONDS}", **(extra or {})}
    if lang and r.media.startswith("text/html"):
        headers["Content-Language"] = lang
    response = Response(r.body, status_code=r.status, media_type=r.media, headers=headers)
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


def create_app(source, options: ServerOptions | None = None) -> Starlette:
    """Return the server's application over a store (its path, or {"store": path}) or a SPARQL
    server ({"endpoint": the Endpoint's fields})."""
    options = options or ServerOptions()
    spec = source if isinstance(source, dict) else {"store": str(source)}
    state = _State(spec, options)

    async def resource(request: Request) -> Response:
        raw = (request.scope.get("raw_path") or request.url.path.encode("utf-8")).split(b"?")[0]
        fmt, raw_stem, in_url = _format_of(request, raw.decode("latin-1"))
        gen = await state.generation()
        base = state.base
        iri = iri_of_path(base, raw_stem.encode("latin-1"))
        if fmt is None:
            return PlainTextResponse("not acceptable: this resource is served as " + ", ".join(
                m for m, _, _ in FORMATS.values()), status_code=406, headers={"Vary": "Accept"})
        lang = _lang(request)
        extra = {"Link": _links_header(base, iri)}
        if fmt == "html":
            r, timing = await _rendered(state, gen, ("page", iri, lang))
            return _respond(request, r, lang, {**extra, **timing} if r.status == 200 else timing)
        r, timing = await _rendered(state, gen, ("data", iri, fmt))
        extra.update(timing)
        if r.status != 200:
            return PlainTextResponse(r.body.decode("utf-8"), status_code=r.status)
        if not in_url:
            extra["Content-Location"] = Links(base).alt(iri, fmt)
        return _respond(request, r, extra=extra)

    async def start(request: Request) -> Response:
        lang = _lang(request)
        r, timing = await _rendered(state, await state.generation(), ("start", request.query_params.get("q"), lang))
        return _respond(request, r, lang, timing)

    async def period(request: Request) -> Response:
        lang = _lang(request)
        r = await state.get(("period", request.path_params["notation"], lang))
        return _respond(request, r, lang)

    async def ontology(request: Request) -> Response:
        fmt, _, _ = _format_of(request, request.url.path)
        lang = _lang(request)
        return _respond(request, await state.get(("ontology", fmt or "turtle", lang)), lang)

    def described(kind: str):
        async def handler(request: Request) -> Response:
            fmt, _, _ = _format_of(request, request.url.path)
            fmt = fmt if fmt in FORMATS and fmt != "html" else "turtle"
            return _respond(request, await state.get((kind, fmt)))
        return handler

    async def sparql(request: Request) -> Response:
        return await sparql_endpoint(request, state, _lang)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await state.renderers.start()
        await state.pool.start()
        watcher = None if state.source.remote else asyncio.ensure_future(_render_ahead_on_change(state))
        try:
            yield
        finally:
            if watcher is not None:
                watcher.cancel()
            state.pool.close()
            state.renderers.close()

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
