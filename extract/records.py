"""Project-bank records: text or CSV in, typed `Record`s (or `RecordError`s) out."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from . import values as v
from .errors import RecordError, ValueFormatError
from .sources import expand_paths, read_text

__all__ = ["Field", "Record", "iter_records", "parse_text", "HEADER_KEYS", "ESF_REGIONS"]

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


def _norm_key(key: str) -> str:
    return v.normalise_space(key.rstrip().rstrip(":")).lower()


_KEYS = {_norm_key(k): (k, attr, parse) for k, (attr, parse) in HEADER_KEYS.items()}
_KEY_SHAPE = re.compile(r"^[A-ZÅÄÖÉ][\wÅÄÖåäöéü+\- /&()]{0,60}:$")
_TITLE = re.compile(r"^(\S*\d\S*) - (.+)$")


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


def _is_key(line: str) -> bool:
    s = line.strip()
    return s.endswith(":") and (_norm_key(s) in _KEYS or bool(_KEY_SHAPE.match(s)))


def _record_starts(lines: list[str]) -> list[int]:
    """Return the index of each record's first line (its title, else its first header key)."""
    n, starts = len(lines), []
    i = _first_content(lines)
    while i < n:
        starts.append(i)
        j = _skip_title(lines, i, n)
        k = _header_end(lines, j, n)
        while k < n and not _is_start(lines, k):
            k += 1
        i = k
    return starts


def _is_start(lines: list[str], k: int) -> bool:
    """A record starts after a blank line with a title followed by a known key, or with Diarienummer:."""
    s = lines[k].strip()
    if not s or (k > 0 and lines[k - 1].strip()):
        return False
    if s.endswith(":") and _norm_key(s) == "diarienummer":
        return True
    if _TITLE.match(s):
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        return j < len(lines) and lines[j].strip().endswith(":") and _norm_key(lines[j]) in _KEYS
    return False


def _skip_title(lines: list[str], i: int, end: int) -> int:
    """Return the index of the first header line at or after a record's first line."""
    if _TITLE.match(lines[i].strip()) and not _is_key(lines[i]):
        i += 1
        while i < end and not lines[i].strip():
            i += 1
    return i


def _header_end(lines: list[str], i: int, end: int) -> int:
    """Return the index just after the header that starts at `i`.

    A blank line ends the header unless a known key follows it (a gap inside the header).
    """
    while i < end:
        if lines[i].strip():
            i += 1
            continue
        j = i + 1
        while j < end and not lines[j].strip():
            j += 1
        if j < end and lines[j].strip().endswith(":") and _norm_key(lines[j]) in _KEYS:
            i = j
            continue
        return i
    return end


def _first_content(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), 0)


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8") -> Iterator[Record | RecordError]:
    """Yield each record of a project-bank text file, or a RecordError for a record that is bad."""
    lines = text.split("\n")
    starts = _record_starts(lines)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        try:
            yield _parse_chunk(lines, start, end, path, encoding)
        except RecordError as e:
            yield e


def _parse_chunk(lines: list[str], start: int, end: int, path: str, encoding: str) -> Record:
    m = _TITLE.match(lines[start].strip())
    title = (m[1], m[2].strip()) if m and not _is_key(lines[start]) else None
    i = _skip_title(lines, start, end)
    if i >= end or not _is_key(lines[i]):
        what = "no header fields after the title" if title else "no title line and no header fields"
        raise RecordError(path, start + 1, f"not a project-bank record: {what}")
    hend = _header_end(lines, i, end)
    # A file that stops right after the header was cut short: records always have a description.
    if hend >= end or (end == len(lines) and not any(x.strip() for x in lines[hend:end])):
        raise RecordError(
            path, start + 1, "record ends inside its header, with no description (truncated?)"
        )
    fields: list[Field] = []
    key, key_line, buf = None, 0, []
    for n in range(i, hend):
        line = lines[n]
        if not line.strip():
            continue
        if _is_key(line):
            if key is not None:
                fields.append(Field(key, "\n".join(buf).strip(), key_line, key_line + bool(buf)))
            key, key_line, buf = line.strip()[:-1].strip(), n + 1, []
        else:
            buf.append(line.strip())
    if key is not None:
        fields.append(Field(key, "\n".join(buf).strip(), key_line, key_line + bool(buf)))
    i = hend
    while i < end and not lines[i].strip():
        i += 1
    description = "\n".join(lines[i:end]).rstrip()
    source = "\n".join(lines[start:end]).strip()
    return _typed_record(path, start + 1, title, fields, description, i + 1, source, encoding)


def _typed_record(path, line, title, fields, text, text_line, source, encoding) -> Record:
    values: dict[str, Any] = {}
    seen: dict[str, Field] = {}
    unknown, warnings, empty = [], [], []
    for f in fields:
        spec = _KEYS.get(_norm_key(f.key))
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


def _parse_csv(text: str, path: str, encoding: str) -> Iterator[Record | RecordError]:
    sample = text[:4096]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        sniffed = csv.excel

    class dialect(sniffed):  # the sniffer guesses doublequote=False when the sample has no ""
        doublequote = True
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        yield RecordError(path, 1, "CSV file has no header row")
        return
    desc_col = next((i for i, h in enumerate(header) if _norm_key(h) in DESCRIPTION_KEYS), None)
    line = reader.line_num + 1
    for row in reader:
        if not any(c.strip() for c in row):
            line = reader.line_num + 1
            continue
        if len(row) != len(header):
            yield RecordError(path, line, f"row has {len(row)} columns, the header has {len(header)}")
        else:
            fields = [Field(h.strip(), c.strip(), line) for i, (h, c) in enumerate(zip(header, row))
                      if i != desc_col]
            description = row[desc_col].strip() if desc_col is not None else ""
            source = "\x1f".join(row)
            try:
                yield _typed_record(path, line, None, fields, description, line, source, encoding)
            except RecordError as e:
                yield e
        line = reader.line_num + 1


def iter_records(paths: list[str] | tuple[str, ...]) -> Iterator[Record | RecordError]:
    """Yield every record in the given files, folders and globs, and a RecordError for each bad one."""
    for p in expand_paths(paths):
        if isinstance(p, RecordError):
            yield p
            continue
        try:
            text, encoding = read_text(p)
        except RecordError as e:
            yield e
            continue
        if p.suffix.lower() in (".csv", ".tsv"):
            yield from _parse_csv(text, str(p), encoding)
        else:
            yield from parse_text(text, str(p), encoding)


def read_record(path: str | Path) -> Record:
    """Return the single record in `path`, raising its RecordError if it is bad."""
    for item in iter_records([str(path)]):
        if isinstance(item, RecordError):
            raise item
        return item
    raise RecordError(str(path), None, "no record found")
