"""Scoring predicted organisations against gold passages, the way the reference scorer does.

Names are compared in lower case with runs of spaces folded to one, through an alias table
(`alias -> canonical`, both in that form; extract/organisations/aliases.py builds it from the
gazetteer and the naming conventions). A gold entry is matched by a prediction whose canonical
name or surface is the gold canonical name or the gold surface. Gold entries with the same
canonical name count once; a gold entry marked `uncertain` counts when it is found and is no
miss when it is not. An unmatched prediction counts once per name. Participants are the
entries whose role is owner or partner on both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from esfgraph.extract.partners.base.roles import PARTICIPANT_ROLES

__all__ = ["norm", "match", "Scores", "KINDS"]

KINDS = ("organisations", "participants")


def norm(name: str | None, aliases: dict[str, str]) -> str:
    """Return a name's comparison key: lower case, spaces folded, then through the aliases."""
    s = re.sub(r"\s+", " ", (name or "").strip().lower())
    return aliases.get(s, s)


def match(gold: Iterable[dict], predicted: Iterable[dict], aliases: dict[str, str]
          ) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Return (matched pairs, unmatched predictions, missed gold entries) of one passage.

    Unmatched predictions are listed once per name; missed gold entries include uncertain ones
    (the caller decides what they count).
    """
    keys: dict[str, dict] = {}
    for o in gold:
        keys.setdefault(norm(o["canonical"], aliases), o)
    surfaces = {k: norm(o.get("surface"), aliases) for k, o in keys.items()}
    pairs, extra, matched, seen = [], [], set(), set()
    for o in predicted:
        names = {norm(o.get("canonical"), aliases), norm(o.get("surface"), aliases)}
        hit = next((k for k in keys if k in names or surfaces[k] in names), None)
        if hit is None:
            k = norm(o.get("canonical") or o.get("surface"), aliases)
            if k not in seen:
                seen.add(k)
                extra.append(o)
        elif hit not in matched:
            matched.add(hit)
            pairs.append((keys[hit], o))
    missed = [o for k, o in keys.items() if k not in matched]
    return pairs, extra, missed


@dataclass
class Scores:
    """Counts and precision/recall/F1 for organisations and for participants (owner or partner)."""

    aliases: dict[str, str] = field(default_factory=dict)
    tp: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    fp: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    fn: dict = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    errors: list = field(default_factory=list)  # (kind of error, passage id, gold, predicted)
    passages: int = 0

    def add(self, pid: str, gold: list[dict], predicted: list[dict]) -> None:
        """Count one passage's found, extra and missing organisations and participants."""
        self.passages += 1
        everything = match(gold, predicted, self.aliases)
        for kind in KINDS:
            if kind == "organisations":
                pairs, extra, missed = everything
            else:
                pairs, extra, missed = match(
                    [o for o in gold if o.get("role") in PARTICIPANT_ROLES],
                    [o for o in predicted if o.get("role") in PARTICIPANT_ROLES], self.aliases)
            missed = [o for o in missed if not o.get("uncertain")]
            self.tp[kind] += len(pairs)
            self.fp[kind] += len(extra)
            self.fn[kind] += len(missed)
            self._errors(kind, pid, extra, missed, everything)

    def _errors(self, kind: str, pid: str, extra: list, missed: list, everything: tuple) -> None:
        """Keep each error with the other side's entry for the same body, where there is one."""
        pairs = everything[0]
        for o in missed:
            found = next((p for g, p in pairs if g is o or norm(g["canonical"], self.aliases)
                          == norm(o["canonical"], self.aliases)), None)
            what = "not found" if found is None else f"found as {found.get('role')}"
            self.errors.append((f"{kind}: missed, {what}", pid, o, found))
        for p in extra:
            gold = next((g for g, q in pairs if q is p), None)
            what = "not a gold body" if gold is None else f"gold role {gold.get('role')}"
            self.errors.append((f"{kind}: extra, {what}", pid, gold, p))

    def metric(self, kind: str) -> dict:
        """Return precision, recall, F1 and counts for organisations or participants."""
        tp, fp, fn = self.tp[kind], self.fp[kind], self.fn[kind]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": tp, "fp": fp, "fn": fn}

    def as_dict(self) -> dict:
        """Return the scores as a plain dict."""
        return {"passages": self.passages, **{kind: self.metric(kind) for kind in KINDS}}

    def error_lines(self) -> list[str]:
        """Return the errors as lines of names, grouped by kind of error (most frequent first)."""
        groups: dict[str, list] = {}
        for what, pid, gold, pred in self.errors:
            groups.setdefault(what, []).append((pid, gold, pred))
        lines = []
        for what, rows in sorted(groups.items(), key=lambda kv: (KINDS.index(kv[0].split(":")[0]),
                                                                  -len(kv[1]), kv[0])):
            lines.append(f"## {what} ({len(rows)})")
            for pid, gold, pred in rows:
                lines.append(f"{pid}  {_entry('gold', gold)}{'  ' if gold and pred else ''}"
                             f"{_entry('predicted', pred)}")
        return lines


def _entry(side: str, o: dict | None) -> str:
    """Return one side of an error row: surface, canonical name when it differs, role."""
    if o is None:
        return ""
    surface, canonical = o.get("surface") or "", o.get("canonical") or ""
    name = surface if not canonical or canonical == surface else f"{surface} -> {canonical}"
    flag = ", uncertain" if o.get("uncertain") else ""
    return f"{side}: {name} ({o.get('role')}{flag})"
