"""The SPARQL 1.1 Protocol endpoint's queries, each in a worker process of its own.

A query runs in one of a few worker processes (each with the store open read-only), so the
server can stop it: past the time limit, or when its client goes, the worker is ended and a new
one started; the pages go on answering meanwhile. Results larger than the size limit stop with
an error. Personal data (the `/personal` graphs) is outside the query's dataset unless the
server was started to serve it; SERVICE (federation) is refused unless enabled, so no query
makes the server request a URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import multiprocessing
import os
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["GRAPH_MEDIA", "RESULT_MEDIA", "QueryFailed", "QueryPool", "uses_service"]

RESULT_MEDIA = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv", "application/json": "json"}
GRAPH_MEDIA = {"text/turtle": "turtle", "application/n-triples": "ntriples",
               "application/rdf+xml": "rdfxml", "application/n-quads": "nquads"}
_SKIP = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|'
                   r'<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.IGNORECASE)


def uses_service(query: str) -> bool:
    """True if the query has a SERVICE clause (outside strings, IRIs and comments)."""
    return bool(_SERVICE.search(_SKIP.sub(" ", query)))


class QueryFailed(Exception):
    """A query that did not give a result: status (400, 503) and a one-line reason."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class _TooLarge(Exception):
    pass


class _Bounded(io.RawIOBase):
    def __init__(self, limit: int):
        self.limit, self.buf = limit, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.buf += data
        if len(self.buf) > self.limit:
            raise _TooLarge()
        return len(data)


def _media(result, accept: str, formats) -> tuple[str, object]:
    from pyoxigraph import QueryResultsFormat, QueryTriples, RdfFormat
    if isinstance(result, QueryTriples):
        wanted = next((GRAPH_MEDIA[m] for m in _accepted(accept) if m in GRAPH_MEDIA), "turtle")
        fmt = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "rdfxml": RdfFormat.RDF_XML,
               "nquads": RdfFormat.N_QUADS}[wanted]
        return fmt.media_type, fmt
    wanted = next((RESULT_MEDIA[m] for m in _accepted(accept) if m in RESULT_MEDIA), "json")
    fmt = {"json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML, "csv": QueryResultsFormat.CSV,
           "tsv": QueryResultsFormat.TSV}[wanted]
    return fmt.media_type, fmt


def _accepted(accept: str) -> list[str]:
    parts = []
    for i, part in enumerate((accept or "").split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        if "q=" in params:
            try:
                q = float(params.split("q=")[1].split(";")[0])
            except ValueError:
                q = 0.0
        if q > 0:
            parts.append((-q, i, media.strip().lower()))
    return [m for _, _, m in sorted(parts)]


_NICE = 19  # a query worker's CPU priority (the pages' workers and the event loop: 0)


def _worker(conn, store_path: str, include_personal: bool, max_bytes: int) -> None:
    """A worker process: answers (query, accept) with (status, media type or message, bytes)."""
    try:
        os.setpriority(os.PRIO_PROCESS, 0, _NICE)  # the pages come first: a query has the CPU they leave
    except OSError:
        pass
    from esfgraph.graph.publish.storeview import StoreView
    view = StoreView(store_path, include_personal=include_personal)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):  # the server went without saying so: nothing left to answer
            return
        if msg is None:
            return
        query, accept = msg
        try:
            store = view.fresh()
            graphs = {"use_default_graph_as_union": True} if include_personal else {
                "default_graph": view.graphs(), "named_graphs": view.graphs()}
            result = store.query(query, **graphs)
            media, fmt = _media(result, accept, None)
            out = _Bounded(max_bytes)
            result.serialize(out, fmt)
            conn.send((200, media, bytes(out.buf)))
        except _TooLarge:
            conn.send((400, f"the result is larger than {max_bytes:,} bytes (the server's limit, "
                            "--max-result-bytes); narrow the query or add LIMIT", b""))
        except SyntaxError as e:
            conn.send((400, f"the query is not valid SPARQL: {e}", b""))
        except Exception as e:  # noqa: BLE001  (any evaluation error is the query's answer)
            conn.send((400, f"the query failed: {e}", b""))


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object


class QueryPool:
    """A few worker processes answering SPARQL queries with a time limit and a size limit."""

    def __init__(self, store_path: str, workers: int = 2, timeout: float = 10.0,
                 max_bytes: int = 50_000_000, include_personal: bool = False, federation: bool = False):
        self.store_path, self.size, self.timeout = str(store_path), workers, timeout
        self.max_bytes, self.include_personal, self.federation = max_bytes, include_personal, federation
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue | None = None
        self.stopped = 0  # queries stopped (time limit or client gone)

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_worker, args=(child, self.store_path, self.include_personal,
                                                    self.max_bytes), daemon=True)
        p.start()
        with contextlib.suppress(OSError, AttributeError):  # its start-up too, not only its queries
            os.setpriority(os.PRIO_PROCESS, p.pid, _NICE)
        child.close()
        return _Worker(p, parent)

    async def start(self) -> None:
        """Start the workers."""
        self._idle = asyncio.Queue()
        loop = asyncio.get_running_loop()
        for w in await asyncio.gather(*[loop.run_in_executor(None, self._spawn) for _ in range(self.size)]):
            self._idle.put_nowait(w)

    def close(self) -> None:
        """End the workers."""
        while self._idle is not None and not self._idle.empty():
            w = self._idle.get_nowait()
            w.process.kill()
            w.process.join(timeout=5)

    async def _replace(self, w: _Worker) -> None:
        w.process.kill()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, w.process.join, 5)
        self._idle.put_nowait(await loop.run_in_executor(None, self._spawn))

    async def run(self, query: str, accept: str,
                  gone: Callable[[], Awaitable[bool]] | None = None) -> tuple[str, bytes]:
        """Return (media type, body) of the query's result; raise QueryFailed."""
        if not self.federation and uses_service(query):
            raise QueryFailed(400, "SERVICE (federated query) is off on this server "
                                   "(start it with --federation to allow it)")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        try:
            w = await asyncio.wait_for(self._idle.get(), timeout=self.timeout)
        except asyncio.TimeoutError:
            raise QueryFailed(503, "every query worker is busy; try again shortly") from None
        ready = asyncio.Event()
        loop.add_reader(w.conn.fileno(), ready.set)
        try:
            w.conn.send((query, accept))
            while not ready.is_set():
                left = deadline - loop.time()
                if left <= 0 or (gone is not None and await gone()):
                    self.stopped += 1
                    loop.remove_reader(w.conn.fileno())
                    asyncio.ensure_future(self._replace(w))
                    raise QueryFailed(503, f"the query was stopped after {self.timeout:g} s (the "
                                           "server's time limit per query, --query-timeout)")
                try:
                    await asyncio.wait_for(ready.wait(), timeout=min(0.2, left))
                except asyncio.TimeoutError:
                    pass
            loop.remove_reader(w.conn.fileno())
            os.set_blocking(w.conn.fileno(), True)  # uvloop left it non-blocking: a large result
            status, media, body = w.conn.recv()  # comes in pieces
        except (EOFError, OSError):
            asyncio.ensure_future(self._replace(w))
            raise QueryFailed(503, "the query worker ended; try again") from None
        self._idle.put_nowait(w)
        if status != 200:
            raise QueryFailed(status, media)
        return media, body
