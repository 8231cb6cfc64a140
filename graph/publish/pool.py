"""The server's page workers and its cache of rendered responses.

Pages and data are rendered in a few worker processes (render.py), so the server's event loop
only routes requests and answers from the cache, and the pages use every core (Python runs one
thread at a time in a process). What a worker rendered is kept, by the source's generation, in a
cache bounded in bytes: a build (or a push to the server read) starts a new generation and the
cache is emptied. Requests for the same page at once wait for one rendering of it; when every
worker is busy, a resource's data (a lookup, a fraction of a page's time) goes before pages.
When a generation of a store starts, one more worker, at idle CPU priority (it runs only on CPU nothing else
wants), renders the Swedish page of every project and organisation ahead into the cache (until
the cache is half full); a request never waits for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import heapq
import itertools
import multiprocessing
import os
import sys
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import NamedTuple

from esfgraph.graph.publish.render import init_worker, run_task

__all__ = ["ByteCache", "RenderPool", "Rendered"]


_PRIORITY = {"data": 0, "page": 1}  # a task kind's turn when every worker is busy (else 1)


class Rendered(NamedTuple):
    """A rendered response: status, media type, body and its entity tag."""

    status: int
    media: str
    body: bytes
    etag: str


class ByteCache:
    """Least recently used entries, at most `limit` bytes of bodies; emptied when the
    generation changes."""

    def __init__(self, limit: int):
        self.limit, self.size, self.generation = limit, 0, None
        self._items: OrderedDict = OrderedDict()

    def get(self, generation: int, key):
        """The entry of the generation, or None."""
        if generation != self.generation:
            return None
        hit = self._items.get(key)
        if hit is not None:
            self._items.move_to_end(key)
        return hit

    def put(self, generation: int, key, value: Rendered) -> None:
        """Keep an entry (dropping the least recently used beyond the limit)."""
        if generation != self.generation:
            if self.generation is not None and generation < self.generation:
                return
            self._items.clear()
            self.size, self.generation = 0, generation
        old = self._items.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self._items[key] = value
        self.size += len(value.body)
        while self.size > self.limit and self._items:
            _, dropped = self._items.popitem(last=False)
            self.size -= len(dropped.body)


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object
    tasks: deque = field(default_factory=deque)  # the futures of the tasks sent, in order
    idle: bool = False


class _WorkerEnded(Exception):
    pass


def _serve(conn, spec: dict, idle: bool = False) -> None:
    """A page worker: answers each task with (status, media type, body) until told to stop; an
    idle one (rendering ahead) runs only on CPU that nothing else wants."""
    if idle:
        with contextlib.suppress(OSError, AttributeError):
            os.nice(19)
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))

    init_worker(spec)
    while True:
        message = conn.recv()
        if message is None:
            return
        conn.send(run_task(*message))


class RenderPool:
    """Worker processes rendering tasks (render.py) for one source, with the cache. Tasks go to
    the workers over pipes the event loop watches (no thread, no waiting in the loop); a worker
    holds up to `depth` tasks, so it starts the next as soon as it answers one, however busy
    the event loop is."""

    depth = 16

    def __init__(self, spec: dict, workers: int = 2, cache_bytes: int = 200_000_000):
        self.spec, self.workers = spec, max(1, workers)
        self.cache = ByteCache(cache_bytes)
        self._ctx = multiprocessing.get_context("spawn")
        self._waiting: list = []  # (priority, arrival, message, future): tasks waiting for a worker
        self._arrivals = itertools.count()
        self._all: list[_Worker] = []  # the workers of requests
        self._idle: _Worker | None = None  # the worker that renders ahead, at idle priority
        self._pending: dict = {}
        self._ahead: deque = deque()  # (generation, task): pages rendered while a worker is idle
        self._ahead_generation: int | None = None
        self._ahead_count = 0
        self.ahead_log = sys.stderr

    def _spawn(self, idle: bool = False) -> _Worker:
        parent, child = self._ctx.Pipe()
        p = self._ctx.Process(target=_serve, args=(child, self.spec, idle), daemon=True,
                              name="esfgraph-pages")
        p.start()
        if idle:  # at idle priority from its start-up on, not only once it runs
            with contextlib.suppress(OSError, AttributeError):
                os.setpriority(os.PRIO_PROCESS, p.pid, 19)
                os.sched_setscheduler(p.pid, os.SCHED_IDLE, os.sched_param(0))
        child.close()
        w = _Worker(p, parent, idle=idle)
        if idle:
            self._idle = w
        else:
            self._all.append(w)
        asyncio.get_running_loop().add_reader(parent.fileno(), self._answered, w)
        return w

    async def start(self) -> None:
        """Start the workers (each opens the source and reads the ontology's labels)."""
        workers = [self._spawn() for _ in range(self.workers)]
        await asyncio.gather(*[self._send(w, (("warm",), None)) for w in workers])

    def close(self) -> None:
        """End the workers."""
        workers, self._all = self._all + ([self._idle] if self._idle else []), []
        self._idle = None
        for w in workers:
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                asyncio.get_running_loop().remove_reader(w.conn.fileno())
            with contextlib.suppress(OSError):
                w.conn.send(None)
        for w in workers:
            w.process.join(timeout=5)
            if w.process.is_alive():
                w.process.kill()

    def _send(self, w: _Worker, message: tuple, future=None):
        future = future or asyncio.get_running_loop().create_future()
        w.tasks.append(future)
        try:
            w.conn.send(message)
        except OSError:
            self._ended(w)
        return future

    def _answered(self, w: _Worker) -> None:
        """A worker's pipe is readable: its answer to its oldest task (or its end)."""
        fd = w.conn.fileno()
        try:
            os.set_blocking(fd, True)  # uvloop made it non-blocking: a large body comes in pieces
            result = w.conn.recv()
        except (EOFError, OSError):
            return self._ended(w)
        future = w.tasks.popleft()
        if not future.done():
            future.set_result(result)
        self._feed(w)

    def _ended(self, w: _Worker) -> None:
        """A worker died: its tasks fail, another starts and takes the waiting ones."""
        if w is self._idle:
            self._idle = None
        elif w in self._all:
            self._all.remove(w)
        else:
            return
        asyncio.get_running_loop().remove_reader(w.conn.fileno())
        w.process.kill()
        for future in w.tasks:
            if not future.done():
                future.set_exception(_WorkerEnded())
        self._feed(self._spawn(idle=w.idle))

    def _feed(self, w: _Worker) -> None:
        """Give the worker waiting tasks, a lookup of data before a page (it takes a fraction of
        a page's time), else in order of arrival."""
        while not w.idle and len(w.tasks) < self.depth and self._waiting:
            _, _, message, future = heapq.heappop(self._waiting)
            if not future.done():
                self._send(w, message, future)
        while w.idle and len(w.tasks) < self.depth and self._ahead:  # the pages ahead
            generation, task, started = self._ahead.popleft()
            if generation != self._ahead_generation or self.cache.size > self.cache.limit // 2:
                self._ahead.clear()
                break
            if not self._ahead:
                self._send(w, (task, generation)).add_done_callback(
                    lambda f, g=generation, t=task, s=started: self._rendered_ahead(f, g, t, s, True))
            elif self.cache.get(generation, task) is None and (generation, task) not in self._pending:
                self._send(w, (task, generation)).add_done_callback(
                    lambda f, g=generation, t=task: self._rendered_ahead(f, g, t, None, False))

    def render_ahead(self, generation: int) -> None:
        """Once a generation: list the page of every project and organisation (a worker reads
        them), to be rendered by workers that have nothing else to do (a request goes first)."""
        if generation == self._ahead_generation:
            return
        self._ahead_generation = generation
        self._ahead.clear()
        asyncio.ensure_future(self._list_ahead(generation))

    async def _list_ahead(self, generation: int) -> None:
        status, _, body = await self._run(generation, ("ahead",))
        if status != 200 or generation != self._ahead_generation:
            return
        started, iris = time.monotonic(), body.decode("utf-8").split()
        self._ahead_count = len(iris)
        self._ahead.extend((generation, ("page", iri, "sv"), started) for iri in iris)
        if self._idle is None:
            self._spawn(idle=True)
        self._feed(self._idle)

    def _rendered_ahead(self, future, generation: int, task: tuple, started, last: bool) -> None:
        if future.cancelled() or future.exception() is not None:
            return
        status, media, body = future.result()
        if status == 200:
            etag = f'W/"{generation}-{hashlib.sha1(body).hexdigest()[:16]}"'
            self.cache.put(generation, task, Rendered(status, media, body, etag))
        if last and generation == self._ahead_generation:
            print(f"pages rendered ahead (a page a project and organisation, in Swedish): {self._ahead_count} "
                  f"in {time.monotonic() - started:.1f} s", file=self.ahead_log, flush=True)

    async def _run(self, generation: int, task: tuple) -> tuple[int, str, bytes]:
        message = (task, generation)
        w = min(self._all, key=lambda w: len(w.tasks))
        if len(w.tasks) < self.depth and not self._waiting:
            future = self._send(w, message)
        else:
            future = asyncio.get_running_loop().create_future()
            heapq.heappush(self._waiting, (_PRIORITY.get(task[0], 1), next(self._arrivals), message, future))
        try:
            return await future
        except _WorkerEnded:
            return 503, "text/plain; charset=utf-8", b"the page worker ended; try again"

    async def get(self, generation: int, task: tuple) -> Rendered:
        """The task's response: from the cache, else rendered by a worker (once, however
        many ask for it at the same time)."""
        if generation != self._ahead_generation and not self.spec.get("endpoint"):
            self.render_ahead(generation)  # from the store only: a SPARQL server is not ours to load
        hit = self.cache.get(generation, task)
        if hit is not None:
            return hit
        key = (generation, task)
        pending = self._pending.get(key)
        if pending is None:
            pending = self._pending[key] = asyncio.ensure_future(self._render(generation, task))
            pending.add_done_callback(lambda _: self._pending.pop(key, None))
        return await asyncio.shield(pending)

    async def _render(self, generation: int, task: tuple) -> Rendered:
        status, media, body = await self._run(generation, task)
        etag = f'W/"{generation}-{hashlib.sha1(body).hexdigest()[:16]}"'
        rendered = Rendered(status, media, body, etag)
        if status < 500:
            self.cache.put(generation, task, rendered)
        return rendered
