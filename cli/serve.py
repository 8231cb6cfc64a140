"""esfgraph serve / push: the graph as linked data, and on a SPARQL server."""

from __future__ import annotations

import click

from esfgraph import api
from esfgraph.cli import main
from esfgraph.cli.options import cpu_count, resolve_store, server_options, store_option
from esfgraph.graph.publish.push import push as push_graphs
from esfgraph.graph.publish.serve import serve as serve_store
from esfgraph.graph.publish.server import ServerOptions


@main.command()
@store_option
@server_options
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on; anything but localhost needs --allow-remote")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--allow-remote", is_flag=True, help="allow --host to be an address other hosts reach")
@click.option("--include-personal-data", is_flag=True, help="also serve contact names and e-mails")
@click.option("--federation", is_flag=True, help="allow SERVICE in SPARQL queries (the server then "
              "requests the URLs queries name)")
@click.option("--cors", multiple=True, metavar="ORIGIN", help="allow pages at ORIGIN to read the "
              "responses (repeatable; none by default)")
@click.option("--query-timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="seconds a SPARQL query may run")
@click.option("--max-result-bytes", default=50_000_000, show_default=True, type=click.IntRange(min=1000),
              help="largest SPARQL result sent")
@click.option("--query-workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="SPARQL queries that run at once (one process each; with --endpoint, forwarded "
              "at once)")
@click.option("--page-workers", default=None, type=click.IntRange(min=1),
              help="processes rendering pages and data (about 100 MB each, more with a store read "
              "into memory) [default: one a core, at most 8]")
@click.option("--cache-mb", default=200, show_default=True, type=click.IntRange(min=0),
              help="megabytes of rendered pages and data kept until the graph changes")
@click.option("--keep-pages/--no-keep-pages", default=True, show_default=True,
              help="keep rendered pages and data on disk beside the store (STORE-pages.sqlite), so "
              "that the next start on the same store answers at once")
@click.option("--memory-quads", default=500_000, show_default=True, type=click.IntRange(min=0),
              help="page workers read a store of at most this many quads into memory (about 430 bytes "
              "a quad each; pages render about twice as fast); 0: never")
def serve(store_path, server, host, port, allow_remote, include_personal_data, federation, cors,
          query_timeout, max_result_bytes, query_workers, page_workers, cache_mb, keep_pages,
          memory_quads) -> None:
    """Serve the store as linked data: a page for every project and organisation, every IRI
    under the base in Turtle, JSON-LD, N-Triples and RDF/XML, and SPARQL at /sparql.

    With --endpoint URL the pages and data are read from that SPARQL server (what esfgraph push
    sent there) instead of the store, and /sparql forwards queries to it.

    Example: esfgraph serve --store esf-store --port 7878   (then open http://127.0.0.1:7878/)
    """
    options = ServerOptions(include_personal=include_personal_data, federation=federation, cors=cors,
                            query_timeout=query_timeout, workers=query_workers,
                            max_result_bytes=max_result_bytes,
                            page_workers=page_workers or min(cpu_count(), 8),
                            cache_bytes=cache_mb * 1_000_000, keep_pages=keep_pages,
                            memory_quads=memory_quads)
    store = resolve_store(store_path) if server is None else None
    serve_store(store, host, port, options, allow_remote=allow_remote, endpoint=server)


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


@main.command()
@store_option
@server_options
@click.option("--output", "-o", required=True, metavar="DIR", help="folder to write the site into "
              "(new or empty, or one esfgraph site wrote before)")
@click.option("--include-personal-data", is_flag=True, help="also write contact names and e-mails")
def site(store_path, server, output, include_personal_data) -> None:
    """Write the pages and each resource's data (Turtle, JSON-LD, N-Triples, RDF/XML) as a static site.

    For publishers who host files: put DIR where the base IRI points; DIR/.htaccess (Apache) and
    DIR/nginx.conf answer each IRI by content negotiation from the files. With --endpoint URL the
    site is read from that SPARQL server instead of the store.

    Example: esfgraph site --store esf-store --output esf-site   (then open esf-site/index.html)
    """
    from esfgraph.graph.publish.site import write_site
    from esfgraph.graph.publish.source import open_source
    spec = {"endpoint": server.fields()} if server is not None else {"store": resolve_store(store_path)}
    source = open_source({**spec, "include_personal": include_personal_data})
    summary = write_site(source, output)
    click.echo(f"wrote {summary.resources} resources ({summary.pages} pages, {summary.files} files) "
               f"to {output}", err=True)
