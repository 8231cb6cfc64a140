"""Small pure functions on organisation names: keys for lookup, case, slugs."""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["name_key", "restore_case", "slug", "genitive_forms", "is_all_caps"]

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "’": "'", "´": "'"})
# Words kept in upper case when a name written in capitals is given its usual case.
_KEEP_UPPER = {"AB", "HB", "KB", "EU", "ESF", "IT", "IF", "LO", "TCO", "SKR", "KTH", "VGR",
               "ICA", "SCB", "CSN", "AF", "FK", "HVB", "SFI", "YH", "KFO", "ST", "SSR", "UF", "BAS"}
_KEEP_LOWER = {"i", "och", "för", "på", "av", "med", "till", "vid", "under", "över", "om", "ek.",
               "kommun", "kommuns", "stad", "län", "region", "regionen", "förening", "förbund",
               "stiftelse", "stiftelsen", "aktiebolag", "universitet", "högskola", "folkhögskola",
               "tingsrätt", "förvaltningsrätt", "kammarrätt", "hovrätt", "publ"}


def name_key(name: str) -> str:
    """Return the lookup key of a name: NFC, lower case, one space, unified dashes."""
    s = unicodedata.normalize("NFC", name).translate(_DASHES)
    return re.sub(r"\s+", " ", s).strip().strip(",.;:").strip().lower()


def genitive_forms(key: str) -> list[str]:
    """Return the base forms a possibly genitive key may stand for ("if metalls" -> "if metall")."""
    forms = []
    if key.endswith("s") and len(key) > 3:
        forms.append(key[:-1])
    if key.endswith(("'s", ":s")):
        forms.append(key[:-2])
    return forms


def is_all_caps(name: str) -> bool:
    """Return whether a name is written in capitals (at least two capital letters, no lower case)."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def restore_case(name: str, proper_nouns: frozenset[str] = frozenset()) -> str:
    """Return a name written in capitals in its usual case ("VÄXJÖ KOMMUN" -> "Växjö kommun").

    Words in `proper_nouns` (lower case; place names) keep a capital first letter, so
    "FALUN BORLÄNGE-REGIONEN AB" becomes "Falun Borlänge-regionen AB". A name in mixed case
    is returned unchanged.
    """
    if not is_all_caps(name):
        return name
    out = []
    for i, word in enumerate(name.split(" ")):
        parts = []
        for j, part in enumerate(word.split("-")):
            low = part.lower()
            bare = re.sub(r"[^\wåäö]", "", low)
            if part.strip(".,()") in _KEEP_UPPER:
                parts.append(part)
            elif (i == 0 and j == 0) or bare in proper_nouns or bare.rstrip("s") in proper_nouns:
                parts.append(low[:1].upper() + low[1:])
            else:
                parts.append(low)
        out.append("-".join(parts))
    return " ".join(out)


_PLAIN = re.compile(r"[^\W_]+(?: [^\W_]+)*")


def name_identity(name: str) -> str:
    """Return the key of an organisation known by name only: its slug where the name is plain
    words ("Region Kronoberg" -> "region-kronoberg"), else the slug and a short stable hash of
    the name ("Foo & Bar AB" -> "foo-bar-ab-1c0a2d9e"), so that two names that share a slug
    ("Foo Bar AB", "Foo/Bar AB", "212000-0662") never share a node, nor a number's key."""
    plain = unicodedata.normalize("NFC", " ".join(name.split())).casefold()
    base = slug(name)
    if _PLAIN.fullmatch(plain):
        return base
    return f"{base}-{hashlib.sha256(plain.encode('utf-8')).hexdigest()[:8]}"


def slug(name: str) -> str:
    """Return an IRI-safe path segment for a name: lower case letters and digits joined by '-'.

    Letters outside ASCII (å, ä, ö, é) are kept; any input gives a non-empty segment.
    """
    s = unicodedata.normalize("NFC", name).lower()
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-_")
    s = s.replace("_", "-")
    if not s:
        s = "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    return s
