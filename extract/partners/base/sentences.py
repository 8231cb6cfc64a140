"""The spaCy component `esf_sentences`: sentence starts for project descriptions.

Descriptions are pasted text: sentences end at ". ", "! ", "? " and at line ends, and bullet
lines belong to the line before them (a list is one sentence with its header). Every rule that
reads "the sentence" of a name reads these.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

import numpy
from spacy.attrs import IS_LOWER, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["set_sentences", "ABBREVIATIONS", "BULLETS", "SHORT_LINE", "FIELD_LABELS", "LABELLED_LINE",
           "may_hold_labels", "labelled_lines", "SentenceIndex"]

BULLETS = {"-", "*", "•", "–", "·"}
SHORT_LINE = 16  # words: a line this short may be a line of a list, and is read whole
# A form's field labels on a line of their own, and the role they give the name on the next
# line ("Projektägare" over "Coompanion Norrbotten"). Co-financiers take part in the project.
FIELD_LABELS = {
    **dict.fromkeys(("projektägare", "stödmottagare", "sökande organisation", "sökande",
                     "huvudsökande", "projektägare/sökande", "ansökande organisation",
                     "projektanordnare", "huvudman"), "owner"),
    **dict.fromkeys(("projektpartner", "projektpartners", "samverkanspart", "samverkansparter",
                     "samverkanspartner", "samverkanspartners", "partner", "partners",
                     "medfinansiär", "medfinansiärer", "samarbetspartner", "samarbetspartners"),
                    "partner"),
}

# A field label and the value that follows it, on the next line or after a colon:
# "Projektägare\nCoompanion Norrbotten", "Projektpartner: Alexandersoninstitutet".
LABELLED_LINE = re.compile(
    r"(?m)^[ \t]*(?i:" + "|".join(sorted(FIELD_LABELS, key=len, reverse=True)) +
    r")[ \t]*(?::[ \t]*|:?[ \t]*\n[ \t]*)(?P<value>[A-ZÅÄÖ][^\n]*)$")

_LABEL_STEMS = ("projektägare", "stödmottagare", "sökande", "projektanordnare", "huvudman",
                "partner", "samverkanspart", "medfinansiär", "programområde", "projektn", "utlysning")


def labelled_lines(text: str) -> Iterator[re.Match]:
    """Yield what `LABELLED_LINE.finditer(text)` yields, trying only at line starts."""
    match, i = LABELLED_LINE.match, 0
    while True:
        m = match(text, i)
        if m is not None:
            yield m
        i = text.find("\n", i if m is None else m.end())
        if i < 0:
            return
        i += 1


def may_hold_labels(low: str) -> bool:
    """Return whether a text (in lower case) may hold a field label: a cheap test before the
    regular expressions LABELLED_LINE and tokenizer.GLUED_LABEL."""
    return any(stem in low for stem in _LABEL_STEMS)


@Language.component("esf_sentences")
def set_sentences(doc: Doc) -> Doc:
    """Split sentences at . ! ? and at line ends, keeping bullet lines with the line before."""
    n = len(doc)
    if n == 0:
        return doc
    # Read the token attributes as integers: creating a Token object per token costs more
    # than the whole decision.
    strings = doc.vocab.strings
    orths, spaces, lowers = doc.to_array([ORTH, IS_SPACE, IS_LOWER]).T.tolist()
    ends = {strings[p] for p in (".", "!", "?")}
    bullets = {strings[b] for b in BULLETS}
    starts = [-1] * n
    starts[0] = 1
    for i in range(1, n):
        prev = orths[i - 1]
        if prev in ends and not spaces[i]:
            if not lowers[i] or _ends_sentence(doc, i - 1):
                starts[i] = 1
        elif spaces[i - 1]:
            text = strings[prev]
            # A line that goes on in lower case continues the sentence ("Alnö Skidklubb\nhar
            # beviljats stöd"): page copies break lines inside sentences.
            if "\n" in text and ("\n\n" in text or (orths[i] not in bullets and not lowers[i])):
                starts[i] = 1
    # SENT_START is read as signed from the uint64 array spaCy wants: -1 marks "no start".
    column = numpy.array(starts, dtype="int64").astype("uint64").reshape(n, 1)
    doc.from_array([SENT_START], column)
    return doc


# Short words that end in a period of their own but do not end a sentence ("ca. 30").
ABBREVIATIONS = frozenset({"ca", "st", "nr", "enl", "inkl", "exkl", "resp", "kl", "tel", "jfr",
                           "ang", "kap", "tkr", "mkr", "mnkr", "kr", "ev", "avd", "tot", "ex",
                           "ek", "för"})  # "ek. för." (ekonomisk förening)


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Return whether the period at token i ends a sentence that the next, lower-case word starts.

    Texts pasted in lower case ("... region gävleborg. samordningsförbundet gävle finansierar")
    still end their sentences with a period after a word; abbreviations keep theirs.
    """
    if i == 0:
        return False
    word = doc[i - 1]
    return (word.is_alpha and len(word) > 1 and word.lower_ not in ABBREVIATIONS) or word.is_digit




class SentenceIndex:
    """The sentences of an annotated Doc by token: what `span.sent` returns, without a walk over
    the tokens and a new Span for each span asked about. Made after the sentences are final."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self._spans: dict[int, Span] = {}
        self._starts: list[int] | None = None
        if not ("sent" in doc.user_span_hooks or "sents" in doc.user_hooks) \
                and doc.has_annotation("SENT_START"):
            self._starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()

    def of(self, span: Span) -> Span:
        """Return the sentence that holds the span's first token."""
        starts = self._starts
        if starts is None:
            return span.sent
        k = bisect.bisect_right(starts, span.start)
        start = starts[k - 1] if k else 0
        sent = self._spans.get(start)
        if sent is None:
            end = starts[k] if k < len(starts) else len(self.doc)
            sent = self._spans[start] = self.doc[start:end]
        return sent
