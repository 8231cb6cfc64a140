"""Unknown names in the slot of a role phrase: "Projektet ägs av Norrskensgruppen", "i samverkan
med Fjällnära Utveckling och Älvdalsbygdens Resurscentrum", "med Bergsgårdens Idéhus som
huvudman".

What stands right after "ägs av", "drivs av", "tillsammans med", "i samarbete med", "Projektägare
är" or between "med" and "som projektägare" is a body, whatever its name is built on: the phrase
reads the same in every kind of text, so the rule does not lean on any list of names. A place, a
fund or a programme, a person ("tillsammans med Anna Lind") and a project's title are not bodies:
places are known to the gazetteer, funds and programmes end in their own words, a person's name
is two capitalised words without a body's word, and one capitalised word after a partner phrase
may be a person's first name, so a partner phrase takes one word alone only in a list with
another body or when the word ends in a body's head word ("Fjällkraft").
"""

from __future__ import annotations

import re

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.base.sentence_kinds import doc_lowers
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.names.name_shapes import is_name_token

__all__ = ["slot_bodies", "slot_span", "OWNER_SLOTS", "PARTNER_SLOTS", "ROLE_NOUNS_AFTER", "BODY_HEADS", "slot_hits"]

# Phrases right before a name, in lower case, token by token. An owner phrase names one body.
OWNER_SLOTS = (("ägs", "av"), ("drivs", "av"), ("leds", "av"), ("ägs", "och", "drivs", "av"),
               ("drivs", "och", "ägs", "av"), ("projektägare", "är"), ("projektägaren", "är"),
               ("projektägare", ":"), ("huvudman", "är"), ("ansvarig", "för", "projektet", "är"),
               ("stödmottagare", "är"), ("stödmottagare", ":"), ("sökande", "är"), ("huvudsökande", "är"),
               ("sökande", ":"), ("mottagare", ":"), ("drivs", "av", ":"),
               *((what, verb, "av") for what in ("projektet", "satsningen")
                 for verb in ("samordnas", "koordineras")),
               *((adj, "organisation", end) for adj in ("ansvarig", "projektägande", "sökande")
                 for end in ("är", ":")))
# Role nouns before "är" or "i projektet är": "Projektets partner är A", "Samverkanspartner i
# projektet är A och B"; and the inverted verbs of taking part: "I projektet deltar även A".
_PARTNER_NOUNS = ("partner", "partners", "samarbetspartner", "samarbetspartners", "samverkanspartner",
                  "samverkanspartners", "samverkansparter", "projektpartner", "projektpartners",
                  "parter", "parterna", "projektparter", "samarbetsparter")
_TAKE_PART = ("deltar", "medverkar", "ingår")
PARTNER_SLOTS = (("tillsammans", "med"), ("i", "samarbete", "med"), ("i", "samverkan", "med"),
                 ("samarbetar", "med"), ("samverkar", "med"), ("samverkansparter", ":"),
                 # "Projektet är ett samarbete mellan A, B och C", "drivs i samverkan mellan A och B"
                 *(("ett", noun, "mellan") for noun in ("samarbete", "samarbetsprojekt",
                                                         "samverkansprojekt")),
                 ("i", "samverkan", "mellan"), ("i", "samarbete", "mellan"),
                 ("samarbetspartners", ":"),
                 *((noun, *middle, "är") for noun in _PARTNER_NOUNS
                   for middle in ((), ("i", "projektet"))),
                 *(("i", "projektet", verb, *also) for verb in _TAKE_PART
                   for also in ((), ("även",), ("också",))),
                 # "Företag som deltar är A och B", "Organisationer som medverkar: A, B"
                 *(("som", verb, *where, end) for verb in _TAKE_PART
                   for where in ((), ("i", "projektet")) for end in ("är", ":")))
# "med A som projektägare": the role noun after the name.
ROLE_NOUNS_AFTER = frozenset({"projektägare", "huvudman", "samverkanspart", "samverkanspartner",
                              "samarbetspartner", "projektpartner", "partner", "medsökande"})
_LAST_ARRAY = numpy.array(sorted({hash_string(p[-1]) for p in OWNER_SLOTS + PARTNER_SLOTS} | {hash_string("med")}),
                          dtype=numpy.uint64)


def _phrase(words: tuple[str, ...]) -> str:
    """Return an expression for a phrase in a text in lower case, any spacing between words."""
    return "".join(("\\s*" if w == ":" else "\\s+" if k else "") + re.escape(w) for k, w in enumerate(words))


