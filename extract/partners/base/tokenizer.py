"""The document text, kept once: spaCy's `Doc.text` joins every token again on each call.

`TextKeepingTokenizer` wraps the stock tokenizer (tokens unchanged) and stores the text it was
given in `doc.user_data`; `doc_text(doc)` returns it, or computes and keeps it for a Doc made
by another tokenizer, so components work in anyone's pipeline.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.tokens import Doc

__all__ = ["TextKeepingTokenizer", "doc_text", "GLUED_LABEL", "split_glued_labels"]

_KEY = "esf_text"

# A form's field label glued to its value by a page copy: "ProjektägareGrimslövs folkhögskola".
GLUED_LABEL = re.compile(r"(?:Projektägare|Projektpartners?|Samverkansparter|Samverkanspart|"
                         r"Medfinansiärer|Medfinansiär|Stödmottagare|Programområde|Projektnamn|"
                         r"Projektnummer|Utlysning)(?=[A-ZÅÄÖ][a-zåäö])")


# Finland's dotted association suffixes, one token as "rf" is ("Ekby Byar r.f." was "r.f" + ".").
FINNISH_DOTTED = ("r.f.", "r.y.", "R.F.", "R.Y.")


def split_glued_labels(tokenizer) -> None:
    """Make a spaCy tokenizer split a field label from the name glued to it, as a prefix, and keep
    a Finnish association's dotted suffix ("r.f.") whole."""
    stock = tokenizer.prefix_search.__self__.pattern
    tokenizer.prefix_search = re.compile(rf"^(?:{GLUED_LABEL.pattern})|{stock}").search
    for suffix in FINNISH_DOTTED:
        tokenizer.add_special_case(suffix, [{"ORTH": suffix}])


def doc_text(doc: Doc) -> str:
    """Return the Doc's text, computed at most once."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


class TextKeepingTokenizer:
    """The wrapped tokenizer's own tokens, with the text kept on the Doc."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_KEY] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name):
        # Rules, explain, serialisation: the wrapped tokenizer's.
        return getattr(self.tokenizer, name)
