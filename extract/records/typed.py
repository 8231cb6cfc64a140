"""From fields as written to a typed `Record`: every value typed, or kept as text with a warning.

A record is refused (RecordError) only when it has no identifier; a 2007–2013 record, which
never has one, gets a key derived from its content (`derived_key`). Anything else that is odd
(an unknown region, an amount such as `1.1`, a bad check digit, a second value for a field, the
end before the start) is a `Note` on the record, and the value is kept as `Untyped` text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from esfgraph.errors import RecordError, ValueFormatError
from esfgraph.extract.records.keys import (
    GLUED_KEYS,
    KEYS,
    PAGE_KEYS,
    PARSERS,
    PERSONAL_FIELDS,
    is_personal,
    norm_key,
)
from esfgraph.extract.records.programmes import code_shape_ok, period_of_id
from esfgraph.extract.records.record import Field, Note, Record, Untyped, Values
from esfgraph.extract.records.regions import NATIONAL, REGION_NUTS2, esf_region, region_of_nuts2
from esfgraph.extract.records.values import normalise_space

__all__ = ["typed_record", "derived_key", "OLD_KEY_PREFIX"]

OLD_KEY_PREFIX = "ESF0713-"
_OLD_AREA = re.compile(r"^Programområde ([0-9]+) (.+)$")     # 2007–2013: `Programområde 1 Kompetens…`
_PAGE_AREA = re.compile(r"^([0-9]+)\.([0-9]+) (.+)$")         # page form: `3.1 Sysselsättnings…`
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_CUT_LEGAL_FORMS = ("Aktiebolag", "förening")


def derived_key(period: str, name: str, start, end, region: str | None) -> str:
    """Return the key of a record without identifier: `ESF0713-` and 12 hex digits of SHA-256 over
    period, name (NFC, spaces collapsed), ISO start and end, and the region's NUTS-2 code."""
    nuts = REGION_NUTS2.get(region or "") or ("national" if region == NATIONAL else "")
    basis = "|".join([period, unicodedata.normalize("NFC", " ".join(name.split())),
                      start.isoformat() if start else "", end.isoformat() if end else "", nuts])
    return OLD_KEY_PREFIX + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]


class _Typing:
    """The values, untyped values and notes of one record as they are worked out."""

    def __init__(self, path: str):
        self.path = path
        self.values: dict[str, object] = {}
        self.untyped: list[Untyped] = []
        self.notes: list[Note] = []

    def note(self, line, field, why) -> None:
        self.notes.append(Note(self.path, line, field, why))

    def keep_text(self, f: Field, why: str) -> None:
        self.untyped.append(Untyped(f.key, f.value, f.where, why))
        self.note(f.where, f.key, f"{why}; kept as text")


def _field_of(layout: str, key: str) -> str | None:
    if layout == "glued":
        return GLUED_KEYS.get(key)
    if layout == "page":
        return PAGE_KEYS.get(norm_key(key))
    spec = KEYS.get(norm_key(key))
    return spec[1] if spec else None


def typed_record(layout, path, line, title, fields, text, text_line, source, encoding,
                 sections=(), notes=()) -> Record:
    """Return the typed Record of a record's fields; RecordError only when it has no identifier.

    `title` is (identifier or None, name or None) from the title line, or None.
    """
    t = _Typing(path)
    t.notes.extend(notes)
    firsts: dict[str, Field] = {}
    unknown, personal, empty = [], [], []
    for f in fields:
        name = _field_of(layout, f.key) if f.key else None
        if name is None:
            if is_personal(f.key, f.value):
                personal.append(f)
                t.note(f.line, f.key or None, "contact details under a key esfgraph does not know; "
                                              "kept as personal data")
            else:
                unknown.append(f)
                t.note(f.line, f.key or None, "unknown field kept as a source field"
                       if f.key else "a header line without a key, kept as a source field")
        elif not f.value:
            empty.append(f.key)
        elif name in firsts:
            first = firsts[name]
            if first.value != f.value:
                why = f"a second value, differing from {first.key} on line {first.where}; the first is kept"
                if name in PERSONAL_FIELDS:
                    personal.append(f)
                    t.note(f.where, f.key, why)
                else:
                    t.keep_text(f, why)
        else:
            firsts[name] = f
    for name, f in firsts.items():
        if name in ("region", "programme_area", "specific_objective"):
            continue
        try:
            t.values[name] = PARSERS[name](f.value)
        except ValueFormatError as e:
            t.keep_text(f, str(e))
    _region(t, firsts)
    _dates(t, firsts)
    period = _programme_period(t, layout, firsts, line)
    _codes(t, firsts, layout, period)
    ident, key, name = _identity(t, firsts, title, period, line)
    _owner_and_contact(t, firsts, layout, line)
    if not text and not any("cut short" in n.why for n in t.notes):
        t.note(line, None, "record has no description")
    digest = hashlib.sha256(source.encode("utf-8")).hexdigest()
    untyped = sorted(t.untyped, key=lambda u: u.line)
    notes_ = sorted(t.notes, key=lambda n: n.line or 0)  # in the order of the file
    return Record(path, line, ident, key, name, Values(**t.values), text, text_line, period,
                  layout, tuple(fields), tuple(unknown), tuple(personal), tuple(untyped),
                  tuple(notes_), digest, encoding, tuple(empty), tuple(sections))


