"""Mentions of organisations in a record's description: the pipeline and its output."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from itertools import islice
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from esfgraph.errors import EsfGraphError
from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.organisations.names import name_key
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name, resolve_owner

# Importing the components registers their factories with spaCy.
from esfgraph.extract.partners import org_ruler as _org_ruler  # noqa: F401  (esf_organisations)
from esfgraph.extract.partners import role_assigner as _role_assigner  # noqa: F401  (esf_roles)
from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.name_search import OwnerPattern
from esfgraph.extract.partners.base.sentence_kinds import FOCUSED, FULL_TEXT
from esfgraph.extract.partners.base.sentences import ABBREVIATIONS, SentenceIndex
from esfgraph.extract.partners.base.span_data import get
from esfgraph.extract.partners.base.tokenizer import TextKeepingTokenizer, doc_text, split_glued_labels
from esfgraph.extract.partners.focus import Focus, Focused
from esfgraph.extract.partners.names.body_shapes import (
    ALL_COMPANY_WORDS,
    ANCHOR_ENDINGS,
    ANCHOR_WORDS,
)
from esfgraph.extract.partners.names.councils import committee_body, council_role
from esfgraph.extract.partners.names.list_items import LIST_HEADS
from esfgraph.extract.partners.names.offices import OFFICE_WORDS, anchor_or_office
from esfgraph.extract.partners.names.unit_parents import parent_beside
from esfgraph.extract.records import Record

__all__ = ["Mention", "build_pipeline", "find_mentions", "mentions_from_doc", "iter_mentions",
           "record_owner", "pipe_mentions", "pipeline_focus", "focused_mentions"]

_LABELS = {"ORG": "org", "UNIT": "unit", "COLLECTIVE": "collective"}


@dataclass(frozen=True, slots=True)
class Mention:
    """One organisation, department or collective named in a description, with its evidence.

    `start`/`end` are character offsets into the description; `sentence_start` is the offset of
    the supporting sentence. `org` is None only for collectives.
    """

    surface: str
    start: int
    end: int
    kind: str
    role: str
    org: Org | None
    unit: str | None
    sentence: str
    sentence_start: int
    rule: str
    confidence: float
    count: int | None = None
    area: str | None = None


def build_pipeline(spacy_model: str | None = None) -> Language:
    """Return the extraction pipeline: blank Swedish spaCy, or `spacy_model` with our rules added.

    With a statistical model its ORG entities are kept where the rules find nothing.
    """
    if spacy_model:
        try:
            nlp = spacy.load(spacy_model)
        except OSError:
            raise EsfGraphError(
                f"spaCy model {spacy_model!r} is not installed (python -m spacy download "
                f"{spacy_model}); without a model esfgraph uses its rules and gazetteer only",
                setting="spacy_model") from None
        after = "ner" if "ner" in nlp.pipe_names else None
        nlp.add_pipe("esf_organisations", after=after, config={"overwrite_ents": False})
        if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
            nlp.add_pipe("esf_sentences", first=True)
    else:
        nlp = spacy.blank("sv")
        nlp.add_pipe("esf_sentences")
        nlp.add_pipe("esf_organisations")
    nlp.add_pipe("esf_roles")
    split_glued_labels(nlp.tokenizer)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    return nlp


def record_owner(record: Record) -> tuple[Org, str | None, list[str]]:
    """Return (owner, unit, warnings) from the record header's Projektägare fields."""
    return resolve_owner(record.values.owner, record.values.owner_orgnr)


def find_mentions(nlp: Language, record: Record, focus: bool = True) -> list[Mention]:
    """Return the mentions in one record's description, with the owner's own mentions marked."""
    return next(iter_mentions(nlp, [record], focus=focus))[1]


def iter_mentions(nlp: Language, records: Iterable[Record], batch_size: int | None = None,
                  focus: bool = True) -> Iterator[tuple[Record, list[Mention]]]:
    """Yield (record, mentions) for each record, running spaCy in batches (pipe_mentions).

    With `focus` (and no statistical model) spaCy reads only the sentences that can name an
    organisation; the mentions are the same (see focus.py).
    """
    items = ((r.text, record_owner(r)[0], r) for r in records)
    yield from pipe_mentions(nlp, items, batch_size or BATCH, focus)


PIECE = 200_000  # characters: a longer text (a pasted report) is read in pieces of about this size
BATCH = 256  # texts (pieces) a step of the pipeline reads before the next step


