"""Token patterns (spaCy Matcher) for organisation names, departments and collectives (the
elliptical lists, "Ludvika och Smedjebackens kommuner", are found in elliptic.py)."""

from __future__ import annotations

import re

from spacy.lang.sv.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.partners.base.word_endings import EndingTest

__all__ = ["NOT_NAME", "SHAPE_PATTERNS", "COLLECTIVE_PATTERNS", "collective_parts", "NUMBER_WORDS", "has_trigger", "SECTION_WORDS",
           "is_name_token", "is_trigger_word", "is_shape_anchor", "LIST_SEPARATORS", "NOT_BODY_ENDS",
           "NOT_ONE_WORD_BODIES"]

# The words of a list of names ("A, B och C"), for the readings that take names from lists.
LIST_SEPARATORS = frozenset({",", "och", "samt"})
# Last words of capitalised names that are no bodies: funds, programmes, projects, places of work.
NOT_BODY_ENDS = frozenset({"socialfonden", "socialfond", "fonden", "programmet", "projektet",
                           "college", "park", "centrum", "unionen"})
# One-word names in a list of bodies that are none: funds, programmes, the EU, a grant giver.
NOT_ONE_WORD_BODIES = frozenset({"esf", "eruf", "eu", "interreg", "leader", "erasmus", "horisont",
                                 "vinnova"})

# Capitalised words that start sentences but never names.
_NOT_NAME = sorted(STOP_WORDS | {
    "projektet", "projekt", "företaget", "företagen", "bolaget", "genom", "inom", "även",
    "totalt", "syftet", "målet", "målgruppen", "deltagarna", "insatserna", "samverkan",
    "tillsammans", "dessutom", "slutligen", "både", "region", "kommun", "kommunen", "svensk",
    "svenska", "sverige", "eu", "esf", "esf-rådet", "januari", "februari", "mars", "april", "maj",
    "juni", "juli", "augusti", "september", "oktober", "november", "december", "samt",
    # Field labels of forms, glued to a name by a page copy ("ProjektägareGrimslövs folkhögskola").
    "projektägare", "projektpartner", "projektpartners", "samverkansparter", "samverkanspart",
    "medfinansiär", "medfinansiärer", "stödmottagare", "programområde", "projektnamn",
    "projektnummer", "utlysning",
    # Genitives of the bodies' common nouns: "Kommunens socialförvaltning" names no body.
    "kommunens", "regionens", "stadens", "landstingets", "länets", "förbundets", "projektets",
})
CAP = {"TEXT": {"REGEX": r"^[A-ZÅÄÖÉÜ][\wÅÄÖåäöéü&.'’-]*$"}, "LOWER": {"NOT_IN": _NOT_NAME}}
CAPS = dict(CAP, OP="+")
_ADJECTIVE = {"TEXT": {"REGEX": r"^[A-ZÅÄÖ][a-zåäö]+(?:ska|iska|ella|ala)$"}}
# Inside a name any capitalised word goes, stop words too: "Almi Företagspartner Mitt AB".
NAME = [CAP, {"TEXT": CAP["TEXT"], "OP": "*"}]
_AB = {"ORTH": {"IN": ["AB", "HB", "KB", "Aktiebolag", "ABs", "AB:s"]}}
_PLACE = [CAPS, {"LOWER": {"IN": ["kommun", "stad", "län", "kommuns"]}, "OP": "?"}]
_AT = {"LOWER": {"IN": ["i", "på", "inom", "vid"]}}
# Federations of municipalities named after their area ("Kalmarsunds gymnasieförbund").
_FEDERATIONS = ["kommunalförbund", "kommunalförbunds", "gymnasieförbund", "gymnasieförbunds",
                "utbildningsförbund", "utbildningsförbunds"]


def _lower_place_words() -> tuple[list[str], list[str]]:
    """Return (places, genitives): one-word place names in lower case and their genitives.

    A text pasted in lower case ("samordningsförbundet gävle", "fyrbodals kommunalförbund")
    has no capitals to find names by; a known place after or before the head word stands in.
    """
    places = sorted(k for k in load_gazetteer().places if " " not in k and len(k) > 2)
    genitives = sorted({p if p.endswith(("s", "x", "z")) else p + "s" for p in places})
    return places, genitives


