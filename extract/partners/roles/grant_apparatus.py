"""Sentences of a grant's own apparatus: the bodies that hand out, administer or set up the
money work together, and a partner cue between them makes no participants of them.

Measured on the development parts (docs/extraction-rounds.md, round 27):

- "A fördelar i samarbete med B 30 miljoner kronor", "A tillsammans med B administrerar
  hanteringen av stödet": A (the subject of the handing-out verb) grants; B, the cue's other
  side, keeps its reading;
- "Fonden inrättades 2015 av A och förvaltas i samverkan med B": A set the fund up and grants;
- "Utlysningen är ett samarbete mellan A, B och C": the call's makers grant.

role_assigner._partner asks grant_apparatus of a partner cue before it reads the names as
partners; a body it answers True for is read as funder.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

__all__ = ["grant_apparatus"]

# Verbs that hand out or administer money (present and past; "delar ut" as two words).
_HANDING_OUT = frozenset({"fördelar", "fördelade", "administrerar", "administrerade", "utlyser",
                          "utlyste", "förvaltar", "förvaltade"})
_CUE_WORDS = frozenset({"samarbete", "samverkan", "tillsammans"})
# "Fonden inrättades 2015 av" right before the names: the fund's founder.
_FOUNDER = re.compile(r"\b(?:fonden|stiftelsen|utlysningen|programmet)\s+(?:inrättades|instiftades|"
                      r"bildades|grundades)\s+(?:\S+\s+){0,3}av\s*$", re.I)
# "Utlysningen är ett samarbete mellan" right before the names: the call's makers.
_CALL_OF = re.compile(r"\b(?:utlysningen|fonden|stödet)\s+är\s+ett\s+(?:samarbete|samverkan)\s+mellan\b",
                      re.I)


def grant_apparatus(doc: Doc, cue, start: int, end: int) -> bool:
    """Return whether the names at doc[start:end] are the side of a partner cue that hands out,
    administers or set up a grant (see the module's docstring)."""
    if not any(t.lower_ in _CUE_WORDS for t in doc[cue.start:cue.end]):
        return False
    before = doc[max(0, start - 8):start]
    if "\n" in before.text:
        before = doc[start:start]
    if cue.end <= start:
        return _CALL_OF.search(doc[max(0, cue.start - 4):min(cue.end + 1, start)].text) is not None
    if _FOUNDER.search(before.text) is not None:
        return True
    # The handing-out verb between the names and the cue, or right after the cue's object.
    between = doc[end:cue.start]
    after = doc[cue.end:min(len(doc), cue.end + 5)]
    # (Not a relative clause of the object's: "i samarbete med B som fördelar medel".)
    return any(t.lower_ in _HANDING_OUT for t in (*between, *after)) and not any(
        t.text in (".", ";", "?", "!") or t.lower_ == "som" for t in (*between, *after))
