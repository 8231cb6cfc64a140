"""Sentences of project prose that say a body takes part without a cue word beside its name.

Measured on the development parts (docs/extraction-rounds.md, round 25), each a reading of the
sentence, not of a name:

- a body set beside others who take part: "Förutom A är många andra aktörer med i projektet",
  "Förutom A och B omnämns ytterligare samarbetsorganisationer", "Vid sidan om A står även B
  bakom satsningen" (not beside money: "Förutom A bidrar B med 1 miljon": A grants);
- a body a relative clause says runs a project: "A som driver det numera" (owner; round 37);
- a body that does the project's work, opening its sentence before "genom/i/inom projektet"
  ("A ska genom projektet X utveckla metoder") or named right after "I projektet vill"
  ("I projektet vill A skapa en modell").

default_reading asks uncued_part only of names no cue speaks of, after its grant, first-subject
and project-sentence readings; a grantor never gets here (is_grantor).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.role_cues import Reading
from esfgraph.extract.partners.base.sentence_kinds import MONEY
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["uncued_part", "runs_project"]

_BESIDES = re.compile(r"(?i:förutom|utöver|vid\s+sidan\s+(?:om|av))(?:\s+[A-ZÅÄÖ][\w-]*)*"
                      r"(?:\s*,|\s+och)?\s*$")
_TAKES_PART = re.compile(r"\b(?:deltar|medverkar|samverkar|samarbetar|med\s+i\s+(?:projektet|satsningen|"
                         r"förstudien|arbetet)|samarbets\w+|samverkans\w+|\w*partner\w*|parter(?:na)?|"
                         r"står\s+(?:\w+\s+){0,8}?bakom)\b", re.I)
_GIVES = re.compile(r"\bbidra|finansi", re.I)
# "A ska genom projektet", "A (SV) vill i projektet"; "I projektet vill A", "Genom satsningen Ny
# väg kommer A".
_AUX = r"(?:ska|vill|kommer\s+att|kan|avser\s+att|planerar\s+att)"
_DOER_AFTER = re.compile(r"\s+(?:\([^()\n]{1,20}\)\s+)?(?:" + _AUX + r"\s+)?(?:genom|i|inom)\s+"
                         r"(?:projektet|satsningen|förstudien)\b")
_DOER_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n)(?:I|Genom|Inom)\s+(?:projektet|satsningen|förstudien)"
                          r"(?:\s+[A-ZÅÄÖ\"”][^\s]*)*\s+(?:ska|vill|kommer|kan|avser|planerar)\s+$")
# "A som driver det numera", "A som driver ett projekt för tio byar", "A, ett regionalt
# resurscentrum som driver projekt och ordnar kurser": the body runs a project;
# not "som driver ett liknande projekt", "som driver det lokala nätverket", "som äger huset".
_RUNS = re.compile(r"(?:\s*,\s*(?:ett|en)\s+[^,.;:!?()\n]{1,60}?)?,?\s+som\s+(?:(?:nu|i\s+dag|numera|i\s+stället|"
                   r"också|även)\s+)?(?:(?:driver|leder)\s+(?:det(?=\s*(?:[.,;:!?]|$|\s+(?:i\s+stället|vidare|"
                   r"nu|i\s+dag)\b))|ett\s+projekt\b|projekt\b(?!\w)|projektet\b|satsningen\b|förstudien\b)|"
                   r"äger\s+(?:projektet|satsningen|förstudien)\b)")

_WHERE = frozenset({"i", "inom", "utanför", "från", "hos"})


def uncued_part(doc: Doc, group: list[Span], sent: Span) -> Reading | None:
    """Return the partner reading of names a sentence sets among those who take part, or None."""
    text = doc_text(doc)
    first, last = group[0], group[-1]
    before = text[max(sent.start_char, first.start_char - 100):first.start_char]
    rest = text[last.end_char:sent.end_char]
    if _BESIDES.search(before[-40:]) is not None and _TAKES_PART.search(rest) is not None \
            and MONEY.search(rest) is None and _GIVES.search(rest) is None:
        return Reading("partner", None, W.BESIDES)
    opens = text[sent.start_char:first.start_char].strip(" -–•*·\n\"”") == ""
    if (opens and _DOER_AFTER.match(rest) is not None) or (
            _DOER_BEFORE.search(text[max(0, first.start_char - 100):first.start_char]) is not None):
        return Reading("partner", None, W.PROJECT_DOER)
    return None


def runs_project(doc: Doc, group: list[Span], sent: Span) -> Reading | None:
    """Return the owner reading of names a relative clause says run a project ("A som driver det
    numera"), or None; asked before the grantor check ("togs över av A som driver det")."""
    prev = doc[group[0].start - 1].lower_ if group[0].start > 0 else ""
    if prev in _WHERE or _RUNS.match(doc_text(doc), group[-1].end_char, sent.end_char) is None:
        return None  # "skolorna i A som driver projekt", "deltagare från A": a place, an employer
    return Reading("owner", None, W.PROJECT_DOER)
