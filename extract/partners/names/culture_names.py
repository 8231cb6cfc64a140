"""Museums, art halls, theatres and libraries named by their place and their kind.

Grant news of the arts councils and the regions name their partners by place and kind, a name no
list holds: "Dalarnas museum", "Örebro läns museum", "Malmö konstmuseum", "Botkyrka konsthall",
"Västmanlands teater", and in the other order "Teater Halland", "Scenkonst Västernorrland". The
place is one the gazetteer knows (a county, a province, a town), never a country ("Sveriges
största museum" names none). A town's library ("Malmö stadsbibliotek") is a unit of its
municipality; a plain "X bibliotek" is not read (at the head of a list of partners it made the
list's other names lose their role in a development passage).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.base.span_data import org_span, put
from esfgraph.extract.partners.base.word_hits import word_hits

__all__ = ["CULTURE_WORDS", "culture_spans"]

# Kinds named after their place ("Dalarnas museum"), with the genitive of each.
_AFTER = ("museum", "konstmuseum", "konsthall", "teater", "länsteater", "länsmuseum")
_LIBRARIES = ("stadsbibliotek",)
# Kinds named before their place ("Teater Halland").
_BEFORE = frozenset({"Teater", "Scenkonst", "Riksteatern", "Länsteatern"})
_HEADS = frozenset((*_AFTER, *_LIBRARIES))
CULTURE_WORDS = frozenset({*_HEADS, *(w + "s" for w in _HEADS), *(w.lower() for w in _BEFORE)})
# Countries and the areas beyond one county: "Sveriges största museum", "Europas teater".
_NO_PLACE = frozenset({"sverige", "sveriges", "norden", "nordens", "europa", "europas", "ideon"})
_STEMS = ("useum", "onsthall", "eater", "tadsbibliotek", "Scenkonst")
_WORDS = re.compile(r"(?:museums?|konsthalls?|teaters?|Teater|stadsbiblioteks?|Scenkonst|Riksteatern|Länsteatern)"
                    r"(?![\w-])")


def _place(word: str) -> bool:
    kind = load_gazetteer().place_kind(word)
    return kind is not None and kind != "land" and word.lower() not in _NO_PLACE


def culture_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the museums, art halls and theatres named by place and kind as ORGs, and towns'
    libraries as UNITs of their municipality, where no longer span holds them."""
    out = []
    for t in word_hits(doc, _STEMS, _WORDS):
        low = t.lower_
        if t.text in _BEFORE and t.i + 1 < len(doc) and doc[t.i + 1].is_title \
                and _place(doc[t.i + 1].text):
            start, end, place = t.i, t.i + 2, doc[t.i + 1].text
        elif low in _HEADS or low.endswith("s") and low[:-1] in _HEADS:
            start = t.i - 1
            if start > 0 and doc[start].lower_ == "läns":
                start -= 1  # "Örebro läns museum"
            if start < 0 or not doc[start].is_title or not _place(doc[start].text):
                continue
            end, place = t.i + 1, doc[start].text
        else:
            continue
        if any(s.start < end and start < s.end and (s.start < start or s.end > end) for s in spans):
            continue  # a longer name holds it: "Region Gotlands museum"
        name = doc[start:end].text
        if name.endswith("s") and doc[end - 1].lower_[:-1] in _HEADS:
            name = name[:-1]  # "Örebro läns museums utställning"
        head = doc[end - 1].lower_.rstrip("s")
        if head in _LIBRARIES:
            town = resolve_name(f"{place} kommun")
            if town is None or town.type != "municipality" or start + 1 != t.i:
                continue
            span = Span(doc, start, end, label="UNIT")
            put(span, "esf_org", town)
            put(span, "esf_unit", name)
            put(span, "esf_rule", "pattern:culture")
        else:
            span = org_span(doc, start, end, org_from_shape(name), "pattern:culture")
        out.append(span)
    return out
