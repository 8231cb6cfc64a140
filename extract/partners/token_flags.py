"""Tests of a word's text kept on the vocabulary's lexemes as flags: worked out once per word.

A rule that asks of every token whether it is an anchor word pays a Python call per token and
Doc, or a lookup table it must keep bounded. A test of the word's text alone is the same answer
for every token of that word, so it is made a lexeme flag (`Vocab.add_flag`): spaCy works it
out once, when it first sees the word, and rules read it for a whole Doc with `doc.to_array`.
Each flag costs every new word a call, so only tests that every Doc needs are flags.
"""

from __future__ import annotations

import json
import re
from typing import Callable

import numpy
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["TokenFlags", "PatternFlags"]

_FIRST_FREE = 19  # the first flag bit spaCy uses nothing of (it names them FLAG19..FLAG63)


class TokenFlags:
    """The flags one component added to a vocabulary, by what they test."""

    def __init__(self, vocab: Vocab):
        """Flags are added to `vocab` (and so to every Doc made with it) as they are asked for."""
        self.vocab = vocab
        self._ids: dict[str, int] = {}

    def flag(self, key: str, test: Callable[[str], bool]) -> int:
        """Return the id of the flag `key`, added with `test` (of a word's text) if new."""
        flag_id = self._ids.get(key)
        if flag_id is None:
            used = {k for k in self.vocab.lex_attr_getters if isinstance(k, int)}
            flag_id = next((b for b in range(_FIRST_FREE, 64) if b not in used), None)
            if flag_id is None:
                raise ValueError(f"no lexeme flag left for {key!r}: FLAG19 to FLAG63 are taken")
            self._ids[key] = self.vocab.add_flag(test, flag_id)
        return flag_id

    def positions(self, doc: Doc, flag_ids: list[int]) -> list[list[int]]:
        """Return, for each flag, the positions of the Doc's tokens that have it."""
        if not len(doc):
            return [[] for _ in flag_ids]
        table = doc.to_array(flag_ids).reshape(len(doc), len(flag_ids))
        return [numpy.flatnonzero(table[:, k]).tolist() for k in range(len(flag_ids))]


class PatternFlags:
    """Token specs of Matcher patterns made lexeme flags.

    A spec of a word's text alone (`{"TEXT": {"REGEX": ...}, "LOWER": {"NOT_IN": [...]}}`) is a
    Python predicate the Matcher calls for every token it tries; as a flag (`{flag_id: True}`)
    the Matcher reads a bit of the word's lexeme in C, and the test runs once per word.
    """

    def __init__(self, flags: TokenFlags, specs: dict[str, dict] | None = None):
        """`specs`: name -> spec, each added (see `add`)."""
        self.flags = flags
        self._ids: dict[str, int] = {}
        for name, spec in (specs or {}).items():
            self.add(name, spec)

    def add(self, name: str, spec: dict) -> None:
        """Make `spec` (TEXT, ORTH and LOWER regexes and sets; an OP is left out) the flag `name`."""
        spec = {k: v for k, v in spec.items() if k != "OP"}
        test = _test(spec)
        self._ids[_key(spec)] = self.flags.flag(name, test)

    def apply(self, patterns: list[list[dict]]) -> list[list[dict]]:
        """Return the patterns with every spec made a flag written as its flag (OP kept).

        The patterns are checked as the Matcher checks them (its check refuses flags: give
        the result to a Matcher made with `validate=False`)."""
        out = []
        for pattern in patterns:
            errors = validate_token_pattern(pattern)
            if errors:
                raise ValueError(f"pattern {pattern!r}: {'; '.join(errors)}")
            new = []
            for spec in pattern:
                flag_id = self._ids.get(_key({k: v for k, v in spec.items() if k != "OP"}))
                new.append(spec if flag_id is None else
                           {flag_id: True, **({"OP": spec["OP"]} if "OP" in spec else {})})
            out.append(new)
        return out


def _key(spec: dict) -> str:
    return json.dumps(spec, sort_keys=True, ensure_ascii=False, default=sorted)


def _test(spec: dict) -> Callable[[str], bool]:
    """Return the test of a word's text that the Matcher makes of `spec`."""
    tests = []
    for attr, pred in spec.items():
        if attr not in ("TEXT", "ORTH", "LOWER") or not isinstance(pred, dict):
            raise ValueError(f"{attr}: only TEXT, ORTH and LOWER predicates are a word's own")
        lower = attr == "LOWER"
        for kind, value in pred.items():
            if kind == "REGEX":  # the Matcher's test: re.search on the attribute's text
                tests.append((lower, re.compile(value).search, True))
            elif kind in ("IN", "NOT_IN"):
                tests.append((lower, frozenset(value).__contains__, kind == "IN"))
            else:
                raise ValueError(f"{kind}: not a predicate of a word's text")

    def test(text: str) -> bool:
        low = text.lower()
        return all(bool(fn(low if lower else text)) is want for lower, fn, want in tests)
    return test
