"""Bodies the texts name by their office or kind, no name of their own: the councils and
committees of municipalities and regions (councils.py), the museums, art halls, theatres and
libraries named by place and kind (culture_names.py) and the village associations and rural
councils (rural_names.py). The ruler adds them last; focus.py keeps the sentences that hold one
of their words. (Savings-bank foundations and structural-fund partnerships are name shapes:
name_shapes.py, body_shapes.py.)"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.names.body_shapes import is_anchor_word
from esfgraph.extract.partners.names.councils import COUNCIL_WORDS, council_spans
from esfgraph.extract.partners.names.culture_names import CULTURE_WORDS, culture_spans
from esfgraph.extract.partners.names.rural_names import RURAL_WORDS, rural_spans

__all__ = ["OFFICE_WORDS", "anchor_or_office", "office_spans"]

OFFICE_WORDS = COUNCIL_WORDS | CULTURE_WORDS | RURAL_WORDS


def anchor_or_office(lower: str) -> bool:
    """Return whether a word (lower case) is a shape pattern's anchor or an office's word."""
    return is_anchor_word(lower) or lower in OFFICE_WORDS


def office_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the councils, committees, cultural and rural bodies no other span holds."""
    found = council_spans(doc, spans)
    found += culture_spans(doc, spans + found)
    found += rural_spans(doc, spans + found)
    return found
