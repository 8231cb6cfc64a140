"""Leader groups that take part in a cooperation project of Leader groups.

A Leader group (a local action group) grants money to projects and is no participant
(role_cues.grants). In a cooperation project, though, Leader groups are the partners: "ett
samarbetsprojekt mellan Leader A, Leader B och Leader C", "i samarbete med sju finska
leaderområden och Leader D", "Projektägare: LLU E ... Partners: F ry och Leader G ry". So a Leader
group read as a partner by a cue stays a partner when its sentence names other Leader groups
or leader areas, or a Leader group ("LLU") owns the project; one named alone ("i samarbete med
Leader A" on the group's own pages) stays the grantor. A Leader group in the slot of an owner
label ("Projektägare: Leader A", "Projektägare" over a line "Leader A") owns its own project, and
so does one a grant is given to ("bevilja ansökan till Leader A", "Leader A som får medel").

role_assigner asks leader_partner before it reads a grantor as none.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base.span_data import get
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["leader_owner", "leader_partner"]

# Another Leader group or leader areas in the text: "Leader Ekbygden", "LLU Norrdalen",
# "sju finska leaderområden".
_OTHERS = re.compile(r"\b(?:Leader|LEADER|LLU) [A-ZÅÄÖ][\w-]*|\b[Ll]eaderområden\b")
# The project is a Leader group's own: "Projektägare: LLU Ekbygden".
_LEADER_OWNER = re.compile(r"Projektägare:?\s+(?:Leader|LEADER|LLU) [A-ZÅÄÖ]")
# An owner label right before the name: "Projektägare: ", "Projektägare är ", "PROJEKTÄGARE⏎".
_OWNER_LABEL = re.compile(r"\bprojektägare\s*(?::|är)?\s*$", re.I)
# A grant given to the group itself (measured on the development parts; docs/extraction-rounds.md,
# round 37): "bevilja ansökan till Leader A", "Beslut: Medel
# till Leader A", "Leader A som får medel för ett år till"; not an application sent to it
# ("skickade en ansökan till Leader A"), money from it ("medel från Leader A") or a bare "Medel
# till Leader A" outside a decision's heading.
_GRANT_TO = re.compile(r"(?:\b(?:bevilja\w*|prioritera\w*|tilldela\w*|ge|ger|gav)\s+(?:\w+\s+){0,2}?"
                       r"(?:ansökan|ansökningen|medel|stöd|pengar|bidrag)|\b(?:Beslut|Ärende):\s*Medel)"
                       r"\s+till\s+$")
_GETS = re.compile(r"(?:\s+\d{4})?(?:\s+(?:och|samt)\s+Leader(?:\s+[A-ZÅÄÖ0-9][\w-]*){1,4})?(?:\s+som)?"
                   r"\s+(?:får|fick|har\s+fått|beviljas|beviljades|har\s+beviljats|tilldelas|tilldelades)"
                   r"\s+(?:\w+\s+){0,2}?(?:medel|stöd|pengar|bidrag|\d[\d\s.,]*(?:kr|kronor|miljoner|euro|€))")


def leader_owner(span: Span) -> str | None:
    """Return "owner" for a Leader group named in the slot of an owner label or as the receiver
    of a grant, else None."""
    org = get(span, "esf_org")
    if org is None or not org.name.startswith("Leader "):
        return None
    text = span.doc.text
    before = text[max(0, span.start_char - 60):span.start_char]
    return "owner" if _OWNER_LABEL.search(before[-40:]) or _GRANT_TO.search(before) or _GETS.match(
        text, span.end_char, span.end_char + 60) else None


def leader_partner(doc: Doc, group: list[Span], role: str = "partner", cue: str | None = "") -> bool:
    """Return whether Leader groups (all of the group) read as partners by a cue take part in a
    cooperation project: another Leader group or leader areas are named in the text."""
    orgs = [get(span, "esf_org") for span in group]
    if all(leader_owner(span) for span in group):
        return True  # "Projektägare: Leader A": the group's own project
    if role != "partner" or cue is None or not all(o and o.name.startswith("Leader ") for o in orgs):
        return False
    own = {span.text.lower() for span in group}  # "mellan Leader A, Leader B och Leader C" shows it itself
    if len(own) > 1 or _LEADER_OWNER.search(doc_text(doc)):
        return True
    sent = group[0].sent.text
    return any(not any(o.startswith(m.group(0).lower()) for o in own) for m in _OTHERS.finditer(sent))
