"""Only the sentences that can name an organisation go through spaCy.

Most of a project description is about aims, target groups and methods: about one sentence in
ten names a body. Every rule of the pipeline is built around a word it can see in the raw
text: a name from the gazetteer (in any case), a trigger word of a name pattern ("AB",
"folkhögskola", "-förvaltningen", "kommuner", ...) or the owner's own name. `Focus` finds
those words with plain string searches, keeps the sentences that hold one and joins them into
a shorter text for spaCy, with the map back to the description's offsets.

What the rules see does not change:
- The text is cut only where `esf_sentences` surely starts a sentence: at a line start (not
  before a bullet) and after ". ", "! " or "? " between a word of two letters or more that is
  no abbreviation and a capital letter. A kept piece is therefore whole sentences, and the
  sentence of every fact (its evidence) is the same text at the same offsets.
- A paragraph with a colon or a bullet line is kept or dropped whole: list headers reach the
  items below them ("Samverkansparter:" over "- A", "- B"), and a list after a collective
  makes bodies of names the gazetteer does not know ("fem företag deltar: Pågen, Tetra Pak").
  Such a paragraph is kept when any part of it holds a colon or a trigger.
- Kept pieces are joined with a blank line, which the rules read as the sentence boundary
  the cut was.
tests/test_focus.py checks that the pipeline gives the same mentions, at the same offsets,
with and without focus, on the seeds, every evaluation passage and synthetic records.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterable

from esfgraph.extract.partners.base.name_search import (
    NameSearch,
    OwnerPattern,
    needs_words,
    text_words,
    word_spans,
)
from esfgraph.extract.partners.base.sentences import labelled_lines, may_hold_labels
from esfgraph.extract.partners.base.tokenizer import GLUED_LABEL
from esfgraph.extract.partners.names.acronyms import DEFINITION
from esfgraph.extract.partners.names.grant_slots import grant_hits
from esfgraph.extract.partners.names.list_items import existential_matches, may_hold_existential
from esfgraph.extract.partners.names.page_noise import hyphenated_break
from esfgraph.extract.partners.names.role_slots import slot_hits

__all__ = ["Focus", "Focused"]

_SEP = "\n\n"
_WRAP_REACH = 60  # characters around a line break searched for a name broken by it
_BULLETS = frozenset("-*•–·")
_WORD = re.compile(r"\w+")
# A sentence end that esf_sentences always takes for one: a word, ". ", a capital (the marks
# are found here, the word before each read back to the space before it).
_MARK = re.compile(r"[.!?] (?=[A-ZÅÄÖÉÜ])")


@dataclass(frozen=True)
class Focused:
    """The text spaCy reads and the map of its pieces back to the description."""

    text: str
    starts: tuple[int, ...]   # where each piece starts in `text`
    sources: tuple[int, ...]  # where the same piece starts in the description

    @property
    def whole(self) -> bool:
        """Whether the focused text is the description itself."""
        return self.starts == (0,) and self.sources == (0,)

    def source_offset(self, offset: int) -> int:
        """Return the description's offset of `offset` in the focused text (inside a piece)."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.sources[k] + offset - self.starts[k]


