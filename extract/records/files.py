"""Input files: which paths to read, and their lines as a stream of text in the right encoding."""

from __future__ import annotations

import codecs
import glob
import io
import os
import re
from pathlib import Path
from typing import Iterator

from esfgraph.errors import RecordError

__all__ = ["expand_paths", "open_text", "RECORD_SUFFIXES"]

RECORD_SUFFIXES = (".txt", ".csv", ".tsv", ".xlsx")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 1 << 16
_BLOCK = 1 << 20  # bytes decoded at a time


def expand_paths(paths: list[str] | tuple[str, ...]) -> Iterator[Path | RecordError]:
    """Yield the record files named by files, folders (searched recursively) and glob patterns.

    A path that names nothing is yielded as a RecordError, so the batch goes on.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in RECORD_SUFFIXES
            )
            if not found:
                yield RecordError(raw, None, "folder holds no .txt, .csv or .xlsx record files")
            yield from found
        elif p.is_file():
            yield p
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            files = [Path(m) for m in matches if os.path.isfile(m)]
            if not files:
                yield RecordError(raw, None, "pattern matches no files")
            yield from files
        else:
            yield RecordError(raw, None, "no such file or folder")


def _encoding(sample: bytes, whole: bool, path: str) -> str:
    """Return the encoding of a file from its first bytes: UTF-8 (with BOM), UTF-16 or Windows-1252.

    UTF-8 text with a few stray bytes that are not UTF-8 is UTF-8 (the bytes are reported where
    they are, open_text); text with no UTF-8 letter at all and bytes that are not UTF-8 is
    Windows-1252.
    """
    if not sample.strip() and whole:
        raise RecordError(path, None, "empty file: no records")
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    nuls = sample.count(b"\x00")
    if nuls > max(1, len(sample) // 200):  # a stray NUL is a damaged value, not a binary
        raise RecordError(path, None, "binary file (it contains NUL bytes), not project-bank text")
    encoding = "utf-8-sig" if sample.startswith(codecs.BOM_UTF8) else "utf-8"
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(sample, final=whole)
    stray = text.count("\ufffd")
    letters = sum(1 for c in text if c > "\x7f" and c != "\ufffd")
    if stray and stray > letters:
        text, encoding = sample.decode("cp1252", errors="replace"), "cp1252"
    controls = len(_CONTROL.findall(text))
    if controls > 16 and controls > len(text) // 200:
        raise RecordError(path, None, "binary file (control characters), not project-bank text")
    return encoding


def open_text(path: Path, *, csv_newlines: bool = False) -> tuple[Iterator[str], str, list]:
    """Return (the file's lines without line ends, its encoding, its decoding problems), read as
    a stream.

    The encoding is decided from the first 64 KB. Bytes that do not decode become U+FFFD, and
    each is noted in the problems list as (line, message) as the lines are read. With
    `csv_newlines` the lines keep their line ends (the csv module needs them).
    """
    try:
        fh = open(path, "rb")
    except OSError as e:
        raise RecordError(str(path), None, f"cannot read: {e.strerror or e}") from None
    sample = fh.read(_SAMPLE)
    try:
        encoding = _encoding(sample, len(sample) < _SAMPLE, str(path))
    except RecordError:
        fh.close()
        raise
    fh.seek(0)
    problems: list[tuple[int, str]] = []
    if encoding == "utf-16":
        text = io.TextIOWrapper(fh, encoding=encoding, newline="" if csv_newlines else None)
        return _text_lines(text, str(path), csv_newlines), encoding, problems
    return _byte_lines(fh, encoding, csv_newlines, problems), encoding, problems


def _byte_lines(fh, encoding: str, keep_ends: bool, problems: list) -> Iterator[str]:
    """Yield the lines of a binary file, decoded a megabyte at a time; a block that does not
    decode is decoded line by line, noting each bad byte (_decode_noting)."""
    n = offset = 0
    with fh:
        while True:
            block = fh.read(_BLOCK)
            if not block:
                return
            if not block.endswith(b"\n"):
                block += fh.readline()
            try:
                lines = block.decode(encoding).split("\n")
            except UnicodeDecodeError:
                lines, at = [], offset
                for raw in block.split(b"\n"):
                    try:
                        lines.append(raw.decode(encoding))
                    except UnicodeDecodeError:
                        lines.append(_decode_noting(raw, encoding, n + len(lines) + 1, at, problems))
                    at += len(raw) + 1
            if n == 0:
                lines[0] = lines[0].lstrip("\ufeff")
            last = lines.pop()  # "" when the block ends with a line end
            n += len(lines) + (last != "")
            offset += len(block)
            if keep_ends:
                yield from (line + "\n" for line in lines)
                if last:
                    yield last
                continue
            if last:
                lines.append(last)
            for line in lines:
                if line.endswith("\r"):
                    line = line[:-1]
                if "\r" in line:  # old Mac line ends
                    yield from line.split("\r")
                else:
                    yield line


def _decode_noting(raw: bytes, encoding: str, n: int, offset: int, problems: list) -> str:
    """Decode what is valid; each byte that is not becomes U+FFFD and a problem on line `n`."""
    out, pos = [], 0
    while True:
        try:
            out.append(raw[pos:].decode(encoding))
            return "".join(out)
        except UnicodeDecodeError as e:
            out.append(raw[pos:pos + e.start].decode(encoding))
            bad = raw[pos + e.start:pos + e.end]
            problems.append((n, f"byte {bad.hex(' ').upper()} at byte offset {offset + pos + e.start} "
                                f"is not {encoding.removesuffix('-sig').upper()} text; read as U+FFFD"))
            out.append("\ufffd")
            pos += e.end


def _text_lines(text: io.TextIOWrapper, path: str, keep_ends: bool) -> Iterator[str]:
    n = 0
    try:
        with text:
            for n, line in enumerate(text, 1):
                yield line if keep_ends else line.rstrip("\n")
    except UnicodeDecodeError:
        raise RecordError(path, n + 1, f"bytes that are not {text.encoding} from here on; "
                                       "re-save the file as UTF-8") from None
