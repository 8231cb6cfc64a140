"""The project bank's header keys: which field each key fills, in each layout, and how its value
is typed.

Every spelling the bank has used is here (`Name` beside `Namn`, `Projektägare org.nr.` beside
`Projektägare organisationsnummer`, `Stödmottagarens address` with its `dd`, ...). Keys are
matched case-insensitively with spaces normalised. Each field is an attribute of
`record.Values`, except `period` (a Projektperiod gives start and end).
"""

from __future__ import annotations

import functools
import re
from typing import Any, Callable

from esfgraph.errors import ValueFormatError
from esfgraph.extract.records import values as v
from esfgraph.extract.records.programmes import PROGRAMME_PERIODS
from esfgraph.extract.records.regions import ESF_REGIONS

__all__ = ["HEADER_KEYS", "KEYS", "PAGE_KEYS", "GLUED_KEYS", "GLUED_KEY", "PARSERS", "ESF_REGIONS",
           "PROGRAMME_PERIODS", "DESCRIPTION_KEYS", "PERSONAL_FIELDS", "norm_key", "is_personal"]


def _text(value: str) -> str:
    return v.normalise_space(value)


def _code(value: str) -> str:
    code = v.normalise_space(value)
    if " " in code:
        raise ValueFormatError(f"{value!r} is not a code")
    return code


def _period_name(value: str) -> str:
    p = v.normalise_space(value).replace("–", "-")
    if p not in PROGRAMME_PERIODS:
        raise ValueFormatError(f"{value!r} is not a programme period ({', '.join(PROGRAMME_PERIODS)})")
    return p


# Field -> value parser (a ValueFormatError keeps the value as text, with a warning). Region and
# programme codes are typed in typed.py, where the layout and the period are known.
PARSERS: dict[str, Callable[[str], Any]] = {
    "diarienummer": _code, "project_number": _code, "name": _text, "owner": _text,
    "owner_orgnr": v.parse_orgnr, "region": _text, "period": v.parse_period,
    "start": v.parse_date, "end": v.parse_date,
    "planned_participants": v.parse_count, "participants": v.parse_count,
    "reported_participants": v.parse_count, "total_budget": v.parse_sek, "granted": v.parse_sek,
    "total_costs": v.parse_sek, "contact_name": _text, "contact_email": _text,
    "contact_phone": _text, "postcode": v.parse_postcode, "address": _text, "city": _text,
    "country": _text, "beneficiary_country": _text, "fund": v.parse_fund,
    "programme_period": _period_name, "cci": v.parse_cci, "programme_area": _text,
    "specific_objective": _text, "eu_cofinancing_rate": v.parse_rate, "intervention_type": _code,
    "child_poverty_theme": v.parse_bool, "strategic_importance": v.parse_bool,
    "nuts2": v.parse_nuts2, "call_id": _code, "project_phase": _text,
}
# Key as written (colon form and spreadsheet columns) -> field.
_SPELLINGS = {
    "Diarienummer": "diarienummer", "Projektnummer": "project_number",
    "Namn": "name", "Name": "name", "Projektnamn": "name",
    "Projektägare": "owner", "Projektägare organisationsnummer": "owner_orgnr",
    "Projektägare org.nr.": "owner_orgnr", "Projektägare orgnr": "owner_orgnr",
    "Organisationsnummer": "owner_orgnr", "Region": "region",
    "Planerat antal deltagare": "planned_participants", "Antal deltagare": "participants",
    "Redovisat antal deltagare": "reported_participants", "Projektperiod": "period",
    "Startdatum": "start", "Slutdatum": "end", "Total projektbudget": "total_budget",
    "Total Kostnader": "total_costs", "Totala kostnader": "total_costs",
    "Beviljat ESF-stöd": "granted", "Beviljat ESF+-stöd": "granted", "Beviljat stöd": "granted",
    "Kontaktperson": "contact_name", "E-post": "contact_email", "E-postadress": "contact_email",
    "Epost": "contact_email", "E-mail": "contact_email", "Telefonnummer": "contact_phone",
    "Telefon": "contact_phone", "Mobilnummer": "contact_phone",
    "Stödmottagare postnr": "postcode", "Stödmottagarens postnummer": "postcode",
    "Stödmottagarens address": "address", "Stödmottagarens adress": "address",
    "Stödmottagare adress": "address", "Stödmottagare ort": "city", "Stödmottagarens ort": "city",
    "Stödmottagarens land": "beneficiary_country", "Land som berörs": "country",
    "Berörd fond": "fund", "Fond": "fund", "Programperiod": "programme_period",
    "Program CCI": "cci", "Programområde": "programme_area", "Specifikt mål": "specific_objective",
    "Unionens medfinansieringsgrad": "eu_cofinancing_rate", "Interventionstyp": "intervention_type",
    "Sekundärtema - Motverka barnfattigdom": "child_poverty_theme",
    "Insats av strategisk betydelse": "strategic_importance", "NUTS-2 kod": "nuts2",
    "Utlysning": "call_id", "Projektfas": "project_phase",
}
# The same as (field, parser), by key as written: the table a generator of records can use.
HEADER_KEYS: dict[str, tuple[str, Callable[[str], Any]]] = {
    k: (f, PARSERS.get(f, _text)) for k, f in _SPELLINGS.items()}
# The 2007–2013 pages glue each key to its value: `ProjektägareArbetsgivarringen Kalmarsund AB`.
GLUED_KEYS = {k: _SPELLINGS[k] for k in (
    "Programområde", "Projektfas", "Projektägare", "Kontaktperson", "E-post", "Telefonnummer",
    "Beviljat ESF-stöd", "Total projektbudget", "Projektperiod", "Region")}
# Longest first; the value starts with neither a space nor a colon.
GLUED_KEY = re.compile("^(" + "|".join(sorted(map(re.escape, GLUED_KEYS), key=len, reverse=True))
                       + r")(?=[^\s:])")
# Columns of a spreadsheet that hold the description rather than a header value.
DESCRIPTION_KEYS = ("beskrivning", "projektbeskrivning", "sammanfattning", "description")
PERSONAL_FIELDS = frozenset({"contact_name", "contact_email", "contact_phone"})
# Contact details under keys esfgraph does not know: by key family, or by the value's shape.
_PERSONAL_KEY = re.compile(r"^(kontakt|e-?post|e-?mail|mejl|mail|telefon|tel\b|mobil|phone|"
                           r"contact|handläggare|projektledare)", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(\+46|0)[0-9 ()\-–]{6,16}")


@functools.lru_cache(maxsize=1024)  # a file repeats the same few dozen keys
def norm_key(key: str) -> str:
    """Return a header key as matched: no colon, one space, lower case."""
    return v.normalise_space(key.rstrip().rstrip(":")).lower()


KEYS = {norm_key(k): (k, f, PARSERS.get(f, _text)) for k, f in _SPELLINGS.items()}
# The page form (keys without colon, each on its own line): every known spelling.
PAGE_KEYS = {norm_key(k): f for k, f in _SPELLINGS.items()}


def is_personal(key: str, value: str) -> bool:
    """Return whether an unknown field holds contact details: by its key or its value's shape."""
    if _PERSONAL_KEY.match(norm_key(key)):
        return True
    text = v.normalise_space(value)
    if _EMAIL.search(text):
        return True
    digits = sum(c.isdigit() for c in text)
    return bool(_PHONE.fullmatch(text)) and 8 <= digits <= 13
