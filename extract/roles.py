"""The spaCy components `esf_sentences` and `esf_roles`: who takes part, who pays, who is named.

`esf_roles` reads each organisation span's sentence the way an analyst would: the nearest cue
("tillsammans med", "samverkansparter", "stöd från", "som projektägare", "enligt") decides the
role of the span and of every name coordinated with it ("A, B och C"). An item of a list takes
the role its header line gives ("Samverkansparter:" over lines "- A", "- B"). A wrong partner is
worse than a missing one, so a name without a cue is only "mentioned".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .cues import (CUES, FUNDER_ORGS, INVERSION_WORDS, LIST_WORDS, PLACE_PREPOSITIONS, SELF_CUES,
                   WITH_VERBS)

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
        negs = [c for c in left + right if c[2] == "NEG"]
        # The nearest cue on each side; a negation between a cue and the names cancels it.
        near_left = left[-1] if left else None
        near_right = right[0] if right else None
        if near_left and near_left[2] == "NEG" and start - near_left[1] <= 4:
            return "mentioned", _text(doc, near_left), 0.8
        owner = _owner_cue(doc, (near_left, near_right), start, end, negs)
        if owner is not None:
            return "owner", _text(doc, owner), 0.9
        # "Region Halland står för medfinansieringen och Halmstads kommun deltar": a verb right
        # after the names is theirs, whatever cue stands further left.
        subject = bool(right) and right[0][2] == "PARTNER_RIGHT" and right[0][0] - end <= 1
        funders = [] if subject else [c for c in left[-2:][::-1] if c[2] in _FUNDER_LEFT]
        funders += [c for c in right[:1] if c[2] in _FUNDER_RIGHT]
        if not funders and funder_org:
            funders = [c for c in left[::-1] + right if c[2] in _FUNDER_LEFT | _FUNDER_RIGHT]
        if funders:
            return "funder", _text(doc, funders[0]), 0.85
        if funder_org:
            return "mentioned", None, 0.7
        partner = self._partner(doc, left, right, negs, start, end)
        if partner is not None:
            return partner
        if len(group) > 1 and _both(doc, sent, end, cues):
            return "partner", "båda", 0.7
        header = _list_header(doc, first, cues)
        if header is not None:
            return header
        return "mentioned", None, 0.6

    @staticmethod
    def _partner(doc: Doc, left: list, right: list, negs: list, start: int, end: int):
        """Return (role, cue, confidence) from the nearest partner cue, or None without one."""
        candidates = [c for c in left if c[2] in ("PARTNER", "PARTNER_BOTH")
                      or (c[2] == "PARTNER_RIGHT" and _inverted(doc, c, start))]
        # A verb after names in a prepositional phrase has another subject ("Deltagarna är
        # inskrivna hos Arbetsförmedlingen och deltar").
        if start == 0 or doc[start - 1].lower_ not in _OBJECT_PREPOSITIONS:
            candidates += [c for c in right if c[2] in ("PARTNER_RIGHT", "PARTNER_BOTH")]
        candidates.sort(key=lambda c: _distance(c, start, end))
        for cue in candidates:
            if _member_of(doc, cue, end):
                continue
            lo, hi = (cue[1], start) if cue[1] <= start else (end, cue[0])
            # A negation between the cue and the names, just before the cue ("vårt tidigare
            # samarbete med", "söka samarbete med"), on it or right after it ("deltar inte")
            # cancels it.
            if any(lo <= n[0] and n[1] <= hi or cue[0] - 2 <= n[1] and n[0] <= cue[1] + 1
                   for n in negs):
                return "mentioned", _text(doc, cue), 0.6
            if cue[1] <= start and _is_place(doc, start) and _distance(cue, start, end) > 3:
                return "mentioned", _text(doc, cue), 0.5
            near = _distance(cue, start, end)
            return "partner", _text(doc, cue), 0.9 if near <= 3 else 0.8 if near <= 10 else 0.65
        return None


_OBJECT_PREPOSITIONS = frozenset({"hos", "vid", "till", "för", "åt", "mot", "om"})
_FUNDER_LEFT = frozenset({"FUNDER", "FUNDER_BOTH"})
_FUNDER_RIGHT = frozenset({"FUNDER_RIGHT", "FUNDER_BOTH"})
_HEADER_ROLES = (("NEG", "mentioned"), ("OWNER", "owner"), ("FUNDER", "funder"),
                 ("FUNDER_BOTH", "funder"), ("PARTNER", "partner"), ("PARTNER_BOTH", "partner"),
                 ("PARTNER_RIGHT", "partner"))


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


def _member_of(doc: Doc, cue, end: int) -> bool:
    """Return whether "A ingår i B" names a body B: membership of B, not participation."""
    if _text(doc, cue).lower() not in ("ingår", "ingår i"):
        return False
    after = cue[1] if cue[0] >= end else end  # "I dag ingår A i B"
    if doc[after - 1].lower_ == "i":
        return after < len(doc) and doc[after].ent_iob_ == "B"
    return after + 1 < len(doc) and doc[after].lower_ == "i" and doc[after + 1].ent_iob_ == "B"


def _both(doc: Doc, sent: Span, end: int, cues: list) -> bool:
    """Return whether "A och B ..., och deltar båda kommunerna" says both take part."""
    for c in cues:
        if c[2] == "PARTNER_RIGHT" and end <= c[0] and c[1] < sent.end \
                and doc[c[1]].lower_ in _ALL_OF_THEM:
            return not any(n[2] == "NEG" and end <= n[0] and n[1] <= c[0] for n in cues)
    return False


_ALL_OF_THEM = frozenset({"båda", "bägge", "samtliga", "alla"})


def _inverted(doc: Doc, cue, start: int) -> bool:
    """Return whether a verb cue left of the names has them as subject or "med" object.

    Swedish puts the verb first after an adverbial ("I projektet ingår även A"); only adverbs
    may then stand between. "Samverkar/samarbetar ... med A" takes A after "med".
    """
    gap = doc[cue[1]:start]
    if all(t.lower_ in INVERSION_WORDS or t.is_space for t in gap):
        return True
    return (doc[cue[0]].lower_ in WITH_VERBS and len(gap) <= 5 and gap[-1].lower_ == "med"
            and not any(t.is_punct for t in gap))


def _list_header(doc: Doc, first: Span, cues: list) -> tuple[str, str, float] | None:
    """Return the role a list's header line gives an item starting a line under it, or None.

    "Samverkanspartners i projektet är:" followed by lines "- A", "B, som bidrar med ..."
    makes every item a partner, however far down the list it stands.
    """
    text = doc.text
    line_start = text.rfind("\n", 0, first.start_char) + 1
    if line_start == 0 or text[line_start:first.start_char].strip() not in _BULLET_PREFIXES:
        return None
    end = line_start - 1
    for _ in range(30):
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if not line:
            return None  # a blank line ends the list
        if line.endswith(":"):
            inside = [c for c in cues if begin <= doc[c[0]].idx < end]
            for kind, role in _HEADER_ROLES:
                cue = next((c for c in inside if c[2] == kind), None)
                if cue is not None:
                    return role, _text(doc, cue), 0.8
            return None
        if begin == 0 or (line.endswith((".", "!", "?")) and line[:1] not in _BULLETS):
            return None
        end = begin - 1
    return None


_BULLET_PREFIXES = {"", *"-*•–·"}


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
