"""esfgraph parse / partners / evaluate: checking what the parser and the extractor read."""

from __future__ import annotations

import json
import sys

import click

from esfgraph.cli import main
from esfgraph.errors import RecordError
from esfgraph.extract.partners.evaluate import read_passages, score
from esfgraph.extract.partners.mentions import build_pipeline, iter_mentions, record_owner
from esfgraph.extract.records import iter_records


def _jsonable(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if type(value).__name__ == "Decimal":
        return float(value)
    return value


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def parse(paths, fmt) -> None:
    """Show the typed header values of each record, and why a bad record is skipped.

    Example: esfgraph parse examples/2019_90014.txt
    """
    bad = 0
    for item in iter_records(list(paths)):
        if isinstance(item, RecordError):
            bad += 1
            click.echo(f"skipped: {item}", err=True)
            continue
        if fmt == "json":
            click.echo(json.dumps({
                "file": item.path, "line": item.line, "diarienummer": item.diarienummer,
                "name": item.name, "programme_period": item.programme_period,
                "values": {k: _jsonable(v) for k, v in item.values.items()},
                "empty_fields": list(item.empty), "unknown_fields": {f.key: f.value for f in item.unknown},
                "warnings": list(item.warnings)}, ensure_ascii=False))
            continue
        click.echo(f"{item.path}:{item.line}  {item.diarienummer}  {item.name}  ({item.programme_period})")
        for k, v in item.values.items():
            click.echo(f"  {k:<22} {_jsonable(v)}")
        for f in item.unknown:
            click.echo(f"  {'(unknown) ' + f.key:<22} {f.value}")
        for w in item.warnings:
            click.echo(f"  warning: {w}")
    sys.exit(1 if bad else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--spacy-model", default=None, metavar="NAME", help="also use a statistical spaCy NER")
@click.option("--all", "show_all", is_flag=True, help="also show names that are only mentioned")
def partners(paths, fmt, spacy_model, show_all) -> None:
    """Show, per record, every organisation found: canonical name, role, number, evidence.

    Example: esfgraph partners examples/24_903_S01.txt
    """
    nlp = build_pipeline(spacy_model)
    records = (r for r in iter_records(list(paths)) if not isinstance(r, RecordError) or
               click.echo(f"skipped: {r}", err=True))
    for record, mentions in iter_mentions(nlp, records):
        owner, unit, _ = record_owner(record)
        shown = [m for m in mentions if show_all or m.role != "mentioned"]
        if fmt == "json":
            click.echo(json.dumps({
                "diarienummer": record.diarienummer, "file": record.path,
                "owner": {"name": owner.name, "orgnr": owner.orgnr, "unit": unit},
                "mentions": [{"surface": m.surface, "kind": m.kind, "role": m.role,
                              "canonical": m.org.name if m.org else None,
                              "type": m.org.type if m.org else None,
                              "orgnr": m.org.orgnr if m.org else None, "unit": m.unit,
                              "count": m.count, "area": m.area, "start": m.start, "end": m.end,
                              "sentence": m.sentence, "rule": m.rule, "confidence": m.confidence}
                             for m in shown]}, ensure_ascii=False))
            continue
        click.echo(f"{record.diarienummer}  {record.name}")
        click.echo(f"  owner      {owner.name}" + (f" ({owner.orgnr})" if owner.orgnr else "")
                   + (f", unit {unit}" if unit else "") + "   [header]")
        for m in shown:
            name = m.org.name if m.org else f"{m.surface} (collective)"
            extra = f", unit {m.unit}" if m.unit else ""
            click.echo(f"  {m.role:<10} {name}{extra}   [{m.rule}, {m.confidence:.2f}] “{m.surface}”")
            click.echo(f"             {m.sentence[:160]}")


@main.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--predictions", default=None, metavar="OUT.jsonl",
              help="write the extractor's organisations per passage, in the gold file's form")
@click.option("--spacy-model", default=None, metavar="NAME", help="also use a statistical spaCy NER")
@click.option("--errors", "show_errors", is_flag=True, help="list every missing and extra organisation")
def evaluate(gold, fmt, predictions, spacy_model, show_errors) -> None:
    """Score the extractor on gold passages: precision, recall and F1.

    Example: esfgraph evaluate tests/data/passages.jsonl
    """
    nlp = build_pipeline(spacy_model)
    out = open(predictions, "w", encoding="utf-8") if predictions else None
    try:
        scores = score(nlp, read_passages(gold), out)
    finally:
        if out:
            out.close()
    result = scores.as_dict()
    if fmt == "json":
        click.echo(json.dumps(result, indent=1))
    else:
        click.echo(f"{result['passages']} passages")
        click.echo(f"{'':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}")
        for kind in ("organisations", "participants"):
            m = result[kind]
            click.echo(f"{kind:<14} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f} "
                       f"{m['tp']:>5} {m['fp']:>4} {m['fn']:>4}")
    if show_errors:
        for pid, kind, what, name in scores.errors:
            click.echo(f"{pid}  {kind:<13} {what:<7} {name}", err=True)


