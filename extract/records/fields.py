"""A project-bank record's header: the Swedish keys, their value parsers, typed `Record`s.

Both input formats (the text format, textformat.py; the spreadsheet export, spreadsheet.py) give
`Field`s, and `typed_record` turns them into a `Record`, so one table decides what a key means.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from esfgraph.extract.records import values as v
from esfgraph.errors import RecordError, ValueFormatError

__all__ = ["Field", "Record", "typed_record", "norm_key", "HEADER_KEYS", "KEYS", "ESF_REGIONS",
           "DESCRIPTION_KEYS"]

ESF_REGIONS = (
    "Övre Norrland", "Mellersta Norrland", "Norra Mellansverige", "Östra Mellansverige",
    "Stockholm", "Västsverige", "Småland & Öarna", "Sydsverige",
)
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


# The project bank's Swedish header keys: key -> (attribute, value parser). Keys are matched
# case-insensitively with spaces normalised; several spellings map to one attribute.
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


@dataclass(frozen=True, slots=True)
class Field:
    """One header line pair as written: key, raw value ('' when empty) and the key's line."""

    key: str
    value: str
    line: int
    value_line: int = 0

    @property
    def where(self) -> int:
        """The line to point at for a bad value: the value's own line when it has one."""
        return self.value_line or self.line


@dataclass(frozen=True, slots=True)
class Record:
    """One project-bank record with its typed values; `path` and `line` say where it came from."""

    path: str
    line: int
    diarienummer: str
    name: str
    values: dict[str, Any]
    text: str
    text_line: int
    fields: tuple[Field, ...] = ()
    unknown: tuple[Field, ...] = ()
    warnings: tuple[str, ...] = ()
    digest: str = ""
    encoding: str = "utf-8"
    empty: tuple[str, ...] = field(default=())

    @property
    def programme_period(self) -> str | None:
        """`2014-2020` or `2021-2027`, from the fund, CCI, diarienummer form or dates."""
        vals = self.values
        if vals.get("fund") == "ESF+" or str(vals.get("cci", "")).startswith("2021"):
            return "2021-2027"
        if vals.get("fund") == "ESF" or str(vals.get("cci", "")).startswith("2014"):
            return "2014-2020"
        if re.fullmatch(r"\d{4}/\d{5}", self.diarienummer):
            return "2014-2020"
        if re.fullmatch(r"\d{2}-\d{3}-S\d{2}", self.diarienummer):
            return "2021-2027"
        return None


def typed_record(path, line, title, fields, text, text_line, source, encoding) -> Record:
    """Return the typed Record of a record's fields; a bad or missing value raises RecordError."""
    values: dict[str, Any] = {}
    seen: dict[str, Field] = {}
    unknown, warnings, empty = [], [], []
    for f in fields:
        spec = KEYS.get(norm_key(f.key))
        if spec is None:
            unknown.append(f)
            warnings.append(f"{path}:{f.line}: unknown field {f.key!r} kept as a source field")
            continue
        _, attr, parse = spec
        if not f.value:
            empty.append(f.key)
            continue
        if attr in seen:
            if seen[attr].value != f.value:
                raise RecordError(
                    path, f.where,
                    f"{f.key!r} = {f.value!r} contradicts {seen[attr].key!r} = {seen[attr].value!r} "
                    f"on line {seen[attr].line}",
                )
            continue
        try:
            values[attr] = parse(f.value)
        except ValueFormatError as e:
            raise RecordError(path, f.where, f"{f.key}: {e}") from None
        seen[attr] = f
    _apply_period(values, seen, path, warnings)
    if values.get("start") and values.get("end") and values["end"] < values["start"]:
        raise RecordError(path, seen["end"].line, "Slutdatum is before Startdatum")
    dnr = values.get("diarienummer")
    if not dnr:
        raise RecordError(path, line, "record has no Diarienummer")
    if title and title[0] != dnr:
        warnings.append(f"{path}:{line}: title says {title[0]!r} but Diarienummer is {dnr!r}")
    name = values.get("name") or (title[1] if title else None)
    if not name:
        raise RecordError(path, line, "record has no Namn")
    if not values.get("owner"):
        raise RecordError(path, line, "record has no Projektägare")
    if not text:
        warnings.append(f"{path}:{line}: record has no description")
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    return Record(path, line, dnr, name, values, text, text_line, tuple(fields), tuple(unknown),
                  tuple(warnings), digest, encoding, tuple(empty))


def _apply_period(values: dict, seen: dict, path: str, warnings: list) -> None:
    period = values.pop("period", None)
    if period is None:
        return
    for attr, date in zip(("start", "end"), period):
        if attr not in values:
            values[attr] = date
        elif values[attr] != date:
            warnings.append(
                f"{path}:{seen[attr].line}: {seen[attr].key} {values[attr]} differs from "
                f"Projektperiod {date}; the {seen[attr].key} value is kept"
            )
