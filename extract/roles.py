"""The spaCy components `esf_sentences` and `esf_roles`: who takes part, who pays, who is named.

`esf_roles` reads each organisation span's sentence the way an analyst would: the nearest cue
("tillsammans med", "samverkansparter", "stöd från", "som projektägare", "enligt") decides the
role of the span and of every name coordinated with it ("A, B och C"). A wrong partner is worse
than a missing one, so a name without a cue is only "mentioned".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .cues import CUES, FUNDER_ORGS, LIST_WORDS, PLACE_PREPOSITIONS

__all__ = ["RoleAssigner", "make_role_assigner", "set_sentences", "ROLE_RANK"]

ROLE_RANK = {"owner": 3, "partner": 2, "funder": 1, "mentioned": 0}
for _attr in ("esf_role", "esf_cue", "esf_confidence"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)

_BULLETS = {"-", "*", "•", "–", "·"}


@Language.component("esf_sentences")
def set_sentences(doc: Doc) -> Doc:
    """Split sentences at . ! ? and at line ends, keeping bullet lines with the line before."""
    for i, token in enumerate(doc):
        if i == 0:
            token.is_sent_start = True
            continue
        prev = doc[i - 1]
        if prev.text in (".", "!", "?") and not token.is_space:
            token.is_sent_start = not token.is_lower
        elif prev.is_space and "\n" in prev.text:
            token.is_sent_start = "\n\n" in prev.text or token.text not in _BULLETS
        else:
            token.is_sent_start = False
    return doc


@Language.factory("esf_roles", default_config={"max_left": 25, "max_right": 10})
def make_role_assigner(nlp: Language, name: str, max_left: int, max_right: int) -> "RoleAssigner":
    """Build the role assigner; cues further than max_left/max_right tokens are ignored."""
    return RoleAssigner(nlp, name, max_left=max_left, max_right=max_right)


class RoleAssigner:
    """Sets `span._.esf_role`, `esf_cue` and `esf_confidence` on every entity; owns its cue matcher."""

    def __init__(self, nlp: Language, name: str = "esf_roles", *, max_left: int = 25,
                 max_right: int = 10):
        self.name = name
        self.max_left, self.max_right = max_left, max_right
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind, phrases in CUES.items():
            self.matcher.add(kind, list(nlp.tokenizer.pipe(phrases)))

    def __call__(self, doc: Doc) -> Doc:
        if not doc.ents:
            return doc
        strings = doc.vocab.strings
        cues = sorted((start, end, strings[k]) for k, start, end in self.matcher(doc))
        ents = list(doc.ents)
        for group in _groups(doc, ents):
            role, cue, confidence = self._decide(doc, group, cues)
            for span in group:
                span._.esf_role = role
                span._.esf_cue = cue
                span._.esf_confidence = round(confidence * (1.0 if span._.esf_rule and
                                              span._.esf_rule.startswith("gazetteer") else 0.85), 2)
        return doc

    def _decide(self, doc: Doc, group: list[Span], cues: list) -> tuple[str, str | None, float]:
        first, last = group[0], group[-1]
        sent = first.sent
        start, end = first.start, last.end
        left = [c for c in cues if sent.start <= c[0] and c[1] <= start and start - c[1] <= self.max_left]
        right = [c for c in cues if c[0] >= end and c[1] <= sent.end and c[0] - end <= self.max_right]
        funder_org = any(s._.esf_org is not None and s._.esf_org.name in FUNDER_ORGS for s in group)
        # The nearest cue on each side; a negation between a cue and the names cancels it.
        near_left = left[-1] if left else None
        near_right = right[0] if right else None
        if near_left and near_left[2] == "NEG" and start - near_left[1] <= 4:
            return "mentioned", _text(doc, near_left), 0.8
        for cue in (near_left, near_right):
            if cue and cue[2] == "OWNER" and _distance(cue, start, end) <= 6:
                return "owner", _text(doc, cue), 0.9
        if any(c[2] == "FUNDER" for c in left[-2:] + right[:1]) or (
                funder_org and any(c[2] == "FUNDER" for c in left + right)):
            cue = next(c for c in (left[-2:][::-1] + right[:1] + left + right) if c[2] == "FUNDER")
            return "funder", _text(doc, cue), 0.85
        if funder_org:
            return "mentioned", None, 0.7
        candidates = [c for c in left if c[2] in ("PARTNER", "PARTNER_BOTH")]
        candidates += [c for c in right if c[2] in ("PARTNER_RIGHT", "PARTNER_BOTH")]
        candidates.sort(key=lambda c: _distance(c, start, end))
        for cue in candidates:
            lo, hi = (cue[1], start) if cue[1] <= start else (end, cue[0])
            if any(lo <= n[0] and n[1] <= hi for n in left + right if n[2] == "NEG"):
                return "mentioned", _text(doc, cue), 0.6
            if cue[1] <= start and _is_place(doc, start) and _distance(cue, start, end) > 3:
                return "mentioned", _text(doc, cue), 0.5
            near = _distance(cue, start, end)
            return "partner", _text(doc, cue), 0.9 if near <= 3 else 0.8 if near <= 10 else 0.65
        return "mentioned", None, 0.6


def _distance(cue, start: int, end: int) -> int:
    return start - cue[1] if cue[1] <= start else cue[0] - end


def _text(doc: Doc, cue) -> str:
    return doc[cue[0]:cue[1]].text


def _is_place(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS


def _groups(doc: Doc, ents: list[Span]) -> list[list[Span]]:
    """Group coordinated names: spans separated only by commas, "och", "samt", bullets, line ends."""
    groups: list[list[Span]] = []
    for span in ents:
        if groups:
            prev = groups[-1][-1]
            between = doc[prev.end:span.start]
            if prev.sent.start == span.sent.start and all(
                    t.is_space or t.lower_ in LIST_WORDS for t in between):
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups
