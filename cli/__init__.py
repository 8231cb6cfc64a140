"""The `esfgraph` command: a thin layer over the library (options in, library call, output out)."""

from __future__ import annotations

import importlib

import click

from esfgraph import __version__
from esfgraph.errors import EsfGraphError

__all__ = ["main"]


# Which option sets a setting the library names in an error (EsfGraphError.setting).
_OPTION_HINTS = {
    "base": "--base-iri",
    "store": "make one with: esfgraph build --store DIR FILES",
    "store_in_use": "--store",
    "param": "--param NAME=VALUE",
    "spacy_model": "--spacy-model",
    "publisher": "--publisher",
    "target": "--graph-store or --update",
    "allow_remote": "--allow-remote",
    "license": "--license",
    "report": "--report",
    "output": "--output",
}


def error_message(e: EsfGraphError) -> str:
    """Return the library's message with the command-line option that fixes it, if any."""
    hint = _OPTION_HINTS.get(e.setting or "")
    return f"{e} ({hint})" if hint else str(e)


class EsfGroup(click.Group):
    """A click group that shows esfgraph's own errors as one line, without a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except EsfGraphError as e:
            raise click.ClickException(error_message(e)) from None


# Each command's module and one-line help: a command's module (and what it imports: spaCy,
# networkx, rdflib) is imported only when the command runs, so `esfgraph --help` and
# `esfgraph query` answer at once. tests/test_cli.py checks this table against the commands.
COMMANDS = {
    "build": ("build", "Read record files, folders or globs (.txt, .csv, .xlsx) and load them into "
                       "the store."),
    "remove": ("build", "Retract records (by diarienummer) from the store; organisations other "
                        "records name stay."),
    "parse": ("extract", "Show the typed header values of each record, and why a bad record is skipped."),
    "partners": ("extract", "Show, per record, every organisation found: canonical name, role, "
                          "number, evidence."),
    "evaluate": ("extract", "Score the extractor on gold passages: precision, recall and F1."),
    "query": ("query", "Run a named query, a .rq file or SPARQL text over the store."),
    "queries": ("query", "List the named queries with their columns and parameters."),
    "export": ("query", "Export the graph for an open-data portal."),
    "validate": ("query", "Check the graph against the SHACL shapes; exit 0 if it conforms, 1 if "
                          "not, 2 on errors."),
    "network": ("network", "The collaboration network: organisations linked by shared projects."),
    "serve": ("serve", "Serve the store as linked data: a page for every project and "
                       "organisation, every IRI"),
    "site": ("serve", "Write the pages and each resource's data (Turtle, JSON-LD, N-Triples, "
                      "RDF/XML) as a static site."),
    "push": ("serve", "Send the graph to a SPARQL 1.1 server, one named graph per record, only "
                      "what changed."),
}


class LazyGroup(EsfGroup):
    """The main group: commands are imported from their modules when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, name: str):
        if name not in self.commands and name in COMMANDS:
            importlib.import_module(f"esfgraph.cli.{COMMANDS[name][0]}")  # registers itself
        return self.commands.get(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.commands[name].get_short_help_str() if name in self.commands
                 else COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="esfgraph")
def main() -> None:
    """A knowledge graph of ESF-funded projects, their owners and partners.

    \b
    Typical use:
      esfgraph build examples/            # records -> embedded Oxigraph store
      esfgraph query projects             # a named SPARQL query
      esfgraph export --format turtle --output esf.ttl
    """