# The slots in a text in lower case, for focus.py to keep their sentences (slot_hits). Tried at
# every position the phrases are slow: their last words are looked for first (a few letters),
# and only the phrases ending in that word before those followed by a capital.
_TAIL_ALTS: dict[str, set[str]] = {}
for _p in OWNER_SLOTS + PARTNER_SLOTS:
    _TAIL_ALTS.setdefault(_p[-1], set()).add(_phrase(_p))
_TAILS = {w: re.compile("(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")\\s+\\Z")
          for w, alts in _TAIL_ALTS.items()}
_SLOT_END = re.compile("(" + "|".join(re.escape(w) for w in sorted(_TAILS, key=len, reverse=True))
                       + ")\\s+(?=\\w)")
_ROLE_AFTER = ("som projektägare", "som huvudman")
_MAX_NAME = 5
# Last words of capitalised names that are no bodies: funds, programmes, events, titles.
# ("Länsstyrelserna", "Kommunerna": a kind of body in the plural, no name.)
_NOT_BODIES = frozenset({"socialfonden", "socialfond", "fonden", "programmet",
                         "interreg", "leader", "esf", "eu", "dagen", "veckan", "modellen",
                         "länsstyrelserna", "kommunerna", "regionerna", "landstingen",
                         "högskolorna", "universiteten", "företagen", "föreningarna",
                         "organisationerna", "skolorna", "myndigheterna"})
# Words of a body's name: a two-word name holding one is no person's ("Fjällnära Utveckling").
_JOINS = frozenset({"och", "samt", ","})
_AND = frozenset({"och", "samt"})


def slot_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for the unknown names standing in a role phrase's slot.

    A list in the slot ("A, B och C") is read to its end through the bodies already known
    ("Samarbetspartners: Region X, Nordviks Energi"); a name after a known body and a comma
    only in a list that ends in "och" or at the line's end ("Lunds universitet, Campus
    Helsingborg." is the university's campus). One word alone after a partner phrase may be a
    person's first name: it is a body in a list with another body ("tillsammans med Region X
    och Jämtkraft") or when it ends in a body's head word ("Nordkraft")."""
    # Only a token after a slot's last word can open a name.
    lowers = doc_lowers(doc)
    starts = (numpy.flatnonzero((lowers[:-1, None] == _LAST_ARRAY).any(1)) + 1).tolist()
    if not starts:
        return []
    known = {s.start: s.end for s in spans if s.label_ == "ORG"}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for i in starts:
        owner = _ends_slot(lowers, i, _OWNER_BY_LAST)
        partner = not owner and _ends_slot(lowers, i, _PARTNER_BY_LAST)
        around = not (owner or partner) and lowers[i - 1] == _MED
        if not (owner or partner or around) or (around and i in known) or not (
                i in known or (i not in taken and is_name_token(doc[i]))):
            continue
        items: list[tuple[Span | None, bool, bool]] = []  # (span or None if known, lone, after known)
        after_known = closed = False
        j = i
        while j < len(doc):  # "A och B", "A, B och C": each unknown name in the list
            end = known.get(j) if not around else None
            span, lone = None, False
            if end is None:
                end = _name_end(doc, j, taken)
                if end is None:
                    break
                end = _lower_tail(doc, j, end, taken)
                if _goes_on(doc, end) and "\n" not in doc[end - 1].whitespace_:
                    break  # a name going on that we cannot end ("Alby kungsgårds ...", "Centrum för sociala")
                if around and not (end + 1 < len(doc) and doc[end].lower_ == "som"
                                   and doc[end + 1].lower_ in ROLE_NOUNS_AFTER):
                    break
                span = _body(doc, j, end, one_word=True)
                if span is None:
                    break
                lone = partner and end - j == 1 and not _body_word(doc[j].lower_)
            items.append((span, lone, after_known))
            join = doc[end].lower_ if end < len(doc) else ""
            closed = closed or join in _AND or join == "" or "\n" in doc[end - 1].whitespace_ + join
            if join in _JOINS and end + 1 < len(doc) and not around and (end + 1 in known or (
                    is_name_token(doc[end + 1]) and end + 1 not in taken)):
                after_known = after_known or (j in known and join == ",")
                j = end + 1
            else:
                break
        listed = any(span is None or not lone for span, lone, _ in items)
        out.extend(span for span, lone, after in items if span is not None
                   and (listed if lone else True) and (closed or not after))
    return out