_LOW_PLACES, _LOW_GENITIVES = _lower_place_words()
_LOW_PLACE = {"LOWER": {"IN": _LOW_PLACES}}
_LOW_GENITIVE = {"LOWER": {"IN": _LOW_GENITIVES}}
_DIRECTION = {"LOWER": {"IN": ["norra", "södra", "östra", "västra", "centrala", "mellersta",
                                "nordöstra", "sydöstra", "nordvästra", "sydvästra", "övre",
                                "nedre", "inre"]}, "OP": "?"}

SHAPE_PATTERNS: dict[str, list[list[dict]]] = {
    "COMPANY": [
        [*NAME, _AB],
    ],
    # "Borås Energi och Miljö AB": a town's company; ruler.py checks that the first word is a place.
    "COMPANY_AND": [
        [CAP, CAP, {"LOWER": {"IN": ["och", "&"]}}, CAP, _AB],
    ],
    # Kommunalförbund: "Fyrbodals kommunalförbund", "Kommunförbundet Norrbotten".
    "LOCAL_FEDERATION": [
        [CAPS, {"LOWER": {"IN": _FEDERATIONS}}],
        [_DIRECTION, _LOW_GENITIVE, {"LOWER": {"IN": _FEDERATIONS}}],
        [{"LOWER": {"IN": ["kommunförbundet", "kommunalförbundet"]}}, CAPS],
        [{"LOWER": {"IN": ["kommunförbundet", "kommunalförbundet"]}}, _LOW_PLACE],
    ],
    "FOLK_HIGH_SCHOOL": [
        [CAPS, {"LOWER": {"IN": ["folkhögskola", "folkhögskolas"]}}],
        [_LOW_GENITIVE, {"LOWER": {"IN": ["folkhögskola", "folkhögskolas"]}}],
    ],
    "COORDINATION_ASSOCIATION": [
        [{"LOWER": {"IN": ["samordningsförbundet", "finsam"]}}, CAPS],
        [{"LOWER": {"IN": ["samordningsförbundet", "finsam"]}}, _DIRECTION, _LOW_PLACE],
        [CAPS, {"LOWER": {"IN": ["samordningsförbund", "samordningsförbunds"]}}],
        [_DIRECTION, _LOW_GENITIVE,
         {"LOWER": {"IN": ["samordningsförbund", "samordningsförbunds"]}}],
    ],
    "UNIVERSITY": [
        [{"LOWER": "högskolan"}, {"LOWER": {"IN": ["i", "på"]}}, CAPS],
        [{"LOWER": "högskolan"}, {"LOWER": {"IN": ["i", "på"]}}, _LOW_PLACE],
        [CAPS, {"LOWER": {"IN": ["universitet", "universitets", "högskola", "högskolas"]}}],
    ],
    "NONPROFIT": [
        [{"LOWER": {"IN": ["föreningen", "stiftelsen", "riksförbundet"]}}, CAPS],
        [CAPS, {"LOWER": {"REGEX": r"^(förening|riksförbund|stiftelse)(en|et)?s?$"}}],
        # An adjective before "föreningen" opens the name: "Ideella föreningen Norrsken",
        # "Eritreanska föreningen i Borås" (not "Ideella föreningen" and a second name).
        [_ADJECTIVE, {"LOWER": "föreningen"}, CAPS],
        [_ADJECTIVE, {"LOWER": "föreningen"}, {"LOWER": "i"}, CAP],
        # The foundations of savings banks, which fund local projects: "Sparbanksstiftelsen Färs &
        # Frosta", "Sparbanksstiftelsen 1826" (the banks themselves are partners as often).
        [{"LOWER": "sparbanksstiftelsen"}, {"TEXT": {"REGEX": r"^(?:[A-ZÅÄÖ][\wåäö-]*|\d{4})$"}},
         {"ORTH": "&", "OP": "?"}, dict(CAP, OP="?")],
    ],
    "UNIT": [
        [{"LOWER": {"REGEX": r"^\w{3,}(förvaltningen|nämnden)$|^(region|kommun|landstings)styrelsen$"}}],
        [{"LOWER": {"REGEX": r"^\w{3,}(förvaltningen|nämnden|enheten|avdelningen)$|^(region|kommun)styrelsen$"}},
         _AT, *_PLACE],
        # "Näringslivskontoret i X" (not "vid": "innovationskontoret vid X" is a university's)
        [{"LOWER": {"REGEX": r"^(?!projekt|huvud|lokal)\w{3,}kontoret$"}}, {"LOWER": "i"}, *_PLACE],
        [{"LOWER": {"IN": ["socialtjänsten", "vuxenutbildningen", "komvux", "arbetsmarknadsenheten",
                           "jobbtorg", "jobbcentrum"]}}, _AT, *_PLACE],
    ],
    # Units that are bodies only beside their municipality or region (unit_parents.py), never
    # an owner's by themselves ("Vilsenheten är påtaglig"): "Avfallsenheten", "Stadskontoret"
    # (not "Huvudkontoret", "Lokalkontoret" or a project's "Projektkontoret"), "Avdelningen för
    # hållbar tillväxt".
    "UNIT_BESIDE": [
        [{"TEXT": {"REGEX": r"^[A-ZÅÄÖ]\w{2,}enheten$|^(?!Projekt|Huvud|Lokal)[A-ZÅÄÖ]\w{2,}kontoret$"}}],
        [{"LOWER": "avdelningen"}, {"LOWER": "för"}, {"IS_ALPHA": True, "IS_LOWER": False},
         {"IS_ALPHA": True, "IS_LOWER": True, "OP": "?"}],
    ],
}

