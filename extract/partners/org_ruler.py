"""The spaCy component `esf_organisations`: organisation names, departments and collectives.

Three kinds of span are set on `doc.ents`:
- ORG: a body from the gazetteer (case-insensitive where the name is unambiguous) or a name of
  a known shape ("<X> AB", "<X> folkhögskola", "Samordningsförbundet <X>", ...);
- UNIT: a department ("Socialförvaltningen i Luleå", "arbetsmarknadsförvaltningen");
- COLLECTIVE: organisations named without their names ("Sju kommuner i Kronobergs län").
Each span carries `span._.esf_org` (an `Org`, or None), `span._.esf_unit`, `span._.esf_rule`."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from esfgraph.extract.organisations.gazetteer import COMMON_WORDS, Org, load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name, resolve_unit
from esfgraph.extract.partners.base.role_cues import PLACE_PREPOSITIONS
from esfgraph.extract.partners.base.span_data import org_span
from esfgraph.extract.partners.base.token_flags import TokenFlags
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.acronyms import acronym_spans, without_project_acronyms
from esfgraph.extract.partners.names.body_shapes import (
    BODY_PATTERNS,
    could_match,
    county_boards,
    headed_names,
    is_body_anchor,
    names_a_place,
    office_text,
)
from esfgraph.extract.partners.names.common_words import named_at_start
from esfgraph.extract.partners.names.coordinated import coordinated_bodies
from esfgraph.extract.partners.names.determiner_names import without_determiner_names
from esfgraph.extract.partners.names.elliptic import elliptic_bodies, is_list_head
from esfgraph.extract.partners.names.grant_slots import grant_bodies
from esfgraph.extract.partners.names.list_items import labelled_bodies, listed_bodies
from esfgraph.extract.partners.names.lower_companies import lower_word_companies
from esfgraph.extract.partners.names.name_rests import federation_seat, leader_name, lower_rest
from esfgraph.extract.partners.names.name_shapes import (
    COLLECTIVE_PATTERNS,
    SHAPE_PATTERNS,
    collective_parts,
    is_trigger_word,
)
from esfgraph.extract.partners.names.offices import office_spans
from esfgraph.extract.partners.names.page_noise import label_end, page_word, wrapped_names
from esfgraph.extract.partners.names.role_slots import slot_bodies
from esfgraph.extract.partners.names.sections import (
    branch_short_forms,
    genitive_names,
    with_seat,
    with_section,
)
from esfgraph.extract.partners.names.typed_names import typed_bodies
from esfgraph.extract.partners.names.unit_parents import (
    adj_start,
    compound_start,
    unit_name,
    units_at_parents,
)

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
        self.place_orgs: frozenset[str] = frozenset()
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.shapes = Matcher(nlp.vocab)  # name_shapes.py's patterns, run around its anchors
        self.bodies = Matcher(nlp.vocab)  # body_shapes.py's, run around theirs
        # The words the patterns and the elliptical lists are built around, as flags of words.
        self.flags = TokenFlags(nlp.vocab)
        self._anchor_flags = [
            self.flags.flag("trigger", lambda s: is_trigger_word(s.lower())),
            self.flags.flag("body anchor", lambda s: is_body_anchor(s.lower())),
            self.flags.flag("list head", lambda s: is_list_head(s.lower()))]
        self.names: list[str] = []  # the forms the gazetteer matches in any case
        self.cased_names: list[str] = []  # and those it matches only as written
        self.focus = None  # a Focus for this ruler, made on first use (see focus.py)
        if gazetteer:
            self._add_gazetteer(nlp)
        if shapes:
            for label, patterns in SHAPE_PATTERNS.items():
                self.shapes.add(label, patterns, greedy="LONGEST")
            for label, patterns in BODY_PATTERNS.items():
                # Named units are built around the unit words of name_shapes.py's anchors.
                (self.shapes if label == "NAMED_UNIT" else self.bodies).add(
                    label, patterns, greedy="LONGEST")
        if collectives:
            self.shapes.add("COLLECTIVE", COLLECTIVE_PATTERNS, greedy="LONGEST")

    def _add_gazetteer(self, nlp: Language) -> None:
        lower: dict[str, list[str]] = {}
        exact: dict[str, list[str]] = {}
        g = load_gazetteer()
        self.place_orgs = g.place_orgs
        for surface, org, cased in g.surfaces():
            self.orgs[org.key] = org
            forms = [surface] if surface.endswith(("s", "x", "z")) else [surface, surface + "s"]
            if surface.isupper():
                forms.append(surface + ":s")  # "SCB:s"
            (exact if cased else lower).setdefault(org.key, []).extend(forms)
            (self.cased_names if cased else self.names).extend(forms)
        tokenizer = nlp.tokenizer
        for key, forms in lower.items():
            self.lower.add(key, list(tokenizer.pipe(forms)))
        for key, forms in exact.items():
            self.exact.add(key, list(tokenizer.pipe(forms)))

    def __call__(self, doc: Doc) -> Doc:
        spans = self._gazetteer_spans(doc)
        triggers, anchors, list_heads = self.flags.positions(doc, self._anchor_flags)
        windows, body_windows, heads = self._windows(doc, triggers, anchors) if len(self.shapes) \
            else ([], [], [])
        if windows or body_windows:
            matches = _matches(doc, windows, self.shapes) + _matches(doc, body_windows, self.bodies)
            matches += headed_names(doc, heads)
            spans.extend(self._shape_spans(doc, matches))
        if windows or body_windows or list_heads:
            spans.extend(org_span(doc, start, end, org, "pattern:ellipsis")
                         for start, end, org in elliptic_bodies(doc, list_heads) + county_boards(doc))
        spans = filter_spans(spans)
        spans = _with(spans, wrapped_names(doc, spans))
        spans = _with(spans, listed_bodies(doc, spans))
        spans = _with(spans, typed_bodies(doc, spans))
        spans = _with(spans, lower_word_companies(doc, spans))
        if "\n" in doc_text(doc) or ":" in doc_text(doc):
            spans = _with(spans, labelled_bodies(doc, spans))
        spans = _with(spans, coordinated_bodies(doc, spans))
        spans = _with(spans, slot_bodies(doc, spans))
        spans = _with(spans, grant_bodies(doc, spans))
        taken = {i for s in spans for i in range(s.start, s.end)}
        spans = filter_spans([with_section(doc, s, taken) for s in spans])
        branch_short_forms(spans)  # "Coompanion" after "Coompanion i Västmanland" is that branch
        genitive_names(spans)  # "Leader Gränslandets LAG" is Leader Gränslandet
        spans = _with(spans, units_at_parents(doc, spans))  # "Arbetsutskottet vid Region X"
        spans = _with(spans, office_spans(doc, spans))  # "beviljade regionstyrelsen", "Dalarnas museum"
        spans = without_determiner_names(without_project_acronyms(doc, acronym_spans(doc, spans)))
        if self.overwrite_ents:
            doc.ents = spans
        else:
            doc.ents = filter_spans(list(doc.ents) + spans)
        return doc

    def _windows(self, doc: Doc, triggers: list[int], anchors: list[int]) -> tuple[list, list, list]:
        """Return the token ranges where a shape pattern of name_shapes.py and one of
        body_shapes.py could match, merged, and the anchors' positions; `triggers` and
        `anchors` are the positions of the words those patterns are built around.

        Token patterns are the expensive part: every pattern holds a trigger word ("AB",
        "folkhögskola", "kommuner", "-förvaltningen", "Stiftelsen", ...), so they run only in a
        window around one of their own, wide enough for the longest name around it.
        """
        if not (triggers or anchors) or not could_match(doc_text(doc)):
            return [], [], []
        return _merged(triggers, len(doc)), _merged(anchors, len(doc)), sorted(triggers + anchors)

    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        spans, doubtful = [], []
        strings = doc.vocab.strings
        for match_id, start, end in self.lower(doc):
            key = strings[match_id]
            # "i Göteborgsregionen" is the place; "Göteborgsregionen är projektägare" the body.
            if key in self.place_orgs and start > 0 and doc[start - 1].lower_ in _PLACE_WORDS:
                continue
            spans.append(self._org_span(doc, start, end, key, "gazetteer"))
        for match_id, start, end in self.exact(doc):
            first = doc[start]
            if first.text == "Unionens" or (first.text == "Sida" and page_word(doc, start)) or (
                    start > 0 and doc[start - 1].lower_ in _EXACT_NOT_AFTER) or (
                    strings[match_id] in self.place_orgs and start > 0 and doc[start - 1].lower_ in _PLACE_WORDS):
                continue  # "på Ideon" is the place
            span = self._org_span(doc, start, end, strings[match_id], "gazetteer:exact")
            if end - start == 1 and first.lower_.rstrip("s") in _COMMON_STEMS:
                if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                        and doc[start - 1].is_alpha and doc[start - 1].lower_ not in _JOINERS \
                        and not doc[start - 1].lower_.endswith(("et", "en", "na")):
                    continue  # "Con Vision": a word of a longer name ("Fackförbundet Byggnads" is not)
                # A common word ("Vision", "Kommunal") is a name only inside a sentence, and
                # never as the first word of a project's name ("projektet Kommunal kraft").
                if start > 0 and doc[start - 1].lower_ in ("projektet", "projekt"):
                    continue
                if first.is_sent_start or start == 0 or doc[start - 1].text in ".!?:\n\n-•*" \
                        or doc[start - 1].is_space:
                    doubtful.append(span)
                    continue
            spans.append(span)
        return spans + [s for s in doubtful if named_at_start(doc, s, spans)]

    def _org_span(self, doc: Doc, start: int, end: int, key: str, rule: str) -> Span:
        return org_span(doc, start, end, self.orgs[key], rule)

    def _shape_spans(self, doc: Doc, matches: list[tuple[str, int, int]]) -> list[Span]:
        spans = []
        for label, start, end in matches:
            end = label_end(doc, start, end)  # "X LÄN Datum Beteckning": the name ends at a label
            if end == start:
                continue
            span = Span(doc, start, end, label="COLLECTIVE" if label == "COLLECTIVE" else "ORG")
            if label == "COLLECTIVE":
                span._.esf_count, span._.esf_area = collective_parts(span)
                span._.esf_rule = "pattern:collective"
            elif label == "COMPANY_AND" and load_gazetteer().place_kind(doc[start].text) is None:
                continue
            elif label in ("UNIT", "NAMED_UNIT", "UNIT_BESIDE"):
                start = compound_start(doc, start)  # "Skol- och fritidsförvaltningen"
                resolved = resolve_unit(doc[start:end].text)
                start = start if resolved is not None else adj_start(doc, start, end)
                span = Span(doc, start, end, label="UNIT")
                if resolved is not None:
                    span._.esf_org, span._.esf_unit = resolved
                else:
                    span._.esf_unit = unit_name(span)
                span._.esf_rule = _UNIT_RULES[label]
            else:
                if span[-1].text in _PLACE_HEADS and names_a_place(span[:-1].text):
                    continue  # "Göteborg Centrum" is a part of town
                if span[0].text in ("Leader", "LAG"):
                    span = leader_name(span)
                elif label == "NONPROFIT" and span[0].lower_ in ("föreningen", "stiftelsen") and len(span) > 1:
                    span = lower_rest(doc, span)  # "den ideella föreningen Leader Nordkust", "föreningen Forsby kvarn"
                while label == "FOREIGN" and len(span) > 3 and names_a_place(span[0].text):
                    span = span[1:]  # "Oslo Centre for ...": the city is the previous entry's
                span = with_seat(doc, span) if label == "COMPANY" else federation_seat(doc, span)  # "X i Y AB"
                while len(span) > 1 and span[-1].lower_ in _JOINERS:
                    span = span[:-1]  # "Strukturfondspartnerskapet Övre Norrland och Region X"
                text = office_text(span)  # "Science Park Gotlands" is Science Park Gotland's
                if text is None:
                    continue
                org = resolve_name(text) or (org_from_shape(text) if label in _NEW_ORG_SHAPES else None)
                if org is None:
                    continue
                span = org_span(doc, span.start, span.end, org, f"pattern:{label.lower()}")
            spans.append(span)
        return spans


_JOINERS = frozenset({"och", "samt", "eller"})
_UNIT_RULES = {"UNIT": "pattern:department", "NAMED_UNIT": "pattern:named-unit",
               "UNIT_BESIDE": "pattern:unit-beside"}
_EXACT_NOT_AFTER = frozenset({"europeiska"})  # "Europeiska unionen"
_COMMON_STEMS = frozenset(w.rstrip("s") for w in COMMON_WORDS)
# Tokens before and after a trigger word that a shape pattern may span ("Almi Företagspartner
# Mitt AB" before "AB"; "Samordningsförbundet Västra Östergötland" after its head word).
_BEFORE, _AFTER = 12, 8

# Shapes that name a body by themselves; the others only confirm a gazetteer name.
_NEW_ORG_SHAPES = {"COMPANY", "COMPANY_AND", "FOLK_HIGH_SCHOOL", "COORDINATION_ASSOCIATION",
                   "UNIVERSITY", "NONPROFIT", "LOCAL_FEDERATION", "BODY", "GOVERNMENT", "FOREIGN"}
# Head words that make a part of town of a place before them.
_PLACE_HEADS = frozenset({"Centrum", "Center", "Centrums"})
_PLACE_WORDS = PLACE_PREPOSITIONS | {"hela", "runt", "kring", "över"}


def _with(spans: list[Span], more: list[Span]) -> list[Span]:
    """Return filter_spans(spans + more) of spans filter_spans gave (it gives them again)."""
    return filter_spans(spans + more) if more else spans


def _matches(doc: Doc, windows: list[tuple[int, int]], matcher: Matcher) -> list[tuple[str, int, int]]:
    """Return (label, start, end) of the matcher's matches in the windows."""
    strings = doc.vocab.strings
    return [(strings[m], lo + s, lo + e) for lo, hi in windows for m, s, e in matcher(doc[lo:hi])]


def _merged(positions: list[int], n: int) -> list[tuple[int, int]]:
    """Return the windows around anchor positions, overlapping ones merged."""
    windows: list[tuple[int, int]] = []
    for i in positions:
        lo, hi = max(0, i - _BEFORE), min(n, i + _AFTER + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows

