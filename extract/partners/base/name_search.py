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

__all__ = ["NameSearch", "Substrings", "OwnerPattern", "word_spans", "lowers_simply", "text_words", "needs_words"]

_WORD = re.compile(r"\w+")
# Characters whose lower case is one character that a case-insensitive regular expression
# compares them by, and nothing else (tests/test_name_search.py checks the claim): Latin-1
# and the punctuation block (dashes, quotes, bullets), and the euro sign.
_NOT_SIMPLE = re.compile(r"[^\x00-\xff\u2000-\u206f\u20ac]")


def lowers_simply(text: str) -> bool:
    """Return whether case-insensitive matching in `text` is matching in its lower case."""
    return text.isascii() or _NOT_SIMPLE.search(text) is None


class NameSearch:
    """Names, some matched in any case and some only as written, searched for as words; words
    searched for as themselves; and the words that end in given endings."""

    def __init__(self, names: Iterable[str], cased: Iterable[str] = (), endings: Iterable[str] = (),
                 words: Iterable[str] = (), cased_words: Iterable[str] = ()):
        """`names`: matched in any case; `cased`: matched only as written; `endings` (lower
        case): the literals words a caller tests end in (word_endings.EndingTest.tails);
        `words` and `cased_words`: single words (`\\w+`) found where they stand as words, in
        any case and as written."""
        entries: dict[str, list[tuple]] = {}
        for name in {n.lower() for n in names}:
            entries.setdefault(name, []).append((len(name), _NAME, _first(name), None))
        for name in set(cased):
            if "Σ" in name:  # lower case by context: no name of a Swedish body has one
                raise ValueError(f"{name!r}: a capital sigma in a name matched as written")
            entries.setdefault(name.lower(), []).append((len(name), _NAME, _first(name), name))
        for ending in set(endings):
            entries.setdefault(ending, []).append((len(ending), _ENDING, None, None))
        for word, as_written in [(w.lower(), None) for w in set(words)] + [(w, w) for w in set(cased_words)]:
            if not _WORD.fullmatch(word) or "Σ" in word:
                raise ValueError(f"{word!r} is no single word")
            entries.setdefault(word.lower(), []).append((len(word), _WORD_AS_WRITTEN, None, as_written))
        self._automaton = ahocorasick.Automaton()
        for key, found in entries.items():
            self._automaton.add_word(key, tuple(found))
        self._empty = not entries
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, low: str, hits: list[tuple[int, int]],
             words: set[str] | None = None, cased: set[str] | None = None,
             ended: set[str] | None = None) -> None:
        """Add (start, end) of each name and word that stands as words of its own in `text`,
        and to `ended` the words (lower case) that end in one of the endings.

        `low` is `text` in lower case (as long). A name stands as words of its own where no
        letter or digit goes on at either end and its first word is a word of the text:
        `words` (`\\w+`, in lower case) and `cased` (as written) are the text's words, needed
        only where the text holds a "_" or a "Σ" (elsewhere the first holds with the second).
        A word stands as itself where no word character (`\\w`) goes on at either end.
        """
        if self._empty:
            return
        size = len(text)
        for last, found in self._automaton.iter(low):
            end = last + 1
            for n, kind, first, as_written in found:
                start = end - n
                if kind is _NAME:
                    if as_written is None:
                        if not first or ((start == 0 or not low[start - 1].isalnum())
                                         and (end == size or not low[end].isalnum())
                                         and (words is None or first in words)):
                            hits.append((start, end))
                    elif text[start:end] == as_written and (not first or (
                            (start == 0 or not text[start - 1].isalnum())
                            and (end == size or not text[end].isalnum())
                            and (cased is None or first in cased))):
                        hits.append((start, end))
                elif end == size or not _goes_on(low[end]):
                    if kind is _ENDING:  # the word it ends
                        if ended is not None:
                            while start > 0 and _goes_on(low[start - 1]):
                                start -= 1
                            ended.add(low[start:end])
                    elif (start == 0 or not _goes_on(low[start - 1])) and (
                            as_written is None or text[start:end] == as_written):
                        hits.append((start, end))


_NAME, _ENDING, _WORD_AS_WRITTEN = "name", "ending", "word"  # kinds of entry


class Substrings:
    """Strings looked for anywhere in a text, in one pass that stops at the first found."""

    def __init__(self, strings: Iterable[str]):
        self._automaton = ahocorasick.Automaton()
        for x in set(strings):
            self._automaton.add_word(x, x)
        if len(self._automaton):
            self._automaton.make_automaton()

    def first(self, text: str) -> bool:
        """Return whether one of the strings is in `text` (`any(s in text for s in strings)`)."""
        if not len(self._automaton):
            return False
        return next(self._automaton.iter(text), None) is not None


def _first(name: str) -> str:
    """Return a name's first word, or "" for a name that starts with no word."""
    m = _WORD.match(name)
    return m.group() if m else ""


def _goes_on(c: str) -> bool:
    """Return whether a character belongs to a word (`\\w`)."""
    return c.isalnum() or c == "_"


def needs_words(text: str) -> bool:
    """Return whether NameSearch.find needs the words of `text` (it holds a "_" or a "Σ")."""
    return "_" in text or "Σ" in text


def text_words(text: str) -> tuple[set[str], set[str]]:
    """Return the words (`\\w+`) of a text in lower case and as written."""
    cased = set(_WORD.findall(text))
    return set(map(str.lower, cased)), cased


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
