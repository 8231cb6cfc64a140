"""Unknown names a type noun introduces, and bodies of one kind named by their places.

"De ideella föreningarna Gröna Vägen och Norrby Framtid är engagerade", "tillsammans med
företagen Kvarnbo Bygg, Ljungtec och Sjövik Data", "nätverket Unga Entreprenörer": a definite
type noun right before capitalised names says they are bodies of its kind, though no body word
or list knows them. A plural must list two names or more; a singular names one. The names are
runs of capitalised words split at ',', 'och' and 'samt'; a list ends at a lower-case word, and
a place or a person's name undoes the whole list.

"Samordningsförbunden i Östra och Norra Norrby": the plural of a body word before places
names one body a place ("Samordningsförbundet i Östra Norrby", "... i Norra Norrby").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import COMMON_WORDS, load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.coordinated import is_person
from esfgraph.extract.partners.names.name_shapes import NOT_NAME

__all__ = ["typed_bodies"]

# The type noun (definite singular, definite plural) and the kind of body it names.
_TYPE_NOUNS = {
    "föreningen": ("nonprofit", False), "föreningarna": ("nonprofit", True),
    "stiftelsen": ("nonprofit", False), "stiftelserna": ("nonprofit", True),
    "företaget": ("company", False), "företagen": ("company", True),
    "bolaget": ("company", False), "bolagen": ("company", True),
    "organisationen": ("other", False), "organisationerna": ("other", True),
    "nätverket": ("other", False), "nätverken": ("other", True),
}
# A compound's last part is the type noun too ("fastighetsbolagen", "klusterorganisationen").
_TYPED = re.compile(r"\b(?i:[a-zåäö]*(?:" + "|".join(_TYPE_NOUNS) + r")) +[A-ZÅÄÖ]")
_ELLIPTIC = re.compile(r"\b[Ss]amordningsförbunden (?:i|för) +[A-ZÅÄÖ]")
_STEMS = ("förening", "stiftelse", "företag", "bolag", "organisation", "nätverk")
_JOINS = frozenset({",", "och", "samt"})
# Lower-case words inside a capitalised name ("Sisters in Business").
_INNER = frozenset({"in", "of", "for", "the", "and", "&"})
_DIRECTIONS = frozenset({"östra", "västra", "norra", "södra", "mellersta", "nordöstra",
                         "nordvästra", "sydöstra", "sydvästra", "inre", "yttre", "övre", "nedre"})
_MAX_ITEM = 5
# A name's word; a web address ("Jagvillhabostad.nu"); a first part before "och" ("Event- och").
_NAME = re.compile(r"^[A-ZÅÄÖ][\wÅÄÖåäö]*(?:-[\wÅÄÖåäö]+)*(?:\.(?:nu|se|com|org)|-)?$")


def typed_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for the unknown names a type noun introduces, and for the bodies of
    an elliptic plural before places ("Samordningsförbunden i Östra och Norra Norrby")."""
    text = doc_text(doc)
    out: list[Span] = []
    low = text.lower()
    typed = _at_stems(_TYPED, text, low, _STEMS)
    elliptic = _at_stems(_ELLIPTIC, text, low, ("samordningsförbunden",))
    if not typed and not elliptic:
        return out
    known = {s.start: s.end for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    for m in typed:
        noun = doc.char_span(m.start(), m.end() - 1, alignment_mode="contract")
        if noun is None or len(noun) != 1 or noun.start in taken:
            continue
        word = noun[0].lower_
        kind, plural = next(v for k, v in _TYPE_NOUNS.items() if word.endswith(k))
        if word not in _TYPE_NOUNS and (noun[0].is_title and not plural or noun[0].is_upper
                                        or word.startswith("projekt")):
            continue  # "Idrottsföreningen Kville" opens a name; "projektorganisationen" is the project's
        out.extend(_listed(doc, noun.end, kind, plural, known, taken))
    for m in elliptic:
        head = doc.char_span(m.start(), m.end() - 1, alignment_mode="contract")
        if head is not None and not any(i in taken for i in range(head.start, head.end)):
            out.extend(_by_place(doc, head.start, head.end, taken))
    return out


def _at_stems(pattern: re.Pattern, text: str, low: str, stems: tuple[str, ...]) -> list[re.Match]:
    """Return the matches of `pattern` in text order, tried only where one of the stems is
    written (`str.find` in the lower-cased text; the expression at every position of a text
    cost 0.04 ms a record, most of this module's time)."""
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): no positions to share
        return list(pattern.finditer(text))
    found = []
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            word = at
            while word > 0 and text[word - 1].isalpha():
                word -= 1  # a compound's start ("fastighetsbolagen")
            m = pattern.match(text, word)
            if m is not None:
                found.append(m)
            at = low.find(stem, at + len(stem))
    return sorted({m.start(): m for m in found}.values(), key=lambda m: m.start())


