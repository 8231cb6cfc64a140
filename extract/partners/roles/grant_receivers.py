"""Who receives in a sentence of receiving: a grant sentence whose receiving verb has a pronoun
subject ("vi får", "får vi", "Vi fick") and names no sum of money gives nothing to the bodies
it names.

Measured on the development parts (docs/extraction-rounds.md, round 27): "Genom A får vi tillgång till
expertkunskap", "genom det nya nätverket får vi bättre kontakter", "Vi fick över 80
ansökningar, säger B, samordnare på A", "Det har varit A:s önskan länge ... och nu får vi medel
till att göra det": A is the way, the speaker's employer or a wish's owner, never the
recipient. With a sum ("Vi får 2 miljoner kronor, säger B på A") the speaker's body may be it,
so such sentences keep their grant reading.

default_reading asks pronoun_receives before its grant-sentence reading.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from esfgraph.extract.partners.base.sentence_kinds import MONEY

__all__ = ["pronoun_receives"]

_PRONOUN_GETS = re.compile(r"\b(?:vi|jag|ni)\s+(?:har\s+|hade\s+)?(?:får|fick|fått)\b|"
                           r"\b(?:får|fick|fått)\s+(?:vi|jag|ni)\b", re.I)
_SUMS = re.compile(r"\b(?:miljoner|miljarder)\b", re.I)


def pronoun_receives(sent: Span) -> bool:
    """Return whether the sentence's receiving verb has a first- or second-person pronoun
    subject and the sentence names no sum of money."""
    text = sent.text
    if _PRONOUN_GETS.search(text) is None:
        return False
    return MONEY.search(text) is None and _SUMS.search(text) is None
