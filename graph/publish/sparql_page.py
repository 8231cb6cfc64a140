"""/sparql: the SPARQL 1.1 Protocol (GET and POST, every result format) for programs, and for
people a page with esfgraph's prefixes, the named queries as ready examples, and results whose
IRIs link to their pages."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import anyio
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from esfgraph.graph.publish.pages import Links
from esfgraph.graph.publish.sparql import QueryFailed
from esfgraph.graph.queries import list_queries, load_query
from esfgraph.graph.vocab import PREFIXES

__all__ = ["DEFAULT_QUERY", "sparql_endpoint"]

DEFAULT_QUERY = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()) + """
SELECT ?project ?name ?owner WHERE {
  ?project a esf:Project ; schema:name ?name ; esf:owner/schema:name ?owner .
}
LIMIT 20
"""


async def _query_of(request: Request) -> str | None:
    if request.method == "GET":
        return request.query_params.get("query")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    if kind == "application/sparql-query":
        return body
    if kind in ("application/x-www-form-urlencoded", ""):
        return (parse_qs(body).get("query") or [None])[0]
    raise QueryFailed(400, f"a SPARQL query is sent as application/sparql-query or a form, not {kind}")


def _wants_page(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    best = accept.split(",")[0].split(";")[0].strip().lower()
    return best in ("text/html", "application/xhtml+xml")


def _table(data: dict, links: Links) -> dict:
    variables = data.get("head", {}).get("vars", [])
    if "boolean" in data:
        return {"vars": ["boolean"], "rows": [[{"text": str(data["boolean"]).lower()}]]}
    rows = []
    for b in data.get("results", {}).get("bindings", []):
        row = []
        for v in variables:
            cell = b.get(v)
            if cell is None:
                row.append({"text": ""})
            elif cell["type"] == "uri":
                row.append({"text": cell["value"], "href": links.res(cell["value"])})
            else:
                row.append({"text": cell["value"]})
        rows.append(row)
    return {"vars": variables, "rows": rows}


async def sparql_endpoint(request: Request, state, pick_lang) -> Response:
    """Answer /sparql: the protocol, or the query page for a browser."""
    try:
        query = await _query_of(request)
    except QueryFailed as e:
        return PlainTextResponse(e.message, status_code=e.status)
    page = _wants_page(request) or (request.method == "GET" and not query)
    if not page:
        if not query:
            return PlainTextResponse("give a SPARQL query: ?query=... (GET) or a POST body", status_code=400)
        try:
            media, body = await state.pool.run(query, request.headers.get("accept", ""),
                                               request.is_disconnected)
        except QueryFailed as e:
            return PlainTextResponse(e.message, status_code=e.status)
        return Response(body, media_type=media, headers={"Vary": "Accept", "Cache-Control": "no-store"})
    lang = pick_lang(request)
    links = Links(state.base, lang, "/sparql")
    example = request.query_params.get("example")
    error, result = None, None
    if example and not query:
        try:
            query = load_query(example).text
        except Exception as e:  # noqa: BLE001  (an unknown name is shown on the page)
            error = str(e)
    elif query:
        try:
            _, body = await state.pool.run(query, "application/sparql-results+json", request.is_disconnected)
            result = _table(json.loads(body), links)
        except QueryFailed as e:
            error = e.message
        except ValueError:
            error = "the query gave a graph, not a table: ask for text/turtle to read it"

    def render() -> str:
        return state.pages().render("sparql.html", links, query=query or DEFAULT_QUERY, error=error,
                                    result=result, examples=list_queries(), endpoint="/sparql")
    html = await anyio.to_thread.run_sync(render)
    response = Response(html.encode("utf-8"), status_code=200 if error is None else 400,
                        media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-store", "Vary": "Accept, Accept-Language, Cookie",
                                 "Content-Language": lang})
    if request.query_params.get("lang") in ("sv", "en"):
        response.set_cookie("lang", request.query_params["lang"], max_age=365 * 86400, samesite="lax")
    return response
