"""esfgraph network: who collaborates with whom (rank, ego, path, export)."""

from __future__ import annotations

import functools
from pathlib import Path

import click

from esfgraph import api
from esfgraph.cli import EsfGroup, main
from esfgraph.cli.options import base_option, resolve_store, server_options, store_option
from esfgraph.cli.output import emit, format_option
from esfgraph.errors import EsfGraphError
from esfgraph.extract.partners.base.roles import PARTICIPANT_ROLES
from esfgraph.extract.records import PROGRAMME_PERIODS
from esfgraph.graph.iris import Iris
from esfgraph.graph.network import (
    NetworkFilter,
    collaboration_graph,
    compute_metrics,
    ego,
    rank,
    shortest_path,
    write_metrics,
)
from esfgraph.graph.network.explore import RANK_BY
from esfgraph.graph.network.export import EXPORT_FORMATS, export_network
from esfgraph.graph.settings import store_base

_FILTER_OPTIONS = [
    click.option("--period", type=click.Choice(PROGRAMME_PERIODS), default=None,
                 help="only projects of this programme period"),
    click.option("--region", default=None, metavar="NAME",
                 help='only projects of this ESF region (e.g. "Övre Norrland")'),
    click.option("--since", default=None, metavar="DATE",
                 help="only projects starting on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)"),
    click.option("--until", default=None, metavar="DATE",
                 help="only projects starting on or before DATE (YYYY = to the end of that year)"),
    click.option("--role", "roles", multiple=True, type=click.Choice(PARTICIPANT_ROLES),
                 help="roles taken in; repeatable [default: owner and partner]"),
    click.option("--type", "types", multiple=True, metavar="TYPE",
                 help="only organisations of this type: municipality, region, agency, university, "
                      "union, employer_organisation, company, nonprofit, ...; repeatable"),
    click.option("--min-weight", type=click.IntRange(min=1), default=1, show_default=True,
                 help="drop collaborations with fewer shared projects"),
]


def filter_options(f):
    """Add the network filters, the store option and the server options; the command receives
    `filt`, `store_path` and `server` (an Endpoint with --endpoint, else None)."""
    @functools.wraps(f)
    def wrapper(*args, period, region, since, until, roles, types, min_weight, **kw):
        filt = NetworkFilter(period=period, region=region, since=since, until=until,
                             roles=tuple(roles) or PARTICIPANT_ROLES, types=tuple(types),
                             min_weight=min_weight)
        return f(*args, filt=filt, **kw)
    for option in reversed(_FILTER_OPTIONS):
        wrapper = option(wrapper)
    return server_options(store_option(wrapper))


def _graph(store_path, filt, server=None, *, write: bool = False):
    """Return (the store or None, the collaboration graph) from the store or the server."""
    if server is not None:
        if write:
            raise click.UsageError("--write stores the metrics in the embedded store; "
                                   "leave out --endpoint")
        return None, collaboration_graph(server, filt)
    store = api.open_store(resolve_store(store_path), read_only=not write)
    return store, collaboration_graph(store, filt)


@main.group(cls=EsfGroup)
def network() -> None:
    """The collaboration network: organisations linked by shared projects.

    \b
    Built from the store (query network-edges); every command takes the same filters.
      esfgraph network rank --period 2021-2027 --top 10
      esfgraph network ego "Växjö kommun" --depth 2
      esfgraph network path "Växjö kommun" "Region Västerbotten"
      esfgraph network export --format html --output network.html
    """


@network.command("rank")
@filter_options
@click.option("--top", type=click.IntRange(min=0), default=20, show_default=True,
              help="how many organisations (0 = all)")
@click.option("--by", type=click.Choice(RANK_BY), default="pagerank", show_default=True,
              help="metric to sort by")
@format_option()
@click.option("--write", is_flag=True,
              help="store the metrics of all organisations in the graph <base>graph/network-metrics "
                   "(query: central-organisations)")
@base_option
@click.option("--seed", type=int, default=42, show_default=True,
              help="seed of Louvain communities and sampled betweenness")
