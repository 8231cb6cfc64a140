"""A wrapper around spaCy's own tokenizer that calls it once per line instead of once per text.

Why: spaCy's tokenizer stops caching words for the rest of a call after the first special case
(explosion/spaCy#13950, fix not released as of spaCy 3.8), and every project description has one
("\\n", "bl.a."). Calling it per line resets that, which is several times faster on realistic
records. The tokens, their whitespace and character offsets are the stock tokenizer's own (tested
against it); the wrapper splits only at line breaks between two non-space characters, where the
stock tokenizer always splits too. Drop this module once spaCy ships the fix.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

__all__ = ["LineTokenizer", "use_line_tokenizer"]

# A run of line breaks with a non-space character on each side: a token boundary on both sides.
_BREAK = re.compile(r"(?<=\S)\n+(?=\S)")


class LineTokenizer:
    """Tokenizes each line with the wrapped tokenizer and joins the pieces into one Doc."""

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        cuts = [m.end() for m in _BREAK.finditer(text)]
        if not cuts:
            return self.tokenizer(text)
        tokenize = self.tokenizer
        docs, start = [], 0
        for end in cuts:
            docs.append(tokenize(text[start:end]))
            start = end
        docs.append(tokenize(text[start:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        # Everything else (rules, explain, serialisation) is the wrapped tokenizer's.
        return getattr(self.tokenizer, name)

    def to_bytes(self, **kwargs) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> "LineTokenizer":
        self.tokenizer.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> "LineTokenizer":
        self.tokenizer.from_disk(path, **kwargs)
        return self


def use_line_tokenizer(nlp) -> None:
    """Wrap `nlp.tokenizer` in a LineTokenizer (once)."""
    if not isinstance(nlp.tokenizer, LineTokenizer):
        nlp.tokenizer = LineTokenizer(nlp.tokenizer)
