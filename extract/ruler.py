"""The spaCy component `esf_organisations`: organisation names, departments and collectives.

Three kinds of span are set on `doc.ents`:
- ORG: a body from the gazetteer (case-insensitive where the name is unambiguous) or a name of
  a known shape ("<X> AB", "<X> folkhögskola", "Samordningsförbundet <X>", ...);
- UNIT: a department ("Socialförvaltningen i Luleå", "arbetsmarknadsförvaltningen");
- COLLECTIVE: organisations named without their names ("Sju kommuner i Kronobergs län").
Each span carries `span._.esf_org` (an `Org`, or None), `span._.esf_unit` and `span._.esf_rule`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import COMMON_WORDS, Org, load_gazetteer
from .organisations import org_from_shape, resolve_name, resolve_unit
from .patterns import COLLECTIVE_PATTERNS, NUMBER_WORDS, SHAPE_PATTERNS, TRIGGER_RE

__all__ = ["OrgRuler", "make_org_ruler"]

for _attr in ("esf_org", "esf_unit", "esf_rule", "esf_count", "esf_area"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)


@Language.factory(
    "esf_organisations",
    default_config={"gazetteer": True, "shapes": True, "collectives": True, "overwrite_ents": True},
)
def make_org_ruler(nlp: Language, name: str, gazetteer: bool, shapes: bool, collectives: bool,
                   overwrite_ents: bool) -> "OrgRuler":
    """Build the organisation ruler from the packaged gazetteer and name patterns."""
    return OrgRuler(nlp, name, gazetteer=gazetteer, shapes=shapes, collectives=collectives,
                    overwrite_ents=overwrite_ents)


class OrgRuler:
    """Finds organisations, departments and collectives; owns its matchers."""

    def __init__(self, nlp: Language, name: str = "esf_organisations", *, gazetteer: bool = True,
                 shapes: bool = True, collectives: bool = True, overwrite_ents: bool = True):
        self.name = name
        self.overwrite_ents = overwrite_ents
        self.orgs: dict[str, Org] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.shapes = Matcher(nlp.vocab)
        if gazetteer:
            self._add_gazetteer(nlp)
        if shapes:
            for label, patterns in SHAPE_PATTERNS.items():
                self.shapes.add(label, patterns, greedy="LONGEST")
        if collectives:
            self.shapes.add("COLLECTIVE", COLLECTIVE_PATTERNS, greedy="LONGEST")

    def _add_gazetteer(self, nlp: Language) -> None:
        lower: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        for surface, org, cased in load_gazetteer().surfaces():
            self.orgs[org.key] = org
            forms = [surface] if surface.endswith(("s", "x", "z")) else [surface, surface + "s"]
            (exact if cased else lower).setdefault(org.key, []).extend(forms)
        tokenizer = nlp.tokenizer
        for key, forms in lower.items():
            self.lower.add(key, list(tokenizer.pipe(forms)))
        for key, forms in exact.items():
            self.exact.add(key, list(tokenizer.pipe(forms)))

    def __call__(self, doc: Doc) -> Doc:
        spans = self._gazetteer_spans(doc)
        if len(self.shapes) and self._has_trigger(doc):
            spans.extend(self._shape_spans(doc))
        spans = filter_spans(spans)
        if self.overwrite_ents:
            doc.ents = spans
        else:
            doc.ents = filter_spans(list(doc.ents) + spans)
        return doc

    @staticmethod
    def _has_trigger(doc: Doc) -> bool:
        # Token patterns are the expensive part: run them only where one could match.
        return TRIGGER_RE.search(doc.text) is not None

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        spans = []
        strings = doc.vocab.strings
        for match_id, start, end in self.lower(doc):
            spans.append(self._org_span(doc, start, end, strings[match_id], "gazetteer"))
        for match_id, start, end in self.exact(doc):
            first = doc[start]
            # A common word ("Vision", "Kommunal") is a name only inside a sentence.
            if end - start == 1 and first.lower_.rstrip("s") in _COMMON_STEMS and (
                    first.is_sent_start or start == 0 or doc[start - 1].text in ".!?:\n\n-•*"
                    or doc[start - 1].is_space):
                continue
            if first.text == "Unionens" or (start > 0 and doc[start - 1].lower_ == "europeiska"):
                continue
            spans.append(self._org_span(doc, start, end, strings[match_id], "gazetteer:exact"))
        return spans

    def _org_span(self, doc: Doc, start: int, end: int, key: str, rule: str) -> Span:
        span = Span(doc, start, end, label="ORG", kb_id=key)
        span._.esf_org = self.orgs[key]
        span._.esf_rule = rule
        return span

    def _shape_spans(self, doc: Doc) -> list[Span]:
        spans = []
        strings = doc.vocab.strings
        for match_id, start, end in self.shapes(doc):
            label = strings[match_id]
            span = Span(doc, start, end, label="COLLECTIVE" if label == "COLLECTIVE" else "ORG")
            if label == "COLLECTIVE":
                span._.esf_count, span._.esf_area = _collective_parts(span)
                span._.esf_rule = "pattern:collective"
            elif label == "UNIT":
                resolved = resolve_unit(span.text)
                span = Span(doc, start, end, label="UNIT")
                if resolved is not None:
                    span._.esf_org, span._.esf_unit = resolved
                else:
                    span._.esf_unit = _unit_name(span)
                span._.esf_rule = "pattern:department"
            else:
                org = resolve_name(span.text) or (org_from_shape(span.text)
                                                  if label in _NEW_ORG_SHAPES else None)
                if org is None:
                    continue
                span = Span(doc, start, end, label="ORG", kb_id=org.key)
                span._.esf_org = org
                span._.esf_rule = f"pattern:{label.lower()}"
            spans.append(span)
        return spans


_COMMON_STEMS = frozenset(w.rstrip("s") for w in COMMON_WORDS)
# Shapes that name a body by themselves; the others only confirm a gazetteer name.
_NEW_ORG_SHAPES = {"COMPANY", "FOLK_HIGH_SCHOOL", "COORDINATION_ASSOCIATION", "UNIVERSITY",
                   "NONPROFIT"}


def _unit_name(span: Span) -> str:
    text = re.split(r"\s+(?:i|på|inom|vid)\s+", span.text, maxsplit=1)[0]
    return text[:1].upper() + text[1:]


def _collective_parts(span: Span) -> tuple[int | None, str | None]:
    """Return (count, area) of a collective: "Sju kommuner i Kronobergs län" -> (7, "Kronobergs län")."""
    count = None
    first = span[0].lower_
    if first.isdigit():
        count = int(first)
    elif first in NUMBER_WORDS:
        count = NUMBER_WORDS[first]
    area = None
    m = re.search(r"\b(?:i|inom)\s+(.+)$", span.text)
    if m:
        area = m[1]
    return count, area
