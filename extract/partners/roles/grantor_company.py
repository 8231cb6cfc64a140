"""The bodies a grantor works with: "Tillväxtverket, tillsammans med A och B, sammanställer ...",
"Utlysningen är ett samarbete mellan Vinnova, Formas och A"; and the bodies that take part in a
grantor: "A ingår i två Leaderområden", "A ansvarar för Strukturfondspartnerskapets sekretariat",
"medel ur Strukturfondspartnerskapet, där A medverkar"; and a region that gives a sum: "Region
Dalarna bidrar med cirka 1,5 miljoner kronor" (regional development money: the region grants).

A grant-giving agency names the bodies it works with in the same words a project uses for its
partners, and a body that sits in a grantor's partnership or Leader area takes part in the
grantor's work. Next to the grantor the words tell of that work (a call, a programme, the
choice of projects), not of a project's: the bodies stay mentioned.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from esfgraph.extract.partners.base.role_cues import grants
from esfgraph.extract.partners.base.span_data import get

__all__ = ["grantor_company", "in_grantor", "regional_grant"]

# Grant-giving bodies by kind, as a verb's complement names them ("i två Leaderområden").
_GRANTOR_WORDS = re.compile(r"strukturfondspartnerskap|\bleader|lokala aktionsgrupp|"
                            r"övervakningskommitté", re.I)
_REACH = 12  # tokens after the verb in which its complement is read
# Words of a project or its money before the grantor: the verb speaks of the project.
_OWN_WORK = frozenset({"satsning", "satsningen", "förstudie", "förstudien", "insats", "insatsen",
                       "stöd", "medel", "pengar", "bidrag", "finansiering", "finansieras", "finansierad"})


def grantor_company(doc: Doc, cue, start: int, end: int) -> bool:
    """Return whether a partner cue before the names is a grantor's: the body right before
    "tillsammans med" grants money (and is no object of a preposition), or one of the names
    after "mellan" does."""
    if cue.end > start:
        return False
    if doc[cue.end - 1].lower_ == "mellan":
        # "Projektet är ett samarbete mellan Vinnova och A": a project of theirs.
        opening = doc[max(0, cue.start - _REACH):cue.start]
        return not any("projekt" in t.lower_ or t.lower_ in _OWN_WORK for t in opening) \
            and any(grants(get(e, "esf_org")) for e in doc[start:end].ents)
    k = cue.start - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].ent_iob_ == "O":
        return False
    first = k
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    # "drivs med pengar från ESF-rådet, i samarbete med A": the grantor pays, A works with
    # the project.
    return (first == 0 or doc[first - 1].lower_ not in _AFTER_PREPOSITION) \
        and grants(get(doc[first:k + 1], "esf_org"))


_AFTER_PREPOSITION = frozenset({"från", "av", "med", "till", "hos", "via", "genom", "ur", "för"})


def in_grantor(doc: Doc, cue, start: int, end: int) -> bool:
    """Return whether the names' own participation verb ("ingår", "medverkar", "ansvarar för")
    has a grantor for its complement, or the names follow ", där" after a grantor."""
    if cue.start < end:
        return False
    if start >= 2 and doc[start - 1].lower_ == "där" and doc[start - 2].text == ",":
        return _GRANTOR_WORDS.search(doc[max(0, start - 5):start - 2].text) is not None
    after = []
    for token in doc[cue.end:cue.end + _REACH]:
        if token.text in (".", ";", "!", "?") or "projekt" in token.lower_ or token.lower_ in _OWN_WORK:
            break  # "A deltar i en satsning med stöd från Leader X": A's own project
        after.append(token.text)
    return _GRANTOR_WORDS.search(" ".join(after)) is not None


# "bidrar med cirka 1,5 miljoner kronor", "bidrar med 265 tusen kronor", "bidrar X med 1 miljon"
_SUM = re.compile(r"^bidrar\b[^.;!?\n]{0,60}?\bmed\s+(?:\w+\s+){0,2}?\d[\d\s.,]*\s*(?:tusen\s+)?"
                  r"(?:kr\b|kronor|miljon|miljoner|mkr|mnkr|tkr|sek\b|eur\b|euro)", re.I)


# The money a region's or a samordningsförbund's partner verb gives: "A medverkar med
# projektmedel", "A ansvarar för att finansiera insatser", "De pengar som A bidrar med".
_GIVES = re.compile(r"^\S+(?:\s+för)?\s+(?:med\s+(?:\w+\s+)?(?:projektmedel|medel|pengar)\b|att\s+(?:med)?finansiera\b)",
                    re.I)
_MONEY_THAT = re.compile(r"\b(?:pengar|pengarna|medel|medlen)\s+som\s*$", re.I)
_GRANTING_KINDS = frozenset({"region", "coordination_association"})


def regional_grant(doc: Doc, cue, start: int, end: int) -> bool:
    """Return whether the names are regions whose verb "bidrar" gives a sum of money ("Region
    Dalarna bidrar med 1,5 miljoner kronor", "Förutom Region X bidrar A med 1 miljon"): the
    region grants it, as a municipality's "bidrar med medel" does not; or regions or
    samordningsförbund whose partner verb gives money (_GIVES, _MONEY_THAT)."""
    if cue.start < end:
        return False
    orgs = [get(e, "esf_org") for e in doc[start:end].ents]
    if not orgs or any(o is None or o.type not in _GRANTING_KINDS for o in orgs):
        return False
    text = doc[cue.start:min(len(doc), cue.start + 16)].text
    if _GIVES.match(text) is not None or _MONEY_THAT.search(doc[max(0, start - 3):start].text):
        return True
    return doc[cue.start].lower_ == "bidrar" and all(o.type == "region" for o in orgs) \
        and _SUM.match(text) is not None
