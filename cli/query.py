"""esfgraph query / queries / export / validate: using the store."""

from __future__ import annotations

import sys

import click

from esfgraph.cli import main
from esfgraph.cli.options import base_option, resolve_store, store_option
from esfgraph.errors import EsfGraphError
from esfgraph.graph.publish.export import FORMATS, export_graph
from esfgraph.graph.queries import format_results, list_queries, run_query
from esfgraph.graph.store import open_store


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        key, sep, value = v.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{v!r} is not KEY=VALUE", param_hint="--param")
        out[key.strip()] = value
    return out


@main.command()
@click.argument("query")
@store_option
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="bind a query parameter (as an RDF literal; <...> for an IRI)")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              default="table", show_default=True, help="json = SPARQL 1.1 JSON results")
def query(query, store_path, params, fmt) -> None:
    """Run a named query, a .rq file or SPARQL text over the store.

    Example: esfgraph query projects-of --param org="Växjö kommun" --format csv
    """
    store = open_store(resolve_store(store_path), read_only=True)
    result = run_query(store, query, _params(params))
    click.echo(format_results(result, fmt), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def queries(fmt) -> None:
    """List the named queries with their columns and parameters.

    Example: esfgraph queries
    """
    qs = list_queries()
    if fmt == "json":
        import json
        click.echo(json.dumps([{"name": q.name, "title": q.title, "description": q.description,
                                "columns": q.columns,
                                "params": [{"name": n, "type": t, "description": d}
                                           for n, t, d in q.params]} for q in qs],
                              ensure_ascii=False, indent=1))
        return
    for q in qs:
        params = " ".join(f"--param {n}=…" for n, _, _ in q.params)
        click.echo(f"{q.name:<18} {q.title}" + (f"   [{params}]" if params else ""))
        click.echo(f"{'':<18} {q.description}")
        click.echo(f"{'':<18} columns: {', '.join(q.columns)}")


@main.command()
@store_option
@base_option
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="turtle",
              show_default=True)
@click.option("--output", "-o", default=None, metavar="FILE",
              help="file to write (a DCAT-AP-SE description goes beside it) [default: stdout]")
@click.option("--include-personal-data", is_flag=True,
              help="include contact names and e-mail addresses (left out by default)")
@click.option("--include-ontology", is_flag=True, help="include the esfgraph ontology")
@click.option("--publisher", default=None, help="publisher named in the DCAT description")
@click.option("--license", "license_iri", default=None, metavar="IRI",
              help="licence IRI for the DCAT description [default: CC0 1.0]")
def export(store_path, base, fmt, output, include_personal_data, include_ontology, publisher,
           license_iri) -> None:
    """Export the graph for an open-data portal.

    Example: esfgraph export --format jsonld --output esf.jsonld
    """
    store = open_store(resolve_store(store_path), read_only=True)
    summary, data = export_graph(store, fmt, output, include_personal=include_personal_data,
                                 include_ontology=include_ontology, base=base,
                                 publisher=publisher, license_iri=license_iri)
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        click.echo(f"wrote {summary.statements} statements to {summary.output}"
                   + (f"; dataset description: {summary.dcat}" if summary.dcat else ""), err=True)


@main.command()
@store_option
@click.option("--shapes", default=None, metavar="FILE", help="SHACL shapes [default: esfgraph's own]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def validate(store_path, shapes, fmt) -> None:
    """Check the graph against the SHACL shapes; exit 0 if it conforms, 1 if not, 2 on errors.

    Example: esfgraph validate --store esf-store
    """
    from esfgraph.graph.validate import validate_store
    try:
        store = open_store(resolve_store(store_path), read_only=True)
        report = validate_store(store, shapes)
    except EsfGraphError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(2)
    click.echo(report.to_json() if fmt == "json" else report.to_text(), nl=False)
    sys.exit(0 if report.conforms else 1)
