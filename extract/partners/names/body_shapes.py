"""Token patterns for bodies in no list: associations, foundations, science parks, government,
partnerships, Leader groups and foreign bodies, by the head word their names are built on.

Every pattern holds a head word ("-förening", "Stiftelsen", "Science Park", "-departementet",
"Leader", "AS", ...) that BODY_ANCHOR knows, so the ruler runs the patterns only in windows
around one and focus.py keeps the sentences that hold one, as for name_shapes.py. The names are
read as written; the resolver types them by their shape.
"""

from __future__ import annotations

import re

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.partners.base.name_search import Substrings
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.base.word_endings import EndingTest
from esfgraph.extract.partners.names.finnish_names import finnish_start
from esfgraph.extract.partners.names.name_shapes import (
    ANCHOR,
    CAP,
    CAPS,
    COMPANY_SUFFIX,
    COMPANY_WORDS,
    NOT_NAME,
    SHAPE_PATTERNS,
    TRIGGER_STEMS,
    is_shape_anchor,
)

__all__ = ["BODY_PATTERNS", "ALL_PATTERNS", "is_body_anchor", "BODY_STEMS", "FOREIGN_COMPANY_WORDS", "is_anchor_word",
           "could_match", "ALL_COMPANY_WORDS", "names_a_place", "county_boards",
           "headed_names", "ANCHOR_ENDINGS", "ANCHOR_WORDS", "office_text"]

_UP = "A-ZÅÄÖÉÜØÆ"
_TITLE = {"TEXT": {"REGEX": rf"^[{_UP}][\wåäöéüøæ&'’.-]*$"}}
_DIRECTION = {"LOWER": {"IN": ["norra", "södra", "östra", "västra", "mellersta", "centrala",
                                "nordvästra", "nordöstra", "sydvästra", "sydöstra"]}, "OP": "?"}
_FI_REGION = dict(CAP, LOWER={"NOT_IN": [*CAP["LOWER"]["NOT_IN"], "ntm-centralen"]}, OP="+")
_LOWER_WORD = {"IS_LOWER": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": ["och", "i", "som", "att",
                                                                         "med", "för", "på", "är"]}}
# Company forms of the neighbouring countries: "Vilja AS", "Oulun Energia Oy".
FOREIGN_COMPANY_WORDS = frozenset({"AS", "ASA", "Oy", "Oyj", "ApS", "GmbH", "Ltd"})
_FOREIGN = {"ORTH": {"IN": sorted(FOREIGN_COMPANY_WORDS)}}
# Words written after a name that make it a body, as written: "Västerljungs IF" (a sports
# club, idrottsförening; not "IF Metall", whose name it begins).
_NATIONAL_FIRST = dict(CAP, LOWER={"NOT_IN": ["i", "från", "till", "hela", "mitt", "södra", "norra", "östra",
                                              "västra", "mellersta", "inom", "för", "av", "om", "med",
                                              "på", "över", "genom", "ur", "och", "interreg"]})
_CLUB_WORDS = frozenset({"IF", "IK", "BK", "rf", "ry", "uf", "r.f.", "r.y.", "R.F.", "R.Y."})  # clubs ("Eckerö IK") and Finland's "X rf"


def _esf_regions() -> list[list[str]]:
    """Return the ESF programme regions as word lists ("Östra Mellansverige", "Skåne-Blekinge")."""
    import csv
    from importlib.resources import files
    text = (files("esfgraph.extract.organisations") / "data" / "counties.csv").read_text("utf-8")
    names = {r["esf_region"] for r in csv.DictReader(text.splitlines())} | {"Skåne-Blekinge", "Skåne Blekinge"}
    return [n.split() for n in sorted(names) if n]


_REGIONS = _esf_regions()
_RFIRST = {"TEXT": {"IN": sorted({w[0] for w in _REGIONS} | {w[0] + "s" for w in _REGIONS if len(w) == 1})}}
_RREST = {"LOWER": {"IN": sorted({x.lower() + s for w in _REGIONS for x in w[1:] for s in ("", "s")})}, "OP": "?"}
_UNIT_END = r"(?:förvaltning|förvaltningen|enheten|nämnden)"
_UNIT_WORD = rf"^\w{{3,}}{_UNIT_END}$"
_PARTNERSHIP = {"LOWER": {"REGEX": r"^str?ukturfonds?partn?erskapets?$"}}  # and "Stuktur-", "-parterskapet"

