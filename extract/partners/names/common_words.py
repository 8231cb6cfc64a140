"""Bodies whose names are also common words ("Kommunal", "Vision", "Unionen", "Samhall").

The gazetteer finds them only as written, and never at a sentence start, where any word has a
capital, unless the sentence shows that the word names the body: a participation verb after
it, a section name, a coordinated body, or a list of bodies around it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.partners.base.role_cues import CUES
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.name_shapes import SECTION_WORDS

__all__ = ["named_at_start"]

# Verbs after which a sentence-initial common word is the body: "Unionen deltar i projektet",
# "Vision har skrivit under avsiktsförklaringen", "Samhall står bakom projektet".
_SUBJECT_VERBS = frozenset(c for c in CUES["PARTNER_RIGHT"] if " " not in c)
_SUBJECT_PHRASES = frozenset(tuple(c.split()) for c in CUES["PARTNER_RIGHT"] if " " in c)
_LONGEST_PHRASE = max(len(p) for p in _SUBJECT_PHRASES)


def named_at_start(doc: Doc, span: Span, others: list[Span]) -> bool:
    """Return whether a sentence-initial common word is a name after all.

    It is when another body is coordinated with it ("Handels och Svensk Handel"), a section
    follows it ("Kommunal Mitt", "Sensus Norrland"), a participation verb does ("Unionen deltar") or it is an
    item of a list of bodies, alone on its line.
    """
    if span.end >= len(doc) or (doc[span.end].is_space and "\n" in doc[span.end].text):
        return _listed_alone(doc, span, others)
    nxt = doc[span.end]
    if nxt.text in SECTION_WORDS or (nxt.is_title and load_gazetteer().place_kind(nxt.text)) \
            or nxt.lower_ in _SUBJECT_VERBS or any(
            tuple(t.lower_ for t in doc[span.end:span.end + n]) in _SUBJECT_PHRASES
            for n in range(2, _LONGEST_PHRASE + 1)):
        return True
    if _genitive_subject(doc, span):
        return True
    starts = {s.start for s in others}
    return nxt.lower_ in ("och", "samt", ",") and span.end + 1 in starts


def _genitive_subject(doc: Doc, span: Span) -> bool:
    """Return whether a genitive opens a subject whose verb is a participation verb.

    "Kommunals utbildare deltar i arbetet", "Visions fackliga ombud medverkar": the body's
    people take part; the common word ("vision") would not be in the genitive here.
    """
    if not span.text.endswith("s"):
        return False
    for token in doc[span.end:span.end + 4]:
        if token.lower_ in _SUBJECT_VERBS:
            return token.i > span.end
        if not (token.is_alpha and token.is_lower):
            return False
    return False


def _listed_alone(doc: Doc, span: Span, others: list[Span]) -> bool:
    """Return whether a common word alone on its line is an item of a list of bodies.

    "Samverkansparter i projektet är:" over lines "- Samhall", "- Myndigheten för ...": a
    body on the line before or after makes the list one of bodies.
    """
    text = doc_text(doc)
    begin = text.rfind("\n", 0, span.start_char)
    if begin < 0:
        return False
    before = text.rfind("\n", 0, begin) + 1
    after_end = text.find("\n", span.end_char + 1)
    after_end = len(text) if after_end < 0 else after_end
    return any(before <= s.start_char < after_end and s.start != span.start for s in others)
