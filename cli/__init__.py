"""The `esfgraph` command: a thin layer over the library (options in, library call, output out)."""

from __future__ import annotations

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


@click.group(cls=EsfGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="esfgraph")
def main() -> None:
    """A knowledge graph of ESF-funded projects, their owners and partners.

    \b
    Typical use:
      esfgraph build examples/            # records -> embedded Oxigraph store
      esfgraph query projects             # a named SPARQL query
      esfgraph export --format turtle --output esf.ttl
    """


def _register() -> None:
    from esfgraph.cli import build, extract, network, query, serve  # noqa: F401  (commands register themselves)


_register()
