"""The spaCy components `esf_sentences` and `esf_roles`: who takes part, who pays, who is named.

`esf_roles` reads each organisation span's sentence the way an analyst would: the nearest cue
("tillsammans med", "samverkansparter", "stöd från", "som projektägare", "enligt") decides the
role of the span and of every name coordinated with it ("A, B och C"). An item of a list takes
the role its header line gives ("Samverkansparter:" over lines "- A", "- B"). A wrong partner is
worse than a missing one, so a name without a cue is only "mentioned". The constructions that
move a cue's reach (past tense, inverted order, relative clauses, colons) are in cue_scope.py.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_LOWER, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from esfgraph.extract.partners.cue_reach import (BULLETS, OBJECT_PREPOSITIONS, after_staff_noun, all_of_them,
                        co_agent_cues, colon_header, inverted, inverted_owner, list_header,
                        member_of, negated_relative, past_cue, project_contributions,
                        refusal_cue, relative_clause_cue, role_noun_after)
from esfgraph.extract.partners.role_cues import CUES, FUNDER_ORGS, LIST_WORDS, PLACE_PREPOSITIONS, SELF_CUES

__all__ = ["RoleAssigner", "make_role_assigner", "set_sentences", "ROLE_RANK"]

ROLE_RANK = {"owner": 3, "partner": 2, "funder": 1, "mentioned": 0}
for _attr in ("esf_role", "esf_cue", "esf_confidence"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)


@Language.component("esf_sentences")
def set_sentences(doc: Doc) -> Doc:
    """Split sentences at . ! ? and at line ends, keeping bullet lines with the line before."""
    n = len(doc)
    if n == 0:
        return doc
    # Read the token attributes as integers: creating a Token object per token costs more
    # than the whole decision.
    strings = doc.vocab.strings
    orths, spaces, lowers = doc.to_array([ORTH, IS_SPACE, IS_LOWER]).T.tolist()
    ends = {strings[p] for p in (".", "!", "?")}
    bullets = {strings[b] for b in BULLETS}
    starts = [-1] * n
    starts[0] = 1
    for i in range(1, n):
        prev = orths[i - 1]
        if prev in ends and not spaces[i]:
            if not lowers[i] or _ends_sentence(doc, i - 1):
                starts[i] = 1
        elif spaces[i - 1]:
            text = strings[prev]
            if "\n" in text and ("\n\n" in text or orths[i] not in bullets):
                starts[i] = 1
    # SENT_START is read as signed from the uint64 array spaCy wants: -1 marks "no start".
    column = numpy.array(starts, dtype="int64").astype("uint64").reshape(n, 1)
    doc.from_array([SENT_START], column)
    return doc


# Short words that end in a period of their own but do not end a sentence ("ca. 30").
ABBREVIATIONS = frozenset({"ca", "st", "nr", "enl", "inkl", "exkl", "resp", "kl", "tel", "jfr",
                           "ang", "kap", "tkr", "mkr", "mnkr", "kr", "ev", "avd", "tot", "ex"})


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Return whether the period at token i ends a sentence that the next, lower-case word starts.

    Texts pasted in lower case ("... region gävleborg. samordningsförbundet gävle finansierar")
    still end their sentences with a period after a word; abbreviations keep theirs.
    """
    if i == 0:
        return False
    word = doc[i - 1]
    return (word.is_alpha and len(word) > 1 and word.lower_ not in ABBREVIATIONS) or word.is_digit


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
        cues = project_contributions(
            doc, sorted((start, end, strings[k]) for k, start, end in self.matcher(doc)))
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
        # Past-tense verbs reach further than the nearest cue; past_cue reads them apart.
        near = [c for c in cues if c[2] != "PAST"]
        left = [c for c in near
                if sent.start <= c[0] and c[1] <= start and start - c[1] <= self.max_left]
        right = [c for c in near
                 if c[0] >= end and c[1] <= sent.end and c[0] - end <= self.max_right]
        funder_org = any(s._.esf_org is not None and s._.esf_org.name in FUNDER_ORGS for s in group)
        negs = [c for c in left + right if c[2] == "NEG"]
        # The nearest cue on each side; a negation between a cue and the names cancels it.
        # Of overlapping cues the longer one speaks: "ägs och drivs av" over "drivs av".
        near_left = max(left, key=lambda c: (c[1], c[1] - c[0])) if left else None
        near_right = min(right, key=lambda c: (c[0], c[0] - c[1])) if right else None
        # "A har tackat nej, men B deltar": "men" ends the negation's reach.
        if near_left and near_left[2] == "NEG" and start - near_left[1] <= 4 and not any(
                t.lower_ in ("men", "medan") for t in doc[near_left[1]:start]):
            return "mentioned", _text(doc, near_left), 0.8
        owner = _owner_cue(doc, (near_left, near_right), start, end, negs)
        if owner is not None:
            return "owner", _text(doc, owner), 0.9
        if inverted_owner(doc, start, end):
            return "owner", doc[start - 1].text, 0.85
        past = past_cue(doc, sent, start, end, cues) or refusal_cue(doc, sent, end, cues)
        if past is not None:
            return "mentioned", _text(doc, past), 0.7
        # "Region Halland står för medfinansieringen och Halmstads kommun deltar": a verb right
        # after the names is theirs, whatever cue stands further left.
        subject = bool(right) and right[0][2] == "PARTNER_RIGHT" and right[0][0] - end <= 1
        funders = [] if subject else _left_funders(left)
        funders += [c for c in right[:1] if c[2] in _FUNDER_RIGHT]
        if not funders and funder_org:
            funders = [c for c in left[::-1] + right if c[2] in _FUNDER_LEFT | _FUNDER_RIGHT]
        if funders:
            return "funder", _text(doc, funders[0]), 0.85
        if funder_org:
            return "mentioned", None, 0.7
        negated = negated_relative(doc, right, end)
        if negated is not None:
            return "mentioned", _text(doc, negated), 0.7
        partner = self._partner(doc, left, right, negs, start, end)
        if partner is not None:
            return partner
        if len(group) > 1 and all_of_them(doc, sent, end, cues):
            return "partner", "båda", 0.7
        header = list_header(doc, first, cues) or colon_header(doc, start, sent, cues)
        if header is not None:
            return header
        return "mentioned", None, 0.6

    @staticmethod
    def _partner(doc: Doc, left: list, right: list, negs: list, start: int, end: int):
        """Return (role, cue, confidence) from the nearest partner cue, or None without one."""
        candidates = [c for c in left if c[2] in ("PARTNER", "PARTNER_BOTH")
                      or (c[2] == "PARTNER_RIGHT" and inverted(doc, c, start))]
        # A verb after names in a prepositional phrase has another subject ("Deltagarna är
        # inskrivna hos Arbetsförmedlingen och deltar"), unless that subject is the body's
        # people ("Forskare vid A ansvarar för utvärderingen").
        if start == 0 or doc[start - 1].lower_ not in OBJECT_PREPOSITIONS \
                or after_staff_noun(doc, start):
            candidates += [c for c in right if c[2] == "PARTNER_RIGHT"
                           or (c[2] == "PARTNER_BOTH" and role_noun_after(doc, c))]
        else:
            candidates += relative_clause_cue(doc, right, end)
        if start == 0 or doc[start - 1].lower_ not in OBJECT_PREPOSITIONS | PLACE_PREPOSITIONS:
            candidates += co_agent_cues(doc, right, end)
        candidates.sort(key=lambda c: _distance(c, start, end))
        for cue in candidates:
            if member_of(doc, cue, end):
                continue
            lo, hi = (cue[1], start) if cue[1] <= start else (end, cue[0])
            # A negation between the cue and the names, just before the cue ("vårt tidigare
            # samarbete med", "söka samarbete med"), on it or right after it ("deltar inte")
            # cancels it; after it only a negator does ("bidrar med kontakter med" does not).
            if any(lo <= n[0] and n[1] <= hi or cue[0] - 2 <= n[1] and n[0] <= cue[1] + 1
                   and (n[0] < cue[1] or doc[n[0]].lower_ in _NEGATORS) for n in negs):
                return "mentioned", _text(doc, cue), 0.6
            if cue[1] <= start and _is_place(doc, start) and _distance(cue, start, end) > 3:
                return "mentioned", _text(doc, cue), 0.5
            near = _distance(cue, start, end)
            return "partner", _text(doc, cue), 0.9 if near <= 3 else 0.8 if near <= 10 else 0.65
        return None