def _body_word(word: str) -> bool:
    """Return whether one word ends in a body's head word of four letters or more ("Nordkraft")."""
    return any(word.endswith(h) and len(word) >= len(h) + 3 for h in BODY_HEADS if len(h) >= 4)


def slot_hits(text: str, low: str) -> list[tuple[int, int]]:
    """Return the spans of the role phrases followed by a capital ("drivs av A", "med A som
    huvudman") in a text and its lower case: where slot_bodies may find a name."""
    hits = []
    for m in _SLOT_END.finditer(low):  # a slot's last word before a capital, then the phrase
        if text[m.end()].isupper():
            slot = _TAILS[m[1]].search(low, max(0, m.start() - 60), m.end())
            if slot is not None:
                hits.append(slot.span())
    for phrase in _ROLE_AFTER:
        i = low.find(phrase)
        while i >= 0:
            hits.append((i, i + len(phrase)))
            i = low.find(phrase, i + 1)
    return hits


def _by_last(slots: tuple) -> dict[tuple[int, int], list[tuple[int, ...]]]:
    """Return the phrases (two words or more) as tuples of LOWER hashes, by the hashes of their
    last two words."""
    out: dict[tuple[int, int], list[tuple[int, ...]]] = {}
    for phrase in slots:
        hashes = tuple(hash_string(w) for w in phrase)
        out.setdefault(hashes[-2:], []).append(hashes)
    return out


_OWNER_BY_LAST, _PARTNER_BY_LAST = _by_last(OWNER_SLOTS), _by_last(PARTNER_SLOTS)
_MED = hash_string("med")


def _ends_slot(lowers, i: int, by_last: dict) -> bool:
    """Return whether one of the phrases (`_by_last`) ends right before token i."""
    if i < 2:
        return False
    phrases = by_last.get((int(lowers[i - 2]), int(lowers[i - 1])))
    return phrases is not None and any(
        i >= len(p) and (len(p) == 2 or tuple(lowers[i - len(p):i].tolist()) == p) for p in phrases)


def _name_end(doc: Doc, start: int, taken: set) -> int | None:
    """Return the end of the capitalised run from start, or None if it runs on too far."""
    end = start
    while end < len(doc) and end not in taken and (
            is_name_token(doc[end]) or (end > start and doc[end].text == "&")):
        end += 1
        if end - start > _MAX_NAME:
            return None
    if end < len(doc) and (end in taken or doc[end].text[:1].isupper()):
        return None  # the name goes on into a known body or a word we cannot read
    return end


def _lower_tail(doc: Doc, start: int, end: int, taken: set) -> int:
    """Return the end of a name whose capitalised words go on in lower case up to a comma, a
    full stop, "och" or the line's end: "Nordmarkens näringsliv", "Nationellt kompetenscentrum
    anhöriga", "Ålands 4H distrikt" are whole names, their first word alone is none. A word of
    a sentence ("idag", "som", "utvecklar") leaves the name as it was."""
    k = end
    while k < len(doc) and k - end < _MAX_TAIL and k not in taken and _tail_word(doc[k]) \
            and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == end or k - start > _MAX_NAME:
        return end
    # (The end of a text is no end of the name: a text cut off ends in half a word.)
    # A form's next label ("Syfte:") or "i samverkan med" ends it too ("X bygderåd i samverkan med").
    closed = k < len(doc) and (doc[k].is_space or doc[k].text in _TAIL_ENDS) \
        or "\n" in doc[k - 1].whitespace_ or k + 1 < len(doc) and (
            doc[k].is_title and doc[k + 1].text == ":"
            or doc[k].lower_ == "i" and doc[k + 1].lower_ in ("samverkan", "samarbete"))
    return k if closed else end


def _goes_on(doc: Doc, k: int) -> bool:
    """Return whether a name goes on in lower case at token k: a noun, a genitive before one, or
    "för" and a word ("Centrum för sociala innovationer"; not "för att")."""
    return k + 1 < len(doc) and (_tail_word(doc[k]) or doc[k].is_lower and doc[k].lower_.endswith("s")
                                 and doc[k].is_alpha and _tail_word(doc[k + 1]) or doc[k].lower_ == "för"
                                 and doc[k + 1].is_lower and doc[k + 1].lower_ != "att")


