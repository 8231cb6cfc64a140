"""Pushing the graph to any SPARQL 1.1 server, one named graph per record, only what changed
(Graph Store Protocol, or SPARQL Update where a server has no Graph Store).

A record graph carries its content hash and the statistics graph its digest, so the server
itself says what it already has. Over the Graph Store Protocol each graph is one request (a
large one several: PUT, then POSTs); over SPARQL Update small graphs go together, up to
CHUNK_TRIPLES triples a request. A graph is sent with its hash last: a push cut off midway
leaves a graph without its hash, which the next push sends again.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Iterator

from pyoxigraph import NamedNode, RdfFormat, Store, Triple, serialize

from esfgraph.graph.endpoint import Endpoint
from esfgraph.graph.queries import internal_query, with_values
from esfgraph.graph.statistics import statistics_hashes
from esfgraph.graph.store import stored_hashes
from esfgraph.graph.vocab import ESF

__all__ = ["push", "PushSummary", "Endpoint", "CHUNK_TRIPLES"]

CHUNK_TRIPLES = 20_000  # triples a Graph Store request at most: larger graphs go in several
UPDATE_TRIPLES = 200
PARALLEL = 1  # Graph Store requests under way at once (Virtuoso gains nothing from more)  # triples a SPARQL Update at most (Virtuoso turns each into SQL text)
_HASHES = (ESF.contentHash, ESF.statisticsHash)


@dataclass
class PushSummary:
    """What a push sent: graphs written, unchanged, deleted on the server; triples and requests."""

    sent: int = 0
    unchanged: int = 0
    deleted: int = 0
    triples: int = 0
    requests: int = 0


def _remote_hashes(endpoint: Endpoint) -> dict[str, str]:
    return {r["g"]: r["h"] for r in endpoint.select(internal_query("graph-hashes").text)}


def _same_size(store: Store, endpoint: Endpoint, g: NamedNode) -> bool:
    rows = endpoint.select(with_values(internal_query("graph-size"), graph=g))
    local = sum(1 for _ in store.quads_for_pattern(None, None, None, g))
    return bool(rows) and int(rows[0]["n"]) == local


def _triples(store: Store, g: NamedNode) -> list[Triple]:
    """The graph's triples, its hash last."""
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, g)]
    triples.sort(key=lambda t: t.predicate in _HASHES)
    return triples


def _chunks(triples: list[Triple], size: int) -> Iterator[bytes]:
    for i in range(0, max(len(triples), 1), size):
        yield serialize(triples[i:i + size], format=RdfFormat.N_TRIPLES)


def _send(endpoint: Endpoint, name: str, triples: list[Triple], size: int | None = None) -> int:
    """Send a graph in as many requests as its size needs; return how many."""
    n = 0
    for n, chunk in enumerate(_chunks(triples, size or CHUNK_TRIPLES), 1):
        endpoint.put_graph(name, chunk, append=n > 1)
    return n


class _UpdateBatch:
    """Graphs sent together in one SPARQL Update (a server without Graph Store Protocol takes
    many small graphs in one request): DROP each, then INSERT DATA of all, hashes last."""

    def __init__(self, endpoint: Endpoint, summary: PushSummary):
        self.endpoint, self.summary = endpoint, summary
        self.graphs: list[tuple[str, bytes]] = []
        self.triples = 0

    def add(self, name: str, triples: list[Triple]) -> None:
        if self.triples + len(triples) > UPDATE_TRIPLES:
            self.flush()
        if len(triples) > UPDATE_TRIPLES:  # a large graph alone, in pieces
            self.summary.requests += _send(self.endpoint, name, triples, UPDATE_TRIPLES)
            return
        self.graphs.append((name, serialize(triples, format=RdfFormat.N_TRIPLES)))
        self.triples += len(triples)

    def flush(self) -> None:
        if not self.graphs:
            return
        drops = "".join(f"DROP SILENT GRAPH <{name}> ;\n" for name, _ in self.graphs)
        inserts = "".join(f"GRAPH <{name}> {{\n{data.decode('utf-8')}}}\n" for name, data in self.graphs)
        self.endpoint.update_text(f"{drops}INSERT DATA {{\n{inserts}}}")
        self.summary.requests += 1
        self.graphs, self.triples = [], 0


def push(store: Store, endpoint: Endpoint, *, include_personal: bool = False, sync: bool = False,
         on_progress: Callable[[int], None] | None = None, parallel: int = PARALLEL) -> PushSummary:
    """Send each named graph that the server lacks or has in another version; return what went.

    Reference graphs (no hash) are sent when their size differs; personal-data graphs only with
    `include_personal`; with `sync`, record graphs gone from the store are deleted. Over the
    Graph Store Protocol `parallel` requests are under way at once.
    """
    local = stored_hashes(store) | statistics_hashes(store)
    remote = _remote_hashes(endpoint)
    summary = PushSummary()
    batch = None if endpoint.graph_store else _UpdateBatch(endpoint, summary)
    with ThreadPoolExecutor(max_workers=max(parallel, 1), thread_name_prefix="esfgraph-push") as pool:
        pending: list[Future] = []
        for name, triples in _changed(store, endpoint, local, remote, include_personal, summary):
            if batch is None:
                pending.append(pool.submit(_send, endpoint, name, triples))
                if len(pending) >= 4 * max(parallel, 1):
                    summary.requests += pending.pop(0).result()  # an error reaches the caller here
            else:
                batch.add(name, triples)
            summary.sent += 1
            summary.triples += len(triples)
            if on_progress:
                on_progress(summary.sent)
        for future in pending:
            summary.requests += future.result()
    if batch is not None:
        batch.flush()
    if sync:
        for name in set(remote) - set(local):
            endpoint.delete_graph(name)
            endpoint.delete_graph(name + "/personal")
            summary.deleted += 1
            summary.requests += 2
    return summary


def _changed(store: Store, endpoint: Endpoint, local: dict, remote: dict, include_personal: bool,
             summary: PushSummary) -> Iterator[tuple[str, list[Triple]]]:
    """Yield (graph, its triples, hash last) for each graph the server lacks or has otherwise."""
    graphs = [g for g in store.named_graphs() if isinstance(g, NamedNode)]
    for g in sorted(graphs, key=lambda n: n.value):
        name = g.value
        if name.endswith("/personal"):
            record = name[: -len("/personal")]
            if not include_personal or remote.get(record) == local.get(record):
                continue
        elif name in local and remote.get(name) == local[name]:
            summary.unchanged += 1
            continue
        elif name not in local and _same_size(store, endpoint, g):
            summary.unchanged += 1  # reference data carries no hash: its size tells
            continue
        yield name, _triples(store, g)