_FUNDER_LEFT = frozenset({"FUNDER", "FUNDER_BOTH"})
_FUNDER_RIGHT = frozenset({"FUNDER_RIGHT", "FUNDER_BOTH"})
# Negations that cancel a cue when they follow it ("deltar inte"); see _partner.
_NEGATORS = frozenset({"inte", "ej", "aldrig", "varken", "utan"})


def _left_funders(left: list) -> list:
    """Return the funder cues among the two nearest on the left, up to a nearer role cue.

    "finansieras av A och med medel från B" names two funders; in "Med medel från A driver B
    projektet tillsammans med C" the nearer "tillsammans med" is C's cue, not the funding.
    """
    out = []
    for cue in left[-2:][::-1]:
        if cue[2] in _FUNDER_LEFT:
            out.append(cue)
        elif cue[2] != "NEG":
            break
    return out


def _owner_cue(doc: Doc, near: tuple, start: int, end: int, negs: list):
    """Return the owner cue next to the names ("A är projektägare", "Vi på A"), or None."""
    partner = min((_distance(c, start, end) for c in near if c and c[2].startswith("PARTNER")),
                  default=99)
    for cue in near:
        # "drivs av A och B, med A som projektägare": the nearer partner cue is B's.
        if cue is None or cue[2] != "OWNER" or not _distance(cue, start, end) <= min(6, partner):
            continue
        if _text(doc, cue).lower() in SELF_CUES and _distance(cue, start, end) > 0:
            continue  # "samverkar vi i stället med A" is no "Vi i A"
        lo, hi = (cue[1], start) if cue[1] <= start else (end, cue[0])
        if any(lo <= n[0] and n[1] <= hi for n in negs):
            continue
        return cue
    return None


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
