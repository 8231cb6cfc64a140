"""Savings-bank foundations, named by "Sparbanksstiftelsen" and a name.

The foundations that own Swedish savings banks give money to local associations and projects,
and the news names them by a shape no list holds: "Sparbanksstiftelsen Färs & Frosta",
"Sparbanksstiftelsen 1826", "Sparbanksstiftelsen Finn". The name goes on over capitalised words,
a year and "& Name". A foundation grants (role_cues.py's GRANTOR_PREFIXES). The banks
themselves ("Sparbanken Skåne", "Sala Sparbank") are not read: their officers' quotes make
them partners where the development passages have them funders or only named.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from esfgraph.extract.organisations.resolve import org_from_shape
from esfgraph.extract.partners.span_data import org_span
from esfgraph.extract.partners.word_hits import word_hits

__all__ = ["SAVINGS_WORDS", "savings_bank_spans"]

SAVINGS_WORDS = frozenset({"sparbanksstiftelsen"})
_STEMS = ("Sparbanksstiftelsen",)
_WORDS = re.compile(r"Sparbanksstiftelsen(?![\w-])")
_MAX_NAME = 4  # tokens of a foundation's name after its head word


def _name_word(t: Token) -> bool:
    return (t.is_title and t.is_alpha) or (len(t.text) == 4 and t.text.isdigit())  # "1826"


def savings_bank_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the savings-bank foundations as ORGs where no longer span holds them."""
    out = []
    for t in word_hits(doc, _STEMS, _WORDS):
        i, n = t.i, len(doc)
        end = i + 1
        while end < n and end - i <= _MAX_NAME and (
                _name_word(doc[end]) and not doc[end].is_sent_start
                or doc[end].text == "&" and end + 1 < n and _name_word(doc[end + 1])):
            end += 1
        if end - i < 2 or any(s.start < end and i < s.end and (s.start < i or s.end > end) for s in spans):
            continue
        out.append(org_span(doc, i, end, org_from_shape(doc[i:end].text), "pattern:savings-bank"))
    return out
