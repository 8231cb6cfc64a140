"""Programme periods, programme areas and specific objectives, as the project bank writes them.

Codes are scoped by period: area `1` of 2007–2013 is not area `1` of 2014–2020. `CODES` lists
the codes the bank has used, with the other notations it wrote for the same thing (`3.1` for
YEI objective `3`, `5.1` for React-EU objective `7.2` before the renumbering), Swedish and
English labels and, for an objective, its area. A code of the right shape that is not listed is
kept (and gets a node of its own); a value of another shape is kept as text with a warning.
The crosswalk between periods is reference data (ontology/crosswalk.ttl), not parser logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["PROGRAMME_PERIODS", "Code", "CODES", "canonical_code", "code_shape_ok", "period_of_id",
           "ID_SHAPES"]

PROGRAMME_PERIODS = ("2007-2013", "2014-2020", "2021-2027")
# The two shapes of the bank's identifiers: 2014–2020 `2015/00254`, ESF+ `22-009-S02`.
ID_SHAPES = {"2014-2020": re.compile(r"[0-9]{4}/[0-9]{5}"),
             "2021-2027": re.compile(r"[0-9]{2}-[0-9]{3}-S[0-9]{2}")}
# Codes of the right shape per (period, kind), listed or not.
_SHAPES = {
    ("2007-2013", "programme-area"): r"[1-9]",
    ("2014-2020", "programme-area"): r"[1-9]|Care|React-EU|FEAD",
    ("2014-2020", "specific-objective"): r"[1-9](\.[0-9])?",
    ("2021-2027", "programme-area"): r"[A-Z]",
    ("2021-2027", "specific-objective"): r"[A-Z][0-9][A-Z]?",
}


@dataclass(frozen=True)
class Code:
    """One programme area or specific objective of one period."""

    period: str
    kind: str                      # "programme-area" or "specific-objective"
    code: str                      # the notation the IRI is minted from
    sv: str
    en: str
    also: tuple[str, ...] = ()     # other notations the bank wrote for it
    area: str | None = None        # an objective's programme area


def _c(period, kind, code, sv, en, also=(), area=None) -> Code:
    return Code(period, kind, code, sv, en, tuple(also), area)


_A, _O = "programme-area", "specific-objective"
CODES: tuple[Code, ...] = (
    _c("2007-2013", _A, "1", "Kompetensförsörjning", "Skills supply"),
    _c("2007-2013", _A, "2", "Ökat arbetskraftsutbud", "Increased labour supply"),
    _c("2014-2020", _A, "1", "Kompetensförsörjning", "Skills supply"),
    _c("2014-2020", _A, "2", "Öka övergångarna till arbete", "More transitions into work"),
    _c("2014-2020", _A, "3", "Sysselsättningsinitiativet för unga", "Youth Employment Initiative"),
    _c("2014-2020", _A, "5", "FEAD, materiellt bistånd", "FEAD, material assistance"),
    _c("2014-2020", _A, "React-EU", "React-EU", "REACT-EU", also=("7",)),
    _c("2014-2020", _A, "Care", "Care", "CARE"),
    _c("2014-2020", _O, "1.1", "Kompetensutveckling för sysselsatta", "Skills of the employed", area="1"),
    _c("2014-2020", _O, "1.2", "Utbildningssystem och livslångt lärande",
       "Education systems and lifelong learning", area="1"),
    _c("2014-2020", _O, "2.1", "Arbetslösa långt från arbetsmarknaden",
       "Unemployed people far from the labour market", area="2"),
    _c("2014-2020", _O, "2.2", "Unga utanför arbete och studier",
       "Young people not in employment or education", area="2"),
    _c("2014-2020", _O, "2.3", "Aktiv inkludering och övergångar till arbete",
       "Active inclusion and transitions into work", area="2"),
    _c("2014-2020", _O, "2.4", "Care inom programområde 2", "Care within programme area 2", area="2"),
    _c("2014-2020", _O, "3", "Sysselsättningsinitiativet för unga", "Youth Employment Initiative",
       also=("3.1",), area="3"),
    _c("2014-2020", _O, "5.3", "FEAD, materiellt bistånd", "FEAD, material assistance", area="5"),
    _c("2014-2020", _O, "7.2", "React-EU", "REACT-EU", also=("5.1",), area="React-EU"),
    _c("2014-2020", _O, "7.3", "Care inom React-EU", "Care within REACT-EU", also=("5.2",),
       area="React-EU"),
    _c("2021-2027", _A, "A", "Öka möjligheten till ett inkluderande och hållbart arbetsliv för alla",
       "An inclusive and sustainable working life for all"),
    _c("2021-2027", _A, "B", "Öka möjligheten till arbete", "More chances of work"),
    _c("2021-2027", _A, "C", "Minska risken för ekonomisk utsatthet",
       "Less risk of economic vulnerability"),
    _c("2021-2027", _A, "D", "Öka kapaciteten i den glesa geografin",
       "Capacity in sparsely populated areas"),
    _c("2021-2027", _A, "E", "Social innovation", "Social innovation"),
    _c("2021-2027", _A, "F", "Fast-Care", "FAST-CARE"),
    _c("2021-2027", _O, "A1A", "Kompetensutveckling, mer utvecklade regioner",
       "Skills development, more developed regions", area="A"),
    _c("2021-2027", _O, "A1B", "Kompetensutveckling, övergångsregion",
       "Skills development, transition region", area="A"),
    _c("2021-2027", _O, "A2A", "Övergångar till arbete eller studier, mer utvecklade regioner",
       "Transitions into work or studies, more developed regions", area="A"),
    _c("2021-2027", _O, "A2B", "Övergångar till arbete eller studier, övergångsregion",
       "Transitions into work or studies, transition region", area="A"),
    _c("2021-2027", _O, "C1", "Minska ekonomisk utsatthet", "Reduce economic vulnerability", area="C"),
    _c("2021-2027", _O, "D1", "Utbildning och arbete i den glesa geografin",
       "Education and work in sparsely populated areas", area="D"),
    _c("2021-2027", _O, "F1", "Fast-Care", "FAST-CARE", area="F"),
)
_BY_NOTATION = {(c.period, c.kind, n): c.code for c in CODES for n in (c.code, *c.also)}


def canonical_code(period: str | None, kind: str, written: str) -> str:
    """Return the notation a code's node is minted from: `5.1` in 2014–2020 gives `7.2`."""
    return _BY_NOTATION.get((period, kind, written), written)


def code_shape_ok(period: str | None, kind: str, code: str) -> bool:
    """Return whether `code` has the shape of a `kind` code of `period` (any shape if unknown)."""
    shape = _SHAPES.get((period, kind))
    if period is None or shape is None:
        return bool(re.fullmatch(r"[\w.+-]{1,12}", code))
    return re.fullmatch(shape, code) is not None


def period_of_id(identifier: str | None) -> str | None:
    """Return the period an identifier's shape belongs to (`22-009-S02` -> 2021-2027)."""
    if identifier:
        for period, shape in ID_SHAPES.items():
            if shape.fullmatch(identifier):
                return period
    return None
