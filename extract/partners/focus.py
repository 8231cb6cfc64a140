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

from esfgraph.extract.partners.acronyms import DEFINITION
from esfgraph.extract.partners.list_items import EXISTENTIAL, may_hold_existential
from esfgraph.extract.partners.sentences import LABELLED_LINE, may_hold_labels
from esfgraph.extract.partners.tokenizer import GLUED_LABEL

__all__ = ["Focus", "Focused"]

_SEP = "\n\n"
_WRAP_REACH = 60  # characters around a line break searched for a name broken by it
_BULLETS = frozenset("-*•–·")
_WORD = re.compile(r"\w+")
# A sentence end that esf_sentences always takes for one: a word, ". ", a capital.
_SENTENCE_END = re.compile(r"(?<!\S)(\S+)[.!?] (?=[A-ZÅÄÖÉÜ])")
_LINE = re.compile(r"[^\n]*\n?")


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
                 list_heads: Iterable[re.Pattern], abbreviations: Iterable[str]):
        """`names`: the surfaces the gazetteer matches in any case; `cased`: those it matches
        only as written; `anchor`: whether a word (in lower case) is one a token pattern is
        built around; `company_words`: "AB" and its kin, as written; `list_heads`: the plurals
        that make a colon open a list of bodies ("kommuner:", "företag:"); `abbreviations`:
        words that a period after them does not end a sentence of ("osv", "resp")."""
        self._lower = _by_first_word(n.lower() for n in names)
        self._cased = _by_first_word(cased)
        self._anchor = anchor
        self._anchors: dict[str, bool] = {}
        self._company = frozenset(company_words)
        self._heads = tuple(list_heads)
        self._abbreviations = frozenset(a.lower().rstrip(".") for a in abbreviations)

    def __call__(self, text: str, extra: Iterable[re.Pattern] = ()) -> Focused:
        """Return the focused text; `extra` patterns (the owner's name) also make a sentence kept."""
        low = text.lower()
        if len(low) != len(text):  # a letter whose lower case is longer: offsets would shift
            return Focused(text, (0,), (0,))
        units = self._units(text)
        hits = self._hits(text, low, extra)
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
    def _units(self, text: str) -> list[tuple[int, int]]:
        """Return the pieces the text may be cut into, as (start, end), tiling the text."""
        cuts = [0]
        block: list[tuple[int, str]] = []  # lines of the current paragraph
        for m in _LINE.finditer(text):
            line = m.group()
            if not line:
                break
            if line.strip():
                block.append((m.start(), line))
                continue
            self._block_cuts(block, cuts, text)
            block = []
            cuts.append(m.start())
        self._block_cuts(block, cuts, text)
        cuts = sorted(set(c for c in cuts if c < len(text)))
        return [(a, b) for a, b in zip(cuts, cuts[1:] + [len(text)])]

    def _block_cuts(self, block: list[tuple[int, str]], cuts: list[int], text: str) -> None:
        if not block:
            return
        first = block[0][1].lstrip()
        if first[:1] not in _BULLETS:
            cuts.append(block[0][0])
        if any(":" in line or line.lstrip()[:1] in _BULLETS for _, line in block):
            return  # a list, or a header with its items: whole
        for start, line in block:
            # A line that goes on in lower case continues the sentence above, and so does one
            # that goes on with the rest of a name ("Region\nKronoberg").
            if start != block[0][0] and not line.lstrip()[:1].islower() \
                    and not self.wrapped_name(text, start - 1):
                cuts.append(start)
            for m in _SENTENCE_END.finditer(line):
                word = m.group(1)
                if word.isalpha() and len(word) > 1 and word.lower() not in self._abbreviations:
                    cuts.append(start + m.end())

    # -- what must be kept ----------------------------------------------------------------------
    def _hits(self, text: str, low: str, extra: Iterable[re.Pattern]) -> list[tuple[int, int]]:
        hits: list[tuple[int, int]] = []
        cased = set(_WORD.findall(text))
        words = {w.lower() for w in cased}
        memo = self._anchors
        if len(memo) > 50_000:  # rare words keep coming: keep the memo bounded
            memo.clear()
        found = []
        for w in words:
            hit = memo.get(w)
            if hit is None:
                hit = memo[w] = self._anchor(w)
            if hit:
                found.append(w)
        for w in found:
            hits.extend(m.span() for m in re.finditer(rf"(?<!\w){w}(?!\w)", low))
        for w in cased & self._company:
            hits.extend(m.span() for m in re.finditer(rf"(?<!\w){w}(?!\w)", text))
        _names(low, words, self._lower, hits)
        _names(text, cased, self._cased, hits)
        for pattern in extra:
            hits.extend(m.span() for m in pattern.finditer(text))
        i = text.find("\n")
        while i >= 0:  # a name broken over two lines by a page copy: "Region\nKronoberg"
            if self.wrapped_name(text, i):
                hits.append((i - 1, i + 2))
            i = text.find("\n", i + 1)
        # A field label glued to a name hides the name's start from the searches above; an
        # acronym the text defines ("Name (ACR)") names the body wherever it stands.
        if may_hold_labels(low):
            hits.extend(m.span() for m in GLUED_LABEL.finditer(text))
            hits.extend(m.span() for m in LABELLED_LINE.finditer(text))  # "Projektägare\nA"
        if may_hold_existential(low):  # "Bland företagen finns A, B": names it may not show
            hits.extend(m.span() for m in EXISTENTIAL.finditer(text))
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

    def wrapped_name(self, text: str, i: int) -> bool:
        """Return whether the line break at i is inside a gazetteer name ("Region\nKronoberg")."""
        if not (0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()):
            return False
        a, b = max(0, i - _WRAP_REACH), min(len(text), i + _WRAP_REACH)
        window = text[a:b].replace("\n", " ")
        words = set(_WORD.findall(window))
        found: list[tuple[int, int]] = []
        _names(window.lower(), {w.lower() for w in words}, self._lower, found)
        _names(window, words, self._cased, found)
        return any(s < i - a < e for s, e in found)

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


class _Names(dict):
    """Names grouped by their first word, then by length; and the set of first words."""

    def __init__(self, groups: dict[str, set[str]]):
        super().__init__({k: _by_length(v) for k, v in groups.items()})
        self.firsts = frozenset(k for k in groups if k)
        self.odd = sorted(groups.get("", ()))


def _by_length(names: set[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    lengths: dict[int, set[str]] = {}
    for name in names:
        lengths.setdefault(len(name), set()).add(name)
    return tuple((n, frozenset(v)) for n, v in sorted(lengths.items()))


def _by_first_word(names: Iterable[str]) -> _Names:
    """Group names by their first word; a name that starts with no word goes under ""."""
    out: dict[str, set[str]] = {}
    for name in names:
        m = _WORD.match(name)
        out.setdefault(m.group() if m else "", set()).add(name)
    return _Names(out)


def _names(text: str, words: set[str], names: _Names, hits: list) -> None:
    """Add the places where one of `names` stands in `text` as words of their own."""
    size = len(text)
    for first in words & names.firsts:
        groups = names[first]
        i = text.find(first)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                for n, group in groups:
                    end = i + n
                    if end > size:
                        break
                    if text[i:end] in group and (end == size or not text[end].isalnum()):
                        hits.append((i, end))
            i = text.find(first, i + 1)
    for name in names.odd:
        i = text.find(name)
        while i >= 0:
            hits.append((i, i + len(name)))
            i = text.find(name, i + 1)
