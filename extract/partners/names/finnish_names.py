"""Where a Finnish association's name "X rf" / "X ry" begins (docs/extraction-rounds.md,
round 29).

headed_names reads a name leftwards from its head word over capitalised words only, so a name
"X rf" with "i" or one lower-case word inside was cut there: "Hembygdens Vänner i Pernå rf" was
read "Pernå rf", "Svenska litteratursällskapet i Finland rf" "Finland rf", "Finlands svenska
Marthaförbund rf" "Marthaförbund rf", "Nybonds i Krogstad rf" "Krogstad rf". The name goes on
leftwards over

- "i" and the words before it: one or two capitalised words, the last of which may be
  followed by one lower-case noun ("Svenska litteratursällskapet i Finland rf"), or
- one lower-case genitive ("-s") or language adjective between capitalised words
  ("Hommansby folkskoledistrikts Ungdomsförening rf", "Finlands svenska Marthaförbund rf"),

and only when the first of those capitalised words stands at a line's start, after a
punctuation mark or after a lower-case word: a capitalised word before it (a title, a heading,
a sentence's first word) leaves the name as it was (widening over capitalised words glued
project titles onto names: docs/extraction-rounds.md, round 26).
"""

from __future__ import annotations

from esfgraph.extract.partners.names.name_shapes import NOT_NAME

FINNISH_HEADS = frozenset({"rf", "ry", "r.f.", "r.y.", "R.F.", "R.Y."})
_LANGUAGE = frozenset({"svenska", "finska", "finlandssvenska", "åländska", "österbottniska"})
_PUNCT = frozenset(",:;•–—-(/\"”'")
# Lower-case words that are no part of a name before "i": verbs and adverbs of a sentence.
_NOT_NOUN = frozenset({"verksamma", "verksam", "aktiva", "aktiv", "belägen", "belägna", "finns", "bildades"})


_NOT_FIRST = NOT_NAME - {"svenska", "svensk"}  # "Projektet", "Idag": a sentence's or a title's words


def _capital(token) -> bool:
    return token.is_alpha and token.text[0].isupper() and token.lower_ not in _NOT_FIRST


def _boundary(doc, k: int) -> bool:
    """Return whether a name can begin after token k (k < 0: the document's start)."""
    if k < 0:
        return True
    token = doc[k]
    return "\n" in token.text or token.text in _PUNCT or (token.is_alpha and token.is_lower)


def _capitals_before(doc, k: int, most: int) -> int | None:
    """Return the start of one to `most` capitalised words ending at token k that begin after
    a boundary, else None."""
    start = k
    while start >= 0 and k - start < most and _capital(doc[start]):
        start -= 1
    if start == k or not _boundary(doc, start):
        return None
    return start + 1


def _noun(token) -> bool:
    return token.is_alpha and token.is_lower and len(token.text) >= 6 and token.lower_ not in _NOT_NOUN


def finnish_start(doc, start: int, head: int) -> int:
    """Return where the name whose head word "rf"/"ry" is token `head` begins, given that its
    capitalised words begin at `start`."""
    if doc[head].text not in FINNISH_HEADS or start < 2:
        return start
    left = doc[start - 1]
    if left.lower_ == "i" and _capital(doc[start]):
        k = start - 2
        first = _capitals_before(doc, k, 2)
        if first is None and _noun(doc[k]) and k > 0 and _capital(doc[k - 1]):
            first = _capitals_before(doc, k - 1, 2)
        return start if first is None else first
    if left.is_alpha and left.is_lower and (left.lower_ in _LANGUAGE or (left.lower_.endswith("s") and len(left) > 4)):
        first = _capitals_before(doc, start - 2, 2)
        return start if first is None else first
    return start
