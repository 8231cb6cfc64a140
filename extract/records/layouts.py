"""The project bank's three text layouts: telling them apart, and reading each one's header.

- **colon** (2014–2020, ESF+): `Key:` alone on a line, the value on the next line(s);
- **page** (a 2014–2020 page form): the key alone on a line without colon, the value on the
  next; the description after a `Sammanfattning` heading;
- **glued** (2007–2013): the key glued to its value (`Projektperiod2011-08-01 till 2013-07-31`),
  the header ending at the line `In English`, then sections (`Sammanfattning`, `Bakgrund`).

Line numbers in `Field`s are the file's (`offset` is the line number of `lines[0]`, minus one).
"""

from __future__ import annotations

import re

from esfgraph.extract.records.keys import GLUED_KEY, KEYS, PAGE_KEYS, norm_key
from esfgraph.extract.records.record import Field

__all__ = ["strip", "is_key", "is_known_key", "detect", "header_votes", "header_end", "read_header",
           "sections", "SECTIONS", "END_OF_GLUED_HEADER"]

# A key line of the colon form whose key esfgraph does not know (the `.` is for `org.nr.`).
_KEY_SHAPE = re.compile(r"^[A-ZÅÄÖÉ][\wÅÄÖåäöéü+\- ./&()]{0,60}:$")
END_OF_GLUED_HEADER = "In English"
# Section headings of the description, per layout (a heading stands between blank lines).
SECTIONS = {"glued": ("Sammanfattning", "Bakgrund", "Syfte", "Mål", "Målgrupp", "Resultat"),
            "page": ("Sammanfattning",)}
_SPACE = " \t\r\u00a0"


def strip(line: str) -> str:
    """Return a line without spaces and tabs at its ends (other characters are text)."""
    return line.strip(_SPACE)


def is_key(line: str) -> bool:
    """Return whether a line is a colon-form key line (known, or shaped like one)."""
    s = line.strip(_SPACE)
    return s.endswith(":") and (norm_key(s) in KEYS or bool(_KEY_SHAPE.match(s)))


def is_known_key(line: str) -> bool:
    """Return whether a line is a colon-form key line esfgraph knows."""
    s = line.strip(_SPACE)
    return s.endswith(":") and norm_key(s) in KEYS


def _is_page_key(line: str) -> bool:
    s = line.strip(_SPACE)
    return 0 < len(s) <= 40 and not s.endswith(":") and norm_key(s) in PAGE_KEYS


def detect(lines: list[str], h: int) -> str | None:
    """Return the layout whose header starts at line index `h`, or None."""
    if h >= len(lines):
        return None
    first = lines[h]
    if is_key(first):
        return "colon"
    if GLUED_KEY.match(strip(first)):
        return "glued"
    nxt = strip(lines[h + 1]) if h + 1 < len(lines) else ""
    if _is_page_key(first) and nxt and not nxt.endswith(":") and not _is_page_key(nxt):
        return "page"
    return None


def header_votes(lines: list[str], j: int) -> int:
    """Return how many of the six lines from `j` are header lines of the layout found at `j`.

    A record start needs three: a description paragraph that begins `Regionen har ...` (a glued
    `Region` line) is not a header."""
    layout = detect(lines, j)
    block = lines[j:j + 6]
    if layout == "colon":
        return sum(1 for line in block if is_known_key(line))
    if layout == "glued":
        return sum(1 for line in block if GLUED_KEY.match(strip(line)))
    if layout == "page":
        return 2 * sum(1 for line in block[0::2] if _is_page_key(line))
    return 0


def header_end(layout: str, lines: list[str], i: int, end: int) -> int:
    """Return the index just after the header that starts at `i` (without reading its fields)."""
    if layout == "colon":
        return _colon_end(lines, i, end)
    while i < end and lines[i].strip(_SPACE):
        if layout == "glued" and lines[i].strip(_SPACE) == END_OF_GLUED_HEADER:
            return i + 1
        i += 1
    return i


def read_header(layout: str, lines: list[str], i: int, end: int, offset: int
                ) -> tuple[list[Field], int, list[tuple[int, str]]]:
    """Return (fields, index just after the header, [(line, problem)]) of the header at `i`."""
    return {"colon": _colon, "page": _page, "glued": _glued}[layout](lines, i, end, offset)


def _colon(lines, i, end, offset):
    hend = _colon_end(lines, i, end)
    fields, problems = [], []
    key, key_line, buf = None, 0, []
    for n in range(i, hend):
        line = lines[n].strip(_SPACE)
        if not line:
            continue
        # A line ending in ':' right after a key that has no value yet is that key's value
        # (a name such as `Framtid:`), unless esfgraph knows it as a key.
        if is_key(line) and not (key is not None and not buf and not is_known_key(line)):
            if key is not None:
                fields.append(Field(key, "\n".join(buf), key_line, key_line + bool(buf)))
            key, key_line, buf = strip(line[:-1]), offset + n + 1, []
        elif key is None:  # kept as a field without a key (an unknown field)
            fields.append(Field("", line, offset + n + 1, offset + n + 1))
        else:
            if buf:
                problems.append((offset + n + 1, f"{key}: the value goes on over more lines"))
            buf.append(line)
    if key is not None:
        fields.append(Field(key, "\n".join(buf), key_line, key_line + bool(buf)))
    return fields, hend, problems


def _colon_end(lines: list[str], i: int, end: int) -> int:
    """A blank line ends the header unless a known key follows it (a gap inside the header)."""
    while i < end:
        if lines[i].strip(_SPACE):
            i += 1
            continue
        j = i + 1
        while j < end and not lines[j].strip(_SPACE):
            j += 1
        if j < end and is_known_key(lines[j]):
            i = j
            continue
        return i
    return end


def _page(lines, i, end, offset):
    fields, problems = [], []
    while i < end and strip(lines[i]):
        key = strip(lines[i])
        if not _is_page_key(key):  # kept as a field without a key (an unknown field)
            fields.append(Field("", key, offset + i + 1, offset + i + 1))
            i += 1
            continue
        nxt = strip(lines[i + 1]) if i + 1 < end else ""
        if not nxt or _is_page_key(nxt):
            fields.append(Field(key, "", offset + i + 1))
            i += 1
        else:
            fields.append(Field(key, nxt, offset + i + 1, offset + i + 2))
            i += 2
    return fields, i, problems


def _glued(lines, i, end, offset):
    fields, problems = [], []
    while i < end and strip(lines[i]) and strip(lines[i]) != END_OF_GLUED_HEADER:
        line = strip(lines[i])
        m = GLUED_KEY.match(line)
        if m:
            fields.append(Field(m[1], strip(line[len(m[1]):]), offset + i + 1, offset + i + 1))
        else:  # kept as a field without a key (an unknown field)
            fields.append(Field("", line, offset + i + 1, offset + i + 1))
        i += 1
    if i < end and strip(lines[i]) == END_OF_GLUED_HEADER:
        i += 1
    return fields, i, problems


def sections(layout: str, body: list[str]) -> list[tuple[str, str]]:
    """Return the description's (heading, text) pairs; one ('', text) where there are none."""
    heads = SECTIONS.get(layout, ())
    out: list[tuple[str, list[str]]] = [("", [])]
    for k, line in enumerate(body):
        if (strip(line) in heads and (k == 0 or not strip(body[k - 1]))
                and (k + 1 >= len(body) or not strip(body[k + 1]))):
            out.append((strip(line), []))
        else:
            out[-1][1].append(line)
    found = [(h, "\n".join(t).strip("\n").rstrip()) for h, t in out]
    return [(h, t) for h, t in found if t or h]
