"""Unknown names in lists of bodies: after a collective and a colon, or coordinated with a body.

A name listed after a collective and a colon is a body of the collective's kind.
"I projektet deltar fem företag inom livsmedelsindustrin: Pågen AB, Skånemejerier AB och ...",
"Fyra kommuner deltar med personal: Sundsvall, Timrå och Ånge", "Deltagande arbetsgivare:"
over lines "Nolato AB", "Tetra Pak". A name the gazetteer does not know is still a body here:
the collective says what it is ("Tetra Pak" a company, "Timrå" the municipality).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import Org, load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.base.sentences import labelled_lines, may_hold_labels
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.name_shapes import NUMBER_WORDS, is_name_token

__all__ = ["listed_bodies", "labelled_bodies", "LIST_HEADS", "may_hold_existential",
           "EXISTENTIAL", "existential_matches"]

# The plural that names the collective, and the kind of body each item then is.
LIST_HEADS = (
    (re.compile(r"^\w*kommuner(na)?$"), "municipality"),
    (re.compile(r"^\w*folkhögskolor(na)?$"), "folk_high_school"),
    (re.compile(r"^\w*(företag|företagen|arbetsgivare|arbetsgivarna|bolag|bolagen)$"), "company"),
    (re.compile(r"^(organisationer|organisationerna|aktörer|aktörerna|parter|parterna|"
                r"partners|partnerna|samverkansparter|samverkanspartners|samarbetspartners)$"),
     "other"),
)
# Words that make the plural a collective of named bodies ("fem företag", "följande kommuner").
_QUANTIFIERS = frozenset({*NUMBER_WORDS, "följande", "flera", "några", "samtliga", "deltagande",
                          "medverkande", "ingående", "projektets", "våra", "de"})
# A municipality list must say the municipalities take part: "genomförs i tre kommuner: A, B"
# names places.
_TAKING_PART = ("delta", "medverka", "ingå", "samverka", "samarbet", "part")
_JOINS = frozenset({",", "och", "samt", ";"})
_COLON = re.compile(":")
_MAX_ITEM = 5


# "Bland företagen som medverkar finns A, B och C": a list after a collective and a verb of being.
EXISTENTIAL = re.compile(r"\b[Bb]land (?:\w+ ){0,2}?(företagen|organisationerna|aktörerna|parterna|"
                         r"partnerna|arbetsgivarna|kommunerna|föreningarna)\b[^.!?:\n]{0,120}?"
                         r"\b(?:finns|märks|återfinns|syns|ingår)\b")
_EXISTENTIAL_VERBS = (" finns", " märks", " återfinns", " syns", " ingår")


def existential_matches(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """Yield what `EXISTENTIAL.finditer(text, pos, endpos)` yields, trying only where "bland "
    is written (the expression starts with no literal the search could skip to)."""
    endpos = len(text) if endpos is None else endpos
    match, at = EXISTENTIAL.match, pos
    i = text.find("land ", pos + 1, endpos)
    while i >= 0:
        if i - 1 >= at and text[i - 1] in "Bb":
            m = match(text, i - 1, endpos)
            if m is not None:
                yield m
                at = m.end()
        i = text.find("land ", max(i + 1, at + 1), endpos)


def may_hold_existential(low: str) -> bool:
    """Return whether a text (in lower case) may hold an EXISTENTIAL list: a cheap test first."""
    return "bland " in low and any(v in low for v in _EXISTENTIAL_VERBS)


# A heading line of its own over lines of names ("Samverkanspartners" over "A", "B"): every
# line under it that a name fills is a body.
_HEADING = re.compile(r"(?m)^[ \t]*(?:projektets\s+|våra\s+)?(?:(?:samverkans|samarbets|projekt)?"
                      r"(?:partners|parter|parterna)|(?:deltagande|medverkande|ingående)\s+"
                      r"(?:organisationer|aktörer|företag|arbetsgivare|parter))[ \t]*:?[ \t]*\n")
_HEADING_WORDS = ("part", "deltagande", "medverkande", "ingående")
_EXISTENTIAL_KINDS = {"företagen": "company", "arbetsgivarna": "company",
                      "kommunerna": "municipality"}


def listed_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for the unknown names listed after a collective and a colon, or after
    "Bland <collective> ... finns"."""
    text = doc_text(doc)
    known = {s.start: s.end for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    low = text.lower()
    if may_hold_existential(low):
        for m in existential_matches(text):
            verb = doc.char_span(m.end() - len(m.group().split()[-1]), m.end())
            if verb is not None:
                kind = _EXISTENTIAL_KINDS.get(m[1], "other")
                out.extend(_items(doc, verb.end, kind, known, taken))
    if "\n" in text and any(w in low for w in _HEADING_WORDS):
        for m in _HEADING.finditer(low):
            newline = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
            if newline is not None and newline[0].is_space:
                kind = "company" if "företag" in m[0] else "other"
                out.extend(_items(doc, newline.start, kind, known, taken))
    if ":" not in text:
        return out
    # Find the colons in the text, not by walking the tokens: most texts have one or two.
    for m in _COLON.finditer(doc_text(doc)):
        colon = doc.char_span(m.start(), m.end())
        if colon is None:  # inside a token: "SCB:s", "6:e"
            continue
        kind = _collective_kind(doc, colon.start)
        if kind is not None:
            out.extend(_items(doc, colon.start + 1, kind, known, taken))
    return out


def labelled_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for unknown names a form's field label introduces ("Projektägare" over
    "Föreningen Bevara Ångaren"): the label says the value is a body. The name ends at a comma."""
    text = doc_text(doc)
    if not may_hold_labels(text.lower()):
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for m in labelled_lines(text):
        value = m["value"].split(",")[0].rstrip(" .;")
        if not value or len(value.split()) > _MAX_LABELLED or ". " in value:
            continue
        span = doc.char_span(m.start("value"), m.start("value") + len(value))
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        org = resolve_name(span.text) or org_from_shape(span.text)
        out.append(org_span(doc, span.start, span.end, org, "pattern:labelled"))
    return out


_MAX_LABELLED = 8


def _collective_kind(doc: Doc, colon: int) -> str | None:
    """Return the kind of body the phrase before the colon is a collective of, or None."""
    lo = colon
    while lo > 0 and colon - lo < 10 and doc[lo - 1].text not in (".", ":", ";", "!", "?") \
            and "\n" not in doc[lo - 1].text:
        lo -= 1
    for i in range(colon - 1, lo - 1, -1):
        word = doc[i]
        kind = next((k for rx, k in LIST_HEADS if word.is_lower and rx.match(word.text)), None)
        if kind is None:
            continue
        if not any(t.lower_ in _QUANTIFIERS or t.like_num for t in doc[max(lo, i - 2):i]):
            return None
        if kind == "municipality" and not any(
                t.lower_.startswith(_TAKING_PART) for t in doc[doc[i].sent.start:colon]):
            return None
        return kind
    return None


def _items(doc: Doc, i: int, kind: str, known: dict, taken: set) -> list[Span]:
    """Return spans for the unknown items of the list starting at token i (known ones are kept)."""
    out = []
    # A list on lines of its own ("Deltagande arbetsgivare:" over "Nolato AB", "Tetra Pak"):
    # an unknown name must fill its line, or it opens the text after the list ("Metoden, som").
    by_line = i < len(doc) and doc[i].is_space and "\n" in doc[i].text
    while i < len(doc):
        while i < len(doc) and (doc[i].is_space and "\n\n" not in doc[i].text
                                or doc[i].text in ("-", "*", "•", "–", "·")):
            i += 1
        if i >= len(doc) or doc[i].is_space:
            break
        end = known.get(i) or _name_end(doc, i)
        if end is None:
            break
        if i in known:  # "SKF Mekan": a known brand with its branch (sections.py widens it)
            while end < len(doc) and end - i < _MAX_ITEM and doc[end].text[:1].isupper() \
                    and doc[end].is_alpha:
                end += 1
        if i not in known:
            if any(j in taken for j in range(i, end)) or not _item_ends(doc, end, by_line):
                break  # "Medverkande organisationer:" is the next list's header, no item
            span = _body(doc, i, end, kind)
            if span is None:
                break
            out.append(span)
        if end >= len(doc) or not (doc[end].lower_ in _JOINS or
                                   (doc[end].is_space and "\n" in doc[end].text)):
            break
        i = end + 1 if doc[end].lower_ in _JOINS else end
    return out


def _item_ends(doc: Doc, end: int, by_line: bool) -> bool:
    """Return whether a list item may end at token end: at a line end or the list's end, or
    (in a list within a sentence) at a join or a period."""
    if end >= len(doc) or (doc[end].is_space and "\n" in doc[end].text):
        return True
    return not by_line and (doc[end].lower_ in _JOINS or doc[end].text in (".", "("))


def _name_end(doc: Doc, i: int) -> int | None:
    """Return the end of a capitalised name of up to five words starting at token i, or None."""
    if not is_name_token(doc[i]):
        return None
    end = i + 1
    while end < len(doc) and end - i < _MAX_ITEM and (
            doc[end].text[:1].isupper() or doc[end].text == "&"):
        end += 1
    return end


def _body(doc: Doc, start: int, end: int, kind: str) -> Span | None:
    """Return the ORG span of one listed name read as a body of `kind`, or None."""
    name = doc[start:end].text
    g = load_gazetteer()
    org: Org | None
    if kind == "municipality":
        org = resolve_name(f"{name} kommun")
        org = org if org is not None and org.type == "municipality" else None
    elif g.place_kind(name) is not None:
        return None  # "Deltagande företag finns på två orter: Borås och Ulricehamn"
    elif kind == "folk_high_school":
        org = resolve_name(f"{name} folkhögskola") or org_from_shape(f"{name} folkhögskola")
    else:
        org = resolve_name(name) or org_from_shape(name)
        if kind == "company" and org.type == "other":
            org = replace(org, type="company")
    if org is None:
        return None
    return org_span(doc, start, end, org, "pattern:listed")
