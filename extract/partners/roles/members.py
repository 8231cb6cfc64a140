"""The members of a federation: bodies named as what a samordningsförbund is made of.

A coordination federation (samordningsförbund, kommunalförbund) tells who it is made of in the
same few words on every page: "Kommunerna A och B bildar tillsammans med C och D
Samordningsförbundet X", "Förbundet består av A, B och C", "Samordningsförbundet samordnar
insatser från A och B", "Samordningsförbundet X (A, B och C kommuner)". The members own the
federation, not its projects: a reader of the graph asking who took part in a project should
not find every member of every federation that funds or runs one, so they stay mentioned.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["federation_members"]

_FEDERATION = r"(?:samordningsförbund|kommunalförbund|förbund)\w*"
# "A bildar tillsammans med B Samordningsförbundet X." (the federation ends the clause: "A bildar
# med Samordningsförbundet X ett team" is no federation's making); "Förbundet bildades av A";
# "Förbundet består av A och B";
# "Samordningsförbundet samordnar insatser från A och B".
_MADE_OF = re.compile(
    r"\bbild(?:ar|ade|at)\b[^.;:]*?" + _FEDERATION + r"(?:\s+(?-i:[A-ZÅÄÖ])[\w-]*){0,3}\s*(?:[.;,]|$)"
    + r"|\b" + _FEDERATION + r"\s+bildades\b"
    + r"|\b" + _FEDERATION + r"(?:\s+(?-i:[A-ZÅÄÖ])\w*){0,3}\s+(?:består|bestod|utgörs|utgjordes)\s+av\b"
    + r"|\b" + _FEDERATION + r"(?:\s+(?-i:[A-ZÅÄÖ])\w*){0,3}\s+samordnar\s+(?:\w+\s+){0,2}?från\b",
    re.I)


def federation_members(doc: Doc, group: list[Span], sent: Span) -> bool:
    """Return whether the names are a federation's members: in a sentence that tells what the
    federation is made of, or in brackets right after its name."""
    text = doc_text(doc)
    if _MADE_OF.search(text, sent.start_char, sent.end_char) is not None:
        return True
    start = group[0].start
    if start < 2 or doc[start - 1].text != "(" or doc[start - 2].ent_iob_ == "O":
        return False
    k = start - 2
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return re.search(_FEDERATION, doc[k:start - 1].text, re.I) is not None
