"""Bodies a sentence says acted jointly: "A, B och C har tillsammans gjort ...", "framtagen
gemensamt av A, B och C".

Measured on the development parts (docs/extraction-rounds.md, round 37): a list of bodies
opening its sentence before "har tillsammans" and a perfect participle ("har tillsammans byggt
upp ett nätverk", "har tillsammans förberett en ansökan"), or named after
"framtagen/utarbetad/driven gemensamt av", names those who carry the work; without a cue word
beside the names they were left mentioned.
The joint action is said in words ("tillsammans", "gemensamt"), never read from a bare list.

Not: "tillsammans med" (a partner cue read elsewhere), "hade tillsammans" (an earlier work),
possession ("A och B har tillsammans 300 anställda": no participle), money given
("har tillsammans beviljat/finansierat/satsat", "finansieras gemensamt av": grantors), owning
("ägs gemensamt av": a company's owners), a list that does not open its sentence ("Anställda
på A och B har tillsammans gått en kurs": the target group's employers).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.role_cues import Reading
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["joint_part"]

# Lower-case words a list of bodies may hold between its names ("A i Ekby län", "Ekby och
# Norrby kommuner i Sverige", "A genom B"); capitalised words are names the rules did not find.
_LIST_WORD = frozenset({"och", "samt", "i", "kommuner", "kommunerna", "kommun", "län", "stad",
                        "genom", "&"})
_WORD = re.compile(r"[^\W\d_][\w-]*|\d+|\S")
_PARTICIPLE = re.compile(r"^\w{2,}(?:at|it|tt|t|d)$")
_GIVES = re.compile(r"^(?:bevilj|finansi|medfinansi|bidr|skänk|betal|avsatt|satsa|anslag|delat|"
                    r"gett|givit|ägt|köpt|sålt)", re.I)
_AFTER = re.compile(r"\s*(?:,\s*)?har\s+tillsammans\s+(?!med\b)(?:(?:även|också|nu)\s+)?(\w+)")
_BEFORE = re.compile(r"\b(?:(?:fram)?tag(?:en|et|na)|utarbeta\w*|gjor[dt]a?|driv(?:s|en|et|na)|"
                     r"genomför\w*|utveckla[dt]s?|skapa[dt]s?|initiera[dt]s?|planera[dt]s?)"
                     r"\s+gemensamt\s+av\s+", re.I)


def _list_stretch(text: str, names: list[tuple[int, int]], a: int, b: int) -> bool:
    """Return whether text[a:b] holds only names, separators and a list's small words."""
    kept, at = [], a
    for s, e in names:
        if e <= a or s >= b:
            continue
        kept.append(text[at:max(at, s)])
        at = max(at, e)
    kept.append(text[at:b])
    for w in _WORD.findall(" ".join(kept)):
        if w in ",/()–-" or w[0].isupper() or w.lower() in _LIST_WORD:
            continue
        return False
    return True


def joint_part(doc: Doc, group: list[Span], ents: list[Span], sent: Span) -> Reading | None:
    """Return the partner reading of bodies a sentence says acted jointly, or None."""
    text = doc_text(doc)
    first, last = group[0], group[-1]
    names = [(e.start_char, e.end_char) for e in ents
             if e.label_ == "ORG" and sent.start_char <= e.start_char < sent.end_char]
    if len(names) < 2:
        return None
    # "A, B och C har tillsammans gjort": the list opens the sentence and runs to "har".
    a = sent.start_char + len(sent.text) - len(sent.text.lstrip(" -–•*·\n\"”"))
    if _list_stretch(text, names, a, first.start_char):
        for m in _AFTER.finditer(text, last.end_char, sent.end_char):
            if _list_stretch(text, names, a, m.start()) and _PARTICIPLE.match(
                    m.group(1)) and _GIVES.match(m.group(1)) is None and sum(
                    1 for s, e in names if s < m.start()) >= 2:
                return Reading("partner", "tillsammans", W.JOINT)
            break
    # "framtagen gemensamt av A, B och C": the names run from "gemensamt av".
    for m in _BEFORE.finditer(text, sent.start_char, first.start_char):
        if _list_stretch(text, names, m.end(), first.start_char):
            return Reading("partner", "gemensamt av", W.JOINT)
    return None
