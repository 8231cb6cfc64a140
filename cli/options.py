"""Options shared by several commands."""

from __future__ import annotations

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
