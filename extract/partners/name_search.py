"""Where names stand in a raw text, found in one pass over it.

An Aho–Corasick automaton (pyahocorasick) holds every gazetteer name matched in any case; one
pass over the lower-cased text reports every place where one of them is written, and each
place is kept where the name stands as words of its own (names matched only as written are
short words and abbreviations, looked up by their first word). focus.py asks this of every description, so it has to cost little: the pass is in C, and
Python looks only at the places where a name is written. `OwnerPattern` finds the owner's own
name the same way, as a case-insensitive regular expression would.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

import ahocorasick

__all__ = ["NameSearch", "OwnerPattern", "word_spans", "lowers_simply", "text_words"]

_WORD = re.compile(r"\w+")
# Characters whose lower case is one character that a case-insensitive regular expression
# compares them by, and nothing else (tests/test_name_search.py checks the claim): Latin-1
# and the punctuation block (dashes, quotes, bullets), and the euro sign.
_NOT_SIMPLE = re.compile(r"[^\x00-\xff\u2000-\u206f\u20ac]")


def lowers_simply(text: str) -> bool:
    """Return whether case-insensitive matching in `text` is matching in its lower case."""
    return text.isascii() or _NOT_SIMPLE.search(text) is None


class NameSearch:
    """Names, some matched in any case and some only as written, searched for as words."""

    def __init__(self, names: Iterable[str], cased: Iterable[str] = ()):
        """`names`: matched in any case (an automaton over them); `cased`: matched only as
        written (short words and abbreviations, looked up by their first word)."""
        self._automaton = ahocorasick.Automaton()
        for name in {n.lower() for n in names}:
            m = _WORD.match(name)
            # A name is found where its first word is a word of the text and neither its first
            # nor its last character goes on a word; one that starts with no word ("+Name"),
            # wherever it is written.
            self._automaton.add_word(name, (len(name), m.group() if m else ""))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()
        # Names matched as written, by their first word in lower case, then that word as
        # written, then length.
        self._cased: dict[str, dict[str, dict[int, set[str]]]] = {}
        self._odd: list[str] = []
        for name in set(cased):
            m = _WORD.match(name)
            if m is None:
                self._odd.append(name)
            else:
                first = m.group()
                self._cased.setdefault(first.lower(), {}).setdefault(first, {}).setdefault(
                    len(name), set()).add(name)
        self._firsts = frozenset(self._cased)

    def find(self, text: str, low: str, words: set[str], hits: list[tuple[int, int]],
             cased: set[str] | None = None) -> None:
        """Add (start, end) of each name that stands as words of its own in `text`; `low` is
        `text` in lower case (as long), `words` its words (`\\w+`) in lower case; `cased` its
        words as written, needed only where the text holds a "_" (elsewhere a name that
        stands as words of its own starts with one of them)."""
        if not self._empty:
            size = len(low)
            for last, (n, first) in self._automaton.iter(low):
                start, end = last - n + 1, last + 1
                if not first or (first in words and (start == 0 or not low[start - 1].isalnum())
                                 and (end == size or not low[end].isalnum())):
                    hits.append((start, end))
        size = len(text)
        for lower_first in words & self._firsts:
            for first, groups in self._cased[lower_first].items():
                if cased is not None and first not in cased:
                    continue
                i = text.find(first)
                while i >= 0:
                    if i == 0 or not text[i - 1].isalnum():
                        for n, group in groups.items():
                            end = i + n
                            if end <= size and text[i:end] in group and (
                                    end == size or not text[end].isalnum()):
                                hits.append((i, end))
                    i = text.find(first, i + 1)
        for name in self._odd:
            i = text.find(name)
            while i >= 0:
                hits.append((i, i + len(name)))
                i = text.find(name, i + 1)


def text_words(text: str, low: str) -> tuple[set[str], set[str] | None]:
    """Return the words (`\\w+`) of a text in lower case, and as written where NameSearch.find
    needs them (the text holds a "_"); `low` is the text in lower case, as long as it."""
    if "Σ" in text:  # its lower case depends on the letters around it
        cased = set(_WORD.findall(text))
        return set(map(str.lower, cased)), cased
    return set(_WORD.findall(low)), set(_WORD.findall(text)) if "_" in text else None


def word_spans(text: str, word: str, hits: list[tuple[int, int]]) -> None:
    """Add (start, end) of each place where `word` (letters, digits, "_") stands in `text` as a
    word of its own: what `re.finditer(rf"(?<!\\w){word}(?!\\w)", text)` finds, faster."""
    n, size = len(word), len(text)
    i = text.find(word)
    while i >= 0:
        j = i + n
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) and (
                j == size or not (text[j].isalnum() or text[j] == "_")):
            hits.append((i, j))
        i = text.find(word, i + 1)


class OwnerPattern:
    r"""The owner's name as descriptions write it: `(?<!\w)NAME(?:s|\s+AB)?(?!\w)`, any case."""

    def __init__(self, core: str):
        """`core`: the name without its company form ("AB")."""
        self.core = core
        self._pattern: re.Pattern | None = None
        self._low = core.lower() if lowers_simply(core) and len(core.lower()) == len(core) else None

    @property
    def pattern(self) -> re.Pattern:
        """The regular expression (compiled on first use: most texts never need it)."""
        if self._pattern is None:
            self._pattern = re.compile(rf"(?<!\w){re.escape(self.core)}{_TAIL.pattern}", re.IGNORECASE)
        return self._pattern

    def spans(self, text: str, low: str | None = None) -> Iterator[tuple[int, int]]:
        """Yield (start, end) of each match `pattern.finditer(text)` yields, found from where
        the name's lower case stands in `low` (`text` in lower case) where that is the same."""
        if self._low is None or not lowers_simply(text):
            yield from (m.span() for m in self.pattern.finditer(text))
            return
        if low is None:
            low = text.lower()
        tail, key, n, at = _TAIL.match, self._low, len(self._low), 0
        i = low.find(key)
        while i >= 0:
            # The name is there in some case; what the expression adds: no word before it, and
            # its tail ("s", " AB") and no word after it.
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                m = tail(text, i + n)
                if m is not None:
                    yield i, m.end()
                    at = m.end()
            i = low.find(key, max(at, i + 1))


_TAIL = re.compile(r"(?:s|\s+AB)?(?!\w)", re.IGNORECASE)  # what follows the owner's name
