"""Helpers for the server's tests: a store built from examples/, `esfgraph serve` started on a
free localhost port, and headless Chromium reading its pages."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def examples_store(tmp_path_factory, examples: Path, name: str, **options) -> Path:
    """A store built from examples/ in a fresh folder `name` (options go to build_graph)."""
    from esfgraph.graph.build import build_graph
    from esfgraph.graph.store import open_store
    path = tmp_path_factory.mktemp(name) / "store"
    store = open_store(path, create=True)
    build_graph([str(examples)], store, report_path=path.with_name("r.json"), **options)
    del store
    return path


def fetch(url: str, accept: str = "text/html") -> tuple[int, object, bytes]:
    """GET a URL with an Accept header: (status, headers, body), error statuses included."""
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get(url: str, accept: str = "text/html") -> tuple[int, bytes]:
    """GET a URL: (status, body)."""
    status, _, body = fetch(url, accept)
    return status, body


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(store: Path | None, *options: str):
    """Start `esfgraph serve` on the store (None: options name an --endpoint); yield its base
    URL; stop it."""
    with serving_process(store, *options) as (base, _):
        yield base


@contextmanager
def serving_process(store: Path | None, *options: str):
    """As running_server, yielding (base URL, the server's process: its stderr a pipe)."""
    port = free_port()
    where = ["--store", str(store)] if store is not None else []
    proc = subprocess.Popen([sys.executable, "-m", "esfgraph", "serve", *where,
                             "--port", str(port), *options], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode())
            try:
                urllib.request.urlopen(base + "/", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        yield base, proc
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("no chromium binary (Debian: apt-get install -y chromium); pages are not checked")
    return found


def dump_dom(url: str, profile: Path, lang: str = "sv") -> str:
    """Return the DOM of the page after Chromium loaded it (scripts run)."""
    cmd = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--lang={lang}", f"--accept-lang={lang}",
           "--dump-dom", url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def screenshot(url: str, profile: Path, output: Path, size: str = "1200,1500") -> None:
    """Save a PNG of the page as Chromium draws it."""
    cmd = [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}",
           "--hide-scrollbars", f"--screenshot={output}", url]
    subprocess.run(cmd, capture_output=True, timeout=120, check=True)


def store_without_one_record(tmp_path: Path, examples: Path) -> tuple[Path, Path, bytes]:
    """Build tmp_path/store from a copy of examples/ without 24_926_S02.txt; return the copy's
    folder, that file's path and its bytes, for a test that writes it back and builds again."""
    from esfgraph.graph.build import build_graph
    from esfgraph.graph.store import open_store
    src = tmp_path / "src"
    shutil.copytree(examples, src)
    later = src / "24_926_S02.txt"
    held = later.read_bytes()
    later.unlink()
    store = open_store(tmp_path / "store", create=True)
    build_graph([str(src)], store, report_path=tmp_path / "r.json")
    del store
    return src, later, held