NUMBER_WORDS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
    "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
    "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20,
}
# Kinds of organisation a collective can be made of. Companies and employers are left out on
# purpose: in project descriptions they are the target group, not the project's partners.
_ACTORS = (r"^\w*(kommuner|regioner|aktörer|organisationer|myndigheter|främjare|folkhögskolor|"
           r"förvaltningar|föreningar|kontor|lärosäten|högskolor|samordningsförbund|fackförbund|"
           r"studieförbund|arbetsförmedlingar|länsstyrelser|universitet)$")
_ACTOR = {"LOWER": {"REGEX": _ACTORS}}
_AREA = [{"LOWER": {"IN": ["i", "inom"]}}, CAPS, {"LOWER": {"IN": ["län", "kommun"]}, "OP": "?"}]
_COUNT = {"LOWER": {"IN": [*NUMBER_WORDS, "samtliga", "flera"]}}

COLLECTIVE_PATTERNS = [
    [_COUNT, _ACTOR],
    [_COUNT, _ACTOR, *_AREA],
    [{"LIKE_NUM": True}, _ACTOR],
    [{"LIKE_NUM": True}, _ACTOR, *_AREA],
    [{"LOWER": "ett"}, {"LOWER": {"IN": ["antal", "flertal", "tiotal"]}}, _ACTOR],
    [{"LOWER": {"IN": ["länets", "länens", "regionens", "kommunernas"]}}, _ACTOR],
    [{"LOWER": {"IN": ["kommunerna", "regionerna"]}}, *_AREA],
]

# A document is searched with the token patterns only when it holds a word they need: one of
# these stems in its lower-cased text, or a company suffix as written. Plain substring tests are
# several times faster than one case-insensitive regular expression over the same words.
TRIGGER_STEMS = (
    "folkhögskol", "kommunalförbund", "kommunförbund", "samordningsförbund", "gymnasieförbund",
    "utbildningsförbund", "finsam", "högskola", "universitet", "förening", "riksförbund",
    "stiftelse", "förvaltning", "sdf", "nämnden", "styrelsen", "enheten", "avdelningen", "kontoret", "socialtjänsten",
    "vuxenutbildningen", "komvux", "jobbtorg", "jobbcentrum", "kommuner", "regioner", "aktörer",
    "organisationer", "myndigheter", "främjare", "förvaltningar", "föreningar", "kontor",
    "lärosäten", "fackförbund", "studieförbund", "arbetsförmedlingar", "länsstyrelser",
)
COMPANY_SUFFIX = re.compile(r"\b(?:AB|HB|KB|ABs|Aktiebolag)\b")


