"""Names of associations that go on past where their pattern stopped (docs/extraction-rounds.md,
rounds 29 and 33).

1. An association's name that goes on in lower case after "föreningen X".

Swedish associations write their names in sentence case: "föreningen Forsby kvarn", "föreningen
Juniskärs väl", "Föreningen Leader utveckling Hälsingebygden". The pattern [föreningen,
capitalised words] stopped at the lower-case word ("Forsby", "Juniskärs", "Föreningen Leader").
The name goes on over one lower-case word, and a capitalised word after it, when that word is
no verb, pronoun or function word and the name ends there: at a punctuation mark, a line's end,
or before a verb or a word that begins a clause ("som", "med", "och", "har", "beviljades").

2. A federation's name with its country or town: "Riksförbundet Visan i Sverige", "Kurdistans
Kvinnoförbund i Sverige", "Synskadades Riksförbund i Kalmar" are the names as the bodies write
them. Only a name ending in "-förbund" (indefinite: a name, not "förbundet" in a sentence) or
beginning "Riksförbundet", before "i" and a country or a town, and no town after a name that
begins with a place's genitive ("Värmlands Fotbollförbund i Karlstad" is where it sits).

3. A name that begins "Svenska": the shape patterns' capitalised words stop at it (it
is a word of sentences too), so "Svenska Ekbyinstitutet", "Svenska Ekbylotteriets stiftelse"
were found without it. A capitalised "Svenska" right before the name is the name's first word.

4. Where a Leader group's name ends ("Leader Sjuhärad Länk"): `leader_name`.
"""

from __future__ import annotations

import re

from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.tokens import Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer

# Words after which a name has ended: a clause goes on ("som", "med") or a verb follows.
_AFTER = frozenset({"som", "med", "och", "samt", "har", "hade", "får", "fick", "fått", "är", "var", "blir",
                    "vill", "ska", "skall", "kommer", "kan", "beviljas", "beviljades", "erhåller", "erhöll",
                    "tilldelas", "tilldelades", "arbetar", "driver", "söker", "sökte", "ansöker", "bildades",
                    "i", "på", "för", "till", "från", "inom", "genom",
                    # adverbs and nouns of a sentence the stop words leave out
                    "dessutom", "numera", "själv", "själva", "ihop", "samtidigt", "lokalt", "gemensamt",
                    "aktivt", "hela", "projektet", "projekt", "projektstöd", "bidrag", "stöd", "medel"})
_VERB_ENDS = ("ade", "des", "tes", "ats", "ar", "er", "ir", "de", "te")
_STOPS = frozenset(STOP_WORDS)


def _name_word(token) -> bool:
    """Return whether a lower-case token can be a word of a name ("kvarn", "väl", "utveckling")."""
    low = token.lower_
    return (token.is_alpha and token.is_lower and len(low) >= 3 and low not in _STOPS
            and low not in _AFTER and not low.endswith(_VERB_ENDS))


def _name_ends(doc, k: int) -> bool:
    """Return whether a name can end before token k."""
    if k >= len(doc):
        return True
    token = doc[k]
    return token.is_punct or "\n" in token.text or token.lower_ in _AFTER or token.text[:1].isdigit()


def lower_rest(doc, span):
    """Return the name of a span "föreningen/stiftelsen X" (the lower-case head word is no part of
    it: "den ideella föreningen Leader Nordkust"), with the lower-case word (and a capitalised
    word after it) that an association's name goes on with ("föreningen Forsby kvarn")."""
    head = span[0]
    span = span[1:] if head.is_lower else span
    end = span.end
    if head.lower_ != "föreningen":
        return span
    if end >= len(doc) or not _name_word(doc[end]):
        return span
    if end + 1 < len(doc) and doc[end + 1].is_alpha and doc[end + 1].text[0].isupper() \
            and _name_ends(doc, end + 2):
        return doc[span.start:end + 2]  # "Föreningen Leader utveckling Hälsingebygden har"
    return doc[span.start:end + 1] if _name_ends(doc, end + 1) else span


_FEDERATION = re.compile(r"^[A-ZÅÄÖ]?\w*förbund$", re.IGNORECASE)
_SEATS = ("land", "ort", "område")


def federation_seat(doc, span):
    """Return the span of a federation's name widened over "i <country or town>" (and "län")
    that its name holds: "Synskadades Riksförbund i Kalmar", "Riksförbundet Visan i Sverige";
    and over the "Svenska" it begins with ("Svenska Ekbyinstitutet")."""
    if span.start > 0 and doc[span.start - 1].text == "Svenska" and span[0].text[:1].isupper():
        span = Span(doc, span.start - 1, span.end, label=span.label_)
    end = span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "i" or not doc[end + 1].text[:1].isupper() \
            or not (_FEDERATION.match(span[-1].text) or span[0].text == "Riksförbundet"):
        return span
    places = load_gazetteer()
    kind = places.place_kind(doc[end + 1].text)
    if kind not in _SEATS or (kind != "land" and places.place_kind(span[0].text.removesuffix("s"))):
        return span
    end += 3 if end + 2 < len(doc) and doc[end + 2].lower_ == "län" else 2
    return Span(doc, span.start, end, label=span.label_)


def leader_name(span: Span) -> Span:
    """Return a Leader group's name without what follows it ("Leader Sjuhärad Länk", "Leader
    Nordvästra Skaraborgs LAG-grupp"): at most two words after "Leader", up to a genitive
    before a lower-case word ("Leader Göteborgs Insjörike" goes on), with its "ideell förening"
    or, after a genitive, "lokala aktionsgrupp" ("Leader Ålands lokala aktionsgrupp")."""
    doc, i = span.doc, span.start + (2 if span[0].text == "LAG" and span[1:2].text == "Leader" else 1)
    end = i
    while end < span.end and end - i < 2 and not doc[end].text.startswith(("LAG", "Länk")) \
            and doc[end].lower_ != "ideell":
        end += 1
        if doc[end - 1].text.endswith("s") and not (end < span.end and doc[end].is_title
                                                    and doc[end].lower_ != "ideell"):
            break
    end = max(end, i + 1)
    tail = [t.lower_ for t in doc[end:end + 2]]
    if tail == ["ideell", "förening"] or (doc[end - 1].text.endswith("s") and len(tail) == 2
                                          and tail[0] == "lokala" and tail[1].startswith("aktionsgrupp")):
        end += 2
    return Span(doc, span.start, end, label="ORG")
