"""esfgraph parse / partners / evaluate: checking what the parser and the extractor read."""

from __future__ import annotations

import sys

import click

from esfgraph.cli import main
from esfgraph.cli.output import emit, format_option
from esfgraph.errors import RecordError
from esfgraph.extract.partners.evaluate import read_aliases, read_ids, read_passages, score, scoring_aliases
from esfgraph.extract.partners.evaluate import write_aliases as write_aliases_csv
from esfgraph.extract.partners.mentions import build_pipeline, iter_mentions, record_owner
from esfgraph.extract.records import iter_records


@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option()
def parse(paths, fmt) -> None:
    """Show the typed header values of each record, and why a bad record is skipped.

    Example: esfgraph parse examples/2019_90014.txt
    """
    bad, rows = 0, []
    for item in iter_records(list(paths)):
        if isinstance(item, RecordError):
            bad += 1
            click.echo(f"skipped: {item}", err=True)
            continue
        rows.append({"file": item.path, "line": item.line, "id": item.id, "key": item.key,
                     "name": item.name, "programme_period": item.programme_period,
                     "layout": item.layout, **item.values.given(), "empty_fields": list(item.empty),
                     "unknown_fields": [f"{f.key}: {f.value}" for f in item.unknown],
                     "untyped": [f"{u.key}: {u.value} ({u.why})" for u in item.untyped],
                     "sections": [h for h, _ in item.sections],
                     "warnings": [f"{n.line}: {n.field}: {n.why}" if n.field else f"{n.line}: {n.why}"
                                  for n in item.warnings]})
    columns = list(dict.fromkeys(c for r in rows for c in r))
    emit(columns, rows, fmt)
    sys.exit(1 if bad else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@format_option()
@click.option("--spacy-model", default=None, metavar="NAME", help="also use a statistical spaCy NER")
@click.option("--all", "show_all", is_flag=True, help="also show names that are only mentioned")
def partners(paths, fmt, spacy_model, show_all) -> None:
    """Show, per record, every organisation found: canonical name, role, number, evidence.

    Example: esfgraph partners examples/24_903_S01.txt
    """
    nlp = build_pipeline(spacy_model)
    records = (r for r in iter_records(list(paths)) if not isinstance(r, RecordError) or
               click.echo(f"skipped: {r}", err=True))
    rows = []
    for record, mentions in iter_mentions(nlp, records):
        owner, units, _ = record_owner(record)
        if owner is not None:
            rows.append({"id": record.key, "role": "owner", "kind": "org",
                         "canonical": owner.name, "type": owner.type, "orgnr": owner.orgnr,
                         "unit": ", ".join(units) or None, "surface": record.values.owner,
                         "rule": "header:Projektägare", "confidence": 1.0,
                         "sentence": f"Projektägare: {record.values.owner}"})
        for m in mentions:
            if show_all or m.role != "mentioned":
                rows.append({"id": record.key, "role": m.role, "kind": m.kind,
                             "canonical": m.org.name if m.org else None,
                             "type": m.org.type if m.org else None,
                             "orgnr": m.org.orgnr if m.org else None, "unit": m.unit,
                             "surface": m.surface, "rule": m.rule, "confidence": m.confidence,
                             "count": m.count, "area": m.area, "start": m.start, "end": m.end,
                             "sentence": m.sentence})
    columns = ["id", "role", "canonical", "orgnr", "unit", "surface", "rule",
               "confidence", "sentence"]
    if fmt != "table":
        columns += ["kind", "type", "count", "area", "start", "end"]
    emit(columns, rows, fmt)


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@format_option()
@click.option("--ids", "ids_file", default=None, type=click.Path(exists=True, dir_okay=False),
              metavar="IDS.txt", help="score only the passages whose ids the file lists, one a line")
@click.option("--predictions", default=None, metavar="OUT.jsonl",
              help="write the extractor's organisations per passage, in the gold file's form")
@click.option("--aliases", "aliases_file", default=None, type=click.Path(exists=True, dir_okay=False),
              metavar="ALIASES.csv", help="compare names through this alias table "
              "(alias_lower,official_name) instead of the gazetteer's")
@click.option("--write-aliases", default=None, metavar="OUT.csv",
              help="write the gazetteer's alias table for scoring (the reference scorer reads it)")
@click.option("--records", "records_dir", default=None, metavar="DIR",
              type=click.Path(exists=True, file_okay=False),
              help="the folder of the record files that gold lines name by \"record\" "
              "(default: the gold file's folder)")
@click.option("--spacy-model", default=None, metavar="NAME", help="also use a statistical spaCy NER")
@click.option("--errors", "show_errors", is_flag=True,
              help="list every missed and extra organisation by name, grouped by kind of error")
def evaluate(gold, fmt, ids_file, predictions, aliases_file, write_aliases, records_dir,
             spacy_model, show_errors) -> None:
    """Score the extractor on gold passages: precision, recall and F1.

    Names match as the reference scorer matches them: through the aliases, by canonical name
    or surface; an uncertain gold entry counts when found and is no miss when not.

    Example: esfgraph evaluate tests/data/passages.jsonl
    """
    ids = read_ids(ids_file) if ids_file else None
    aliases = read_aliases(aliases_file) if aliases_file else scoring_aliases()
    if write_aliases:
        click.echo(f"{write_aliases_csv(write_aliases)} aliases written to {write_aliases}", err=True)
    passages, bad = [], 0
    for path in gold:
        for item in read_passages(path, ids, records_dir):
            if isinstance(item, RecordError):
                bad += 1
                click.echo(f"skipped: {item}", err=True)
            else:
                passages.append(item)
    if ids is not None:
        missing = ids - {p.id for p in passages}
        if missing:
            click.echo(f"{len(missing)} listed ids not found in the gold files: "
                       f"{', '.join(sorted(missing)[:5])}{' ...' if len(missing) > 5 else ''}", err=True)
            bad += 1
    nlp = build_pipeline(spacy_model)
    out = open(predictions, "w", encoding="utf-8") if predictions else None
    try:
        scores = score(nlp, passages, out, aliases)
    finally:
        if out:
            out.close()
    result = scores.as_dict()
    click.echo(f"{result['passages']} passages", err=True)
    emit(["kind", "precision", "recall", "f1", "tp", "fp", "fn"],
         ({"kind": kind, **result[kind]} for kind in ("organisations", "participants")), fmt)
    if show_errors:
        for line in scores.error_lines():
            click.echo(line, err=True)
    sys.exit(1 if bad else 0)
