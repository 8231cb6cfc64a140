"""The spaCy component `esf_roles`: who takes part, who pays, who is named.

`esf_roles` reads each organisation span's sentence the way an analyst would: the nearest cue
("tillsammans med", "samverkansparter", "stöd från", "som projektägare", "enligt") decides the
role of the span and of every name coordinated with it ("A, B och C"). An item of a list takes
the role its header line gives ("Samverkansparter:" over lines "- A", "- B"). A wrong partner is
worse than a missing one, so a name without a cue is only "mentioned". The constructions that
move a cue's reach (past tense, inverted order, relative clauses, colons) are in cue_reach.py;
every confidence and reach is in weights.py.
"""

from __future__ import annotations

import math
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.role_cues import (
    CUES,
    PAST_OWNER_VERBS,
    PLACE_PREPOSITIONS,
    SELF_CUES,
    Cue,
    Reading,
    grants,
)
from esfgraph.extract.partners.base.sentence_kinds import (
    event_or_study,
    is_grantor,
    past_owner,
    projects_at_large,
)
from esfgraph.extract.partners.base.sentences import SentenceIndex
from esfgraph.extract.partners.base.span_data import get, put
from esfgraph.extract.partners.names.coordinated import coordinated_groups, is_person
from esfgraph.extract.partners.roles.cue_reach import (
    OBJECT_PREPOSITIONS,
    after_staff_noun,
    all_of_them,
    co_agent_cues,
    inverted,
    inverted_owner,
    member_of,
    negated_relative,
    past_cue,
    project_contributions,
    refusal_cue,
    relative_clause_cue,
    role_noun_after,
)
from esfgraph.extract.partners.roles.default_role import (
    default_reading,
    existential_header,
    in_project_title,
    names_a_place_use,
)
from esfgraph.extract.partners.roles.grant_apparatus import grant_apparatus
from esfgraph.extract.partners.roles.grantor_company import grantor_company, in_grantor, regional_grant
from esfgraph.extract.partners.roles.headers import colon_header, label_line_reading, list_header
from esfgraph.extract.partners.roles.leader_partners import leader_owner, leader_partner
from esfgraph.extract.partners.roles.members import federation_members
from esfgraph.extract.partners.roles.owned_things import owns_no_project
from esfgraph.extract.partners.roles.owner_reach import beyond_owner_reach

__all__ = ["RoleAssigner", "make_role_assigner"]

for _attr in ("esf_role", "esf_cue", "esf_confidence"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)


@Language.factory("esf_roles", default_config={"max_left": W.MAX_LEFT, "max_right": W.MAX_RIGHT})
def make_role_assigner(nlp: Language, name: str, max_left: int, max_right: int) -> "RoleAssigner":
    """Build the role assigner; cues further than max_left/max_right tokens are ignored."""
    return RoleAssigner(nlp, name, max_left=max_left, max_right=max_right)


