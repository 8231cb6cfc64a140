"""Finland's and Åland's registered associations, written with "rf" or "ry" after the name:
the name runs further left than its last capitalised words. "Hembygdens Vänner i Pernå rf",
"Nybonds i Krogstad rf" (a place after "i" inside the name), "Hommansby folkskoledistrikts
Ungdomsförening rf", "Outokaira tuottamhan ry" (a lower-case word inside the name). A name that
takes "i" or a lower-case word must open its line, list item or label's value."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.span_data import org_span
from esfgraph.extract.partners.word_hits import word_hits

__all__ = ["registered_associations"]

_SUFFIXES = frozenset({"rf", "ry"})
_STEMS = (" rf", " ry")
_WORDS = re.compile(r"(?<=\s)r[fy](?!\w)")
_CAPITAL = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ-]*$")
_LOWER = re.compile(r"^[a-zåäö]{3,}$")
# Words that end a name on its left: a preposition or verb before it is the sentence's.
_FUNCTION = frozenset({"av", "med", "till", "för", "från", "på", "och", "samt", "om", "hos", "vid",
                       "att", "som", "är", "var", "har", "får", "fick", "beviljas", "beviljades",
                       "inom", "genom", "mellan", "under", "efter", "åt", "mot"})
_OPENERS = frozenset({":", ",", ";", "(", "•", "-", "–", "*"})
_RULE = "pattern:registered"


def registered_associations(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the names before "rf"/"ry" that run further left than the spans found for them."""
    out = []
    for t in word_hits(doc, _STEMS, _WORDS):
        if t.text not in _SUFFIXES or t.i == 0:
            continue
        start = _start(doc, t.i)
        if start is None:
            continue
        held = [s for s in spans if s.start <= t.i - 1 < s.end]
        if held and (held[0].start <= start or held[0].end > t.i + 1):
            continue  # found as long, or as part of a longer name
        text = doc[start:t.i + 1].text
        org = resolve_name(text) or org_from_shape(text)
        if org is not None:
            out.append(org_span(doc, start, t.i + 1, org, _RULE))
    return out


def _start(doc: Doc, end: int) -> int | None:
    """Return where the name before the suffix at token `end` starts, or None."""
    j, inner = end, False
    while j > 0:
        token = doc[j - 1]
        if _CAPITAL.match(token.text):
            j -= 1
            if token.is_sent_start:
                break
        elif j - 2 >= 0 and _CAPITAL.match(doc[j - 2].text) and not inner and (
                token.text == "i" and j < end or _LOWER.match(token.text) and token.text not in _FUNCTION):
            inner = True
            j -= 1
        else:
            break
    if j == end or not _CAPITAL.match(doc[j].text):
        return None
    if inner and j > 0 and not (doc[j - 1].is_space or doc[j - 1].text in _OPENERS or doc[j].is_sent_start):
        return None  # "drivs av Ekby i Norrby rf": where the name starts is not known
    return j
