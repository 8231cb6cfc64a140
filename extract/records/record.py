"""A project-bank record with typed values: `Record`, its `Values`, and `typed_record`.

Both input formats (the text layout, text.py; the spreadsheet, spreadsheet.py) give `Field`s as
written, and `typed_record` types them through the one key table in keys.py.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal

from esfgraph.errors import RecordError, ValueFormatError
from esfgraph.extract.records.keys import KEYS, norm_key

__all__ = ["Field", "Values", "Record", "typed_record"]


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
class Values:
    """The typed header values of a record; None where the record does not give one."""

    diarienummer: str | None = None
    name: str | None = None
    start: _dt.date | None = None
    end: _dt.date | None = None
    project_number: str | None = None
    owner: str | None = None
    owner_orgnr: str | None = None
    region: str | None = None
    planned_participants: int | None = None
    participants: int | None = None
    reported_participants: int | None = None
    total_budget: int | None = None
    granted: int | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    postcode: str | None = None
    address: str | None = None
    city: str | None = None
    programme_area: str | None = None
    specific_objective: str | None = None
    eu_cofinancing_rate: Decimal | None = None
    intervention_type: str | None = None
    country: str | None = None
    fund: str | None = None
    cci: str | None = None
    child_poverty_theme: bool | None = None
    strategic_importance: bool | None = None
    nuts2: str | None = None

    def given(self) -> dict[str, object]:
        """Return the values the record gives, by field name, in the order of the fields."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if getattr(self, f.name) is not None}


FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Values))


@dataclass(frozen=True, slots=True)
class Record:
    """One project-bank record with its typed values; `path` and `line` say where it came from.

    `fields` are the header as written; `unknown` the fields whose key esfgraph does not know
    (kept, and stored as source fields); `empty` the keys given without a value.
    """

    path: str
    line: int
    diarienummer: str
    name: str
    values: Values
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
        if vals.fund == "ESF+" or str(vals.cci or "").startswith("2021"):
            return "2021-2027"
        if vals.fund == "ESF" or str(vals.cci or "").startswith("2014"):
            return "2014-2020"
        if re.fullmatch(r"\d{4}/\d{5}", self.diarienummer):
            return "2014-2020"
        if re.fullmatch(r"\d{2}-\d{3}-S\d{2}", self.diarienummer):
            return "2021-2027"
        return None


def typed_record(path, line, title, fields, text, text_line, source, encoding) -> Record:
    """Return the typed Record of a record's fields; a bad or missing value raises RecordError."""
    values: dict[str, object] = {}
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
        where = seen.get("end") or seen.get("period")
        raise RecordError(path, where.line if where else line, "the project ends before it starts")
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
    return Record(path, line, dnr, name, Values(**values), text, text_line, tuple(fields),
                  tuple(unknown), tuple(warnings), digest, encoding, tuple(empty))


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
