"""Names broken by a page copy: a line break inside a gazetteer name ("Region\\nKronoberg").

PDF and web copies wrap lines wherever the page did. A name whose words stand on both sides
of one line break is found as one span, and the sentence goes on over the break (focus.py
keeps both lines together for the same reason); so is a word the copy hyphenated at the line
end ("Försäkrings-\\nkassan": read joined, or with its hyphen where the name has one). Field labels glued to a name are split by the
tokenizer (tokenizer.GLUED_LABEL); dropped letters and hyphens are gazetteer aliases.

Flattened documents (minutes, forms, report covers copied from PDF) run their headings and
field labels into the names beside them: "Sammanfattning Studieförbundet Sensus har ...",
"REGIONFÖRBUNDET X LÄN Datum Beteckning R8114", "KALLELSE/FÖREDRAGNINGSLISTA Kommunlednings-
förvaltningen", and number pages "Sida 1(1)". A name ends before such a label (label_end), and
"Sida" before a page number is the page, not the agency (page_word).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.resolve import resolve_name
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["hyphenated_break", "label_end", "page_word", "wrapped_names"]

_MAX_WORDS = 3  # words of a name on either side of the break
# Headings and field labels of minutes, forms and reports: no word of a name.
DOCUMENT_LABELS = frozenset({
    "sammanfattning", "journalnummer", "diarienummer", "dnr", "ärendenr", "kontaktperson",
    "kontaktpersoner", "datum", "beteckning", "föredragningslista", "kallelse", "protokoll",
    "innehållsförteckning", "bilaga", "handläggare", "rubrik", "sida", "paragraf", "justerare",
    "upprop", "sammanträdesdatum", "projektnamn", "projekttid", "slutrapport", "förord",
})
_PAGE_NUMBER = re.compile(r"\d{1,3}(?:\(\d{0,3}\)?)?$")


def label_end(doc: Doc, start: int, end: int) -> int:
    """Return where a name found at start..end ends before a document label in it: start when
    the label opens it or one word stands before it ("Småstad Journalnummer Föreningen"), which
    leaves no name."""
    for i in range(start, end):
        if doc[i].lower_ in DOCUMENT_LABELS:
            return i if i - start >= 2 else start
    return end


def page_word(doc: Doc, start: int) -> bool:
    """Return whether "Sida" at start is the page of a document ("Sida 1(1)", "Ärendenr Sida 1")."""
    return start + 1 < len(doc) and _PAGE_NUMBER.match(doc[start + 1].text) is not None


def wrapped_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for gazetteer names broken by a single line break."""
    text = doc_text(doc)
    breaks = _line_breaks(text)
    if not breaks:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for p in breaks:
        t = doc.char_span(p, p + 1, alignment_mode="expand")
        if t is None or len(t) != 1:
            continue
        i = t.start
        if not (doc[i].is_space and doc[i].text.count("\n") == 1 and 0 < i < len(doc) - 1
                and (doc[i - 1].is_alpha or doc[i - 1].text[:-1].isalpha() and hyphenated_break(text, p))
                and doc[i + 1].is_alpha
                and i - 1 not in taken and i + 1 not in taken):
            continue
        found = _longest(doc, i, taken)
        if found is not None:
            start, end, org = found
            doc[i + 1].is_sent_start = False  # the sentence goes on over the break
            out.append(org_span(doc, start, end, org, "gazetteer:wrapped"))
            taken.update(range(start, end))
    return out


def hyphenated_break(text: str, i: int) -> bool:
    """Return whether the line break at i ends a word the copy hyphenated ("Försäkrings-\\nkassan")."""
    return 2 <= i < len(text) - 1 and text[i - 1] == "-" and text[i - 2].isalpha() and text[i + 1].islower()


def _line_breaks(text: str) -> list[int]:
    """Return the offsets of line breaks between two letters, or after a hyphenated word's first
    part (where a name may be broken)."""
    out, i = [], text.find("\n")
    while i >= 0:
        if 0 < i < len(text) - 1 and text[i + 1].isalpha() and (
                text[i - 1].isalpha() or hyphenated_break(text, i)):
            out.append(i)
        i = text.find("\n", i + 1)
    return out


def _longest(doc: Doc, i: int, taken: set[int]):
    """Return (start, end, body) of the longest name around the break at token i, or None."""
    for n in range(2 * _MAX_WORDS, 1, -1):
        for k in range(min(_MAX_WORDS, n - 1), 0, -1):
            m = n - k
            if m > _MAX_WORDS or i - k < 0 or i + 1 + m > len(doc):
                continue
            before, after = doc[i - k:i], doc[i + 1:i + 1 + m]
            if any(t.is_space or t.i in taken or not t.text.replace("-", "").isalpha()
                   for t in (*before, *after)):
                continue
            if before.text.endswith("-"):  # joined, or with the hyphen kept
                org = resolve_name(before.text[:-1] + after.text) or resolve_name(before.text + after.text)
            else:
                org = resolve_name(f"{before.text} {after.text}")
            if org is not None:
                return i - k, i + 1 + m, org
    return None