def _region(t: _Typing, firsts: dict[str, Field]) -> None:
    f = firsts.get("region")
    if f is not None:
        canonical = esf_region(f.value)
        if canonical is None:
            t.keep_text(f, f"{f.value!r} is not a region of the project bank (the eight ESF "
                           "regions or ESF Nationellt)")
        else:
            t.values["region"], t.values["esf_region"] = normalise_space(f.value), canonical
    nuts = t.values.get("nuts2")
    if nuts is None:
        return
    of_nuts = region_of_nuts2(nuts)
    if "esf_region" in t.values and of_nuts != t.values["esf_region"]:
        t.note(firsts["nuts2"].where, firsts["nuts2"].key,
               f"{nuts} does not match Region {t.values['region']!r}")
    elif f is None:
        t.values["esf_region"] = of_nuts  # the ESF region of the NUTS-2 code; `region` stays None


def _dates(t: _Typing, firsts: dict[str, Field]) -> None:
    period = t.values.pop("period", None)
    if period is not None:
        for attr, date in zip(("start", "end"), period):
            if attr in t.values and t.values[attr] != date:
                f = firsts[attr]
                t.keep_text(f, f"{f.key} {t.values[attr]} differs from Projektperiod {date}, "
                               "which is kept")
            t.values[attr] = date
    start, end = t.values.get("start"), t.values.get("end")
    if start and end and end < start:
        f = firsts.get("period") or firsts.get("end")
        t.note(f.where, f.key, "the project ends before it starts; both dates are kept")
    total, granted = t.values.get("total_budget"), t.values.get("granted")
    if total is not None and granted is not None and granted > total:
        t.note(firsts["granted"].where, firsts["granted"].key,
               "the granted support is larger than the total budget")


def _programme_period(t: _Typing, layout: str, firsts: dict[str, Field], line: int) -> str | None:
    v = t.values
    cci, fund = str(v.get("cci") or ""), v.get("fund")
    hints = [
        ("layout", "2007-2013" if layout == "glued" or "project_phase" in v else None),
        ("Programperiod", v.pop("programme_period", None)),
        ("Program CCI", {"2021": "2021-2027", "2014": "2014-2020", "2007": "2007-2013"}.get(cci[:4])),
        ("fund", {"ESF+": "2021-2027", "ESF": "2014-2020"}.get(fund) if layout != "glued" else None),
        ("identifier", period_of_id(v.get("diarienummer") or v.get("project_number"))),
    ]
    found = [(k, p) for k, p in hints if p]
    if len({p for _, p in found}) > 1:
        t.note(line, None, "the programme period is not clear: " +
               ", ".join(f"{k} says {p}" for k, p in found) + f"; {found[0][1]} is taken")
    return found[0][1] if found else None


def _codes(t: _Typing, firsts: dict[str, Field], layout: str, period: str | None) -> None:
    objective = None
    f = firsts.get("programme_area")
    if f is not None:
        raw = normalise_space(f.value)
        code, label = raw, None
        m = _OLD_AREA.match(raw) or (_PAGE_AREA.match(raw) if layout == "page" else None)
        if m and m.re is _OLD_AREA:
            code, label = m[1], m[2]
        elif m:
            code, label, objective = m[1], m[3], f"{m[1]}.{m[2]}"
        if code_shape_ok(period, "programme-area", code):
            t.values["programme_area"] = code
            if label:
                t.values["programme_area_label"] = label
        else:
            t.keep_text(f, f"{raw!r} is not a programme area code of {period or 'any period'}")
    f = firsts.get("specific_objective")
    if f is not None:
        raw = normalise_space(f.value)
        if code_shape_ok(period, "specific-objective", raw):
            t.values["specific_objective"] = raw
        else:
            t.keep_text(f, f"{raw!r} is not a specific objective code of {period or 'any period'}")
    elif objective is not None:
        t.values["specific_objective"] = objective


def _identity(t: _Typing, firsts, title, period, line) -> tuple[str | None, str, str | None]:
    v = t.values
    dnr, pnr = v.get("diarienummer"), v.get("project_number")
    title_id, title_name = title or (None, None)
    ident = dnr or pnr or title_id
    if dnr and pnr and dnr != pnr:
        f = firsts["project_number"]
        t.note(f.where, f.key, f"{pnr} differs from Diarienummer {dnr}, the identifier")
    if ident and title_id and title_id != ident:
        t.note(line, "title", f"the title says {title_id}, the header {ident}")
    name = v.get("name") or title_name
    if v.get("name") and title_name and v["name"] != title_name:
        f = firsts["name"]
        t.note(f.where, f.key, f"the name differs from the title's {title_name!r}")
    if not name:
        t.note(line, None, "record has no name (no Namn and no title)")
    if ident:
        return ident, ident, name
    if period == "2007-2013" and name:
        return None, derived_key(period, name, v.get("start"), v.get("end"), v.get("esf_region")), name
    raise RecordError(t.path, line, "record has no identifier (no Diarienummer, no Projektnummer, "
                                    "no identifier in the title)")


def _owner_and_contact(t: _Typing, firsts, layout: str, line: int) -> None:
    owner = t.values.get("owner")
    if not owner:
        t.note(line, None, "record has no Projektägare")
    else:
        f = firsts["owner"]
        last = owner.split()[-1]
        if layout == "glued" and len(owner) == 30:
            t.note(f.where, f.key, "30 characters long: possibly cut short by the 2007–2013 pages")
        elif any(form.startswith(last) and last != form and len(last) >= 5
                 for form in _CUT_LEGAL_FORMS):
            t.note(f.where, f.key, f"ends in {last!r}: possibly cut short")
    email = t.values.get("contact_email")
    if email and not _EMAIL.fullmatch(str(email)):
        f = firsts["contact_email"]
        t.note(f.where, f.key, "not an e-mail address; kept as written (personal data)")