@click.option("--exact", is_flag=True, help="exact betweenness even for large networks (slow)")
def rank_cmd(filt, store_path, server, top, by, fmt, write, base, seed, exact) -> None:
    """Rank organisations by centrality (PageRank, degree, betweenness, ...).

    Example: esfgraph network rank --region "Övre Norrland" --top 10 --by betweenness
    """
    store, G = _graph(store_path, filt, server, write=write)
    if exact:
        compute_metrics(G, seed=seed, exact_limit=len(G))
    rows = rank(G, top, by, seed=seed)
    names = ["rank", "name", "orgnr", "type", "projects", "degree", "weighted_degree",
             "betweenness", "pagerank", "community", "component"]
    if fmt != "table":
        names.insert(2, "iri")
    emit(names, rows, fmt)
    click.echo(f"({len(G)} organisations, {G.number_of_edges()} collaborations; filter: "
               f"{filt.describe()}; betweenness: {G.graph.get('betweenness')})", err=True)
    if write:
        iris = Iris(store_base(store, base))
        n = write_metrics(store, G, iris)
        click.echo(f"wrote the metrics of {n} organisations to <{iris.graph('network-metrics').value}>",
                   err=True)


@network.command("ego")
@click.argument("org")
@filter_options
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="steps from the organisation")
@format_option()
def ego_cmd(org, filt, store_path, server, depth, fmt) -> None:
    """Show an organisation's collaborators (by name, organisation number or IRI).

    Example: esfgraph network ego "Växjö kommun" --depth 2
    """
    _, G = _graph(store_path, filt, server)
    result = ego(G, org, depth)
    names = ["distance", "name", "orgnr", "type", "via", "shared", "projects"]
    rows = [{"distance": c.distance, "name": c.name, "orgnr": c.orgnr, "type": c.type, "via": c.via,
             "shared": c.weight, "projects": list(c.projects), "iri": c.iri}
            for c in result.collaborators]
    click.echo(f"{result.name}: {len(result.projects)} project(s) "
               f"({', '.join(result.projects) or 'none'}); {len(rows)} organisation(s) "
               f"within {depth} step(s)", err=True)
    emit(names + ([] if fmt == "table" else ["iri"]), rows, fmt)


@network.command("path")
@click.argument("org_a")
@click.argument("org_b")
@filter_options
@format_option()
def path_cmd(org_a, org_b, filt, store_path, server, fmt) -> None:
    """Show how two organisations connect: a shortest chain of shared projects.

    Example: esfgraph network path "Växjö kommun" "Region Västerbotten"
    """
    _, G = _graph(store_path, filt, server)
    steps = shortest_path(G, org_a, org_b)
    rows = [{"step": i, "from": s.source_name, "to": s.target_name, "projects": list(s.projects),
             "from_iri": s.source, "to_iri": s.target} for i, s in enumerate(steps, 1)]
    chain = steps[0].source_name + "".join(f" -> {s.target_name}" for s in steps)
    click.echo(f"{chain}  ({len(steps)} step{'s' if len(steps) != 1 else ''})", err=True)
    emit(["step", "from", "to", "projects"] + ([] if fmt == "table" else ["from_iri", "to_iri"]),
         rows, fmt)


@network.command("export")
@filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="output format [default: from the --output suffix]")
@click.option("--output", "-o", required=True, metavar="FILE",
              help="file to write; for csv, FILE names <stem>-nodes.csv and <stem>-edges.csv")
@click.option("--labels", type=click.IntRange(min=0), default=20, show_default=True,
              help="png/svg/html: label this many most central organisations")
@click.option("--colour", "colour_by", type=click.Choice(["community", "type"]), default="community",
              show_default=True, help="png/svg: node colours; html: the colouring it opens with")
@click.option("--seed", type=int, default=42, show_default=True,
              help="seed of the layout, Louvain communities and sampled betweenness")
@click.option("--title", default=None, help="title of the picture or page")
def export_cmd(filt, store_path, server, fmt, output, labels, colour_by, seed, title) -> None:
    """Export the network: graphml, gexf, csv (nodes + edges), html (offline page), png, svg.

    Example: esfgraph network export --period 2021-2027 --format html --output network.html
    """
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".")
        if suffix not in EXPORT_FORMATS:
            raise EsfGraphError(f"cannot tell the format from {output!r}; give --format "
                                f"({', '.join(EXPORT_FORMATS)})")
        fmt = suffix
    _, G = _graph(store_path, filt, server)
    written = export_network(G, fmt, output, seed=seed, labels=labels, colour_by=colour_by,
                             title=title)
    click.echo(f"wrote {', '.join(map(str, written))} ({len(G)} organisations, "
               f"{G.number_of_edges()} collaborations)", err=True)
