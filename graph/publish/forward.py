"""/sparql of a server started with --endpoint: queries forwarded to the SPARQL server, read-only
and with the limits the embedded store's queries have.

Only a SPARQL 1.1 query goes through (SELECT, ASK, CONSTRUCT, DESCRIBE: an update, or a
server's own extensions such as Virtuoso's DEFINE pragmas, is refused), SERVICE only with
--federation; `workers` queries at a time; each stopped at the time limit or when its client
goes (the connection to the server is closed), and its result cut at the size limit. A server
that holds personal data (`/personal` graphs, pushed with --include-personal-data) gets no query
unless the server was started with --include-personal-data too: a forwarded query reads every
graph the server has.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
from pyoxigraph import Store

from esfgraph.graph.endpoint import Endpoint
from esfgraph.graph.publish.sparql import QueryFailed, uses_service

__all__ = ["RemoteQueries", "PERSONAL_GRAPHS"]

PERSONAL_GRAPHS = ('SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRENDS(STR(?g), "/personal")) } '
                   'LIMIT 1')


def _check_query(query: str) -> None:
    """Refuse what is not a SPARQL 1.1 query (parsed by Oxigraph on an empty store)."""
    try:
        Store().query(query)  # a SELECT or CONSTRUCT is only parsed; an ASK reads nothing
    except SyntaxError as e:
        raise QueryFailed(400, "only SPARQL 1.1 queries are forwarded to the server (no update, "
                               f"no server extension): {e}") from None
    except (OSError, RuntimeError, ValueError):
        pass  # valid, and the server evaluates it


class RemoteQueries:
    """Forwards queries to a SPARQL server with a time limit, a size limit and a bound on how
    many run at once (the interface of sparql.QueryPool)."""

    def __init__(self, endpoint: Endpoint, workers: int = 2, timeout: float = 10.0,
                 max_bytes: int = 50_000_000, include_personal: bool = False, federation: bool = False):
        self.endpoint, self.size, self.timeout = endpoint, workers, timeout
        self.max_bytes, self.include_personal, self.federation = max_bytes, include_personal, federation
        self.stopped = 0
        self._slots: asyncio.Semaphore | None = None
        self._client: httpx.AsyncClient | None = None
        self._personal: tuple[float, bool] | None = None

    async def start(self) -> None:
        """Open the connection pool."""
        self._slots = asyncio.Semaphore(self.size)
        auth, headers = self.endpoint.credentials()
        self._client = httpx.AsyncClient(auth=auth, headers=headers, timeout=self.timeout,
                                         transport=httpx.AsyncHTTPTransport(retries=2))

    def close(self) -> None:
        """Nothing to end: the connections close with the event loop."""

    async def _holds_personal(self) -> bool:
        """Whether the server holds a `/personal` graph (asked again 30 s after the last time)."""
        now = asyncio.get_running_loop().time()
        if self._personal is None or now - self._personal[0] > 30:
            _, body = await self._post(PERSONAL_GRAPHS, "application/sparql-results+json")
            self._personal = (now, b'"g"' in body.split(b'"bindings"', 1)[-1])
        return self._personal[1]

    async def _post(self, query: str, accept: str) -> tuple[str, bytes]:
        """Send the query; return its media type and body, cut at the size limit (QueryFailed
        past it)."""
        request = self._client.build_request("POST", self.endpoint.query, data={"query": query},
                                             headers={"Accept": accept})
        response = await self._client.send(request, stream=True)
        try:
            if response.status_code >= 400:
                text = " ".join((await response.aread())[:300].decode("utf-8", "replace").split())
                raise QueryFailed(400 if response.status_code < 500 else 502,
                                  f"the SPARQL server answered HTTP {response.status_code}: {text}")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    raise QueryFailed(400, f"the result is larger than {self.max_bytes:,} bytes (the "
                                           "server's limit, --max-result-bytes); narrow the query or add LIMIT")
            return response.headers.get("content-type", "application/octet-stream"), bytes(body)
        finally:
            await response.aclose()

    async def run(self, query: str, accept: str,
                  gone: Callable[[], Awaitable[bool]] | None = None) -> tuple[str, bytes]:
        """Return (media type, body) of the query's result from the server; raise QueryFailed."""
        if not self.federation and uses_service(query):
            raise QueryFailed(400, "SERVICE (federated query) is off on this server "
                                   "(start it with --federation to allow it)")
        if not uses_service(query):
            _check_query(query)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        try:
            await asyncio.wait_for(self._slots.acquire(), timeout=self.timeout)
        except asyncio.TimeoutError:
            raise QueryFailed(503, "every query slot is busy; try again shortly") from None
        try:
            try:
                if not self.include_personal and await self._holds_personal():
                    raise QueryFailed(403, "the SPARQL server holds personal data (/personal graphs): "
                                           "its queries are forwarded only by a server started with "
                                           "--include-personal-data")
            except httpx.HTTPError as e:
                raise QueryFailed(502, f"cannot reach {self.endpoint.query}: {e or type(e).__name__}") from None
            task = asyncio.ensure_future(self._post(query, accept or "application/sparql-results+json"))
            while not task.done():
                left = deadline - loop.time()
                if left <= 0 or (gone is not None and await gone()):
                    task.cancel()
                    self.stopped += 1
                    raise QueryFailed(503, f"the query was stopped after {self.timeout:g} s (the "
                                           "server's time limit per query, --query-timeout)")
                await asyncio.wait([task], timeout=min(0.2, left))
            try:
                return task.result()
            except httpx.HTTPError as e:
                raise QueryFailed(502, f"the SPARQL server failed: {e or type(e).__name__}") from None
        finally:
            self._slots.release()