def _pieces(text: str) -> list[tuple[int, str]]:
    """Return (offset, piece) of a text cut, where it is longer than PIECE, at paragraph ends,
    else at sentence ends, else at a space (spaCy refuses a text over a million characters,
    and rules read no further than a sentence or a list)."""
    if len(text) <= PIECE:
        return [(0, text)]
    out, at = [], 0
    while len(text) - at > PIECE:
        end = at + PIECE
        cut = max(text.rfind("\n\n", at, end), text.rfind(". ", at, end), text.rfind("\n", at, end))
        if cut <= at:
            cut = text.rfind(" ", at, end)
        cut = end if cut <= at else cut + 1
        out.append((at, text[at:cut]))
        at = cut
    out.append((at, text[at:]))
    return out


def pipe_mentions(nlp: Language, items: Iterable[tuple[str, Org | None, object]],
                  batch_size: int = BATCH, focus: bool = True) -> Iterator[tuple[object, list[Mention]]]:
    """Yield (context, mentions) for each (text, owner or None, context), in batches, with focus
    unless `focus` is False or the pipeline cannot use it; offsets are the texts' own. A text
    longer than PIECE characters is read in pieces (_pieces).

    A batch goes through one step at a time (focus, the tokenizer, each component, the
    mentions): each Doc meets the same steps as through `nlp.pipe`, and a step's rules and
    tables stay in the processor's caches for the whole batch (a fifth less CPU than a Doc
    through every step in turn)."""
    cut = pipeline_focus(nlp) if focus else None
    found: list[Mention] = []
    for batch in _batches(_pieces_of(items), batch_size):
        focused = [None if cut is None else cut(piece, (pattern,) if pattern else ())
                   for piece, _, pattern, _ in batch]
        docs = [_doc(nlp, piece, f) for (piece, _, _, _), f in zip(batch, focused)]
        for _, proc in nlp.pipeline:
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") \
                else [proc(doc) for doc in docs]
        for doc, f, (_, owner, _, (context, offset, last)) in zip(docs, focused, batch):
            mentions = focused_mentions(doc, owner, f)
            if offset:
                mentions = [replace(m, start=m.start + offset, end=m.end + offset,
                                    sentence_start=m.sentence_start + offset) for m in mentions]
            found.extend(mentions)
            if last:
                yield context, found
                found = []


def _pieces_of(items: Iterable[tuple[str, Org | None, object]]) -> Iterator[tuple]:
    """Yield (piece, owner, owner's pattern, (context, offset, last piece?)) for each text."""
    for text, owner, context in items:
        pattern = owner_pattern(owner) if owner is not None else None
        pieces = _pieces(text)
        for n, (offset, piece) in enumerate(pieces):
            yield piece, owner, pattern, (context, offset, n == len(pieces) - 1)


