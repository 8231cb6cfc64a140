"""Token patterns (spaCy Matcher) for organisation names, departments and collectives."""

from __future__ import annotations

import re

from spacy.lang.sv.stop_words import STOP_WORDS

__all__ = ["SHAPE_PATTERNS", "COLLECTIVE_PATTERNS", "NUMBER_WORDS", "TRIGGER_RE"]

# Capitalised words that start sentences but never names.
_NOT_NAME = sorted(STOP_WORDS | {
    "projektet", "projekt", "företaget", "företagen", "bolaget", "genom", "inom", "även",
    "totalt", "syftet", "målet", "målgruppen", "deltagarna", "insatserna", "samverkan",
    "tillsammans", "dessutom", "slutligen", "både", "region", "kommun", "kommunen", "svensk",
    "svenska", "sverige", "eu", "esf", "esf-rådet", "januari", "februari", "mars", "april", "maj",
    "juni", "juli", "augusti", "september", "oktober", "november", "december", "samt",
})
CAP = {"TEXT": {"REGEX": r"^[A-ZÅÄÖÉÜ][\wÅÄÖåäöéü&.'’-]*$"}, "LOWER": {"NOT_IN": _NOT_NAME}}
CAPS = dict(CAP, OP="+")
_PLACE = [CAPS, {"LOWER": {"IN": ["kommun", "stad", "län", "kommuns"]}, "OP": "?"}]
_AT = {"LOWER": {"IN": ["i", "på", "inom", "vid"]}}

SHAPE_PATTERNS: dict[str, list[list[dict]]] = {
    "COMPANY": [
        [CAPS, {"ORTH": {"IN": ["AB", "HB", "KB", "Aktiebolag", "ABs"]}}],
    ],
    "FOLK_HIGH_SCHOOL": [
        [CAPS, {"LOWER": {"IN": ["folkhögskola", "folkhögskolas"]}}],
    ],
    "COORDINATION_ASSOCIATION": [
        [{"LOWER": {"IN": ["samordningsförbundet", "finsam"]}}, CAPS],
        [CAPS, {"LOWER": {"IN": ["samordningsförbund", "samordningsförbunds"]}}],
    ],
    "UNIVERSITY": [
        [{"LOWER": "högskolan"}, {"LOWER": {"IN": ["i", "på"]}}, CAPS],
        [CAPS, {"LOWER": {"IN": ["universitet", "universitets", "högskola", "högskolas"]}}],
    ],
    "NONPROFIT": [
        [{"LOWER": {"IN": ["föreningen", "stiftelsen", "riksförbundet"]}}, CAPS],
        [CAPS, {"LOWER": {"REGEX": r"^(förening|riksförbund|stiftelse)(en|et)?s?$"}}],
    ],
    "UNIT": [
        [{"LOWER": {"REGEX": r"^\w{3,}(förvaltningen|nämnden)$"}}],
        [{"LOWER": {"REGEX": r"^\w{3,}(förvaltningen|nämnden|enheten|avdelningen)$"}}, _AT, *_PLACE],
        [{"LOWER": {"IN": ["socialtjänsten", "vuxenutbildningen", "komvux", "arbetsmarknadsenheten",
                           "jobbtorg", "jobbcentrum"]}}, _AT, *_PLACE],
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

# A document is searched with the token patterns only when this finds a word they need.
TRIGGER_RE = re.compile(
    r"\b(AB|HB|KB|ABs|Aktiebolag)\b|folkhögskola|samordningsförbund|finsam|högskola|universitet|"
    r"förening|riksförbund|stiftelse|förvaltningen|nämnden|enheten|avdelningen|socialtjänsten|"
    r"vuxenutbildningen|komvux|jobbtorg|jobbcentrum|kommuner|regioner|aktörer|organisationer|"
    r"myndigheter|främjare|förvaltningar|föreningar|kontor|lärosäten|fackförbund|studieförbund|"
    r"arbetsförmedlingar|länsstyrelser",
    re.IGNORECASE,
)
