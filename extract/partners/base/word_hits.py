"""The tokens of a Doc that hold a word part, found in the text, not by walking every token (a
Token object a word costs more than plain searches of the whole text)."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc, Token

from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["word_hits"]


def word_hits(doc: Doc, stems: tuple[str, ...], rx: re.Pattern) -> Iterator[Token]:
    """Yield, in order and once each, the tokens that hold a match of `rx` (tried only when the
    text holds one of `stems`, as written)."""
    text = doc_text(doc)
    if not any(s in text for s in stems):
        return
    last = -1
    for m in rx.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) == 1 and span.start != last:
            last = span.start
            yield span[0]
