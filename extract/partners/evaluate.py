"""Scoring the extractor on passages of plain text with hand-read organisations and roles."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language

from esfgraph.errors import RecordError
from esfgraph.extract.partners.mentions import Mention, pipe_mentions
from esfgraph.extract.partners.roles import PARTICIPANT_ROLES, ROLE_ORDER

__all__ = ["Passage", "read_passages", "predict", "score", "Scores"]



@dataclass(frozen=True)
class Passage:
    """One gold passage: id, text and the organisations (canonical, type, role) it names."""

    id: str
    text: str
    orgs: tuple[dict, ...]
    line: int = 0


def read_passages(path: str | Path) -> Iterator[Passage]:
    """Yield the passages of a gold JSON Lines file; a bad line raises RecordError with its line."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                yield Passage(str(d["id"]), d["text"], tuple(d.get("orgs", [])), n)
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise RecordError(str(path), n, f"not a gold passage ({e})") from None


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def predicted_orgs(mentions: Iterable[Mention]) -> list[dict]:
    """Return one entry per organisation (its strongest role), in the gold file's form."""
    best: dict[str, dict] = {}
    for m in mentions:
        if m.org is None:
            continue
        entry = {"surface": m.surface, "canonical": m.org.name, "type": m.org.type, "role": m.role,
                 "orgnr": m.org.orgnr, "rule": m.rule, "confidence": m.confidence}
        old = best.get(m.org.key)
        if old is None or ROLE_ORDER[m.role] < ROLE_ORDER[old["role"]]:
            best[m.org.key] = entry
    return list(best.values())


def predict(nlp: Language, passages: Iterable[Passage]) -> Iterator[tuple[Passage, list[dict]]]:
    """Yield (passage, predicted organisations), running spaCy in batches on the sentences that
    can name a body, as a build does."""
    for passage, mentions in pipe_mentions(nlp, ((p.text, None, p) for p in passages)):
        yield passage, predicted_orgs(mentions)


@dataclass
class Scores:
    """Counts and precision/recall/F1 for organisations and for participants (owner or partner)."""

    tp: dict = field(default_factory=lambda: {"organisations": 0, "participants": 0})
    fp: dict = field(default_factory=lambda: {"organisations": 0, "participants": 0})
    fn: dict = field(default_factory=lambda: {"organisations": 0, "participants": 0})
    errors: list = field(default_factory=list)
    passages: int = 0

    def add(self, passage: Passage, predicted: list[dict]) -> None:
        """Count one passage's found, extra and missing organisations."""
        self.passages += 1
        for kind, keep in (("organisations", lambda o: True),
                           ("participants", lambda o: o.get("role") in PARTICIPANT_ROLES)):
            gold = {_key(o["canonical"]) for o in passage.orgs if keep(o)}
            pred = {_key(o["canonical"]) for o in predicted if keep(o)}
            self.tp[kind] += len(gold & pred)
            self.fp[kind] += len(pred - gold)
            self.fn[kind] += len(gold - pred)
            for k in sorted(pred - gold):
                self.errors.append((passage.id, kind, "extra", k))
            for k in sorted(gold - pred):
                self.errors.append((passage.id, kind, "missing", k))

    def metric(self, kind: str) -> dict:
        """Return precision, recall, F1 and counts for organisations or participants."""
        tp, fp, fn = self.tp[kind], self.fp[kind], self.fn[kind]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": tp, "fp": fp, "fn": fn}

    def as_dict(self) -> dict:
        """Return the scores as a plain dict."""
        return {"passages": self.passages, "organisations": self.metric("organisations"),
                "participants": self.metric("participants")}


def score(nlp: Language, passages: Iterable[Passage], predictions_out=None) -> Scores:
    """Score the pipeline on passages; write one prediction line per passage to predictions_out."""
    scores = Scores()
    for passage, predicted in predict(nlp, passages):
        scores.add(passage, predicted)
        if predictions_out is not None:
            predictions_out.write(json.dumps({"id": passage.id, "text": passage.text,
                                              "orgs": predicted}, ensure_ascii=False) + "\n")
    return scores
