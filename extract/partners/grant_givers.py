"""Bodies that a grant sentence names as the givers of its money, by the words around them.

A grant sentence's default reading makes its names the recipients ("A får 50 000 kronor").
Some sentences name the giver in the same sentence without an allocating verb of
sentence_kinds.py (examples ours): "Ekbyfonden var huvudfinansiär för projektet", "styrelsen
för stiftelsen Ekby minnesfond, har möjlighet att finansiera 90 000 kronor av bidraget",
'Museet har fått 5 000 euro från "Stiftelsen Norrsken"', "Ekbyförbundets (EF) stöd till
föreningar": the body pays, the genitive's bracket or the quotes hide what the other readings
see. A co-financer ("Ekby kommun var medfinansiär") takes part and is not among them.

Measured on new, unannotated text (round 31 audit, LOG.md) and the development parts.
default_reading asks gives_money before its grant-sentence reading.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.tokenizer import doc_text

__all__ = ["gives_money"]

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


def gives_money(doc: Doc, group: list[Span], sent: Span) -> bool:
    """Return whether the sentence names the group as the giver of money, not its recipient."""
    text = doc_text(doc)
    first, last = group[0], group[-1]
    after = text[last.end_char:min(sent.end_char, last.end_char + 60)]
    if _FUNDS_AFTER.match(after) is not None:
        return True
    if _FROM_QUOTED.search(text[max(sent.start_char, first.start_char - 10):first.start_char]):
        return True
    return last.text.endswith("s") and _GENITIVE_BRACKET.match(after) is not None
