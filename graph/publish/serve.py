"""Serving the store: Oxigraph's own read-only SPARQL server over it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from esfgraph.errors import EsfGraphError

__all__ = ["serve_command", "serve"]


def _oxigraph_binary() -> str:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise EsfGraphError("the Oxigraph server is not installed: pip install 'esfgraph[server]' "
                            "(PyPI package oxigraph)")
    return exe


def serve_command(store_path: str, host: str = "127.0.0.1", port: int = 7878) -> list[str]:
    """Return the command line of a read-only SPARQL 1.1 Protocol server over the store."""
    if not (Path(store_path) / "CURRENT").exists():
        raise EsfGraphError(f"no store at {store_path}; build one first", setting="store")
    return [_oxigraph_binary(), "serve-read-only", "--location", str(store_path),
            "--bind", f"{host}:{port}", "--union-default-graph", "--cors"]


def serve(store_path: str, host: str = "127.0.0.1", port: int = 7878) -> int:
    """Run the server in the foreground until interrupted; return its exit status."""
    try:
        return subprocess.call(serve_command(store_path, host, port))
    except KeyboardInterrupt:
        return 0
