"""Options shared by several commands."""

from __future__ import annotations

import functools
import os

import click

from esfgraph.graph.store import default_store_path
from esfgraph.graph.vocab import DEFAULT_BASE_IRI


def store_option(f):
    """--store DIR: the Oxigraph store (default $ESFGRAPH_STORE or ./esfgraph-store)."""
    return click.option(
        "--store", "store_path", metavar="DIR", default=None, show_default=False,
        help="Oxigraph store folder [default: $ESFGRAPH_STORE or ./esfgraph-store]",
    )(f)


def base_option(f):
    """--base-iri IRI: the namespace of the data IRIs."""
    return click.option(
        "--base-iri", "base", metavar="IRI", default=None,
        help=f"namespace of the data IRIs (projects, organisations, records) [default: the one the "
             f"store was built with, else {DEFAULT_BASE_IRI}]",
    )(f)


def resolve_store(value: str | None) -> str:
    """Return the store folder: the option's value, else $ESFGRAPH_STORE, else ./esfgraph-store."""
    return value or default_store_path()


def cpu_count() -> int:
    """Return the cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def server_options(f):
    """--endpoint URL and its credentials (--user, --password, --token, --auth); the command
    receives `server`: an Endpoint, or None to use the embedded store."""
    @functools.wraps(f)
    def wrapper(*args, endpoint, user, password, token, auth, **kw):
        from esfgraph.graph.endpoint import Endpoint
        server = Endpoint(endpoint, user=user, password=password, token=token, auth=auth) \
            if endpoint else None
        return f(*args, server=server, **kw)
    for option in reversed([
            click.option("--endpoint", default=None, metavar="URL",
                         help="a SPARQL server's query URL to read from instead of the store"),
            click.option("--user", default=None, help="user name for the server"),
            click.option("--password", default=None, envvar="ESFGRAPH_SERVER_PASSWORD",
                         help="password (or set ESFGRAPH_SERVER_PASSWORD)"),
            click.option("--token", default=None, envvar="ESFGRAPH_SERVER_TOKEN",
                         help="bearer token (or set ESFGRAPH_SERVER_TOKEN)"),
            click.option("--auth", type=click.Choice(["auto", "basic", "digest"]), default="auto",
                         show_default=True,
                         help="how the password is sent (Virtuoso's authenticated endpoints "
                              "want digest; auto answers the server's challenge)")]):
        wrapper = option(wrapper)
    return wrapper