def _batches(it: Iterable, size: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(islice(it, size)):
        yield batch


def _doc(nlp: Language, piece: str, focused: Focused | None) -> Doc:
    """Return the Doc spaCy reads of a piece: the piece, or its focused text."""
    if focused is None or focused.whole:
        return nlp.make_doc(piece)
    # Rules that read the whole description (is it about one project?) read it from here:
    # spaCy sees only the focused text.
    doc = nlp.make_doc(focused.text)
    doc.user_data[FULL_TEXT], doc.user_data[FOCUSED] = piece, focused
    return doc


def pipeline_focus(nlp: Language) -> Focus | None:
    """Return the Focus for this pipeline's rules, or None where it cannot be used.

    A statistical model may find names anywhere, so with one every sentence is read.
    """
    if "esf_organisations" not in nlp.pipe_names or any(
            name != "esf_organisations" and name not in ("esf_sentences", "esf_roles")
            for name in nlp.pipe_names):
        return None
    ruler = nlp.get_pipe("esf_organisations")
    if ruler.focus is None:
        special = [k for k in nlp.tokenizer.rules if k.endswith(".")]
        ruler.focus = Focus(ruler.names, ruler.cased_names, anchor_or_office, ALL_COMPANY_WORDS,
                            [rx for rx, _ in LIST_HEADS], [*special, *ABBREVIATIONS],
                            ANCHOR_ENDINGS, ANCHOR_WORDS | OFFICE_WORDS)
    return ruler.focus


def focused_mentions(doc: Doc, owner: Org | None, focused: Focused | None) -> list[Mention]:
    """Return the mentions of a Doc made from a focused text, at the description's offsets."""
    found = mentions_from_doc(doc, owner)
    if focused is None or focused.whole:
        return found
    at = focused.source_offset
    return [Mention(m.surface, at(m.start), at(m.end), m.kind, m.role, m.org, m.unit, m.sentence,
                    at(m.sentence_start), m.rule, m.confidence, m.count, m.area) for m in found]


def owner_pattern(owner: Org) -> OwnerPattern | None:
    """Return the pattern of the owner's name as descriptions write it, or None if too short."""
    return _owner_pattern(owner.name)


@functools.lru_cache(maxsize=4096)
def _owner_pattern(name: str) -> OwnerPattern | None:
    core = re.sub(r"\s+(AB|HB|KB|ek\. ?för\.?)$", "", name)
    if len(core) < 4:
        return None
    return OwnerPattern(core)


def mentions_from_doc(doc: Doc, owner: Org | None = None) -> list[Mention]:
    """Return the mentions of an annotated Doc; names of `owner` itself get the role owner."""
    out: list[Mention] = []
    sents = SentenceIndex(doc)
    owner_bare = _bare(owner.name) if owner is not None else None
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None:
            continue
        org, unit, rule = get(ent, "esf_org"), get(ent, "esf_unit"), get(ent, "esf_rule") or "model:ner"
        if kind == "org" and org is None:
            org = resolve_name(ent.text) or org_from_shape(ent.text)
        if kind == "unit" and org is None:
            if owner is not None and rule != "pattern:unit-beside":
                org, rule = owner, rule + "+owner"
            elif rule == "pattern:named-unit":
                org, unit = org_from_shape(ent.text), None  # "Spånga-Tensta stadsdelsförvaltning"
            elif (org := parent_beside(doc, ent)) is not None:
                rule += "+parent"  # "Malmö stad med Fritidsförvaltningen"
            elif (found := committee_body(doc, ent)) is not None:
                org, unit, rule = *found[:2], rule + found[2]
            else:
                continue
        role = council_role(ent, get(ent, "esf_role") or "mentioned", rule)
        if owner is not None and org is not None:
            if org.key == owner.key or (not org.known and _bare(org.name) == owner_bare):
                org, role = owner, "owner"  # the owner's own name (its node may be its number)
            elif role == "owner" and owner_bare.startswith(_bare(org.name) + " "):
                org = owner  # "Företagarna är projektägare" for owner "Företagarna Norrby"
            elif role == "owner":
                role, rule = "partner", rule + "+named-owner"
        sentence, sentence_start = _sentence(doc, sents.of(ent))
        out.append(Mention(ent.text, ent.start_char, ent.end_char, kind, role, org, unit,
                           sentence, sentence_start, rule,
                           float(get(ent, "esf_confidence") or W.DEFAULT), get(ent, "esf_count"),
                           get(ent, "esf_area")))
    if owner is not None:
        out.extend(_owner_names(doc, owner, out, sents))
    return sorted(out, key=lambda m: m.start)


_COMPANY_FORM = re.compile(r"\s+(AB|HB|KB|Aktiebolag|ek\. ?för\.?)$")


def _bare(name: str) -> str:
    """Return a name's key without its company form: "Lindholmen Park AB" is "Lindholmen Park"."""
    return name_key(_COMPANY_FORM.sub("", name.strip()))


def _owner_names(doc: Doc, owner: Org, found: list[Mention], sents: SentenceIndex) -> list[Mention]:
    """Find the owner's name outside the gazetteer ("Falun Borlänge-regionens kontor")."""
    pattern = owner_pattern(owner)
    if pattern is None:
        return []
    taken = [(m.start, m.end) for m in found]
    out = []
    text = doc_text(doc)
    for start, end in pattern.spans(text):
        if any(s < end and start < e for s, e in taken):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        sentence, sentence_start = _sentence(doc, sents.of(span))
        out.append(Mention(text[start:end], start, end, "org", "owner", owner, None,
                           sentence, sentence_start, "owner-name", W.OWNER_NAME))
    return out


def _sentence(doc: Doc, sent: Span) -> tuple[str, int]:
    """Return (text, start offset) of a sentence, without re-joining its tokens."""
    text = doc_text(doc)[sent.start_char:sent.end_char]
    stripped = text.lstrip()
    return stripped.rstrip(), sent.start_char + len(text) - len(stripped)
