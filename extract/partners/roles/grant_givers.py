"""Bodies that a grant sentence names as the givers of its money, not its recipients.

A grant sentence's default reading makes its names the recipients ("A får 50 000 kronor").
Some sentences name the giver in the same sentence without an allocating verb of
sentence_kinds.py. Two kinds, each measured on new, unannotated text and the development parts
(docs/extraction-rounds.md, rounds 28 and 31); the examples are ours:

- a state agency whose part in project texts is to grant, unless the sentence makes it receive:
  "Boverket har nu valt ut vilka 40 projekt som får dela på stödet", "Av 200 ansökningar har
  Naturvårdsverket beviljat 35", "finansiering kan sökas via till exempel regionen eller
  Boverket", "Jordbruksverket har gett besked att projektet får gå vidare"; an agency that
  receives keeps its reading ("Naturvårdsverket får 50 miljoner kronor", "beviljades Boverket
  medel"). Agencies that also run projects themselves (Arbetsförmedlingen, Försäkringskassan,
  the county boards) are not among them;
- any body the words around it make the payer: "Ekbyfonden var huvudfinansiär för projektet",
  "styrelsen för stiftelsen Ekby minnesfond, har möjlighet att finansiera 90 000 kronor av
  bidraget", 'Museet har fått 5 000 euro från "Stiftelsen Norrsken"', "Ekbyförbundets (EF) stöd
  till föreningar". A co-financer ("Ekby kommun var medfinansiär") takes part and is not among
  them.

default_reading asks names_the_giver before its grant-sentence reading.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base.span_data import get
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["GRANT_AGENCIES", "names_the_giver"]

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
# "A var huvudfinansiär", "A är en betydande finansiär", "A, som ska finansiera", "A minnesfond,
# har möjlighet att finansiera": a funding predicate right after the name (one word may stand
# between, the rest of a cut name or "som").
_FUNDS_AFTER = re.compile(r"^\s*(?:[\wåäöÅÄÖ-]+,?\s+|,\s*)?(?:(?:var|är|blev|blir)\s+(?:[a-zåäö]+\s+){0,2}?"
                          r"(?:huvud)?finansiär(?:er|en|erna)?\b|(?:har\s+möjlighet\s+att|ska|skall|"
                          r"kommer\s+att|vill)\s+finansiera\b)")
# 'från "A"', 'från ”A”': the source of the money in quotes.
_FROM_QUOTED = re.compile(r"\bfrån\s+[\"”“']\s*$", re.I)
# "As (AB) stöd": a genitive before its bracketed short name and a noun.
_GENITIVE_BRACKET = re.compile(r"^\s*\([A-ZÅÄÖ][\wÅÄÖåäö-]{1,12}\)\s+[a-zåäö]")


def names_the_giver(doc: Doc, group: list[Span], sent: Span) -> bool:
    """Return whether the grant sentence names the group as the giver of money, not its
    recipient: grant-giving agencies it does not make receive, or bodies the words around
    them make the payer."""
    text = doc_text(doc)
    first, last = group[0], group[-1]
    after = text[last.end_char:min(sent.end_char, last.end_char + 60)]
    before = text[max(sent.start_char, first.start_char - 25):first.start_char]
    if all((org := get(s, "esf_org")) is not None and org.name in GRANT_AGENCIES for s in group):
        if _RECEIVES_AFTER.match(after[:40]) is None and _RECEIVES_BEFORE.search(before) is None:
            return True
    if _FUNDS_AFTER.match(after) is not None or _FROM_QUOTED.search(before[-10:]):
        return True
    return last.text.endswith("s") and _GENITIVE_BRACKET.match(after) is not None
