"""The server's page workers and its cache of rendered responses.

Pages and data are rendered in a few worker processes (render.py), so the server's event loop
only routes requests and answers from the cache, and the pages use every core (Python runs one
thread at a time in a process). What a worker rendered is kept, by the source's generation, in a
cache bounded in bytes: a build (or a push to the server read) starts a new generation and the
cache is emptied. Requests for the same page at once wait for one rendering of it; when every
worker is busy, tasks wait in the order they came (a page, a lookup or a search alike: under 200
clients a lookup put before the pages that came just before it made those pages the slowest
answers, p99 ~330 ms against ~270 for all in the order they came). When a generation of a
store starts (server.py looks every second), one more worker, at idle CPU priority (it runs only
on CPU nothing else wants), renders ahead into the cache the Swedish page of every project and
organisation, then their Turtle and their JSON-LD (until the cache is three quarters full); a
request never waits for it. The workers also keep what they render on
disk beside the store (pagestore.py), so a server started again renders nothing it rendered
before for the same store.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field

from esfgraph.graph.publish.cache import ByteCache, Rendered
from esfgraph.graph.publish.render import init_worker, run_task, worker_idle

__all__ = ["AHEAD", "RenderPool"]


# What is rendered ahead for every project and organisation, in this order: (kind, format or language).
AHEAD = (("page", "sv"), ("data", "turtle"), ("data", "jsonld"))


@dataclass
class _Worker:
    process: multiprocessing.Process
    conn: object
    tasks: deque = field(default_factory=deque)  # what takes each answer (a function), in order
    idle: bool = False


_ENDED = (503, "text/plain; charset=utf-8", b"the page worker ended; try again")


def _future_and_sink():
    """A future and the function that gives it an answer (once; not after it was cancelled)."""
    future = asyncio.get_running_loop().create_future()
    return future, lambda result: None if future.done() else future.set_result(result)


def _serve(conn, spec: dict, idle: bool = False) -> None:
    """A page worker: answers each task with (status, media type, body) until told to stop; an
    idle one (rendering ahead) runs only on CPU that nothing else wants."""
    if idle:
        with contextlib.suppress(OSError, AttributeError):
            os.nice(19)
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))

    init_worker(spec)
    while True:
        if not conn.poll():
            worker_idle()  # the pages kept on disk are written while no task waits
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the server went without saying so
            message = None
        if message is None:
            return worker_idle()
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
        self._waiting: deque = deque()  # (message, sink): tasks waiting for a worker, first come first
        self._all: list[_Worker] = []  # the workers of requests
        self._idle: _Worker | None = None  # the worker that renders ahead, at idle priority
        self._pending: dict = {}  # (generation, task) -> the futures of the requests waiting for it
        self._ahead: deque = deque()  # (generation, task): rendered while a worker is idle
        self._ahead_generation: int | None = None
        self._ahead_count, self._ahead_started = 0, 0.0
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
        started = []
        for w in workers:
            future, sink = _future_and_sink()
            self._send(w, (("warm",), None), sink)
            started.append(future)
        await asyncio.gather(*started)

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

    def _send(self, w: _Worker, message: tuple, sink) -> None:
        w.tasks.append(sink)
        try:
            w.conn.send(message)
        except OSError:
            self._ended(w)

    def _answered(self, w: _Worker) -> None:
        """A worker's pipe is readable: its answers to its oldest tasks, every one it has sent
        (or its end). One answer a turn of the event loop held the workers back: under 200
        clients a turn takes tens of milliseconds, and a worker waits once its pipe is full."""
        fd = w.conn.fileno()
        try:
            os.set_blocking(fd, True)  # uvloop made it non-blocking: a large body comes in pieces
            while True:
                result = w.conn.recv()
                w.tasks.popleft()(result)
                if not (w.tasks and w.conn.poll()):
                    break
        except (EOFError, OSError):
            return self._ended(w)
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
        for sink in w.tasks:
            sink(_ENDED)
        self._feed(self._spawn(idle=w.idle))

    def _feed(self, w: _Worker) -> None:
        """Give the worker waiting tasks, in the order they came."""
        while not w.idle and len(w.tasks) < self.depth and self._waiting:
            message, sink = self._waiting.popleft()
            self._send(w, message, sink)
        while w.idle and len(w.tasks) < self.depth and self._ahead:  # the pages ahead
            generation, task = self._ahead.popleft()
            if generation != self._ahead_generation:
                self._ahead.clear()
                break
            if self.cache.size > self.cache.limit * 3 // 4:
                print(f"rendering ahead stopped: the cache is three quarters full ({len(self._ahead) + 1} "
                      f"left of {self._ahead_count * len(AHEAD)})", file=self.ahead_log, flush=True)
                self._ahead.clear()
                break
            last = not self._ahead  # sent even when rendered already: its answer ends the round
            if last or (self.cache.get(generation, task) is None and (generation, task) not in self._pending):
                self._send(w, (task, generation),
                           lambda r, g=generation, t=task, last=last: self._rendered_ahead(r, g, t, last))

    def render_ahead(self, generation: int) -> None:
        """Once a generation: list every project and organisation (a worker reads them), whose
        page and data are rendered by workers that have nothing else to do (a request goes first)."""
        if generation == self._ahead_generation:
            return
        self._ahead_generation = generation
        self._ahead.clear()
        asyncio.ensure_future(self._list_ahead(generation))

    async def _list_ahead(self, generation: int) -> None:
        status, _, body = await self._run(generation, ("ahead",))
        if status != 200 or generation != self._ahead_generation:
            return
        iris = body.decode("utf-8").split()
        self._ahead_started, self._ahead_count = time.monotonic(), len(iris)
        for kind, last in AHEAD:
            self._ahead.extend((generation, (kind, iri, last)) for iri in iris)
        if self._idle is None:
            self._spawn(idle=True)
        self._feed(self._idle)

    def _rendered_ahead(self, result, generation: int, task: tuple, last: bool) -> None:
        if result[0] == 200:
            self.cache.put(generation, task, Rendered.of(generation, result))
        if last and generation == self._ahead_generation:
            print(f"pages rendered ahead (a page a project and organisation, in Swedish, its Turtle and JSON-LD): "
                  f"{self._ahead_count} in {time.monotonic() - self._ahead_started:.1f} s", file=self.ahead_log,
                  flush=True)

    def _dispatch(self, generation: int, task: tuple, sink) -> None:
        """Send a task to the least busy worker, or let it wait its turn when every one is full;
        `sink` takes the answer in the callback that reads it (no task, no loop turn between)."""
        message = (task, generation)
        w = min(self._all, key=lambda w: len(w.tasks))
        if len(w.tasks) < self.depth and not self._waiting:
            self._send(w, message, sink)
        else:
            self._waiting.append((message, sink))

    async def _run(self, generation: int, task: tuple) -> tuple[int, str, bytes]:
        future, sink = _future_and_sink()
        self._dispatch(generation, task, sink)
        return await future

    async def get(self, generation: int, task: tuple) -> Rendered:
        """The task's response: from the cache, else rendered by a worker (once, however
        many ask for it at the same time). The answer wakes the requests waiting for it
        straight from the callback that reads it: under 200 clients every turn of the event
        loop serves hundreds of them, and each task or future between took one more turn."""
        if generation != self._ahead_generation and not self.spec.get("endpoint"):
            self.render_ahead(generation)  # from the store only: a SPARQL server is not ours to load
        hit = self.cache.get(generation, task)
        if hit is not None:
            return hit
        key = (generation, task)
        future = asyncio.get_running_loop().create_future()
        waiting = self._pending.get(key)
        if waiting is not None:
            waiting.append(future)  # a request that goes away cancels its own future only
        else:
            self._pending[key] = [future]
            self._dispatch(generation, task, lambda result: self._rendered(key, result))
        return await future

    def _rendered(self, key: tuple, result: tuple[int, str, bytes]) -> None:
        generation, task = key
        rendered = Rendered.of(generation, result)
        if rendered.status < 500:
            self.cache.put(generation, task, rendered)
        for future in self._pending.pop(key, ()):
            if not future.done():
                future.set_result(rendered)
