"""esfgraph build / remove: filling the store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from esfgraph import api
from esfgraph.cli import main
from esfgraph.cli.options import base_option, cpu_count, resolve_store, store_option
from esfgraph.errors import RecordError
from esfgraph.extract.records import count_records
from esfgraph.extract.records.files import expand_paths
from esfgraph.graph.build import remove_records
from esfgraph.graph.iris import Iris
from esfgraph.graph.store import writing


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@base_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="worker processes [default: all cores]")
@click.option("--spacy-model", default=None, metavar="NAME",
              help="also use a statistical spaCy NER you have installed (e.g. sv_core_news_lg)")
@click.option("--sync", is_flag=True, help="retract records whose source is not among PATHS")
@click.option("--no-extract", is_flag=True, help="map the header only; do not read partners from the text")
@click.option("--no-focus", is_flag=True,
              help="let spaCy read every sentence, not only those that can name a body "
                   "(slower; the same result)")
@click.option("--report", "report_path", default=None, metavar="FILE",
              help="machine-readable report of every record [default: <store>-report.json]")
@click.option("--strict", is_flag=True,
              help="exit with status 1 when any record was skipped or any warning was given")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
@click.option("--publisher", default=None, metavar="NAME|IRI",
              help="the dataset's publisher, remembered by the store (DCAT, pages)")
@click.option("--title", default=None, help="the dataset's title, remembered by the store")
def build(paths, store_path, base, jobs, spacy_model, sync, no_extract, no_focus, report_path,
          strict, quiet, publisher, title) -> None:
    """Read record files, folders or globs (.txt, .csv, .xlsx) and load them into the store.

    Example: esfgraph build --store esf-store data/*.txt
    """
    store_dir = resolve_store(store_path)
    report_path = report_path or str(Path(store_dir).with_name(Path(store_dir).name + "-report.json"))
    missing = [e for e in expand_paths(paths) if isinstance(e, RecordError)]
    if len(missing) == len(paths):
        raise click.ClickException("; ".join(str(e) for e in missing) + " (nothing to build)")
    with writing(store_dir):
        store = api.open_store(store_dir, create=True)
        summary = _build(paths, store, base, jobs, spacy_model, sync, no_extract, no_focus,
                         report_path, quiet, publisher, title)
        del store  # closed before the writer lock goes
    for line in summary.errors:
        click.echo(f"skipped: {line}", err=True)
    for line in summary.notes:
        click.echo(f"warning: {line}", err=True)
    if summary.warnings > len(summary.notes):
        click.echo(f"warning: ... {summary.warnings - len(summary.notes)} more in the report", err=True)
    click.echo(
        f"{summary.read} records read: {summary.loaded} loaded, {summary.unchanged} unchanged, "
        f"{summary.skipped} skipped, {summary.duplicates} duplicates, {summary.removed} removed, "
        f"{summary.warnings} warnings\n"
        f"store {store_dir}: {summary.projects} projects, {summary.organisations} organisations, "
        f"{summary.triples} triples ({summary.seconds} s)\n"
        f"report: {summary.report}",
        err=True,
    )
    if missing:
        raise click.ClickException(f"{len(missing)} of the paths name nothing: {missing[0]}")
    if strict and (summary.skipped or summary.warnings):
        sys.exit(1)


def _build(paths, store, base, jobs, spacy_model, sync, no_extract, no_focus, report_path, quiet,
           publisher, title):
    """Run the build with a progress bar on a terminal; return its summary."""
    progress = None if quiet or not sys.stderr.isatty() else _progress()
    on_progress = None
    if progress:
        progress.start()
        task = progress.add_task("records", total=count_records(paths) or None)
        on_progress = lambda n: progress.update(task, completed=n)  # noqa: E731
    try:
        summary = api.build(list(paths), store, base=base, jobs=jobs or cpu_count(),
                            spacy_model=spacy_model, sync=sync, extract=not no_extract,
                            focus=not no_focus, report_path=report_path,
                            on_progress=on_progress, publisher=publisher, title=title)
    finally:
        if progress:
            progress.stop()
    return summary


def _progress():
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    return Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TextColumn("records"),
                    TaskProgressColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@store_option
@base_option
def remove(ids, store_path, base) -> None:
    """Retract records (by diarienummer) from the store; organisations other records name stay.

    Example: esfgraph remove 2020/00319 23-063-S03
    """
    store_dir = resolve_store(store_path)
    with writing(store_dir):
        store = api.open_store(store_dir)
        missing = remove_records(store, ids, Iris(base) if base else None)
        del store
    for dnr in missing:
        click.echo(f"not in the store: {dnr}", err=True)
    click.echo(f"removed {len(ids) - len(missing)} record(s)", err=True)
    if missing:
        sys.exit(1)
