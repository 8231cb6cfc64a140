"""A SPARQL 1.1 server: queries over the Protocol, graphs written over the Graph Store Protocol or
SPARQL Update, with the authentication servers use (Basic, Digest, bearer tokens).

HTTP is httpx's: its auth classes (Digest's challenge and response included), connection reuse
and retries of failed connections. Every HTTP failure is one EsfGraphError naming the method,
the URL and the server's answer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx

from esfgraph.errors import EsfGraphError

__all__ = ["Endpoint", "AUTH_SCHEMES"]

AUTH_SCHEMES = ("auto", "basic", "digest")
_RETRIES = 3  # attempts for a request whose connection failed or was dropped


@dataclass
class Endpoint:
    """A SPARQL server: query URL, and a Graph Store Protocol or Update URL, with credentials.

    `auth` is how a user and password are sent: "basic", "digest" (Virtuoso's authenticated
    endpoints want it) or "auto" (Basic first; Digest from the first refusal on).
    """

    query: str
    graph_store: str | None = None
    update: str | None = None
    user: str | None = None
    password: str | None = None
    token: str | None = None
    auth: str = "auto"
    timeout: float = 60.0
    _client: httpx.Client | None = field(default=None, repr=False)

    def fields(self) -> dict:
        """The server's URLs and credentials, to open the same Endpoint in another process."""
        return {"query": self.query, "graph_store": self.graph_store, "update": self.update,
                "user": self.user, "password": self.password, "token": self.token, "auth": self.auth,
                "timeout": self.timeout}

    def credentials(self) -> tuple[httpx.Auth | None, dict]:
        """The httpx auth and headers the requests carry (for an async client of the same server)."""
        return self._auth(), ({"Authorization": f"Bearer {self.token}"} if self.token else {})

    def _auth(self) -> httpx.Auth | None:
        if self.token or not self.user:
            return None
        if self.auth == "digest":
            return httpx.DigestAuth(self.user, self.password or "")
        return httpx.BasicAuth(self.user, self.password or "")

    def client(self) -> httpx.Client:
        """The HTTP client (one connection pool a server; failed connections tried again)."""
        if self._client is None:
            headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
            self._client = httpx.Client(timeout=self.timeout, headers=headers,
                                        transport=httpx.HTTPTransport(retries=_RETRIES))
        return self._client

    def request(self, method: str, url: str, *, content: bytes | None = None,
                data: dict | None = None, content_type: str | None = None,
                accept: str | None = None) -> httpx.Response:
        """Send one request; return the response, or raise one clear EsfGraphError."""
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        auth = self._auth()
        for attempt in range(_RETRIES):
            try:
                response = self.client().request(method, url, content=content, data=data,
                                                 headers=headers, auth=auth)
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as e:
                if attempt == _RETRIES - 1:  # the connection dropped mid-request
                    raise EsfGraphError(f"{method} {url} failed: {e or type(e).__name__}") from None
                time.sleep(0.5 * (attempt + 1))
                continue
            except httpx.TimeoutException:
                raise EsfGraphError(f"{method} {url} failed: no answer in {self.timeout:g} s") from None
            except httpx.HTTPError as e:
                raise EsfGraphError(f"cannot reach {url}: {e or type(e).__name__}") from None
            if response.status_code == 401 and self.auth == "auto" \
                    and isinstance(auth, httpx.BasicAuth):
                # Basic refused: answer the server's Digest challenge instead (Virtuoso's
                # refusal of Basic carries none; httpx asks for it), and keep to Digest.
                self.auth = "digest"
                auth = self._auth()
                continue
            if response.status_code >= 400:
                body = " ".join(response.text[:300].split())
                raise EsfGraphError(f"{method} {url} failed: HTTP {response.status_code} "
                                    f"{response.reason_phrase}" + (f": {body}" if body else ""))
            return response
        raise AssertionError("unreachable")

    def select_json(self, sparql: str) -> dict:
        """Return a SELECT or ASK query's SPARQL 1.1 JSON results from the server."""
        response = self.request("POST", self.query, data={"query": sparql},
                                accept="application/sparql-results+json")
        try:
            return response.json()
        except ValueError:
            raise EsfGraphError(f"POST {self.query}: the server did not answer in SPARQL JSON "
                                f"({response.headers.get('content-type', 'no content type')})") from None

    def select(self, sparql: str) -> list[dict]:
        """Return the rows of a SELECT query on the server as dicts of plain values."""
        return [{k: v["value"] for k, v in b.items()}
                for b in self.select_json(sparql)["results"]["bindings"]]

    def put_graph(self, graph: str, ntriples: bytes, *, append: bool = False) -> None:
        """Replace one named graph on the server (or add to it with `append`)."""
        if self.graph_store:
            self._graph_store("POST" if append else "PUT", graph, ntriples)
        else:
            drop = "" if append else f"DROP SILENT GRAPH <{graph}> ;\n"
            self.update_text(f"{drop}INSERT DATA {{ GRAPH <{graph}> {{\n"
                             + ntriples.decode("utf-8") + "}}")

    def _graph_store(self, method: str, graph: str, ntriples: bytes | None = None) -> httpx.Response:
        url = str(httpx.URL(self.graph_store, params={"graph": graph}))
        return self.request(method, url, content=ntriples,
                            content_type="application/n-triples" if ntriples is not None else None)

    def delete_graph(self, graph: str) -> None:
        """Delete one named graph on the server (absent is fine)."""
        if self.graph_store:
            try:
                self._graph_store("DELETE", graph)
            except EsfGraphError as e:
                if "HTTP 404" not in str(e):
                    raise
        else:
            self.update_text(f"DROP SILENT GRAPH <{graph}>")

    def update_text(self, sparql: str) -> None:
        """Send a SPARQL Update."""
        if not self.update:
            raise EsfGraphError("pushing needs a Graph Store Protocol URL or a SPARQL Update URL",
                                setting="target")
        self.request("POST", self.update, data={"update": sparql})

    def close(self) -> None:
        """Close the connections."""
        if self._client is not None:
            self._client.close()
            self._client = None
