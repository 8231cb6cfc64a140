"""Structural-fund partnerships named in the forms the patterns miss.

The eight partnerships that prioritise EU structural-fund projects are named by their programme
region, and texts write the name loosely: the region before the head word in the genitive
("Norra Mellansveriges strukturfondspartnerskap", "Västsveriges strukturfondspartnerskap"), two
regions without their hyphen ("Strukturfondspartnerskapet i Skåne Blekinge"), the islands in
lower case ("Strukturfondpartnerskapet Småland och öarnas") and the head word misspelt
("Stukturfondspartnerskapet Stockholm", "Strukturfondsparterskapet för Småland och öarna").
Each is "Strukturfondspartnerskapet <region>", a grantor (role_cues.GRANTOR_PREFIXES).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape
from esfgraph.extract.partners.span_data import org_span
from esfgraph.extract.partners.word_hits import word_hits

__all__ = ["PARTNERSHIP_WORDS", "partnership_spans"]

# The head word, misspellings too: a letter left out or two swapped.
_HEAD = re.compile(r"^(?:s|S)tr?u?k?turfond?s?part?n?e?r?skap(?:et)?$")
_STEMS = ("turfond",)
_WORDS = re.compile(r"turfond")
_DIRECTIONS = frozenset({"Norra", "Övre", "Mellersta", "Östra", "Södra", "Västra"})
_ISLANDS = frozenset({"öarna", "öarnas", "Öarna", "Öarnas"})
PARTNERSHIP_WORDS = frozenset({"strukturfondspartnerskap", "strukturfondspartnerskapet",
                               "stukturfondspartnerskapet", "strukturfondsparterskapet",
                               "strukturfondpartnerskapet", "strukturfondpartnerskap"})


def _place(word: str) -> bool:
    kind = load_gazetteer().place_kind(word)
    return kind is not None and kind != "land"


def _region_after(doc: Doc, i: int) -> int:
    """Return where a programme region that starts at token i ends (i if none starts there)."""
    end = i + (i < len(doc) and doc[i].text in _DIRECTIONS)
    if end >= len(doc) or not (doc[end].is_title and _place(doc[i:end + 1].text)):
        return i
    end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "och" and doc[end + 1].text in _ISLANDS:
        end += 2  # "Småland och öarna"
    elif end < len(doc) and doc[end].is_title and _place(doc[end].text) and not doc[end].is_sent_start:
        end += 1  # "Skåne Blekinge"
    return end


def _region_name(words: list[str]) -> str:
    words = [w.capitalize() if w.lower().startswith("öarna") else w for w in words]
    name = " ".join(words)
    if name.endswith("s") and (_place(name[:-1]) or name.endswith("Öarnas")):
        name = name[:-1]  # "Norra Mellansveriges", "Småland och öarnas"
    return name.replace(" ", "-") if len(words) == 2 and words[0] not in _DIRECTIONS else name


def partnership_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the structural-fund partnerships as ORGs where no longer span holds them."""
    out = []
    for t in word_hits(doc, _STEMS, _WORDS):
        if not _HEAD.match(t.text):
            continue
        i = t.i
        if t.lower_.endswith("skapet"):
            k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in ("i", "för"))
            start, end = i, _region_after(doc, k)
            region = [x.text for x in doc[k:end]]
        else:  # "Norra Mellansveriges strukturfondspartnerskap"
            start = i - 1 - (i > 1 and doc[i - 2].text in _DIRECTIONS)
            if start < 0 or not (doc[i - 1].is_title and doc[i - 1].text.endswith("s")
                                 and _place(doc[start:i].text[:-1])):
                continue
            end, region = i + 1, [x.text for x in doc[start:i]]
        if not region or any(s.start < end and start < s.end and (s.start < start or s.end > end)
                             for s in spans) or any(s.start == start and s.end == end for s in spans):
            continue
        name = f"Strukturfondspartnerskapet {_region_name(region)}"
        out.append(org_span(doc, start, end, org_from_shape(name), "pattern:partnership"))
    return out
