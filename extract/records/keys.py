"""The project bank's header keys: which field each Swedish key fills, and how its value is typed.

One table, `HEADER_KEYS`, decides what a key means for both input formats (the text layout,
text.py, and the spreadsheet, spreadsheet.py). Keys are matched case-insensitively with spaces
normalised; several spellings may fill one field. Each field is an attribute of
`record.Values`.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

from esfgraph.errors import ValueFormatError
from esfgraph.extract.records import values as v

__all__ = ["HEADER_KEYS", "KEYS", "ESF_REGIONS", "PROGRAMME_PERIODS", "DESCRIPTION_KEYS",
           "norm_key"]

ESF_REGIONS = (
    "Övre Norrland", "Mellersta Norrland", "Norra Mellansverige", "Östra Mellansverige",
    "Stockholm", "Västsverige", "Småland & Öarna", "Sydsverige",
)
PROGRAMME_PERIODS = ("2014-2020", "2021-2027")
_REGION_ALIASES = {r.lower(): r for r in ESF_REGIONS} | {
    "småland och öarna": "Småland & Öarna", "småland med öarna": "Småland & Öarna",
    "skåne-blekinge": "Sydsverige", "skåne och blekinge": "Sydsverige",
}


def _esf_region(value: str) -> str:
    try:
        return _REGION_ALIASES[v.normalise_space(value).lower()]
    except KeyError:
        raise ValueFormatError(f"{value!r} is not one of the eight ESF regions") from None


def _text(value: str) -> str:
    return v.normalise_space(value)


def _code(value: str) -> str:
    code = v.normalise_space(value)
    if " " in code:
        raise ValueFormatError(f"{value!r} is not a code")
    return code


# Swedish key -> (field, value parser). `period` is not a field: a Projektperiod gives start
# and end (record.typed_record).
HEADER_KEYS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "Diarienummer": ("diarienummer", _code),
    "Namn": ("name", _text),
    "Projektnamn": ("name", _text),
    "Startdatum": ("start", v.parse_date),
    "Slutdatum": ("end", v.parse_date),
    "Projektperiod": ("period", v.parse_period),
    "Projektnummer": ("project_number", _code),
    "Projektägare": ("owner", _text),
    "Projektägare organisationsnummer": ("owner_orgnr", v.parse_orgnr),
    "Organisationsnummer": ("owner_orgnr", v.parse_orgnr),
    "Region": ("region", _esf_region),
    "Planerat antal deltagare": ("planned_participants", v.parse_count),
    "Antal deltagare": ("participants", v.parse_count),
    "Redovisat antal deltagare": ("reported_participants", v.parse_count),
    "Total projektbudget": ("total_budget", v.parse_sek),
    "Beviljat ESF-stöd": ("granted", v.parse_sek),
    "Beviljat ESF+-stöd": ("granted", v.parse_sek),
    "Beviljat stöd": ("granted", v.parse_sek),
    "Kontaktperson": ("contact_name", _text),
    "E-post": ("contact_email", v.parse_email),
    "Stödmottagare postnr": ("postcode", v.parse_postcode),
    "Stödmottagarens address": ("address", _text),
    "Stödmottagarens adress": ("address", _text),
    "Stödmottagare adress": ("address", _text),
    "Stödmottagare ort": ("city", _text),
    "Programområde": ("programme_area", _code),
    "Specifikt mål": ("specific_objective", _code),
    "Unionens medfinansieringsgrad": ("eu_cofinancing_rate", v.parse_rate),
    "Interventionstyp": ("intervention_type", _code),
    "Land som berörs": ("country", _text),
    "Berörd fond": ("fund", v.parse_fund),
    "Program CCI": ("cci", v.parse_cci),
    "Sekundärtema - Motverka barnfattigdom": ("child_poverty_theme", v.parse_bool),
    "Insats av strategisk betydelse": ("strategic_importance", v.parse_bool),
    "NUTS-2 kod": ("nuts2", v.parse_nuts2),
}
# Columns of the spreadsheet export that hold the description rather than a header value.
DESCRIPTION_KEYS = ("beskrivning", "projektbeskrivning", "sammanfattning", "description")


@functools.lru_cache(maxsize=1024)  # a file repeats the same few dozen keys
def norm_key(key: str) -> str:
    """Return a header key as matched: no colon, one space, lower case."""
    return v.normalise_space(key.rstrip().rstrip(":")).lower()


KEYS = {norm_key(k): (k, attr, parse) for k, (attr, parse) in HEADER_KEYS.items()}
