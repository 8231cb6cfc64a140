"""The body of a grant office's officer, in the attribution line of a quote on applications.

News of grants end a quote with who said it: "– Söktrycket var stort i årets utlysning, säger
Anna Berg, verksamhetschef vid Region Västerbotten." A quote on applications, calls and money
granted speaks for the body that hands the money out; its body is no owner or partner of the
projects the text tells of, though the sentence has a grant's words. (A project leader's
quote, "– Nu kan vi börja, säger Eva Ek, projektledare på Kalix kommun", speaks for a body
that takes part: it keeps the reading its sentence gives.)
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["quote_attribution", "speaker_affiliation"]

# A verb of saying, then the speaker's name (two to three capitalised words).
_SAID_BY = re.compile(r"\b(?:säger|sa|sade|berättar|berättade|menar|konstaterar|förklarar|"
                      r"understryker|framhåller|betonar|fortsätter|avslutar|tillägger|påpekar|"
                      r"uppger)\s+(?:[A-ZÅÄÖÉ][\w'-]+\s+){1,2}[A-ZÅÄÖÉ][\w'-]+")
# What may stand between the speaker and the body: a title, a unit, a party ("(S)"), commas;
# not a new clause ("att", a full stop, a semicolon).
_TITLE_REACH = 120
_CLAUSE = re.compile(r"[.;:!?]|\batt\b|\bsom\b")
# A quote on applications, calls or granting; not a recipient's ("vår ansökan beviljades", "vi
# har fått", not "vi har fått in ansökningar"; a project leader's).
_ON_GRANTS = re.compile(r"söktryck|ansökningar|ansökningsomgång|utlysning|bevilja", re.I)
_RECIPIENT = re.compile(r"\b(?:vår|våra|vårt)\s+(?:\w+\s+)?(?:ansökan|projekt)|\bvi\s+(?:har\s+|hade\s+)?"
                        r"(?:fått|fick|får|beviljats|beviljades)\b(?!\s+in\b)|"
                        r"\bprojekt(?:ledare|ägare|koordinator|samordnare|ansvarig|chef)", re.I)


def speaker_affiliation(doc: Doc, span: Span, sent: Span) -> bool:
    """Return whether the name stands in the attribution of a quote on applications or
    grants, after the speaker."""
    return _attributed(doc_text(doc)[sent.start_char:span.start_char], _ON_GRANTS, _RECIPIENT)


def _attributed(head: str, topic: re.Pattern, recipient: re.Pattern) -> bool:
    """Return whether `head` ends in a quote's attribution after the speaker, the quote speaking
    of `topic` and neither it nor the attribution in a `recipient`'s words."""
    for m in _SAID_BY.finditer(head):
        between = head[m.end():]
        if len(between) <= _TITLE_REACH and _CLAUSE.search(between) is None:
            quote = head[:m.start()]
            return topic.search(quote) is not None and recipient.search(quote + " " + between) is None
    return False


# A quotation opens its line with a dash, as a bullet does: "– Vi fick många ansökningar, säger
# Anna Berg, samordnare på Jordbruksverket." A quote on applications, priorities or money
# speaks for the body that hands the money out; the line is no item of a list (of projects or
# of partners). (A quote on the work, "– Vi fortsätter samarbetet, säger Eva Ek, rektor på X",
# keeps its reading: X may be the party the text is about. So does a recipient's quote.)
_QUOTE_DASH = re.compile(r"\s*[-–—]\s")
_ON_MONEY = re.compile(r"söktryck|ansökning|utlysning|bevilja|prioritering|pengar|\bmedel\b|"
                       r"projektmedel|kronor|miljoner", re.I)
_RECEIVED = re.compile(r"\b(?:vår|våra|vårt)\s+(?:\w+\s+)?(?:ansökan|projekt)|"
                       r"\bvi\s+(?:har\s+|hade\s+)?(?:fått|fick|får|beviljats|beviljades)\b"
                       r"(?!\s+in\b|(?:\s+\w+){0,3}\s+ansökningar)|"
                       r"\bprojekt(?:ledare|ägare|koordinator|samordnare|ansvarig|chef)", re.I)


def quote_attribution(head: str) -> bool:
    """Return whether a line's text before a name (`head`) opens with a quotation dash, quotes
    words on applications or money, and ends in the attribution after the speaker ("..., säger
    Anna Berg, chef vid ")."""
    return _QUOTE_DASH.match(head) is not None and _attributed(head, _ON_MONEY, _RECEIVED)
