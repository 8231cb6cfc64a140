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

RECORD_SUFFIXES = (".txt", ".csv", ".tsv")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 1 << 16


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
                yield RecordError(raw, None, "folder holds no .txt or .csv record files")
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
    """Return the encoding of a file from its first bytes: UTF-8 (with BOM), UTF-16 or Windows-1252."""
    if not sample.strip() and whole:
        raise RecordError(path, None, "empty file: no records")
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        raise RecordError(path, None, "binary file (it contains NUL bytes), not project-bank text")
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(sample, final=whole)
        encoding = "utf-8-sig" if sample.startswith(codecs.BOM_UTF8) else "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = sample.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            raise RecordError(path, None, "neither UTF-8 nor Windows-1252 text; "
                                          "re-save the file as UTF-8") from None
    controls = len(_CONTROL.findall(text))
    if controls and controls > len(text) // 200:
        raise RecordError(path, None, "binary file (control characters), not project-bank text")
    return encoding


def open_text(path: Path, *, csv_newlines: bool = False) -> tuple[Iterator[str], str]:
    """Return (the file's lines without line ends, its encoding), read as a stream.

    The encoding is decided from the first 64 KB; bytes later in the file that do not decode
    raise a RecordError naming the line. With `csv_newlines` the lines keep their "\\n" and line
    ends inside quoted CSV fields stay as they are (the csv module needs both).
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
    text = io.TextIOWrapper(fh, encoding=encoding, newline="" if csv_newlines else None)
    return _lines(text, str(path), keep_ends=csv_newlines), encoding


def _lines(text: io.TextIOWrapper, path: str, keep_ends: bool) -> Iterator[str]:
    n = 0
    try:
        with text:
            for n, line in enumerate(text, 1):
                yield line if keep_ends else line.rstrip("\n")
    except UnicodeDecodeError:
        raise RecordError(path, n + 1, f"bytes that are not {text.encoding} from here on; "
                                       "re-save the file as UTF-8") from None
