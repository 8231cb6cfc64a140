"""Company names with lower-case words before their company form.

Companies are registered as they were written: "Nordby näringsliv AB", "Fjällvind öst AB",
"Snickeri och möbelcollege i Härnösand AB", "Hamnservice Nord fastighet AB". The name patterns
of name_shapes.py take capitalised words only, and so find no such name, or the tail of it
("Härnösand AB"). Here the words before "AB" are read leftwards from each company form: name
words, lower-case words of the name, and "och"/"i" beside a lower-case word ("Snickeri och
möbelcollege", "möbelcollege i Härnösand"). A name starts at a capitalised word and holds a
lower-case word after it; one without is the patterns' to find.

A lower-case word that reads as a verb, a plural or a definite noun ends the name: "Region
Norrby samverkar Umeå Energi AB" names no "Norrby samverkar Umeå Energi AB", "bolaget Norrby
Energi AB" no "bolaget".
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.name_shapes import NOT_NAME

__all__ = ["lower_word_companies"]

_FORMS = frozenset({"AB", "HB", "KB", "Aktiebolag"})
# Endings of verbs (present, past, supine), plurals and definite nouns: no word of a name.
_NOT_LOWER = ("r", "de", "te", "at", "it", "en", "et", "na", "ns", "ts")
_MAX_WORDS = 6  # name words before the company form
_MAX_LOWER = 2


def _cap(token) -> bool:
    return token.text[:1].isupper() and token.lower_ not in NOT_NAME and (
        token.is_alpha or token.text.replace("-", "").isalnum())


def _lower(token) -> bool:
    text = token.text
    return text.islower() and text.replace("-", "").isalpha() and len(text) > 1 \
        and text not in NOT_NAME and not text.endswith(_NOT_LOWER)


def _start(doc: Doc, form: int) -> int | None:
    """Return where the name before the company form at `form` starts, or None."""
    i, words, lowers = form, 0, 0
    while i > 0 and words < _MAX_WORDS:
        token = doc[i - 1]
        if token.is_sent_start and not _cap(token):
            break
        if _cap(token):
            pass
        elif _lower(token):
            lowers += 1
        elif token.lower_ in ("och", "i") and i - 2 >= 0 and (
                (token.lower_ == "och" and _lower(doc[i])) or (token.lower_ == "i" and _lower(doc[i - 2]))):
            pass
        else:
            break
        i -= 1
        words += 1
        if token.is_sent_start:
            break
    # The name starts at its first capitalised word and holds a lower-case word after it.
    while i < form and not _cap(doc[i]):
        i += 1
    if i >= form or lowers > _MAX_LOWER or not any(_lower(t) for t in doc[i + 1:form]):
        return None
    return i


def lower_word_companies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the spans of company names with a lower-case word before "AB" (module doc);
    none where a span found before reaches into the name from outside it."""
    text = doc_text(doc)
    if not any(form in text for form in _FORMS):
        return []
    out = []
    forms = [doc.vocab.strings[f] for f in _FORMS]
    for form in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), forms)).tolist():
        start = _start(doc, form)
        if start is None:
            continue
        end = form + 1
        if any(s.start < start < s.end or s.start < end < s.end for s in spans):
            continue
        name = doc[start:end].text
        org = resolve_name(name) or org_from_shape(name)
        if org is not None:
            out.append(org_span(doc, start, end, org, "pattern:company_lower"))
    return out
