"""Names an owner cue further away than the next word does not reach.

"Samtliga projektägare väntar på beslut från A": A decides, it owns nothing; "Projektägaren ska
ha sökt på A:s webbplats", "Stödmottagaren ska följa A:s föreskrifter": a genitive before a
noun names a thing of A's. Right beside the cue ("Projektägare: A") the name stays the owner.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base.sentence_kinds import is_grantor
from esfgraph.extract.partners.base.span_data import get

__all__ = ["beyond_owner_reach"]


def beyond_owner_reach(doc: Doc, group: list[Span], sent: Span) -> bool:
    """Return whether names are no owner a distant owner cue can speak of: a grantor by what
    the sentence says, or a single genitive name before a lower-case noun."""
    if len(group) == 1 and _genitive_of_thing(doc, group[0]):
        return True
    # "togs upp av A som ansökte om medel": after "av" a name is an agent as often as a grantor.
    start = group[0].start
    return (start == 0 or doc[start - 1].lower_ != "av") and is_grantor(doc, group, sent, False)


def _genitive_of_thing(doc: Doc, span: Span) -> bool:
    org = get(span, "esf_org")
    if org is None or span.end >= len(doc) or not span.text.endswith("s") \
            or org.name.lower().endswith("s"):
        return False
    nxt = doc[span.end]
    return nxt.is_alpha and nxt.is_lower