def has_trigger(text: str) -> bool:
    """Return whether the token patterns could match anything in `text`."""
    low = text.lower()
    return any(stem in low for stem in TRIGGER_STEMS) or COMPANY_SUFFIX.search(text) is not None


COMPANY_WORDS = frozenset({"AB", "HB", "KB", "ABs", "AB:s", "Aktiebolag"})

# The words the token patterns are built around, as whole words in lower case: every match of
# SHAPE_PATTERNS and COLLECTIVE_PATTERNS holds one of them or a company word as written, and so
# does every elliptical list. The ruler runs the patterns only in windows around them, and
# focus.py keeps the sentences that hold one. tests/test_focus.py checks the first claim on
# every match the patterns make in the test corpora.
ANCHOR = re.compile(
    r"^(?:"
    r"\w*(?:kommuner|regioner|aktörer|organisationer|myndigheter|främjare|folkhögskolor|"
    r"förvaltningar|föreningar|kontor|lärosäten|högskolor|samordningsförbund|fackförbund|"
    r"studieförbund|arbetsförmedlingar|länsstyrelser|universitet)"
    r"|\w*kommunerna|regionerna"
    r"|(?:kommunal|gymnasie|utbildnings)förbunds?|kommun(?:al)?förbundet"
    r"|folkhögskolas?|samordningsförbund(?:et|s)?|finsam"
    r"|högskolan|högskolas?|universitets"
    r"|(?:förening(?:en)?|riksförbund(?:et)?|stiftelsen?)s?"
    r"|\w{3,}(?:förvaltningen|förvaltning|nämnden|enheten|avdelningen|kontoret)|avdelningen|sdf"
    r"|(?:region|kommun|landstings)styrelsen"
    r"|socialtjänsten|vuxenutbildningen|komvux|arbetsmarknadsenheten|jobbtorg|jobbcentrum"
    r"|sparbanksstiftelsen"
    r")$")


def is_trigger_word(lower: str) -> bool:
    """Return whether a token (in lower case) is a word some token pattern is built around."""
    return is_shape_anchor(lower) or lower in _COMPANY_LOWER


def is_shape_anchor(lower: str) -> bool:
    """Return whether a token (in lower case) is an ANCHOR word, save an office of no body."""
    return _ANCHOR_TEST(lower) and lower not in NO_UNITS


# Offices that are no body's unit: a project's own, a company's head office, a local office.
NO_UNITS = frozenset({"projektkontoret", "huvudkontoret", "lokalkontoret"})
_ANCHOR_TEST = EndingTest(ANCHOR)  # ANCHOR.match, tried on the words with a possible ending


_COMPANY_LOWER = frozenset(w.lower() for w in COMPANY_WORDS)


# Words after a body's name that make it a regional section or branch ("Kommunal Mitt").
SECTION_WORDS = frozenset({"Mitt", "Nord", "Norr", "Syd", "Söder", "Väst", "Öst", "Sydost",
                           "Nordost", "Nordväst", "Sydväst", "Mellan"})

_NOT_NAME_SET = NOT_NAME = frozenset(_NOT_NAME)


def is_name_token(token: Token) -> bool:
    """Return whether a token may start a name: capitalised, letters only, no sentence word."""
    return token.text[:1].isupper() and token.is_alpha and token.lower_ not in _NOT_NAME_SET


def collective_parts(span: Span) -> tuple[int | None, str | None]:
    """Return (count, area) of a collective: "Sju kommuner i Kronobergs län" -> (7, "Kronobergs län")."""
    count = None
    first = span[0].lower_
    if first.isdigit():
        count = int(first)
    elif first in NUMBER_WORDS:
        count = NUMBER_WORDS[first]
    area = None
    m = re.search(r"\b(?:i|inom)\s+(.+)$", span.text)
    if m:
        area = m[1]
    return count, area