# The head words a capitalised name ends in, in any case ("Norra Älvstrandens
# företagarförening", "Brynge Kulturförening", "Kalmar Stadsmission", "Alnö Skidklubb", "Luleå
# stift", "Bräcke Diakoni", "Västsvenska Handelskammaren", "Oulun yliopisto", "Eidskog kommune",
# "Billströmska folkhögskolan") and as written ("Jämtland Härjedalen Turism", "Stockholm Science
# City Foundation", "Länstekniskt Centrum", "Nord University", "Ekö Näringslivskontor").
_HEAD_ANY_CASE = (r"^(?:\w+(?:förening|föreningen|stiftelse|stiftelsen|förbund|förbundet)s?|"
                  r"stadsmission|stadsmissionen|stadsmissions|räddningsmission|räddningsmissionen|\w+klubb|\w+klubben|\w+klubbs|stift|"
                  r"stifts|diakoni|diakonis|handelskammare|handelskammaren|handelskammares|yliopisto|"
                  r"ammattikorkeakoulu|kommune|fylkeskommune|kaupunki|kunta|folkhögskolan)$")
_HEAD_AS_WRITTEN = (r"^(?:Turism|Turisms|Foundation|Innovations|Incubator|Inkubator|Centrum|Center|"
                    r"Centrums|University|Näringslivscentrum|Näringslivskontor|Näringslivskontoret)$")