class RoleAssigner:
    """Sets `span._.esf_role`, `esf_cue` and `esf_confidence` on every entity; owns its cue matcher."""

    def __init__(self, nlp: Language, name: str = "esf_roles", *, max_left: int = W.MAX_LEFT,
                 max_right: int = W.MAX_RIGHT):
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
            doc, sorted(Cue(start, end, strings[k]) for k, start, end in self.matcher(doc)))
        ents = list(doc.ents)
        sents = SentenceIndex(doc)
        places = []
        for group in coordinated_groups(doc, ents, sents):
            role, cue, confidence = self._decide(doc, group, cues, ents, sents.of(group[0]))
            if in_project_title(doc, group) or (role == "mentioned"
                                                and names_a_place_use(doc, group)):
                places.extend(group)  # "i Ale kommun": a place; dropped below
                continue
            for span in group:
                # A body that grants money is no participant, whatever its neighbours are.
                if role in ("owner", "partner") and grants(get(span, "esf_org")) and not leader_partner(
                        doc, [span], role, cue):
                    put(span, "esf_role", "funder" if cue and _CO_FINANCING.search(cue) else "mentioned")
                else:
                    put(span, "esf_role", leader_owner(span) or role)  # "Projektägare⏎Leader A"
                put(span, "esf_cue", cue)
                rule = get(span, "esf_rule")
                put(span, "esf_confidence", round(confidence * (
                    1.0 if rule and rule.startswith("gazetteer") else W.SHAPE_FACTOR), 2))
        if places:  # kept aside: a council named alone still belongs to the place's body
            doc.ents = [e for e in ents if e not in places]
            doc.spans["esf_places"] = places
        return doc

    def _decide(self, doc: Doc, group: list[Span], cues: list[Cue], ents: list[Span],
                sent: Span) -> Reading:
        first, last = group[0], group[-1]
        start, end = first.start, last.end
        # Past-tense verbs reach further than the nearest cue; past_cue reads them apart.
        near = [c for c in cues if c.kind != "PAST"]
        left = [c for c in near
                if sent.start <= c.start and c.end <= start and start - c.end <= self.max_left]
        right = [c for c in near
                 if c.start >= end and c.end <= sent.end and c.start - end <= self.max_right]
        funder_org = all(grants(get(s, "esf_org")) for s in group)
        negs = [c for c in left + right if c.kind == "NEG"]
        # The nearest cue on each side; a negation between a cue and the names cancels it.
        # Of overlapping cues the longer one speaks: "ägs och drivs av" over "drivs av".
        near_left = max(left, key=lambda c: (c.end, c.end - c.start)) if left else None
        near_right = min(right, key=lambda c: (c.start, c.start - c.end)) if right else None
        # "A har tackat nej, men B deltar": "men" ends the negation's reach.
        if near_left and near_left.kind == "NEG" and start - near_left.end <= W.NEGATION_REACH and not any(
                t.lower_ in ("men", "medan") for t in doc[near_left.end:start]):
            return Reading("mentioned", _text(doc, near_left), W.NEGATED)
        # "samverkan med Anna Ek från Ekby Stadsmission": the cue is the person's.
        if start >= 3 and is_person(doc, start - 3, start - 1):
            return Reading("mentioned", None, W.AFFILIATION)
        if federation_members(doc, group, sent):
            return Reading("mentioned", None, W.MEMBERS)
        owner = _owner_cue(doc, (near_left, near_right), start, end, negs)
        # A grantor is an owner only right beside the cue: "från ESF-rådet med A som
        # projektägare" names A.
        if owner is not None and not ((funder_org or beyond_owner_reach(doc, group, sent))
                                      and _distance(owner, start, end) > 1):
            return Reading("owner", _text(doc, owner), W.OWNER_CUE)
        if inverted_owner(doc, start, end):
            return Reading("owner", doc[start - 1].text, W.OWNER_INVERTED)
        past = past_cue(doc, sent, start, end, cues) or refusal_cue(doc, sent, end, cues)
        if past is not None:
            if _text(doc, past).lower() in PAST_OWNER_VERBS and past_owner(doc, sent):
                return Reading("owner", _text(doc, past), W.PAST_OWNER)
            return Reading("mentioned", _text(doc, past), W.PAST)
        # "Region Halland står för medfinansieringen och Halmstads kommun deltar": a verb right
        # after the names is theirs, whatever cue stands further left.
        subject = bool(right) and right[0].kind == "PARTNER_RIGHT" and right[0].start - end <= 1
        funders = [] if subject else _left_funders(left)
        funders += [c for c in right[:1] if c.kind in _FUNDER_RIGHT]
        if not funders and funder_org:
            funders = [c for c in left[::-1] + right if c.kind in _FUNDER_LEFT | _FUNDER_RIGHT]
        if funders:
            cue = _text(doc, funders[0])
            if not funder_org and not projects_at_large(doc, group, sent) and (  # regional money
                    any(c.kind == "CO_FINANCING" for c in funders) or _FINANCING_MIX.search(sent.text)
                    or (_CO_FINANCING.search(cue) and not is_grantor(doc, group, sent, False))):
                return Reading("partner", cue, W.CO_FINANCIER)  # co-financiers take part
            return Reading("funder", cue, W.FUNDER_CUE)
        if funder_org and not (leader_partner(doc, group)  # Leader groups cooperating: partners
                               and self._partner(doc, left, [], negs, start, end)):
            return Reading("mentioned", None, W.FUNDER_MENTIONED)
        negated = negated_relative(doc, right, end)
        if negated is not None:
            return Reading("mentioned", _text(doc, negated), W.NEGATED)
        partner = self._partner(doc, left, right, negs, start, end)
        if partner is not None:
            if event_or_study(doc, sent):
                return Reading("mentioned", partner.cue, W.EVENT)
            return partner
        if len(group) > 1 and all_of_them(doc, sent, end, cues):
            return Reading("partner", "båda", W.ALL_OF_THEM)
        header = list_header(doc, first, cues) or colon_header(doc, start, sent, cues) \
            or existential_header(doc, start, sent, cues) or label_line_reading(doc, first, sent)
        if header is not None:
            return header
        return default_reading(doc, group, ents, sent) or Reading("mentioned", None, W.NO_CUE)

    @staticmethod
    def _partner(doc: Doc, left: list, right: list, negs: list, start: int, end: int):
        """Return the reading of the nearest partner cue, or None without one."""
        candidates = [c for c in left if c.kind in ("PARTNER", "PARTNER_BOTH")
                      or (c.kind == "PARTNER_RIGHT" and inverted(doc, c, start))
                      or (c.kind == "PARTNER_NEXT" and c.end == start)]
        # A verb after names in a prepositional phrase has another subject ("Deltagarna är
        # inskrivna hos Arbetsförmedlingen och deltar"), unless that subject is the body's
        # people ("Forskare vid A ansvarar för utvärderingen").
        if start == 0 or doc[start - 1].lower_ not in OBJECT_PREPOSITIONS \
                or after_staff_noun(doc, start):
            candidates += [c for c in right if c.kind == "PARTNER_RIGHT"
                           or (c.kind == "PARTNER_BOTH" and role_noun_after(doc, c))]
        else:
            candidates += relative_clause_cue(doc, right, end)
        if start == 0 or doc[start - 1].lower_ not in OBJECT_PREPOSITIONS | PLACE_PREPOSITIONS:
            candidates += co_agent_cues(doc, right, end)
        candidates.sort(key=lambda c: _distance(c, start, end))
        for cue in candidates:
            if member_of(doc, cue, start, end):
                continue
            if grantor_company(doc, cue, start, end) or in_grantor(doc, cue, start, end):
                return Reading("mentioned", _text(doc, cue), W.GRANTOR_COMPANY)
            if regional_grant(doc, cue, start, end) or grant_apparatus(doc, cue, start, end):
                return Reading("funder", _text(doc, cue), W.FUNDER_CUE)
            lo, hi = (cue.end, start) if cue.end <= start else (end, cue.start)
            # A negation between the cue and the names, just before the cue ("vårt tidigare
            # samarbete med", "söka samarbete med"), on it or right after it ("deltar inte")
            # cancels it; after it only a negator does ("bidrar med kontakter med" does not).
            if any(lo <= n.start and n.end <= hi or cue.start - 2 <= n.end and n.start <= cue.end + 1
                   and (n.start < cue.end or doc[n.start].lower_ in _NEGATORS) for n in negs):
                return Reading("mentioned", _text(doc, cue), W.CANCELLED_CUE)
            if cue.end <= start and _is_place(doc, start) and _distance(cue, start, end) > W.PLACE_REACH:
                return Reading("mentioned", _text(doc, cue), W.PLACE)
            near = _distance(cue, start, end)
            confidence = (W.PARTNER_NEAR if near <= W.PARTNER_NEAR_REACH else
                          W.PARTNER_MID if near <= W.PARTNER_MID_REACH else W.PARTNER_FAR)
            return Reading("partner", _text(doc, cue), confidence)
        return None


