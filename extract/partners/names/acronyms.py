"""Acronyms a text defines for a body it names: "Institutet för X (IFX) ... IFX deltar".

"Name (ACR)" makes ACR stand for Name in the rest of the text, before any body the gazetteer
knows by the same letters ("Institute for Samfunnsforskning (ISF)" is not Inspektionen för
socialförsäkringen there). focus.py keeps the sentences that use a defined acronym.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base.span_data import get, org_span
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["DEFINITION", "defined_acronyms", "acronym_spans", "without_project_acronyms"]

# "Name (ACR)": two to seven letters, capitals first ("VGR", "UmU", "SOF MPHLA" is not one).
DEFINITION = re.compile(r"\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,6})\)")


def defined_acronyms(doc: Doc, spans: list[Span]) -> dict[str, Span]:
    """Return acronym -> the body span it is defined for ("Name (ACR)" right after the span)."""
    text = doc_text(doc)
    if "(" not in text:
        return {}
    out = {}
    for span in spans:
        if span.label_ != "ORG" or get(span, "esf_org") is None:
            continue
        m = DEFINITION.match(text, span.end_char + 1 if text[span.end_char:span.end_char + 1] == " "
                             else span.end_char)
        if m and sum(c.isupper() for c in m[1]) >= 2 and m[1] != span.text:
            out.setdefault(m[1], span)
    return out


def acronym_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the spans with every use of a defined acronym read as its body.

    A span the gazetteer found for the same letters is replaced; the definition itself
    ("(ACR)" right after the name) is no second mention.
    """
    defined = defined_acronyms(doc, spans)
    if not defined:
        return spans
    out = [s for s in spans if not (s.text in defined and len(s) == 1
                                    and s._.esf_org is not defined[s.text]._.esf_org)]
    taken = {i for s in out for i in range(s.start, s.end)}
    for token in doc:
        acr = defined.get(token.text) or (defined.get(token.text[:-2])
                                          if token.text.endswith(":s") else None)
        if acr is None or token.i in taken or token.i == acr.end + 1:
            continue
        out.append(org_span(doc, token.i, token.i + 1, acr._.esf_org, "acronym"))
    return sorted(out, key=lambda s: s.start)


# "Projekt ISA", "projektet ISA", "ISA 2.0": the letters name the project, not a body.
_PROJECT_WORDS = frozenset({"projekt", "projektet", "projektets", "förstudien", "förstudie"})
_VERSION = re.compile(r"^\d{1,2}(?:\.\d)+$")
_LETTERS = re.compile(r"^[A-ZÅÄÖ]{2,6}$")


def without_project_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return the spans without the acronyms the text uses as its project's name.

    A gazetteer acronym right after "Projekt"/"projektet" or right before a version number
    ("ISA 2.0") is the project's name there, and so is every other use of it in the text.
    """
    names = set()
    for s in spans:
        if len(s) != 1 or not _LETTERS.match(s.text):
            continue
        before = doc[s.start - 1].lower_ if s.start > 0 else ""
        after = doc[s.end].text if s.end < len(doc) else ""
        if before in _PROJECT_WORDS or _VERSION.match(after):
            names.add(s.text)
    return [s for s in spans if s.text not in names] if names else spans