def _is_name(token) -> bool:
    return _NAME.match(token.text) is not None and token.lower_ not in NOT_NAME


def _run_end(doc: Doc, i: int) -> int | None:
    """Return the end of the capitalised name starting at token i, or None if none is there or
    it runs on past _MAX_ITEM words (no name we can delimit)."""
    if i >= len(doc) or not _is_name(doc[i]):
        return None
    end = i + 1
    while end < len(doc) and (_is_name(doc[end]) or (
            (doc[end].lower_ in _INNER or doc[end - 1].text.endswith("-") and doc[end].lower_ in _JOINS)
            and end + 1 < len(doc) and _is_name(doc[end + 1]))):
        end += 1
    if doc[end - 1].text.endswith("-"):
        return None
    return end if end - i <= _MAX_ITEM else None


def _listed(doc: Doc, i: int, kind: str, plural: bool, known: dict, taken: set) -> list[Span]:
    """Return spans for the unknown names listed from token i on (known bodies count as items)."""
    g = load_gazetteer()
    items: list[tuple[int, int]] = []
    while i < len(doc):
        end = known.get(i) or _run_end(doc, i)
        if end is None:
            break
        if i not in known:
            name = doc[i:end].text
            if any(j in taken for j in range(i, end)) or g.place_kind(name) is not None \
                    or g.place_kind(doc[i].text) is not None or is_person(doc, i, end) \
                    or (end - i == 1 and doc[i].lower_ in COMMON_WORDS):
                return []
        items.append((i, end))
        if not plural or end + 1 >= len(doc) or doc[end].lower_ not in _JOINS \
                or not doc[end + 1].text[:1].isupper():
            break
        i = end + 1
    if (plural and len(items) < 2) or not items or _modifies(doc, items[-1][1]) or _goes_on(doc, items[-1][1]):
        return []
    out = []
    for start, end in items:
        if start in known:
            continue
        org = resolve_name(doc[start:end].text) or org_from_shape(doc[start:end].text)
        if org.type == "other" and kind != "other":
            org = replace(org, type=kind)
        out.append(org_span(doc, start, end, org, "pattern:typed"))
    return out


def _modifies(doc: Doc, end: int) -> bool:
    """Return whether the capitalised word before token end is an adjective of the lower-case
    word after it ("nätverket Europeiska socialfonden"): no name ends there."""
    return end < len(doc) and doc[end].is_alpha and doc[end].is_lower \
        and doc[end].lower_ not in _JOINS and _ADJECTIVE.search(doc[end - 1].lower_) is not None


def _goes_on(doc: Doc, end: int) -> bool:
    """Return whether a name goes on after a comma in lower case ("föreningen Sjö, skog och fjäll")."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_lower and doc[end + 1].is_alpha


_ADJECTIVE = re.compile(r"(isk|sk|ell|al|ig|ad|ande|ende)a$")


def _by_place(doc: Doc, head: int, i: int, taken: set) -> list[Span]:
    """Return a body per place listed after "Samordningsförbunden i": a lone direction word
    ("Östra") takes the place of the last item ("Norra Norrby")."""
    items: list[tuple[int, int]] = []
    while i < len(doc):
        end = _run_end(doc, i)
        if end is None or any(j in taken for j in range(i, end)):
            return []
        items.append((i, end))
        if end + 1 >= len(doc) or doc[end].lower_ not in _JOINS or not doc[end + 1].text[:1].isupper():
            break
        i = end + 1
    if len(items) < 2:
        return []
    last_start, last_end = items[-1]
    tail = doc[last_start + 1:last_end].text if doc[last_start].lower_ in _DIRECTIONS else ""
    out = []
    for n, (start, end) in enumerate(items):
        place = doc[start:end].text
        if end - start == 1 and doc[start].lower_ in _DIRECTIONS:
            if not tail:
                return []
            place = f"{place} {tail}"
        org = resolve_name(f"Samordningsförbundet {place}") or resolve_name(
            f"Samordningsförbundet i {place}") or org_from_shape(f"Samordningsförbundet i {place}")
        out.append(org_span(doc, head if n == 0 else start, end, org, "pattern:ellipsis"))
    return out

