"""Scoring the extractor on passages of plain text with hand-read organisations and roles."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Iterable, Iterator

from spacy.language import Language

from esfgraph.errors import RecordError
from esfgraph.extract.organisations.aliases import fold, scoring_aliases, write_aliases
from esfgraph.extract.organisations.resolve import resolve_owner
from esfgraph.extract.partners.base.roles import ROLE_ORDER
from esfgraph.extract.partners.mentions import Mention, pipe_mentions
from esfgraph.extract.partners.scoring import Scores
from esfgraph.extract.records import iter_records

__all__ = ["Passage", "read_passages", "read_ids", "read_aliases", "scoring_aliases",
           "write_aliases", "predict", "score", "Scores"]


@dataclass(frozen=True)
class Passage:
    """One gold passage: id, text and the organisations (canonical, type, role) it names; `owner`
    is the project owner as a record's header gives it (`Projektägare`), for a passage that is a
    record's description: the extractor then reads it as a build does."""

    id: str
    text: str
    orgs: tuple[dict, ...]
    line: int = 0
    owner: str | None = None
    owner_orgnr: str | None = None


def read_passages(path: str | Path, ids: Collection[str] | None = None,
                  records: str | Path | None = None) -> Iterator[Passage | RecordError]:
    """Yield the passages of a gold JSON Lines file (only those in `ids`, if given); a line that
    is no gold passage yields a RecordError naming the file, the line and what is missing.

    A line may name a record file (`"record": "2015-00852.txt"`, found in the folder `records`,
    by default the gold file's) instead of giving its text: the passage is then the record's
    description as the parser reads it, with the header's owner, so real records can be
    annotated without copying their text."""
    base = Path(records) if records is not None else Path(path).parent
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                yield RecordError(str(path), n, f"not a JSON object ({e.msg})")
                continue
            if not isinstance(d, dict):
                yield RecordError(str(path), n, "not a JSON object")
                continue
            if ids is not None and str(d.get("id")) not in ids:
                continue
            problem = _missing(d)
            if problem is None and "text" not in d:
                d, problem = _from_record(d, base)
            if problem:
                yield RecordError(str(path), n, f"not a gold passage: {problem}")
                continue
            yield Passage(str(d["id"]), d["text"], tuple(d.get("orgs", [])), n,
                          d.get("owner") or None, d.get("owner_orgnr"))


def _from_record(d: dict, base: Path) -> tuple[dict, str | None]:
    """Return the line with the text and owner of the record it names, or a problem."""
    found = list(iter_records([str(base / d["record"])]))
    bad = next((r for r in found if isinstance(r, RecordError)), None)
    if bad is not None:
        return d, f"record {d['record']!r}: {bad.message}"
    if len(found) != 1:
        return d, f"record {d['record']!r} holds {len(found)} records, not one"
    record = found[0]
    owner = d.get("owner") or record.values.owner
    orgnr = None if d.get("owner") else record.values.owner_orgnr
    return dict(d, text=record.text or "", owner=owner, owner_orgnr=orgnr), None


def _missing(d: dict) -> str | None:
    """Return what a gold passage lacks, or None."""
    for name, kind in (("id", (str, int)), ("text", str), ("orgs", list)):
        if name == "text" and "text" not in d and isinstance(d.get("record"), str):
            continue
        if not isinstance(d.get(name), kind):
            return f"no {name!r}" if name not in d else f"{name!r} is not a {_KIND[name]}"
    if d.get("owner") is not None and not isinstance(d["owner"], str):
        return "'owner' is not a string"
    for i, o in enumerate(d["orgs"], 1):
        if not isinstance(o, dict):
            return f"organisation {i} is not an object"
        for name in ("surface", "canonical", "role"):
            if not isinstance(o.get(name), str):
                return f"organisation {i} has no {name!r}"
    return None


_KIND = {"id": "string", "text": "string", "orgs": "list"}


def read_ids(path: str | Path) -> set[str]:
    """Return the passage ids listed in a file, one a line (blank lines and # comments skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise RecordError(str(path), None, f"cannot read the id list ({e.strerror})") from None
    return {s for line in lines if (s := line.split("#", 1)[0].strip())}


def read_aliases(path: str | Path) -> dict[str, str]:
    """Return an alias table from a CSV with columns alias_lower and official_name."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as e:
        raise RecordError(str(path), None, f"cannot read the alias table ({e.strerror})") from None
    table = {}
    for n, row in enumerate(rows, 2):
        if not row.get("alias_lower") or not row.get("official_name"):
            raise RecordError(str(path), n, "an alias row needs alias_lower and official_name")
        table[fold(row["alias_lower"])] = fold(row["official_name"])
    return table


def predicted_orgs(mentions: Iterable[Mention]) -> list[dict]:
    """Return one entry per organisation or unit (its strongest role), in the gold file's form.

    A unit is an entry of its own, named `Parent, Unit` ("Luleå kommun, Socialförvaltningen"),
    or by its own name where that holds the parent's ("IF Metall Höga Kusten").
    """
    best: dict[tuple, dict] = {}
    for m in mentions:
        if m.org is None:
            continue
        canonical = m.org.name
        if m.unit:
            canonical = m.unit if m.org.name.lower() in m.unit.lower() else f"{m.org.name}, {m.unit}"
        entry = {"surface": m.surface, "canonical": canonical, "type": m.org.type, "role": m.role,
                 "orgnr": m.org.orgnr, "rule": m.rule, "confidence": m.confidence}
        key = (m.org.key, m.unit)
        old = best.get(key)
        if old is None or ROLE_ORDER[m.role] < ROLE_ORDER[old["role"]]:
            best[key] = entry
    return list(best.values())


def predict(nlp: Language, passages: Iterable[Passage]) -> Iterator[tuple[Passage, list[dict]]]:
    """Yield (passage, predicted organisations), running spaCy in batches on the sentences that
    can name a body, as a build does (given a passage's header owner, as a build is)."""
    owners = {}
    def item(p: Passage):
        if p.owner and p.owner not in owners:
            owners[p.owner] = resolve_owner(p.owner, p.owner_orgnr)[0]
        return p.text, owners.get(p.owner), p
    for passage, mentions in pipe_mentions(nlp, map(item, passages)):
        yield passage, predicted_orgs(mentions)


def score(nlp: Language, passages: Iterable[Passage], predictions_out=None,
          aliases: dict[str, str] | None = None) -> Scores:
    """Score the pipeline on passages; write one prediction line per passage to predictions_out.

    Names are compared through `aliases` (default: the gazetteer's scoring aliases).
    """
    scores = Scores(scoring_aliases() if aliases is None else aliases)
    for passage, predicted in predict(nlp, passages):
        scores.add(passage.id, list(passage.orgs), predicted)
        if predictions_out is not None:
            predictions_out.write(json.dumps({"id": passage.id, "text": passage.text,
                                              "orgs": predicted}, ensure_ascii=False) + "\n")
    return scores
