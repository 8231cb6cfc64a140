"""Pushing the graph to any SPARQL 1.1 server, one named graph per record, only what changed
(Graph Store Protocol, or SPARQL Update where a server has no Graph Store)."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from pyoxigraph import NamedNode, RdfFormat, Store, serialize

from esfgraph.errors import EsfGraphError
from esfgraph.graph.queries import internal_query, with_values
from esfgraph.graph.statistics import statistics_hashes
from esfgraph.graph.store import stored_hashes

__all__ = ["Endpoint", "PushSummary", "push"]


@dataclass
class Endpoint:
    """A SPARQL server: query URL, and a Graph Store Protocol or Update URL, with credentials."""

    query: str
    graph_store: str | None = None
    update: str | None = None
    user: str | None = None
    password: str | None = None
    token: str | None = None
    timeout: float = 60.0

    def _request(self, url: str, method: str, data: bytes | None = None,
                 content_type: str | None = None, accept: str | None = None) -> bytes:
        req = urllib.request.Request(url, data=data, method=method)
        if content_type:
            req.add_header("Content-Type", content_type)
        if accept:
            req.add_header("Accept", accept)
        if self.token:
            req.add_header("Authorization", f"Bearer {self.token}")
        elif self.user:
            cred = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            req.add_header("Authorization", f"Basic {cred}")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace")[:300]
            raise EsfGraphError(f"{method} {url} failed: HTTP {e.code} {e.reason}: {body}") from None
        except urllib.error.URLError as e:
            raise EsfGraphError(f"cannot reach {url}: {e.reason}") from None

    def select(self, sparql: str) -> list[dict]:

        """Return the rows of a SELECT query on the server as dicts of plain values."""
        data = urllib.parse.urlencode({"query": sparql}).encode()
        body = self._request(self.query, "POST", data, "application/x-www-form-urlencoded",
                             "application/sparql-results+json")
        return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]

    def put_graph(self, graph: str, ntriples: bytes) -> None:

        """Replace one named graph on the server."""
        if self.graph_store:
            url = f"{self.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
            self._request(url, "PUT", ntriples, "application/n-triples")
        else:
            self.update_text(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n"
                             + ntriples.decode("utf-8") + "}}")

    def delete_graph(self, graph: str) -> None:

        """Delete one named graph on the server (absent is fine)."""
        if self.graph_store:
            url = f"{self.graph_store}?{urllib.parse.urlencode({'graph': graph})}"
            try:
                self._request(url, "DELETE")
            except EsfGraphError as e:
                if "HTTP 404" not in str(e):
                    raise
        else:
            self.update_text(f"DROP SILENT GRAPH <{graph}>")

    def update_text(self, sparql: str) -> None:

        """Send a SPARQL Update."""
        if not self.update:
            raise EsfGraphError("pushing needs a Graph Store Protocol URL or a SPARQL Update URL", setting="target")
        data = urllib.parse.urlencode({"update": sparql}).encode()
        self._request(self.update, "POST", data, "application/x-www-form-urlencoded")


@dataclass
class PushSummary:
    """What a push sent: graphs written, unchanged, deleted on the server."""

    sent: int = 0
    unchanged: int = 0
    deleted: int = 0
    triples: int = 0


def _remote_hashes(endpoint: Endpoint) -> dict[str, str]:
    return {r["g"]: r["h"] for r in endpoint.select(internal_query("graph-hashes").text)}


def _same_size(store: Store, endpoint: Endpoint, g: NamedNode) -> bool:
    rows = endpoint.select(with_values(internal_query("graph-size"), graph=g))
    local = sum(1 for _ in store.quads_for_pattern(None, None, None, g))
    return bool(rows) and int(rows[0]["n"]) == local


def push(store: Store, endpoint: Endpoint, *, include_personal: bool = False, sync: bool = False,
         on_progress=None) -> PushSummary:
    """Send each record's named graph that the server lacks or has in another version.

    A record graph carries its content hash (the statistics graph a digest), so the server itself
    says what it already has. Reference graphs are sent when their size differs; with `sync`,
    record graphs gone from the store are deleted.
    """
    local = stored_hashes(store) | statistics_hashes(store)
    remote = _remote_hashes(endpoint)
    summary = PushSummary()
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
        triples = [q.triple for q in store.quads_for_pattern(None, None, None, g)]
        endpoint.put_graph(name, serialize(triples, format=RdfFormat.N_TRIPLES))
        summary.sent += 1
        summary.triples += len(triples)
        if on_progress:
            on_progress(summary.sent)
    if sync:
        for name in set(remote) - set(local):
            endpoint.delete_graph(name)
            endpoint.delete_graph(name + "/personal")
            summary.deleted += 1
    return summary


