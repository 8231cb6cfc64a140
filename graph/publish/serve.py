"""Running the linked-data server (server.py) with uvicorn, on localhost unless asked otherwise."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

from esfgraph.errors import EsfGraphError

__all__ = ["is_loopback", "serve"]


def is_loopback(host: str) -> bool:
    """True for localhost and the loopback addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(store_path: str | None, host: str = "127.0.0.1", port: int = 7878, options=None, *,
          allow_remote: bool = False, endpoint=None) -> None:
    """Serve the store (or, given an Endpoint, the SPARQL server's graph) until interrupted."""
    if endpoint is None and not (Path(store_path) / "CURRENT").exists():
        raise EsfGraphError(f"no store at {store_path}; build one first", setting="store")
    if not is_loopback(host) and not allow_remote:
        raise EsfGraphError(f"--host {host} lets other machines reach the server: add --allow-remote "
                            "to mean it", setting="allow_remote")
    import uvicorn

    from esfgraph.graph.publish.server import create_app
    spec = {"store": str(store_path)} if endpoint is None else {"endpoint": endpoint.fields()}
    app = create_app(spec, options)
    state = app.state.esfgraph
    state.source.refresh()  # a server that cannot be reached says so now, in one line
    what = store_path if endpoint is None else endpoint.query
    print(f"serving {what} (IRIs under {state.base}) at http://{host}:{port}/ "
          f"(SPARQL: http://{host}:{port}/sparql)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
