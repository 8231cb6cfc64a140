"""Rural development councils and village associations, named by a place and their kind.

Grant lists and Leader reports name the countryside's own bodies by a place or village and a
lower-case kind no pattern knows: "Valsjöbyns byalag", "Fårö bygderåd", "Hammarland Torps
byalag"; and the county's and municipalities' rural councils by their office and area:
"Länsbygderådet i Blekinge", "Kommunbygderådet i Karlshamn", "Länsbygderådet X-Ing i
Gävleborg", "Länsbygderådets projekt" (the text's own council).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.resolve import org_from_shape
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.base.word_hits import word_hits
from esfgraph.extract.partners.names.name_shapes import NOT_NAME

__all__ = ["RURAL_WORDS", "rural_spans"]

_KINDS = frozenset({"byalag", "bygderåd", "byaråd", "sockenråd"})
_COUNCILS = frozenset({"Länsbygderådet", "Kommunbygderådet", "Länsbygderådets", "Kommunbygderådets"})
RURAL_WORDS = _KINDS | frozenset(w.lower() for w in _COUNCILS)
_STEMS = ("byalag", "bygderåd", "byaråd", "sockenråd")
_WORDS = re.compile(r"(?:byalag|bygderåd(?:ets?)?|byaråd|sockenråd)(?![\w-])")
_QUOTES = frozenset({'"', "”", "“", "'", "’", "«", "»"})
_MAX_PLACE = 2  # capitalised words of a village's or council's name


def rural_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the village associations and rural councils as ORGs where no longer span holds them."""
    out = []
    for t in word_hits(doc, _STEMS, _WORDS):
        i = t.i
        if t.lower_ in _KINDS and t.is_lower:
            start = i
            while start > 0 and i - start < _MAX_PLACE and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 1].lower_ not in NOT_NAME:
                start -= 1
            if start == i or start > 0 and doc[start - 1].text in _QUOTES:
                continue  # "”Toppa Torps byalag”, Torps byalag": a project's title in quotes
            end, name = i + 1, doc[start:i + 1].text
        elif t.text in _COUNCILS:
            start, end = i, i + 1
            if not t.text.endswith("s"):
                while end < len(doc) and end - i <= _MAX_PLACE and doc[end].text[:1].isupper() \
                        and not doc[end].is_sent_start and doc[end].lower_ not in NOT_NAME:
                    end += 1  # "Länsbygderådet X-Ing"
                if end + 1 < len(doc) and doc[end].lower_ == "i" and doc[end + 1].is_title:
                    end += 2  # "Kommunbygderådet i Karlshamn"
            name = doc[start:end].text if end > i + 1 else t.text.rstrip("s")
        else:
            continue
        if any(s.start < end and start < s.end and (s.start < start or s.end > end) for s in spans):
            continue
        out.append(org_span(doc, start, end, org_from_shape(name), "pattern:rural"))
    return out
