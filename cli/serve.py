"""esfgraph serve / push: the graph on a SPARQL server."""

from __future__ import annotations

import os
import sys

import click

from esfgraph import api
from esfgraph.cli import main
from esfgraph.cli.options import resolve_store, server_options, store_option
from esfgraph.graph.publish.push import push as push_graphs
from esfgraph.graph.publish.serve import serve_command


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--print-command", is_flag=True, help="print the server command instead of running it")
def serve(store_path, host, port, print_command) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page in the browser.

    Example: esfgraph serve --store esf-store --port 7878   (then open http://127.0.0.1:7878/)
    """
    cmd = serve_command(resolve_store(store_path), host, port)
    if print_command:
        click.echo(" ".join(cmd))
        return
    click.echo(f"SPARQL endpoint: http://{host}:{port}/query  (query page: http://{host}:{port}/)",
               err=True)
    sys.stderr.flush()
    # Become the server, so stopping this process stops the server too.
    os.execv(cmd[0], cmd)


@main.command()
@store_option
@click.option("--graph-store", default=None, metavar="URL",
              help="Graph Store HTTP Protocol URL (PUT one named graph per record)")
@click.option("--update", "update_url", default=None, metavar="URL",
              help="SPARQL Update URL (used when there is no --graph-store)")
@server_options
@click.option("--include-personal-data", is_flag=True, help="also send contact names and e-mails")
@click.option("--sync", is_flag=True, help="delete record graphs on the server that the store no longer has")
def push(store_path, graph_store, update_url, server, include_personal_data, sync) -> None:
    """Send the graph to a SPARQL 1.1 server, one named graph per record, only what changed.

    Example: esfgraph push --endpoint http://localhost:8890/sparql --graph-store http://localhost:8890/sparql-graph-crud-auth --user dba --auth digest
    """
    if server is None:
        raise click.UsageError("give the server's query URL with --endpoint URL")
    if not graph_store and not update_url:
        raise click.UsageError("give --graph-store URL or --update URL")
    server.graph_store, server.update = graph_store, update_url
    store = api.open_store(resolve_store(store_path), read_only=True)
    summary = push_graphs(store, server, include_personal=include_personal_data, sync=sync)
    click.echo(f"sent {summary.sent} graphs ({summary.triples} triples, {summary.requests} requests), "
               f"{summary.unchanged} unchanged, {summary.deleted} deleted", err=True)