BODY_PATTERNS: dict[str, list[list[dict]]] = {
    # Associations, foundations, institutes, science parks, incubators, energy offices,
    # dioceses, chambers of commerce, study associations, business bodies, Nordic
    # municipalities and universities: each by its head word (the names that end in one of
    # the head words above are found by headed_names, faster than by a pattern).
    "BODY": [
        [CAPS, dict(_LOWER_WORD, OP="?"), {"LOWER": "ekonomisk"}, {"LOWER": {"IN": ["förening", "föreningen"]}}],
        [CAPS, {"LOWER": "ek"}, {"ORTH": "."}, {"LOWER": "för"}, {"ORTH": ".", "OP": "?"}],  # "ek. för."
        [{"TEXT": {"REGEX": rf"^[{_UP}]\w+(?:föreningen|förbundet)$"}}, {"LOWER": "i"}, CAPS,
         {"LOWER": {"IN": ["län", "kommun"]}, "OP": "?"}],
        [{"LOWER": "regionförbundet"}, {"LOWER": "i", "OP": "?"}, _DIRECTION, CAPS,
         {"LOWER": "län", "OP": "?"}],
        [{"TEXT": {"REGEX": rf"^[{_UP}]{{2,}}-stiftelsens?$"}}],
        # A national body named "<field> Sverige": "Avfall Sverige", "Lokal Utveckling Sverige"
        # (not "I Sverige", "Hela Sverige", "Mitt Sverige", "Interreg Sverige-Norge").
        [_NATIONAL_FIRST, dict(CAP, OP="?"), {"ORTH": "Sverige"}],
        [{"TEXT": {"REGEX": rf"^[{_UP}]\w+institutets?$"}}],
        [{"TEXT": "Institutet"}, {"LOWER": "för"}, _LOWER_WORD],
        [CAPS, {"TEXT": "Science"}, {"TEXT": {"IN": ["Park", "Parks"]}}, {"ORTH": "AB", "OP": "?"}],
        # "Science Park Gotland", "Science Park i Jönköping", "Coompanion i Östergötland": a
        # body's office named after its place.
        [{"TEXT": "Science"}, {"TEXT": "Park"}, {"LOWER": "i", "OP": "?"}, CAP],
        [{"TEXT": "Coompanion"}, {"LOWER": "i"}, _DIRECTION, CAP],
        [{"LOWER": {"IN": ["energikontoret", "energikontor"]}}, CAPS],
        # "Energikontoret i Mälardalen", "Inkubatorn i Borås": the office or incubator of a place.
        [{"LOWER": {"IN": ["energikontoret", "energikontor"]}}, {"LOWER": {"IN": ["i", "för"]}}, _DIRECTION, CAPS],
        [{"LOWER": {"REGEX": r"^\w*inkubatorn$"}}, {"LOWER": {"IN": ["i", "på", "vid"]}}, CAPS],
        [{"LOWER": {"IN": ["nationellt", "nationella"]}}, {"LOWER": {"REGEX": r"^\w+(center|centrum)$"}},
         {"LOWER": "för"}, _LOWER_WORD],
        [{"LOWER": "handelskammaren"}, CAPS],
        [{"TEXT": "Studieförbundet"}, CAPS],
        [{"TEXT": "University"}, {"LOWER": "of"}, CAPS],
        [CAPS, {"TEXT": "University"}, {"LOWER": "of"}, CAPS],  # "Seinäjoki University of Applied Sciences"
        # Finland's state regional offices: "NTM-centralen i Södra Österbotten", "Närings-,
        # trafik- och miljöcentralen i Södra Österbotten" (not the short name written after it).
        [{"LOWER": "ntm-centralen"}, {"LOWER": "i"}, _DIRECTION, _FI_REGION],
        [{"LOWER": "närings-"}, {"ORTH": ","}, {"LOWER": "trafik-"}, {"LOWER": "och"},
         {"LOWER": "miljöcentralen"}, {"LOWER": "i"}, _DIRECTION, _FI_REGION],
        [{"TEXT": "Invest"}, {"LOWER": "in"}, CAPS], [{"TEXT": "Business"}, {"TEXT": "Region"}, CAPS],
        [{"ORTH": "IUC"}, CAPS], [{"LOWER": "länstrafiken"}, {"LOWER": "i"}, CAPS],
    ],
    # The government, ministries, structural-fund partnerships, Leader groups.
    "GOVERNMENT": [
        [{"TEXT": {"REGEX": rf"^[{_UP}]\w+departementets?$"}}],
        [{"TEXT": {"REGEX": rf"^[{_UP}]\w+-$"}}, {"LOWER": "och"}, {"LOWER": {"REGEX": r"^\w+departementets?$"}}],
        [_PARTNERSHIP, {"LOWER": {"IN": ["i", "för"]}, "OP": "?"}, {"TEXT": "Mål", "OP": "?"},
         {"LIKE_NUM": True, "OP": "?"}, _RFIRST, _RREST, _RREST],  # "Småland och öarna(s)"
        [_RFIRST, _RREST, {"LOWER": {"REGEX": r"^str?ukturfonds?partn?erskap(?:et)?$"}}],  # "Västsveriges strukturfondspartnerskap"
        [{"ORTH": "LAG", "OP": "?"}, {"TEXT": "Leader"}, CAPS], [{"ORTH": "LAG"}, CAP], [CAP, dict(CAP, OP="?"), {"ORTH": "LAG"}],
    ],
    # Foreign bodies: "Vilja AS", "Høgskolen i Innlandet", "Institutt for samfunnsforskning".
    "FOREIGN": [
        [{"TEXT": {"IN": ["Høgskolen", "Høgskulen", "Universitetet", "Høgskulen"]}},
         {"LOWER": {"IN": ["i", "på"]}}, dict(_TITLE, OP="+")],
        [{"TEXT": {"IN": ["Institute", "Institutt", "Centre", "Center"]}},
         {"LOWER": {"IN": ["for", "of"]}}, _TITLE, {"TEXT": {"REGEX": rf"^([{_UP}][\w-]*|in|and|of|for|the|on)$"}, "OP": "*"}, _TITLE],
        [{"TEXT": {"IN": ["Institute", "Institutt"]}}, {"LOWER": {"IN": ["for", "of"]}},
         {"IS_ALPHA": True}],
    ],
    # Named units (run with name_shapes.py's patterns, around its unit words and "SDF"; the
    # names ending in a unit word, "Spånga-Tensta stadsdelsförvaltning", "Stockholm
    # arbetsmarknadsförvaltning", are found by headed_names):
    # "SDF Lundby", "VGR Folkhögskoleförvaltningen", "Västerås stad, Arbetsmarknadsenheten",
    # "Arbetsmarknadsenheten - Västerås stad".
    "NAMED_UNIT": [
        [{"ORTH": "SDF"}, CAPS],
        [{"TEXT": {"REGEX": rf"^[{_UP}]{{2,5}}$"}}, {"TEXT": {"REGEX": rf"^[{_UP}]\w*{_UNIT_END}$"}}],
        [CAPS, {"LOWER": {"IN": ["kommun", "stad", "kommuns", "stads"]}}, {"ORTH": ","},
         {"LOWER": {"REGEX": _UNIT_WORD}}],
        [{"LOWER": {"REGEX": _UNIT_WORD}}, {"ORTH": {"IN": ["-", "–"]}}, CAPS,
         {"LOWER": {"IN": ["kommun", "stad"]}, "OP": "?"}],
    ],
}

ALL_PATTERNS = {**SHAPE_PATTERNS, **BODY_PATTERNS}