def _tail_word(token) -> bool:
    """Return whether a lower-case token may go on a name: a noun or a code ("4H"), not a
    sentence's word."""
    text, low = token.text, token.lower_
    if text[:1].isdigit():
        return text.isalnum() and not text.isdigit()
    if not (token.is_alpha and token.is_lower) or low in _NOT_TAIL:
        return False
    return low.endswith(BODY_HEADS + ("ss",)) or not low.endswith(_VERB_ENDINGS)  # "business"


_MAX_TAIL = 2
_TAIL_ENDS = frozenset({",", ".", ";", ":", ")", "!", "och", "samt", "–", "-"})
_NOT_TAIL = frozenset({"i", "på", "av", "för", "med", "om", "till", "från", "vid", "hos", "inom",
                       "under", "som", "är", "var", "har", "hade", "ska", "skall", "kan", "får",
                       "blir", "och", "samt", "eller", "att", "det", "den", "de", "en", "ett",
                       "sig", "sin", "sitt", "sina", "också", "även", "idag", "nu", "här", "där",
                       "redan", "sedan", "då", "bland", "annat", "mfl", "m.fl", "kring", "mot",
                       "via", "efter", "inför", "genom", "mellan", "utan", "åt", "vi", "ni",
                       "alla", "flera", "andra", "där", "dessa", "denna", "detta", "år"})
# Endings of verbs ("utvecklar", "startade", "utvecklas", "genomförs"), which no name goes on in.
_VERB_ENDINGS = ("ar", "er", "ir", "s", "ade", "de", "te", "at", "it")


def _body(doc: Doc, start: int, end: int, one_word: bool) -> Span | None:
    """Return the ORG span of doc[start:end], or None for a place, fund, person or lone word."""
    name = doc[start:end].text
    g = load_gazetteer()
    if g.place_kind(name) is not None or doc[end - 1].lower_ in _NOT_BODIES \
            or any(g.place_kind(t.text) is not None for t in doc[start:end]) and end - start == 1:
        return None
    if end - start == 1 and not one_word:
        return None
    if end - start == 2 and _person(doc, start, end):
        return None
    org = resolve_name(name) or org_from_shape(name)
    return org_span(doc, start, end, org, "pattern:role_slot")


slot_span = _body  # for the slots of other phrases (grant_slots.py)


def _person(doc: Doc, start: int, end: int) -> bool:
    """Return whether two capitalised words read as a person's name: plain words, the second
    no place, the first no place nor its genitive ("Hälsinglands") nor a noun's genitive
    ("Kustbygdens") and the second no body's head word ("Utveckling", "Idéhus", "Snickeri")."""
    first, last = doc[start].lower_, doc[end - 1].lower_
    g = load_gazetteer()
    return all(t.is_title and t.is_alpha for t in doc[start:end]) and \
        g.place_kind(doc[end - 1].text) is None and g.place_kind(doc[start].text) is None and \
        not first.endswith(_GENITIVES) and not last.endswith(BODY_HEADS) and not first.endswith(_FIRST_HEADS)


# A body's head noun as the first word: "Förskolan Tittut", "Föreningen Gröna Gårdar".
_FIRST_HEADS = ("skolan", "föreningen", "stiftelsen", "gymnasiet", "förbundet", "kooperativet")
# Endings of a noun's genitive (no first name ends so): "Bygdens", "Företagarnas".
_GENITIVES = ("ens", "arnas", "ernas", "ornas", "ets")
# Head words a body's name is built on, as the end of its last word.
BODY_HEADS = ("utveckling", "centrum", "center", "centret", "gruppen", "grupp", "hus", "huset",
              "råd", "rådet", "bolag", "bolaget", "nätverk", "nätverket", "akademi", "akademin",
              "institut", "institutet", "kooperativ", "forum", "byrå", "byrån", "allians",
              "alliansen", "initiativ", "initiativet", "partner", "partners", "kompetens",
              "kraft", "energi", "samverkan", "utmaning",
              # companies named without "AB": "Hedbergs Snickeri", "Norrviks Bygg", "Nolhamns
              # Sparbank", "Kvarnbo Mekaniska", "Stugbyns Byalag"
              "eri", "bygg", "verkstad", "verkstäder", "bank", "banken", "hamn", "hamnen",
              "fastigheter", "bostäder", "teknik", "service", "konsult", "konsulter", "media",
              "industri", "industrier", "mekaniska", "transport", "gården", "byalag", "skola",
              "skolan")