# Co-financing: "medfinansiär", "övriga finansiärer", "medfinansierar", "medfinansieras av".
_CO_FINANCING = re.compile(r"finansiär|medfinansier(?:a|ar|as|ade|ades|ing|ingen)\b", re.I)
# A sentence that lists what the project's money is made of: "Finansieringen består av
# projektstöd, medel från LAG, medel från A och egen finansiering" (A co-finances; LAG grants).
_FINANCING_MIX = re.compile(r"\bfinansieringen\s+(?:består|utgörs|kommer)\b", re.I)
_FUNDER_LEFT = frozenset({"FUNDER", "FUNDER_BOTH", "CO_FINANCING"})
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
        if cue.kind in _FUNDER_LEFT:
            out.append(cue)
        elif cue.kind != "NEG":
            break
    return out


def _owner_cue(doc: Doc, near: tuple, start: int, end: int, negs: list):
    """Return the owner cue next to the names ("A är projektägare", "Vi på A"), or None."""
    partner = min((_distance(c, start, end) for c in near if c and c.kind.startswith("PARTNER")),
                  default=math.inf)
    for cue in near:
        # "drivs av A och B, med A som projektägare": the nearer partner cue is B's.
        if cue is None or cue.kind not in _OWNER_KINDS or not _distance(cue, start, end) <= min(W.OWNER_CUE_REACH, partner):
            continue
        reach = _ONE_SIDED.get(cue.kind)
        if reach is not None and (_distance(cue, start, end) > reach or (
                cue.end > start if cue.kind == "OWNER_LEFT" else cue.start < end)):
            continue  # a cue of one side only, right beside the names
        if _text(doc, cue).lower() in SELF_CUES and _distance(cue, start, end) > 0:
            continue  # "samverkar vi i stället med A" is no "Vi i A"
        lo, hi = (cue.end, start) if cue.end <= start else (end, cue.start)
        if any(lo <= n.start and n.end <= hi for n in negs):
            continue
        if owns_no_project(doc, cue.start, _text(doc, cue)):
            continue  # "X, som ägs av länets kommuner och A", "ett bolag som ägs av A": no project's
        return cue
    return None


_OWNER_KINDS = frozenset({"OWNER", "OWNER_LEFT", "OWNER_RIGHT"})
# How far a one-sided owner cue reaches: "ansökan från A"; "A har tillsammans sökt medel".
_ONE_SIDED = {"OWNER_LEFT": 1, "OWNER_RIGHT": 3}


def _distance(cue, start: int, end: int) -> int:
    return start - cue.end if cue.end <= start else cue.start - end


def _text(doc: Doc, cue) -> str:
    return doc[cue.start:cue.end].text


def _is_place(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS

