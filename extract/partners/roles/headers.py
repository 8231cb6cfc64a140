"""What a list's header says of the names under it: the phrase before a colon ("I projektet
deltar fem företag: A, B och C"), a header line ending in a colon over lines of names, or a
heading line of its own without one ("SAMVERKANSPARTNERS" over "A", "B"). The header's role
cue is every item's, however far down the list it stands.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.role_cues import Cue, Reading
from esfgraph.extract.partners.base.sentences import BULLETS, FIELD_LABELS, LABELLED_LINE
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["colon_header", "header_reading", "label_line_reading", "list_header", "HEADER_ROLES"]

# The role a header's cue gives the names listed under it; the first kind found wins.
HEADER_ROLES = (("NEG", "mentioned"), ("OWNER", "owner"), ("OWNER_LEFT", "owner"), ("FUNDER", "funder"),
                ("FUNDER_BOTH", "funder"), ("PARTNER", "partner"), ("PARTNER_BOTH", "partner"),
                ("PARTNER_RIGHT", "partner"))


def colon_header(doc: Doc, start: int, sent: Span, cues: list[Cue]):
    """Return the reading a colon before the names gives them, or None.

    "I projektet deltar fem företag inom livsmedelsindustrin: A, B och C" lists the members of
    the phrase before the colon; the cue of that phrase is theirs.
    """
    i = start - 1
    while i >= sent.start and doc[i].is_space:
        i -= 1
    if i < sent.start or doc[i].text != ":":
        return None
    begin = sent.start
    for j in range(i - 1, sent.start - 1, -1):
        if doc[j].text in (":", ";"):  # an earlier "Label: value" ends the phrase
            begin = j + 1
            break
    return header_reading(doc, [c for c in cues if begin <= c.start and c.end <= i], W.COLON_HEADER)


def label_line_reading(doc: Doc, first: Span, sent: Span) -> Reading | None:
    """Return the role a field label gives names that open a later sentence of its line.

    "Projektpartners: A, B, C. D, E": a stray period inside the label's value starts a
    sentence; its names are still the label's ("D" and "E" are partners, not owners).
    """
    text = doc_text(doc)
    if text[sent.start_char:first.start_char].strip(" ,\t"):
        return None
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if line_start >= sent.start_char:
        return None
    m = LABELLED_LINE.match(text, line_start)
    if m is None or m.start("value") >= sent.start_char or m.end("value") < first.end_char:
        return None
    label = text[line_start:m.start("value")].strip().rstrip(":").strip().lower()
    role = FIELD_LABELS.get(label)
    return Reading(role, label, W.COLON_HEADER) if role else None


_HEADING_WORDS = 5  # words of a heading (or a line's last phrase) without a colon at most


def header_reading(doc: Doc, cues: list[Cue], weight: float) -> Reading | None:
    """Return the reading the strongest role cue of a header's `cues` gives its names, or None."""
    for kind, role in HEADER_ROLES:
        cue = next((c for c in cues if c.kind == kind), None)
        if cue is not None:
            return Reading(role, doc[cue.start:cue.end].text, weight)
    return None


def _line_header(doc: Doc, cues: list[Cue], begin: int, end: int) -> Reading | None:
    """The reading of a header line's cues between characters begin and end, or None."""
    return header_reading(doc, [c for c in cues if begin <= doc[c.start].idx < end], W.LIST_HEADER)


def list_header(doc: Doc, first: Span, cues: list[Cue]) -> Reading | None:
    """Return the role a list's header line gives an item starting a line under it, or None.

    "Samverkanspartners i projektet är:" followed by lines "- A", "B, som bidrar med ..."
    makes every item a partner, however far down the list it stands.
    """
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, first.start_char) + 1
    if line_start == 0 or text[line_start:first.start_char].strip() not in _BULLET_PREFIXES:
        return None
    end = line_start - 1
    for above in range(30):
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if not line:
            return None  # a blank line ends the list
        if line.endswith(":"):
            # Only the header's own sentence counts: "... Ängssjögatan 62. I projektet medverkar:"
            cut = max(text.rfind(p, begin, end) for p in (". ", "! ", "? "))
            head = cut + 2 if cut >= 0 else begin
            return _line_header(doc, cues, head, end)
        # A heading without a colon ("SAMVERKANSPARTNERS" over lines of names), or a line
        # whose last sentence breaks off before the names ("... Samverkanspartners är"): a
        # short phrase whose cue is a role's; a line of a name has no cue and goes on up.
        # (A form's field label gives the line right under it its own reading.)
        cut = max(text.rfind(p, begin, end) for p in (". ", "! ", "? "))
        head = cut + 2 if cut >= 0 else begin
        phrase = text[head:end].strip()
        if len(phrase.split()) <= _HEADING_WORDS and phrase[:1] not in BULLETS \
                and not phrase.endswith((".", "!", "?", ",")) \
                and not (above == 0 and phrase.casefold() in FIELD_LABELS):
            reading = _line_header(doc, cues, head, end)
            if reading is not None:
                return reading
        if begin == 0 or (line.endswith((".", "!", "?")) and line[:1] not in BULLETS):
            return None
        end = begin - 1
    return None


_BULLET_PREFIXES = {"", *BULLETS}
