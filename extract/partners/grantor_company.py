"""The bodies a grantor works with: "Tillväxtverket, tillsammans med A och B, sammanställer ...",
"Utlysningen är ett samarbete mellan Vinnova, Formas och A".

A grant-giving agency names the bodies it works with in the same words a project uses for its
partners. Next to the grantor the words tell of the grantor's own work (a call, a programme, a
report), not of a project's: the bodies stay mentioned.
"""

from __future__ import annotations

from spacy.tokens import Doc

from esfgraph.extract.partners.role_cues import grants
from esfgraph.extract.partners.span_data import get

__all__ = ["grantor_company"]


def grantor_company(doc: Doc, cue, start: int, end: int) -> bool:
    """Return whether a partner cue before the names is a grantor's: the body right before
    "tillsammans med" grants money (and is no object of a preposition), or one of the names
    after "mellan" does."""
    if cue.end > start:
        return False
    if doc[cue.end - 1].lower_ == "mellan":
        return any(grants(get(e, "esf_org")) for e in doc[start:end].ents)
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
