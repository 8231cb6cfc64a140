"""A project-bank record with typed values: `Record`, its `Values`, and what it says that could
not be typed (`Untyped`) or deserves a look (`Note`, a warning).

Every input format (the three text layouts in layouts.py, the spreadsheets in spreadsheet.py)
gives `Field`s as written; typed.py types them through the key table in keys.py.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal

__all__ = ["Field", "Note", "Untyped", "Values", "Record", "FIELD_NAMES"]


@dataclass(frozen=True, slots=True)
class Field:
    """One header field as written: key, raw value ('' when empty) and the key's line."""

    key: str
    value: str
    line: int
    value_line: int = 0

    @property
    def where(self) -> int:
        """The line to point at for a bad value: the value's own line when it has one."""
        return self.value_line or self.line


@dataclass(frozen=True, slots=True)
class Note:
    """A warning about one record: file, line, the field as written (None: the whole record), why.

    A note never quotes a personal value (a contact's name, e-mail or phone)."""

    file: str
    line: int | None
    field: str | None
    why: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.why}" if self.field else f"{where}: {self.why}"

    def as_dict(self) -> dict:
        """The note as the build report writes it."""
        return {"file": self.file, "line": self.line, "field": self.field, "why": self.why}


@dataclass(frozen=True, slots=True)
class Untyped:
    """A value kept as the text it was, because it could not be typed: key, text, line, why."""

    key: str
    value: str
    line: int
    why: str


@dataclass(frozen=True, slots=True)
class Values:
    """The typed header values of a record; None where the record does not give one.

    `region` is the region as written, `esf_region` the canonical one (keys.ESF_REGIONS or
    `ESF Nationellt`); codes (`programme_area`, `specific_objective`) are as written.
    """

    diarienummer: str | None = None
    name: str | None = None
    start: _dt.date | None = None
    end: _dt.date | None = None
    project_number: str | None = None
    owner: str | None = None
    owner_orgnr: str | None = None
    region: str | None = None
    esf_region: str | None = None
    planned_participants: int | None = None
    participants: int | None = None
    reported_participants: int | None = None
    total_budget: int | None = None
    granted: int | None = None
    total_costs: int | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    postcode: str | None = None
    address: str | None = None
    city: str | None = None
    programme_area: str | None = None
    programme_area_label: str | None = None
    specific_objective: str | None = None
    eu_cofinancing_rate: Decimal | None = None
    intervention_type: str | None = None
    country: str | None = None
    beneficiary_country: str | None = None
    fund: str | None = None
    cci: str | None = None
    child_poverty_theme: bool | None = None
    strategic_importance: bool | None = None
    nuts2: str | None = None
    call_id: str | None = None
    project_phase: str | None = None

    def given(self) -> dict[str, object]:
        """Return the values the record gives, by field name, in the order of the fields."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)
                if getattr(self, f.name) is not None}


FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Values))


@dataclass(frozen=True, slots=True)
class Record:
    """One project-bank record with its typed values; `path` and `line` say where it came from.

    `id` is the bank's identifier (Diarienummer, else Projektnummer, else the title's); `key`
    is `id`, or for a 2007–2013 record (which has none) a key derived from its content
    (typed.derived_key). `layout` is the text form (`colon`, `page`, `glued`) or `spreadsheet`.
    `fields` are the header as written; `unknown` the fields whose key esfgraph does not know;
    `personal` unknown fields that hold contact details; `untyped` values kept as text;
    `empty` the keys given without a value; `sections` the description's (heading, text).
    """

    path: str
    line: int
    id: str | None
    key: str
    name: str | None
    values: Values
    text: str
    text_line: int
    programme_period: str | None = None
    layout: str = "colon"
    fields: tuple[Field, ...] = ()
    unknown: tuple[Field, ...] = ()
    personal: tuple[Field, ...] = ()
    untyped: tuple[Untyped, ...] = ()
    warnings: tuple[Note, ...] = ()
    digest: str = ""
    encoding: str = "utf-8"
    empty: tuple[str, ...] = field(default=())
    sections: tuple[tuple[str, str], ...] = ()
