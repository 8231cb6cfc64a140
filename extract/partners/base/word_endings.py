"""A quick test before a whole-word pattern: the endings its matches can have.

The anchor patterns (`^(?:\\w*kommuner|folkhögskolas?|...)$`) are tried on every new word a
text brings, and a word that is no anchor costs the expression a try of every alternative at
every letter. Each alternative ends in a literal after its `\\w*`, so every match ends in one
of the literals: a word whose last five letters are the end of no literal (and that ends in no
shorter literal) cannot match, and only the rest is tried. The endings are read from the pattern
itself; a pattern they cannot be read from is always tried.
"""

from __future__ import annotations

import re
from typing import Callable

try:
    from re import _parser as _sre  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

__all__ = ["EndingTest"]

_WORD_REPEAT = [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])]
_MAX_STRINGS = 2000


class EndingTest:
    """A whole-word pattern's match, tried only on words with an ending a match can have."""

    def __init__(self, pattern: re.Pattern, n: int = 5):
        """`n`: the letters of an ending looked up (shorter literals are tried with endswith)."""
        self._match: Callable = pattern.match
        self._n = n
        tails = None if pattern.flags & re.IGNORECASE else _tails(pattern.pattern)
        self.tails: frozenset[str] | None = None if tails is None else frozenset(tails)
        self.endings = None if tails is None else frozenset(t[-n:] for t in tails if len(t) >= n)
        self._short = () if tails is None else tuple(t for t in tails if len(t) < n)

    def __call__(self, word: str) -> bool:
        """Return whether the pattern matches the word (as `pattern.match(word)` says)."""
        if self.endings is not None and word[-self._n:] not in self.endings \
                and not word.endswith(self._short) \
                and word[-1:] != "\n":  # "$" matches before a final line break too
            return False
        return self._match(word) is not None


def _tails(pattern: str) -> set[str] | None:
    """Return the literals every match of a `^(?:A|B|...)$` pattern ends in, or None."""
    try:
        tree = list(_sre.parse(pattern))
    except Exception:  # pragma: no cover
        return None
    alternatives = _alternatives(tree)
    if alternatives is None:
        return None
    out = set()
    for alternative in alternatives:
        # A leading run of word characters (\w*, \w{3,}) is any start; the rest is literal.
        if alternative and alternative[0][0] is _sre.MAX_REPEAT and list(alternative[0][1][2]) == _WORD_REPEAT:
            alternative = alternative[1:]
        strings = _strings(alternative)
        if strings is None or "" in strings:
            return None
        out.update(strings)
    return out


def _alternatives(tree: list) -> list | None:
    """Return the alternatives of `^(?:...)$`, or of `(?:^(?:...)$)|(?:^(?:...)$)`, or None."""
    if len(tree) == 1 and tree[0][0] is _sre.BRANCH:
        out = []
        for branch in tree[0][1][1]:
            found = _alternatives(list(branch))
            if found is None:
                return None
            out.extend(found)
        return out
    if len(tree) == 1 and tree[0][0] is _sre.SUBPATTERN:
        return _alternatives(list(tree[0][1][3]))
    if len(tree) == 3 and tree[0] == (_sre.AT, _sre.AT_BEGINNING) and tree[2] == (_sre.AT, _sre.AT_END):
        middle = tree[1]
        if middle[0] is _sre.BRANCH:
            return [list(b) for b in middle[1][1]]
        if middle[0] is _sre.SUBPATTERN:
            return _alternatives([tree[0], *middle[1][3], tree[2]]) if len(middle[1][3]) == 1 \
                else [list(middle[1][3])]
        return [[middle]]
    return None


def _strings(seq) -> set[str] | None:
    """Return every string a sequence of literals, groups, alternatives and ? matches, or None."""
    out = {""}
    for op, arg in seq:
        if op is _sre.LITERAL:
            part = {chr(arg)}
        elif op is _sre.SUBPATTERN:
            part = _strings(arg[3])
        elif op is _sre.BRANCH:
            parts = [_strings(b) for b in arg[1]]
            part = None if any(p is None for p in parts) else set().union(*parts)
        elif op is _sre.MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
            inner = _strings(arg[2])
            part = None if inner is None else inner | {""}
        elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in arg):
            part = {chr(a) for _, a in arg}
        else:
            return None
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _MAX_STRINGS:
            return None
    return out