class Focus:
    """Cuts a description down to the sentences that hold a word some rule needs."""

    def __init__(self, names: Iterable[str], cased: Iterable[str],
                 anchor: Callable[[str], bool], company_words: Iterable[str],
                 list_heads: Iterable[re.Pattern], abbreviations: Iterable[str],
                 anchor_endings: Iterable[str] | None = None, anchor_words: Iterable[str] = ()):
        """`names`: the surfaces the gazetteer matches in any case; `cased`: those it matches
        only as written; `anchor`: whether a word (in lower case) is one a token pattern is
        built around; `company_words`: "AB" and its kin, as written; `list_heads`: the plurals
        that make a colon open a list of bodies ("kommuner:", "företag:"); `abbreviations`:
        words that a period after them does not end a sentence of ("osv", "resp");
        `anchor_endings` and `anchor_words`: what every word `anchor` is true of ends in, or
        is (with them, the anchors are found in the pass that finds the names)."""
        # The company words as written, and the anchor words that are no pattern's (lower
        # case), are found as words in the names' pass.
        company = {w for w in company_words if _WORD.fullmatch(w)}  # not "AB:s"
        words = {w for w in anchor_words if _WORD.fullmatch(w)} if anchor_endings is not None else ()
        self._names = NameSearch(names, cased, anchor_endings or (), words, company)
        self._by_endings = anchor_endings is not None
        self._anchors = _WordMemo(anchor)
        self._heads = tuple(list_heads)
        self._abbreviations = frozenset(a.lower().rstrip(".") for a in abbreviations)

    def __call__(self, text: str, extra: Iterable[re.Pattern | OwnerPattern] = ()) -> Focused:
        """Return the focused text; `extra` patterns (the owner's name) also make a sentence kept."""
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer: offsets would shift
            return Focused(text, (0,), (0,))
        wrapped = self._wrapped_breaks(text)
        units = self._units(text, wrapped)
        hits = self._hits(text, low, extra, wrapped)
        if not hits:
            return Focused("", (0,), (0,)) if units else Focused(text, (0,), (0,))
        keep = [False] * len(units)
        unit_starts = [u[0] for u in units]
        for start, end in hits:
            k = bisect.bisect_right(unit_starts, start) - 1
            while k < len(units) and units[k][0] < end:
                keep[k] = True
                k += 1
        if all(keep):
            return Focused(text, (0,), (0,))
        parts, starts, sources = [], [], []
        length, k = 0, 0
        while k < len(units):
            if not keep[k]:
                k += 1
                continue
            first = k
            while k < len(units) and keep[k]:
                k += 1
            lo, hi = units[first][0], units[k - 1][1]
            if lo > 0 or parts:
                parts.append(_SEP)
                length += len(_SEP)
            parts.append(text[lo:hi])
            starts.append(length)
            sources.append(lo)
            length += hi - lo
        if units[-1][1] > 0 and not keep[-1]:
            parts.append(_SEP)
        return Focused("".join(parts), tuple(starts), tuple(sources))

    # -- where the text may be cut --------------------------------------------------------------
    def _units(self, text: str, wrapped: set[int] | None = None) -> list[tuple[int, int]]:
        """Return the pieces the text may be cut into, as (start, end), tiling the text;
        `wrapped`: the line breaks inside a name (found here if not given)."""
        if wrapped is None:
            wrapped = self._wrapped_breaks(text)
        cuts = [0]
        block: list[tuple[int, str]] = []  # lines of the current paragraph (without their "\n")
        at = 0
        for line in text.split("\n"):
            if line.strip():
                block.append((at, line))
            elif at < len(text):  # a blank line (not the nothing after a final line break)
                self._block_cuts(block, cuts, text, wrapped)
                block = []
                cuts.append(at)
            at += len(line) + 1
        self._block_cuts(block, cuts, text, wrapped)
        cuts = sorted(set(c for c in cuts if c < len(text)))
        return [(a, b) for a, b in zip(cuts, cuts[1:] + [len(text)])]

    def _block_cuts(self, block: list[tuple[int, str]], cuts: list[int], text: str,
                    wrapped: set[int]) -> None:
        if not block:
            return
        first = block[0][1].lstrip()
        if first[:1] not in _BULLETS:
            cuts.append(block[0][0])
        if any(":" in line or line.lstrip()[:1] in _BULLETS for _, line in block):
            return  # a list, or a header with its items: whole
        if len(block) > 1 and all(_item_line(line) for _, line in block[1:]):
            return  # lines of names under a heading without a colon: whole, the heading too
        for start, line in block[1:]:
            # A line that goes on in lower case continues the sentence above, and so does one
            # that goes on with the rest of a name ("Region\nKronoberg").
            if not line.lstrip()[:1].islower() and start - 1 not in wrapped:
                cuts.append(start)
        # A sentence ends at "[.!?] " before a capital, after a word of two letters or more.
        end = block[-1][0] + len(block[-1][1])
        for m in _MARK.finditer(text, block[0][0], end):
            k = m.start()
            word = text[text.rfind(" ", 0, k) + 1:k]
            if not word.isalpha():  # another space (a tab, a line break) may end the word
                word = "" if not word or word[-1].isspace() else word.split()[-1]
            if word.isalpha() and len(word) > 1 and word.lower() not in self._abbreviations:
                cuts.append(k + 2)

    # -- what must be kept ----------------------------------------------------------------------
    def _hits(self, text: str, low: str, extra: Iterable[re.Pattern | OwnerPattern],
              wrapped: set[int]) -> list[tuple[int, int]]:
        hits: list[tuple[int, int]] = []
        if self._by_endings and not needs_words(text):
            ended: set[str] = set()
            self._names.find(text, low, hits, ended=ended)
            anchors = self._anchors.true_of(ended)
        else:
            words, cased = text_words(text)
            anchors = self._anchors.true_of(words)
            self._names.find(text, low, hits, words, cased)
        for w in anchors:
            word_spans(low, w, hits)
        for pattern in extra:
            if isinstance(pattern, OwnerPattern):
                hits.extend(pattern.spans(text, low))
            else:
                hits.extend(m.span() for m in pattern.finditer(text))
        hits.extend((i - 1, i + 2) for i in wrapped)  # "Region\nKronoberg" in a page copy
        # A field label glued to a name hides the name's start from the searches above; an
        # acronym the text defines ("Name (ACR)") names the body wherever it stands.
        if may_hold_labels(low):
            hits.extend(m.span() for m in GLUED_LABEL.finditer(text))
            hits.extend(m.span() for m in labelled_lines(text))  # "Projektägare\nA"
        # "drivs av A", "tillsammans med A": a name in a role phrase's slot, known or not.
        hits.extend(slot_hits(text, low))
        hits.extend(grant_hits(text))  # "A i Stad får 700 000 kronor", "gick till A"
        if may_hold_existential(low):  # "Bland företagen finns A, B": names it may not show
            hits.extend(m.span() for m in existential_matches(text))
        if "(" in text:
            for acronym in {m[1] for m in DEFINITION.finditer(text)}:
                hits.extend(m.span() for m in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", text))
        # A colon that ends a line (a list's header) or follows a collective ("fem företag
        # deltar: Pågen, Tetra Pak") reaches the names after it: its paragraph is one unit.
        i = text.find(":")
        while i >= 0:
            if self._opens_list(text, i):
                hits.append((i, i + 1))
            i = text.find(":", i + 1)
        return hits

    def _wrapped_breaks(self, text: str) -> set[int]:
        """Return the offsets of the line breaks inside a gazetteer name."""
        out = set()
        i = text.find("\n")
        while i >= 0:
            if self.wrapped_name(text, i):
                out.add(i)
            i = text.find("\n", i + 1)
        return out

    def wrapped_name(self, text: str, i: int) -> bool:
        """Return whether the line break at i is inside a gazetteer name ("Region\nKronoberg",
        or a word hyphenated at the line end: "Försäkrings-\nkassan")."""
        if not (0 < i < len(text) - 1 and text[i + 1].isalpha()):
            return False
        a, b = max(0, i - _WRAP_REACH), min(len(text), i + _WRAP_REACH)
        if text[i - 1].isalpha():
            return self._names_across(text[a:b].replace("\n", " "), i - a)
        if not hyphenated_break(text, i):
            return False
        # the word joined ("Försäkringskassan"), or its hyphen kept ("Väst-Götaland")
        return self._names_across(text[a:i - 1] + text[i + 1:b], i - 1 - a) or \
            self._names_across(text[a:i] + text[i + 1:b], i - a)

    def _names_across(self, window: str, at: int) -> bool:
        low = window.lower()
        found: list[tuple[int, int]] = []
        self._names.find(window, low, found, *(text_words(window) if needs_words(window) else ()))
        return any(s < at < e for s, e in found)

    def _opens_list(self, text: str, i: int) -> bool:
        if 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            return False  # inside a word: "SCB:s", "10:00"
        line_end = text.find("\n", i)
        if not text[i + 1:line_end if line_end >= 0 else len(text)].strip():
            return True
        # The phrase before the colon, as list_items reads it: back to a sentence mark or the
        # line start, at most ten tokens (ten words or more here).
        begin = max(text.rfind(c, 0, i) for c in ".:;!?\n") + 1
        words = _WORD.findall(text, begin, i)[-10:]
        return any(w.islower() and rx.match(w) for w in words for rx in self._heads)


def _item_line(line: str) -> bool:
    """Whether a line may be an item of a list without bullets: a few words, no sentence end."""
    line = line.strip()
    return len(line.split()) <= _ITEM_WORDS and not line.endswith((".", "!", "?", ",", ";"))


_ITEM_WORDS = 6


class _WordMemo:
    """A test of words, kept for the words seen lately: rare words keep coming, so the words
    of the latest LIMIT tests are kept, and those of the LIMIT before while they come back."""

    LIMIT = 50_000

    def __init__(self, test: Callable[[str], bool]):
        self._test = test
        self._yes: set[str] = set()
        self._no: set[str] = set()
        self._old_yes: set[str] = set()
        self._old_no: set[str] = set()

    def true_of(self, words: set[str]) -> set[str]:
        """Return the words the test is true of."""
        new = words - self._yes - self._no
        if new:
            back_yes, back_no = new & self._old_yes, new & self._old_no
            self._yes |= back_yes
            self._no |= back_no
            for w in new - back_yes - back_no:
                (self._yes if self._test(w) else self._no).add(w)
        found = words & self._yes
        if len(self._yes) + len(self._no) > self.LIMIT:
            self._old_yes, self._old_no = self._yes, self._no
            self._yes, self._no = set(), set()
        return found
