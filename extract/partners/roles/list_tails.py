"""The rest of a list of participants that a relative clause, a bracket or unfound names broke.

Measured on the development parts (docs/extraction-rounds.md, round 37): "Från Sverige deltar
A, B, som leder Sveriges del i projektet, och C", "ett samarbete mellan A (X) som också samordnar arbetet, B,
D, E och F", "Projektparter är A, B (genom C) D och E": the cue reads the names before the break;
those after it were left mentioned. A group no cue speaks of takes part when the text between
it and an earlier body of the same sentence that a cue read as owner or partner holds only the
list's own material: commas, "och"/"samt", names the rules did not find (capitalised words), a
bracket, or one relative clause closed by a comma. The role comes from the cue said in words
before the break, never from the bare list.

Not: a list whose earlier body no cue read (a bare list), a name inside a relative clause ("A,
som finansieras av B, och C": B is the clause's), a sentence's other clause ("A deltar, men B ...":
"men" is no list word), a list after "i" (a place).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.role_cues import Reading
from esfgraph.extract.partners.base.span_data import get
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["list_tail"]

# Between an earlier participant and the group: "(genom X)", ", som leder Y i projektet,",
# ", Okänt Namn, Annat namn", then "," / "och" / "samt" right before the group, or "(genom ".
_UNFOUND = r"(?:\s*,\s*[A-ZÅÄÖ][\w-]*(?:\s+(?:i\s+|för\s+)?[\w-]+){0,3})"
_BETWEEN = re.compile(r"(?:\s*\([^()\n]{1,60}\))?(?:\s*,?\s*som\s+[^,;:()\n]{1,80}?,)?" + _UNFOUND
                      + r"*\s*(?:,\s*)?(?:och\s+|samt\s+)?$|\s*\(genom\s+$")
_BREAK = re.compile(r"\(|\bsom\b|,\s*[A-ZÅÄÖ]")


def list_tail(doc: Doc, group: list[Span], ents: list[Span], sent: Span) -> Reading | None:
    """Return the partner reading of names that go on a list a cue read before its break."""
    text = doc_text(doc)
    first = group[0]
    if first.start > 0 and doc[first.start - 1].lower_ in ("i", "inom"):
        return None
    earlier = [e for e in ents if sent.start_char <= e.start_char and e.end_char <= first.start_char
               and e.label_ == "ORG"]
    if not earlier:
        return None
    last = earlier[-1]  # the body right before the group, with nothing but the list between
    between = text[last.end_char:first.start_char]
    if get(last, "esf_role") not in ("owner", "partner") or get(last, "esf_cue") is None \
            or _BREAK.search(between) is None or _BETWEEN.fullmatch(between) is None:
        return None
    return Reading("partner", get(last, "esf_cue"), W.LIST_TAIL)
