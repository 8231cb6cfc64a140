"""The project bank's text format: a title line `<diarienummer> - <name>`, `Key:` lines each
followed by its value, then the description. Many records may follow each other in one file.

Files are read as a stream of lines, a window at a time, so a file of a hundred thousand records
is never held whole in memory.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from esfgraph.errors import RecordError
from esfgraph.extract.records.keys import KEYS, norm_key
from esfgraph.extract.records.record import Field, Record, typed_record

__all__ = ["parse_text", "parse_lines"]

_KEY_SHAPE = re.compile(r"^[A-ZÅÄÖÉ][\wÅÄÖåäöéü+\- /&()]{0,60}:$")
_TITLE = re.compile(r"^(\S*\d\S*) - (.+)$")
# UTF-8 text that was once read as Latin-1 and saved again: "Ã¤" where "ä" was meant.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf¤¥¶©¼„–…]")
_BLOCK = 4096      # lines read at a time
_LOOKAHEAD = 24    # a record start is decided by the few lines after it


def _is_key(line: str) -> bool:
    s = line.strip()
    return s.endswith(":") and (norm_key(s) in KEYS or bool(_KEY_SHAPE.match(s)))


def _is_known_key(line: str) -> bool:
    s = line.strip()
    return s.endswith(":") and norm_key(s) in KEYS


def _record_starts(lines: list[str]) -> list[int]:
    """Return the index of each record's first line (its title, else its first header key)."""
    n, starts = len(lines), []
    i = next((k for k, line in enumerate(lines) if line.strip()), n)
    while i < n:
        starts.append(i)
        k = _header_end(lines, _skip_title(lines, i, n), n)
        while k < n and not _is_start(lines, k):
            k += 1
        i = k
    return starts


def _is_start(lines: list[str], k: int) -> bool:
    """A record starts after a blank line with a title followed by a known key, or with Diarienummer:."""
    s = lines[k].strip()
    if not s or (k > 0 and lines[k - 1].strip()):
        return False
    if s.endswith(":") and norm_key(s) == "diarienummer":
        return True
    if _TITLE.match(s):
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        return j < len(lines) and _is_known_key(lines[j])
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
        if j < end and _is_known_key(lines[j]):
            i = j
            continue
        return i
    return end


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8") -> Iterator[Record | RecordError]:
    """Yield each record of a project-bank text, or a RecordError for a record that is bad."""
    return parse_lines(text.split("\n"), path, encoding)


def parse_lines(lines: Iterable[str], path: str = "<text>", encoding: str = "utf-8"
                ) -> Iterator[Record | RecordError]:
    """Yield each record of a stream of lines (no line ends), or a RecordError for a bad one."""
    it = iter(lines)
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
        except RecordError as e:  # the file stops decoding: keep what came before
            failed = e
        window.extend(block)
        if not block or failed is not None:
            break
        starts = _record_starts(window)
        # Records followed by a start well inside the window are complete; the rest waits.
        done = [s for s in starts if s < len(window) - _LOOKAHEAD]
        for a, b in zip(done, done[1:]):
            yield _parsed(window, a, b, offset, path, encoding, last=False)
        if len(done) > 1:
            offset += done[-1]
            window = window[done[-1]:]
    starts = _record_starts(window)
    for a, b in zip(starts, starts[1:] + [len(window)]):
        yield _parsed(window, a, b, offset, path, encoding, last=b == len(window))
    if failed is not None:
        yield failed


def _parsed(lines, start, end, offset, path, encoding, last) -> Record | RecordError:
    try:
        return _parse_chunk(lines, start, end, offset, path, encoding, last)
    except RecordError as e:
        return e


def _parse_chunk(lines: list[str], start: int, end: int, offset: int, path: str, encoding: str,
                 last: bool) -> Record:
    first = offset + start + 1  # the record's first line number in the file
    m = _TITLE.match(lines[start].strip())
    title = (m[1], m[2].strip()) if m and not _is_key(lines[start]) else None
    i = _skip_title(lines, start, end)
    if i >= end or not _is_key(lines[i]):
        what = "no header fields after the title" if title else "no title line and no header fields"
        raise RecordError(path, first, f"not a project-bank record: {what}")
    hend = _header_end(lines, i, end)
    # A file that stops right after the header was cut short: records always have a description.
    if hend >= end or (last and not any(x.strip() for x in lines[hend:end])):
        raise RecordError(path, first, "record ends inside its header, with no description (truncated?)")
    source = "\n".join(lines[start:end]).strip()
    bad = _MOJIBAKE.search(source)
    if bad:
        line = first + source.count("\n", 0, bad.start())
        raise RecordError(path, line, f"text is double-encoded ({bad.group()!r} where a Swedish letter "
                                      "was meant); re-save the file as UTF-8 from its original")
    fields: list[Field] = []
    key, key_line, buf = None, 0, []
    for n in range(i, hend):
        line = lines[n]
        if not line.strip():
            continue
        if _is_key(line):
            if key is not None:
                fields.append(Field(key, "\n".join(buf).strip(), key_line, key_line + bool(buf)))
            key, key_line, buf = line.strip()[:-1].strip(), offset + n + 1, []
        else:
            buf.append(line.strip())
    if key is not None:
        fields.append(Field(key, "\n".join(buf).strip(), key_line, key_line + bool(buf)))
    i = hend
    while i < end and not lines[i].strip():
        i += 1
    description = "\n".join(lines[i:end]).rstrip()
    return typed_record(path, first, title, fields, description, offset + i + 1, source, encoding)
