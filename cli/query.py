"""esfgraph query / queries / export / validate: using the store."""

from __future__ import annotations

import dataclasses
import sys

import click
from pyoxigraph import QueryBoolean, QuerySolutions, RdfFormat, serialize

from esfgraph import api
from esfgraph.cli import main
from esfgraph.cli.options import base_option, resolve_store, server_options, store_option
from esfgraph.cli.output import emit, format_option, to_json
from esfgraph.errors import EsfGraphError
from esfgraph.graph.publish.export import FORMATS
from esfgraph.graph.queries import (
    list_queries,
    resolve_query,
    results_json,
    rows,
    run_query,
    run_remote,
    solution_rows,
    sort_joined,
)


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
@format_option(help="json = SPARQL 1.1 Query Results JSON")
@server_options
def query(query, store_path, params, fmt, server) -> None:
    """Run a named query, a .rq file or SPARQL text over the store.

    Example: esfgraph query projects-of --param org="Växjö kommun" --format csv
    """
    spec = resolve_query(query)
    if server is not None:  # the same query on a SPARQL server
        results = run_remote(server, spec, _params(params))
        if fmt == "json":
            click.echo(to_json(results), nl=False)
            return
        if "boolean" in results:
            click.echo(str(results["boolean"]).lower())
            return
        columns, data = solution_rows(results)
        emit(columns, (dict(zip(columns, r)) for r in sort_joined(spec, columns, data)), fmt)
        return
    store = api.open_store(resolve_store(store_path), read_only=True)
    result = run_query(store, spec, _params(params))
    if isinstance(result, QuerySolutions):
        if fmt == "json":
            sys.stdout.buffer.write(results_json(result))
            return
        columns, data = rows(result)
        emit(columns, (dict(zip(columns, r)) for r in sort_joined(spec, columns, data)), fmt)
    elif isinstance(result, QueryBoolean):
        value = bool(result)
        click.echo(to_json({"head": {}, "boolean": value}) if fmt == "json" else str(value).lower(),
                   nl=fmt != "json")
    else:  # CONSTRUCT or DESCRIBE: the triples
        sys.stdout.buffer.write(serialize(list(result), format=RdfFormat.N_TRIPLES))


@main.command()
@format_option()
def queries(fmt) -> None:
    """List the named queries with their columns and parameters.

    Example: esfgraph queries
    """
    emit(["name", "title", "params", "columns", "description"],
         ({"name": q.name, "title": q.title, "params": [f"{n} ({t})" for n, t, _ in q.params],
           "columns": list(q.columns), "description": q.description} for q in list_queries()),
         fmt)


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
    store = api.open_store(resolve_store(store_path), read_only=True)
    summary, data = api.export(store, fmt, output, include_personal=include_personal_data,
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
@click.option("--shapes", multiple=True, metavar="FILE",
              help="SHACL shapes (repeat for several files) [default: esfgraph's own]")
@click.option("--dcat", is_flag=True, help="check the dataset's DCAT-AP-SE description instead (with "
              "--shapes: also against those, e.g. the official DCAT-AP 3.0.1 shapes)")
@format_option()
def validate(store_path, shapes, dcat, fmt) -> None:
    """Check the graph against the SHACL shapes; exit 0 if it conforms, 1 if not, 2 on errors.

    Example: esfgraph validate --store esf-store   |   esfgraph validate --dcat --shapes dcat-ap-SHACL.ttl
    --shapes ranges.ttl
    """
    from esfgraph.graph.validate import validate_store
    try:
        store = api.open_store(resolve_store(store_path), read_only=True)
        if dcat:
            from esfgraph.graph.publish.dcat import validate_dcat
            from esfgraph.graph.settings import StoreSettings, read_settings
            report = validate_dcat(store, read_settings(store) or StoreSettings(), list(shapes))
        else:
            report = validate_store(store, list(shapes))
    except EsfGraphError as e:
        click.echo(f"Error: {e}", err=True)
        sys.exit(2)
    click.echo(report.summary(), err=True)
    emit(["severity", "focus", "path", "message", "value"],
         (dataclasses.asdict(v) for v in report.violations), fmt)
    sys.exit(0 if report.conforms else 1)
