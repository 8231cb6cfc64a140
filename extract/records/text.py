"""The project bank's text: a title line, a header in one of three layouts (layouts.py), then the
description. Many records may follow each other in one file.

Files are read as a stream of lines, a window at a time, so a file of a hundred thousand records
is never held whole in memory.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from esfgraph.errors import RecordError
from esfgraph.extract.records.keys import norm_key
from esfgraph.extract.records.layouts import (
    detect,
    header_end,
    header_votes,
    is_key,
    is_known_key,
    read_header,
    sections,
    strip,
)
from esfgraph.extract.records.programmes import ID_SHAPES
from esfgraph.extract.records.record import Note, Record
from esfgraph.extract.records.typed import typed_record

__all__ = ["parse_text", "parse_lines", "parse_title"]

_ID = "|".join(p.pattern for p in ID_SHAPES.values())
# `<identifier> - <name>` (split on the first ` - ` after the identifier), or the identifier alone.
_TITLE = re.compile(rf"^({_ID})(?:\s+[-–]\s*(.*))?$")
# UTF-8 text that was once read as Latin-1 and saved again: "Ã¤" where "ä" was meant.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf¤¥¶©¼„–…]")
_BLOCK = 4096      # lines read at a time
_LOOKAHEAD = 24    # a record start is decided by the few lines after it


def parse_title(line: str) -> tuple[str | None, str | None]:
    """Return (identifier, name) of a title line; a title without an identifier is all name."""
    s = strip(line)
    m = _TITLE.match(s)
    if m:
        return m[1], (strip(m[2] or "") or None)
    return None, s or None


def _next_filled(lines: list[str], j: int, end: int | None = None) -> int:
    end = len(lines) if end is None else end
    while j < end and not lines[j].strip(" \t\r\u00a0"):
        j += 1
    return j


def _is_start(lines: list[str], k: int) -> bool:
    """Whether a record starts at line `k`: after a blank line, either `Diarienummer:`, or a title
    followed by a blank line and a header (an identifier-bearing title needs one known key after
    it, any other line three header lines among the six that follow)."""
    s = lines[k].strip(" \t\r\u00a0")
    if not s or (k > 0 and lines[k - 1].strip(" \t\r\u00a0")):
        return False
    if s.endswith(":"):
        return norm_key(s) == "diarienummer"
    if k + 1 >= len(lines) or strip(lines[k + 1]):
        return False
    j = _next_filled(lines, k + 1)
    if j >= len(lines):
        return False
    if _TITLE.match(s) and is_known_key(lines[j]):
        return True
    return header_votes(lines, j) >= 3


def _header_start(lines: list[str], i: int, end: int) -> tuple[int, bool]:
    """Return (index of the first header line, whether line `i` is a title)."""
    if is_key(lines[i]):
        return i, False
    return _next_filled(lines, i + 1, end), True


def _record_starts(lines: list[str]) -> list[int]:
    """Return the index of each record's first line (its title, else its first header key)."""
    n, starts = len(lines), []
    i = _next_filled(lines, 0)
    while i < n:
        starts.append(i)
        h, _ = _header_start(lines, i, n)
        layout = detect(lines, h)
        k = header_end(layout, lines, h, n) if layout else h
        k = max(k, i + 1)
        while k < n and not _is_start(lines, k):
            k += 1
        i = k
    return starts


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8") -> Iterator[Record | RecordError]:
    """Yield each record of a project-bank text, or a RecordError for a record that is bad."""
    return parse_lines(text.split("\n"), path, encoding)


def parse_lines(lines: Iterable[str], path: str = "<text>", encoding: str = "utf-8",
                problems: list | None = None) -> Iterator[Record | RecordError]:
    """Yield each record of a stream of lines (no line ends), or a RecordError for a bad one.

    `problems` is filled by the reader as it decodes (files.open_text): (line, message) of
    bytes that were not text; each goes to the record whose lines hold it.
    """
    it = iter(lines)
    problems = problems if problems is not None else []
    window: list[str] = []
    offset = 0  # line number of window[0], minus one
    failed = None
    while True:
        block: list[str] = []
        try:
            for line in it:
                block.append(line)
                if len(block) >= _BLOCK:
                    break
        except RecordError as e:  # the file cannot be read on: keep what came before
            failed = e
        window.extend(block)
        if not block or failed is not None:
            break
        starts = _record_starts(window)
        # Records followed by a start well inside the window are complete; the rest waits.
        done = [s for s in starts if s < len(window) - _LOOKAHEAD]
        for a, b in zip(done, done[1:]):
            yield _parsed(window, a, b, offset, path, encoding, False, _take(problems, offset + b))
        if len(done) > 1:
            offset += done[-1]
            window = window[done[-1]:]
    starts = _record_starts(window)
    for a, b in zip(starts, starts[1:] + [len(window)]):
        last = b == len(window)
        taken = _take(problems, None if last else offset + b)
        yield _parsed(window, a, b, offset, path, encoding, last, taken)
    if failed is not None:
        yield failed


def _take(problems: list, before: int | None) -> list:
    """Remove and return the decoding problems on lines up to `before` (None: all)."""
    taken = [p for p in problems if before is None or p[0] <= before]
    del problems[:len(taken)]
    return taken


def _parsed(lines, start, end, offset, path, encoding, last, problems) -> Record | RecordError:
    try:
        return _parse_chunk(lines, start, end, offset, path, encoding, last, problems)
    except RecordError as e:
        return e
    except Exception as e:  # a bug must not cost the batch: this record is reported, the rest goes on
        return RecordError(path, offset + start + 1,
                           f"esfgraph could not read this record ({type(e).__name__}: {e})")


def _parse_chunk(lines, start, end, offset, path, encoding, last, problems) -> Record:
    first = offset + start + 1  # the record's first line number in the file
    i, has_title = _header_start(lines, start, end)
    title = parse_title(lines[start]) if has_title else None
    layout = detect(lines, i) if i < end else None
    if layout is None:
        what = "no project-bank header after the title" if has_title else "no title and no header"
        raise RecordError(path, first, f"not a project-bank record: {what}")
    source = "\n".join(lines[start:end]).strip()
    bad = _MOJIBAKE.search(source)
    if bad:
        line = first + source.count("\n", 0, bad.start())
        raise RecordError(path, line, f"text is double-encoded ({bad.group()!r} where a Swedish letter "
                                      "was meant); re-save the file as UTF-8 from its original")
    fields, hend, header_problems = read_header(layout, lines, i, end, offset)
    notes = [Note(path, n, None, why) for n, why in [*problems, *header_problems]]
    if hend >= end or (last and not any(strip(x) for x in lines[hend:end])):
        notes.append(Note(path, first, None, "record ends inside its header or right after it "
                                             "(cut short?); the fields there are kept"))
    j = _next_filled(lines, hend, end)
    parts = sections(layout, lines[j:end])
    text = "\n\n".join(t for _, t in parts if t)
    return typed_record(layout, path, first, title, fields, text, offset + j + 1, source, encoding,
                        parts if any(h for h, _ in parts) else (), notes)
