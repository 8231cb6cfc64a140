"""Unknown names on the lines of a grant list: "• Festivalsjöbyn 2024, Valsjöbyns byalag, 45 000
kronor", "”Utfasad fasad”, Finströms sjöscouter. 1.945 euro.", "Ekby byförening, 56.000 euro".

A decision's or a news item's list of grants gives one grant a line: the project's title (if
any), then the recipient, then the amount. The recipient is the last part before the amount,
whatever its name is built on ("Germundö alpin", "Stugubygdens Framtid", "Spotbattle"); it is
read as grant_slots.py reads a grant's slot (no place, fund, programme or person's name: see
role_slots.slot_span). Only in a list (three such lines or more), never a project's or a study's
title ("Region X, Förstudie Vätgas, 800 000 kronor"), never a district of a body named before it
("Röda korset, Ålands distriktet"). Its role is the grant line's (default_role.py): the owner.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.names.name_shapes import is_name_token
from esfgraph.extract.partners.names.role_slots import slot_span

__all__ = ["line_bodies", "line_hits"]

# A grant's line: bullet, title and comma (optional), the name, "," or ".", the amount, line end.
_LINE = re.compile(r"[ \t]*(?:[–•*-][ \t]*)?(?:[^\n]*?,[ \t]+)?(?P<name>[A-ZÅÄÖ][^\n,.:;()\"”“]{0,60}?)"
                   r"[,.][ \t]+\d{1,3}(?:[ .\u00a0]\d{3})*(?:,\d+)?[ \t]*(?:kr|kronor|euro|€)\.?")
_UNITS = ("kr", "kronor", "euro", "€", "kr.", "kronor.", "euro.", "€.")
_MIN_LINES = 3
_MAX_WORDS = 6
# A project's or a study's title, not its recipient; a body's district, not the body; a form's
# field of money ("Beviljat belopp, 300 000 kr", "Total budget, 6 700 000 euro").
_NOT_NAME = re.compile(r"projekt|förstudie|insats|satsning|distrikt|avdelning|kretsen|totalt|summa|"
                       r"budget|belopp|kostnad|stöd|bidrag|finansiering|medel\b|pris\b", re.I)


def line_hits(text: str) -> list[tuple[int, int]]:
    """Return the spans of the grant lines' names in a text that lists three grants or more.

    Only the lines that end in a unit of money are tried (the expression over every line of a
    long text cost focus a tenth more)."""
    hits, at = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip()
        if body.endswith(_UNITS):
            m = _LINE.fullmatch(body)
            if m is not None:
                hits.append((at + m.start("name"), at + m.end("name")))
        at += len(line)
    return hits if len(hits) >= _MIN_LINES else []


def line_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Return ORG spans for the unknown names on the lines of a grant list."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for a, b in line_hits(doc.text):
        name = doc.char_span(a, b, alignment_mode="contract")
        if name is None or not 0 < len(name) <= _MAX_WORDS or not is_name_token(name[0]) \
                or _NOT_NAME.search(name.text) or any(c.isdigit() for c in name.text) \
                or any(i in taken for i in range(name.start, name.end)):
            continue
        span = slot_span(doc, name.start, name.end, True)
        if span is not None:
            out.append(span)
    return out
