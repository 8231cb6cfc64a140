"""Input files: which paths to read and how their bytes become text."""

from __future__ import annotations

import codecs
import glob
import os
import re
from pathlib import Path
from typing import Iterator

from .errors import RecordError

__all__ = ["expand_paths", "decode_bytes", "read_text", "RECORD_SUFFIXES"]

RECORD_SUFFIXES = (".txt", ".csv", ".tsv")
# UTF-8 text that was once read as Latin-1 and saved again: "Ã¤" where "ä" was meant.
_MOJIBAKE = re.compile("Ã[\u0080-\u00bf¤¥¶©¼„–…]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


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


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding) of a record file: UTF-8 with or without BOM, or Windows-1252.

    Line ends are normalised to "\\n". Binary files, empty files and double-encoded text raise
    RecordError instead of letting mojibake into the graph.
    """
    if not data.strip():
        raise RecordError(path, None, "empty file: no records")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif b"\x00" in data:
        raise RecordError(path, None, "binary file (it contains NUL bytes), not project-bank text")
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise RecordError(
                    path, None, "neither UTF-8 nor Windows-1252 text; re-save the file as UTF-8"
                ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROL.findall(text))
    if controls and controls > len(text) // 200:
        raise RecordError(path, None, "binary file (control characters), not project-bank text")
    m = _MOJIBAKE.search(text)
    if m:
        line = text.count("\n", 0, m.start()) + 1
        raise RecordError(
            path, line,
            f"text is double-encoded ({m.group()!r} where a Swedish letter was meant); "
            "re-save the file as UTF-8 from its original",
        )
    return text, encoding


def read_text(path: Path) -> tuple[str, str]:
    """Return (text, encoding) of the file at `path`; see decode_bytes."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise RecordError(str(path), None, f"cannot read: {e.strerror or e}") from None
    return decode_bytes(data, str(path))
