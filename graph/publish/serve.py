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


def serve(store_path: str, host: str = "127.0.0.1", port: int = 7878, options=None, *,
          allow_remote: bool = False) -> None:
    """Serve the store until interrupted."""
    if not (Path(store_path) / "CURRENT").exists():
        raise EsfGraphError(f"no store at {store_path}; build one first", setting="store")
    if not is_loopback(host) and not allow_remote:
        raise EsfGraphError(f"--host {host} lets other machines reach the server: add --allow-remote "
                            "to mean it", setting="allow_remote")
    import uvicorn

    from esfgraph.graph.publish.server import create_app
    app = create_app(store_path, options)
    settings = app.state.esfgraph.view.settings
    print(f"serving {store_path} (IRIs under {settings.base}) at http://{host}:{port}/ "
          f"(SPARQL: http://{host}:{port}/sparql)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
