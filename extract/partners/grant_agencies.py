"""State agencies that hand out grants: in a grant sentence such an agency is the giver unless
the sentence makes it receive.

Measured on new, unannotated text (round 28 audit, LOG.md) and the development parts, in
sentences such as (examples ours) "Boverket har nu valt ut vilka 40 projekt som får dela på
stödet", "Av 200 ansökningar har Naturvårdsverket beviljat 35", "finansiering kan sökas via
till exempel regionen eller Boverket", "Jordbruksverket har gett besked att projektet får gå
vidare": the agency grants, chooses or is named as a source, never the recipient. An agency
that receives keeps its reading ("Naturvårdsverket får 50 miljoner kronor", "beviljades
Boverket medel"). Agencies that also run projects themselves (Arbetsförmedlingen,
Försäkringskassan, the county boards) are not among them.

default_reading asks agency_gives before its grant-sentence reading.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.span_data import get
from esfgraph.extract.partners.tokenizer import doc_text

__all__ = ["GRANT_AGENCIES", "agency_gives"]

# Canonical names (gazetteer) of state agencies whose part in project texts is to grant.
GRANT_AGENCIES = frozenset({
    "Statens energimyndighet", "Riksantikvarieämbetet", "Jordbruksverket", "Boverket",
    "Naturvårdsverket", "Havs- och vattenmyndigheten", "Kammarkollegiet", "Konstnärsnämnden",
    "Myndigheten för ungdoms- och civilsamhällesfrågor", "Post- och telestyrelsen",
    "Folkhälsomyndigheten",
})

# The agency receives: a receiving verb right after it ("A får", "A har tillsammans fått",
# "A har beviljats") or a granting verb or "till/åt" right before it ("beviljades A", "till A").
_RECEIVES_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}(?:får|fick|fått|beviljas|beviljades|beviljats|"
                             r"tilldelas|tilldelades|tilldelats|erhåller|erhöll|erhållit)\b", re.I)
_RECEIVES_BEFORE = re.compile(r"\b(?:till|åt|beviljas|beviljades|beviljats|tilldelas|tilldelades|"
                              r"tilldelats|ger|gav)\s*\W*$", re.I)


def agency_gives(doc: Doc, group: list[Span], sent: Span) -> bool:
    """Return whether the names are all grant-giving state agencies that the sentence does not
    make receive."""
    if not all((org := get(s, "esf_org")) is not None and org.name in GRANT_AGENCIES
               for s in group):
        return False
    text = doc_text(doc)
    first, last = group[0], group[-1]
    after = text[last.end_char:min(sent.end_char, last.end_char + 40)]
    before = text[max(sent.start_char, first.start_char - 25):first.start_char]
    return _RECEIVES_AFTER.match(after) is None and _RECEIVES_BEFORE.search(before) is None