BODY_STEMS = ("kommune", "kaupunki", "kunta", "förbund", "handelskammar", "studieförbundet", "yliopisto", "ammattikorkeakoulu", "university",
              "förening", "stiftelse", "stadsmission", "klubb", "regionförbundet", "turism",
              "institut", "foundation", "innovations", "incubator", "inkubator", "science park",
              "energikontor", "näringslivskontor", "stift", "diakoni", "center", "centrum", "departementet",
              "partnerskap", "parterskap", "leader", "lag", "høgskol", "universitetet", "institute", "centre",
              "invest in", "business region", "iuc", "länstrafiken", "folkhögskolan",
              "räddningsmission", "ek. för", "ntm-central", "miljöcentral", "coompanion", "sverige")
BODY_ANCHOR = re.compile(
    r"^(?:\w*(?:förening|föreningen|stiftelse|stiftelsen|stiftelsens|klubb|klubben|klubbs|"
    r"förbund|förbundet|förbunds|förbundets|"
    r"klubbens|institutet|institutets|departementet|departementets)"
    r"|stadsmission|stadsmissionen|stadsmissions|regionförbundet|turism|turisms|institutet|"
    r"foundation|innovations|incubator|inkubator|\w*inkubatorn|science|energikontoret|energikontor|näringslivskontor(?:et)?|stift|stifts|"
    r"diakoni|diakonis|\w*center|\w*centrum|str?ukturfonds?partn?erskap(?:ets?)?|leader|høgskolen|"
    r"høgskulen|universitetet|institute|institutt|centre|invest|business|iuc|länstrafiken|"
    r"folkhögskolan|länsstyrelserna|handelskammaren?|handelskammares|studieförbundet|yliopisto|ammattikorkeakoulu|"
    r"räddningsmission|räddningsmissionen|ek|ntm-centralen|miljöcentralen|"
    r"university|kommune|fylkeskommune|kaupunki|kunta|coompanion|sverige|lag)$")
ALL_COMPANY_WORDS = COMPANY_WORDS | FOREIGN_COMPANY_WORDS | _CLUB_WORDS
_FOREIGN_RX = re.compile(r"(?<![\w-])(?:AS|ASA|Oy|Oyj|ApS|GmbH|Ltd|IF|IK|BK|rf|ry|uf|[rR]\.[fyFY]\.)(?![\w-])")
# has_trigger's and BODY_STEMS's stems, any of them found in one pass over the text.
_STEMS = Substrings((*TRIGGER_STEMS, *BODY_STEMS))


def is_anchor_word(lower: str) -> bool:
    """Return whether a token (lower case) is a word some shape pattern is built around."""
    return is_shape_anchor(lower) or _BODY_TEST(lower) or lower in ANCHOR_WORDS


def is_body_anchor(lower: str) -> bool:
    """Return whether a token (lower case) is a word a pattern of BODY_PATTERNS is built around."""
    return _BODY_TEST(lower) or lower in _FOREIGN_LOWER


_FOREIGN_LOWER = frozenset(w.lower() for w in FOREIGN_COMPANY_WORDS | _CLUB_WORDS)
# Each anchor expression tried on the words with an ending its matches can have (the same).
_ANCHOR_TEST, _BODY_TEST = EndingTest(ANCHOR), EndingTest(BODY_ANCHOR)
# What every anchor word ends in, or is (focus.py finds them in the text by these).
ANCHOR_ENDINGS = None if _ANCHOR_TEST.tails is None or _BODY_TEST.tails is None \
    else _ANCHOR_TEST.tails | _BODY_TEST.tails
# "universiteten i Örebro, Uppsala och Linköping" (elliptic.py): the plural heads no pattern holds.
ANCHOR_WORDS = _FOREIGN_LOWER | {w.lower() for w in COMPANY_WORDS} | {"universiteten", "högskolorna"}


_HEAD_ANY = re.compile(_HEAD_ANY_CASE)
_HEAD_WRITTEN = re.compile(_HEAD_AS_WRITTEN)
_CAPITAL = re.compile(CAP["TEXT"]["REGEX"])
_UNIT_HEAD = re.compile(_UNIT_WORD)


def headed_names(doc, positions: list[int]) -> list[tuple[str, int, int]]:
    """Return (label, start, end) of each name of capitalised words ending in a head word at one of the
    positions: "Kalmar Stadsmission", "Brynge Kulturförening" (BODY), "Vilja AS" (FOREIGN), "Spånga-Tensta
    stadsdelsförvaltning" (NAMED_UNIT): a pattern [capitalised words, head word] read leftwards, faster."""
    out = []
    for i in positions:
        token = doc[i]
        if _HEAD_ANY.match(token.lower_) or _HEAD_WRITTEN.match(token.text):
            label = "BODY"
        elif token.text in FOREIGN_COMPANY_WORDS:
            label = "FOREIGN"
        elif token.text in _CLUB_WORDS and not (i + 1 < len(doc) and doc[i + 1].text.startswith("Metall")):
            label = "BODY"
        elif _UNIT_HEAD.match(token.lower_):
            label = "NAMED_UNIT"
        else:
            continue
        j = i
        while j > 0 and _CAPITAL.match(doc[j - 1].text) and (doc[j - 1].lower_ not in NOT_NAME or doc[j - 1].text == "Svenska"):
            j -= 1
        if j < i or (label == "BODY" and _placed_compound(token.text)):
            out.append((label, finnish_start(doc, j, i), i + 1))  # "Hembygdens Vänner i Pernå rf"
    return out


_COMPOUND = re.compile(r"^([A-ZÅÄÖ]\w{2,}?)s?(?:förening|föreningen|stiftelse|stiftelsen|förbund|förbundet)$")


def _placed_compound(word: str) -> bool:
    """Return whether one word is a body named by its place: "Upplandsstiftelsen",
    "Hallandsföreningen" ("Idrottsföreningen" and "Stiftelsen" are no names)."""
    m = _COMPOUND.match(word)
    return m is not None and load_gazetteer().place_kind(m[1]) is not None


def could_match(text: str) -> bool:
    """Return whether any shape pattern could match in `text` (cheap substring tests)."""
    return _STEMS.first(text.lower()) or COMPANY_SUFFIX.search(text) is not None \
        or _FOREIGN_RX.search(text) is not None


def county_boards(doc) -> list[tuple[int, int, object]]:
    """Return (start, end, body) for each county board of "Länsstyrelserna i Skåne och Blekinge
    län": the plural names one county board per county."""
    out = []
    if "änsstyrelserna" not in doc_text(doc).lower():
        return out
    for i in [t.i for t in doc if t.lower_ == "länsstyrelserna"]:
        j, items = i + 2, []
        if j >= len(doc) or doc[i + 1].lower_ != "i":
            continue
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            name = doc[j].text
            org = _county_board(name)
            if org is None:
                break
            items.append((j, j + 1, org))
            if j + 1 < len(doc) and doc[j + 1].lower_ in ("och", ",", "samt"):
                j += 2
            else:
                break
        if len(items) > 1:
            (s0, e0, o0), *rest = items
            items = [(i, e0, o0), *rest]
            last = items[-1]
            if last[1] < len(doc) and doc[last[1]].lower_ == "län":
                items[-1] = (last[0], last[1] + 1, last[2])
            out.extend(items)
    return out


def _county_board(name: str):
    g = load_gazetteer()
    for form in (f"Länsstyrelsen i {name} län", f"Länsstyrelsen i {name}", f"Länsstyrelsen {name}"):
        org = g.lookup(form)
        if org is not None and org.name.startswith("Länsstyrelsen"):
            return org
    return None


def names_a_place(name: str) -> bool:
    """Return whether the words before a head word are only a place ("Göteborg Centrum")."""
    return load_gazetteer().place_kind(name) is not None


def office_text(span) -> str | None:
    """Return the name to resolve of a pattern's span: the span's text, the place's genitive
    taken off an office's name ("Science Park Gotlands verksamhet" is Science Park Gotland's), or
    None where "Science Park i X" ends another name ("Munktell Science Park i Eskilstuna") or
    names premises ("på Science Park i Jönköping")."""
    if span[0].text not in ("Science", "Coompanion") or len(span) < 3:
        return span.text
    before = [t.text for t in span.doc[max(0, span.start - 2):span.start]]
    if span[0].text == "Science" and before and _CAPITAL.match(before[-1]) \
            and not span.doc[span.start - 1].is_sent_start:
        return None
    # "lokalerna på Science Park i Jönköping": the premises ("vi på Science Park i X": the body).
    if span[2].lower_ == "i" and before and before[-1].lower() in ("på", "vid", "i") \
            and not (len(before) == 2 and before[0].lower() in ("vi", "oss")):
        return None
    last = span[-1].text
    if last.endswith("s") and names_a_place(last[:-1]):
        return span.text[:-1]
    return span.text
