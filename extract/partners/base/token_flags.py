"""Tests of a word's text kept on the vocabulary's lexemes as flags: worked out once per word.

A rule that asks of every token whether it is an anchor word pays a Python call per token and
Doc, or a lookup table it must keep bounded. A test of the word's text alone is the same answer
for every token of that word, so it is made a lexeme flag (`Vocab.add_flag`): spaCy works it
out once, when it first sees the word, and rules read it for a whole Doc with `doc.to_array`.
Each flag costs every new word a call, so only tests that every Doc needs are flags.
"""

from __future__ import annotations

from typing import Callable

import numpy
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["TokenFlags"]

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
