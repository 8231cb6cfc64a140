"""How far a cue reaches in a sentence: the checks `esf_roles` makes beyond the nearest cue.

A cue is a `Cue` (start, end, kind) of token offsets (role_cues.py). Each function here reads one Swedish
construction that moves a cue's reach: an earlier project told in the past tense, a subject
between verb and object in inverted order, a subject working "tillsammans med" a partner, a
a person noun before a preposition ("Forskare vid A"). A list's header: headers.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.role_cues import (
    CLAUSE_TURNS,
    CO_AGENT_CUES,
    INVERSION_WORDS,
    INVERTED_OWNER_VERBS,
    PLACE_PREPOSITIONS,
    PROJECT_ANCHORS,
    PROJECT_WORDS,
    REFUSALS,
    RELATIVE_CLAUSE_CUES,
    STAFF_NOUNS,
    WITH_VERBS,
    Cue,
)

__all__ = ["past_cue", "refusal_cue", "inverted_owner", "co_agent_cues",
           "after_staff_noun", "role_noun_after", "project_contributions", "relative_clause_cue",
           "negated_relative", "member_of", "all_of_them", "inverted", "OBJECT_PREPOSITIONS"]

OBJECT_PREPOSITIONS = frozenset({"hos", "vid", "till", "för", "åt", "mot", "om"})


def past_cue(doc: Doc, sent: Span, start: int, end: int, cues: list[Cue]):
    """Return the past-tense cue that makes the names part of an earlier project, or None.

    "Under 2017–2020 drev A projektet tillsammans med B": a PAST verb earlier in the sentence
    reaches every name after it unless the sentence turns to the present ("..., men nu deltar
    C", "A, som ledde förstudien, är projektägare och samverkar med C"). A PAST verb right
    after the names is theirs ("A deltog i förstudien").
    """
    for cue in cues:
        if cue.kind != "PAST" or cue.start < sent.start or cue.start >= sent.end:
            continue
        if cue.end <= start and not _turns(doc, cue.end, start, cues):
            return cue
        if end <= cue.start <= end + 1:
            return cue
    return None


def refusal_cue(doc: Doc, sent: Span, end: int, cues: list[Cue]):
    """Return the refusal that takes the names out of the project, or None.

    "Alvesta kommun var tänkt som samverkanspart men har avböjt att delta": a refusal later in
    the sentence is the names' own unless another name stands between ("A deltar, men B har
    tackat nej" refuses for B only).
    """
    for cue in cues:
        if cue.kind == "NEG" and end <= cue.start < sent.end and \
                doc[cue.start:cue.end].text.lower() in REFUSALS:
            if not any(t.ent_iob_ == "B" for t in doc[end:cue.start]):
                return cue
    return None


def _turns(doc: Doc, lo: int, hi: int, cues: list[Cue]) -> bool:
    """Return whether tokens lo..hi leave the past: a turn word or a present-tense role verb."""
    return any(t.lower_ in CLAUSE_TURNS for t in doc[lo:hi]) or any(
        lo <= c.start and c.end <= hi and c.kind in ("PARTNER_RIGHT", "OWNER") for c in cues)


def inverted_owner(doc: Doc, start: int, end: int) -> bool:
    """Return whether the names stand between an owner verb and its object.

    Swedish puts the verb before the subject after a fronted phrase: "Med medel från A driver
    B projektet" says B runs the project, as "B driver projektet" does.
    """
    return (start > 0 and end < len(doc) and doc[start - 1].lower_ in INVERTED_OWNER_VERBS
            and doc[end].lower_ in PROJECT_WORDS)


def co_agent_cues(doc: Doc, right: list[Cue], end: int, max_gap: int = W.CO_AGENT_GAP) -> list[Cue]:
    """Return "tillsammans med" cues just after the names that make them the co-working subject.

    "Botkyrka kommun vill därför, tillsammans med Huddinge kommun, pröva ..." and "där A och
    B tillsammans med C tar fram ..." name A and B as doing the work with C. Another name
    between the names and the cue takes the cue for itself.
    """
    out = []
    for cue in right:
        if cue.start - end > max_gap:
            break
        if doc[cue.start:cue.end].text.lower() in CO_AGENT_CUES and \
                not any(t.ent_iob_ == "B" for t in doc[end:cue.start]):
            out.append(cue)
    return out


def after_staff_noun(doc: Doc, start: int) -> bool:
    """Return whether the names follow a subject "<person noun> <preposition>" ("Forskare vid A").

    The person noun must open its clause ("Två handläggare från A deltar"), so that "Deltagarna
    träffar handläggare på A och deltar" keeps "Deltagarna" as the subject.
    """
    if start < 2 or doc[start - 1].lower_ not in _ALL_PREPOSITIONS \
            or doc[start - 2].lower_ not in STAFF_NOUNS:
        return False
    i = start - 3
    return i < 0 or doc[i].is_sent_end or doc[i].is_punct or doc[i].like_num \
        or doc[i].lower_ in _SUBJECT_OPENERS or doc[start - 2].is_sent_start


_ALL_PREPOSITIONS = OBJECT_PREPOSITIONS | PLACE_PREPOSITIONS
# Words that may open a subject noun phrase before a person noun ("Två forskare vid A").
_SUBJECT_OPENERS = frozenset({"två", "tre", "fyra", "flera", "några", "de", "även", "också",
                              "dessutom", "och"})


def role_noun_after(doc: Doc, cue) -> bool:
    """Return whether a role noun after the names is predicated of them.

    "A och B är samarbetspartners", "med B som samverkanspart" and "A är projektets partner"
    say so; "A är en viktig samverkanspart för kommunen" speaks of A in general.
    """
    before = doc[max(cue.start - 2, 0):cue.start]
    if len(before) and before[-1].lower_ in _PREDICATES:
        return True
    return len(before) == 2 and before[0].lower_ in _PREDICATES \
        and before[1].lower_ in _ROLE_DETERMINERS


_PREDICATES = frozenset({"är", "som", "blir", "utgör"})
_ROLE_DETERMINERS = frozenset({"projektets", "satsningens", "våra", "formella", "övriga", "nya"})


def project_contributions(doc: Doc, cues: list[Cue]) -> list:
    """Return the cues with each conditional cue made a PARTNER_RIGHT cue or dropped.

    A CONTRIBUTES verb stays only in a sentence about the project ("A erbjuder rådgivning till
    de deltagande företagen"; "A erbjuder arbetsmarknadsutbildningar" is background). A
    GENITIVE noun stays only right after a name in the genitive ("Ljusdals kommuns medverkan").
    """
    if not any(c.kind in ("CONTRIBUTES", "GENITIVE", "FUNDER") for c in cues):
        return cues
    out = []
    for c in cues:
        care = _care(doc, c) if c.kind == "FUNDER" else None
        if care is not None:
            # "med ett samordnat stöd från A och B": help given to people, no money; a
            # partner's cue in a sentence about the project ("förprojekteringen"), else
            # none, and none where people need it ("är i behov av stöd från A").
            if care == "need" or not any("projekt" in t.lower_ or t.lower_.startswith(
                    (*PROJECT_ANCHORS, "förstudie")) for t in doc[c.start].sent):
                continue
            c = c._replace(kind="PARTNER")
        elif c.kind == "CONTRIBUTES":
            if not any(t.lower_.startswith(PROJECT_ANCHORS) for t in doc[c.start].sent):
                continue
            c = c._replace(kind="PARTNER_RIGHT")
        elif c.kind == "GENITIVE":
            before = doc[c.start - 1] if c.start > 0 else None
            if before is None or before.ent_iob_ == "O" or not before.lower_.endswith("s"):
                continue
            c = c._replace(kind="PARTNER_RIGHT")
        out.append(c)
    return out


# Words before "stöd" that make it help to people, not money ("ett samordnat stöd från A"); a
# person noun after "stöd från" ("med stöd från handledare från A") makes the names the
# people's bodies; a need before it ("behöver stöd från A", "i behov av stöd") is the people's.
_CARE_QUALIFIERS = frozenset({"sammansatt", "samordnat", "samlat", "individuellt",
                              "individanpassat", "personligt", "praktiskt", "pedagogiskt",
                              "psykosocialt", "medicinskt", "professionellt"})
_CARE_PEOPLE = STAFF_NOUNS | {"delprojektledare", "projektledare", "coach", "psykolog",
                              "specialister", "mentorer", "studievägledare"}
_NEEDS = frozenset({"behov", "behöver", "behöva", "behövs", "behövde"})


def _care(doc: Doc, cue: Cue) -> str | None:
    """Return "need" or "help" for a funding cue whose "stöd" is no money, else None."""
    at = next((i for i in range(cue.start, cue.end) if doc[i].lower_ == "stöd"), None)
    if at is None:
        return None
    if any(t.lower_ in _NEEDS for t in doc[max(0, at - 4):at]):
        return "need"
    after = doc[cue.end].lower_ if cue.end < len(doc) else ""
    if (at > 0 and doc[at - 1].lower_ in _CARE_QUALIFIERS) or after in _CARE_PEOPLE:
        return "help"
    return None


def _relative_start(doc: Doc, end: int) -> int | None:
    """Return the index of "som" opening a relative clause right after the names, or None."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    return i if i < len(doc) and doc[i].lower_ == "som" else None


def negated_relative(doc: Doc, right: list[Cue], end: int):
    """Return the partner cue a relative clause after the names negates, or None.

    "Försäkringskassan, som dock ännu inte har bekräftat sitt deltagande" and "A och B, som
    inte deltar i projektet" take the names out, whatever cue stands before them.
    """
    i = _relative_start(doc, end)
    if i is None:
        return None
    negs = [c for c in right if c.kind == "NEG" and doc[c.start].lower_ in ("inte", "ej", "aldrig")]
    for cue in right:
        if cue.kind != "PARTNER_RIGHT" or any(t.text in (",", ".", ";") for t in doc[i:cue.start]):
            continue
        if any(i < n.start and n.end <= cue.start for n in negs):
            return cue
    return None


def relative_clause_cue(doc: Doc, right: list[Cue], end: int) -> list:
    """Return the strong partner cues in a relative clause right after the names.

    "Projektet har förankrats hos A och B, som alla har utsett kontaktpersoner till projektet":
    the clause after ", som" speaks of A and B, whatever preposition stands before them.
    """
    i = _relative_start(doc, end)
    if i is None:
        return []
    return [c for c in right if doc[c.start:c.end].text.lower() in RELATIVE_CLAUSE_CUES
            and not any(t.text in (",", ".") for t in doc[i:c.start])]


def member_of(doc: Doc, cue, start: int, end: int) -> bool:
    """Return whether "A ingår i B" names a body B, or "B, där A ingår" a group B that is not
    the project: membership of B, not participation."""
    if doc[cue.start:cue.end].text.lower() not in ("ingår", "ingår i"):
        return False
    if cue.start >= end and any(t.lower_ == "där" for t in doc[max(0, start - 3):start]):
        return not any(t.lower_ in PROJECT_WORDS for t in doc[max(0, start - 6):start])
    after = cue.end if cue.start >= end else end  # "I dag ingår A i B"
    if doc[after - 1].lower_ == "i":
        return after < len(doc) and doc[after].ent_iob_ == "B"
    return after + 1 < len(doc) and doc[after].lower_ == "i" and doc[after + 1].ent_iob_ == "B"


def all_of_them(doc: Doc, sent: Span, end: int, cues: list[Cue]) -> bool:
    """Return whether "A och B ..., och deltar båda kommunerna" says both take part."""
    for c in cues:
        if c.kind == "PARTNER_RIGHT" and end <= c.start and c.end < sent.end \
                and doc[c.end].lower_ in _ALL_OF_THEM:
            return not any(n.kind == "NEG" and end <= n.start and n.end <= c.start for n in cues)
    return False


_ALL_OF_THEM = frozenset({"båda", "bägge", "samtliga", "alla"})


def inverted(doc: Doc, cue, start: int) -> bool:
    """Return whether a verb cue left of the names has them as subject or "med" object.

    Swedish puts the verb first after an adverbial ("I projektet ingår även A"); only adverbs
    may then stand between. "Samverkar/samarbetar ... med A" takes A after "med".
    """
    gap = doc[cue.end:start]
    if all(t.lower_ in INVERSION_WORDS or t.is_space for t in gap):
        return True
    return (doc[cue.start].lower_ in WITH_VERBS and len(gap) <= 5 and gap[-1].lower_ == "med"
            and not any(t.is_punct for t in gap))
