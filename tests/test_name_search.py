"""The fast searches find exactly what the regular expressions they stand for find.

name_search.py, list_items.existential_matches and sentences.labelled_lines replace a
`re.finditer` by cheaper string searches; each is checked here against the expression itself,
on fictional texts and on texts that hypothesis makes from the characters that matter.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from esfgraph.extract.partners.base.name_search import (
    NameSearch,
    OwnerPattern,
    lowers_simply,
    needs_words,
    text_words,
    word_spans,
)
from esfgraph.extract.partners.base.sentences import LABELLED_LINE, labelled_lines
from esfgraph.extract.partners.names.list_items import EXISTENTIAL, existential_matches

_PIECES = ["Region", "region", "REGION", "kommuner", "Ner", "xner", "As", "as", "AB", "Ab", "ABs", " Kronoberg", "s", " AB", "S", " ab", "  Ab", "sAB", " ", "\n", "\n\n", "_", ".", ":",
           "-", "é", "ſ", "K", "Σ", "σ", "–", "Bland", " bland ", "företagen", " som deltar", " finns",
           " Alfa", "Projektägare", "\nProjektpartner: ", "Beta AB", "alfa", "ALFA", "1", "ß", "İ"]
texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_case_insensitive_matching_of_simple_characters_is_matching_in_lower_case():
    simple = [chr(c) for c in range(0x250) if lowers_simply(chr(c))] + \
        [chr(c) for c in range(0x2000, 0x2070)] + ["€"]
    for a in simple:
        rx = re.compile(re.escape(a), re.IGNORECASE)
        for b in simple:
            assert (rx.fullmatch(b) is not None) == (a.lower() == b.lower()), (a, b)


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(["Region Kronoberg", "Alfa", "alfa beta", "Kſ Region"]))
def test_owner_pattern_finds_what_its_expression_finds(text, core):
    p = OwnerPattern(core)
    assert list(p.spans(text)) == [m.span() for m in p.pattern.finditer(text)]
    if len(text.lower()) == len(text):
        assert list(p.spans(text, text.lower())) == [m.span() for m in p.pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["region", "alfa", "ab", "s"]))
def test_word_spans_are_the_word_s_places(text, word):
    found = []
    word_spans(text, word, found)
    assert found == [m.span() for m in re.finditer(rf"(?<!\w){word}(?!\w)", text)]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(0, 10), st.integers(0, 60))
def test_existential_matches_and_labelled_lines(text, pos, length):
    end = min(len(text), pos + length)
    assert _spans(existential_matches(text, pos, end)) == _spans(EXISTENTIAL.finditer(text, pos, end))
    assert _spans(labelled_lines(text)) == _spans(LABELLED_LINE.finditer(text))


def _naive(text, names, cased):
    """Every place a name stands as words of its own, the slow way."""
    out = set()
    low = text.lower()
    for name, hay, subject in [(n.lower(), low, None) for n in names] + [(n, text, n) for n in cased]:
        for m in re.finditer(f"(?={re.escape(name)})", hay):
            i, end = m.start(), m.start() + len(name)
            first = re.match(r"\w+", name)
            words = set(re.findall(r"\w+", text))
            words = words if subject else {w.lower() for w in words}
            if first is None or (first.group() in words and (i == 0 or not hay[i - 1].isalnum())
                                 and (end == len(hay) or not hay[end].isalnum())):
                out.add((i, end))
    return out


@settings(max_examples=300, deadline=None)
@given(texts)
def test_name_search_finds_every_name_that_stands_as_words(text):
    names, cased = ["Region Kronoberg", "Alfa", "-Beta AB"], ["SCB", "Beta AB", "ALFA"]
    low = text.lower()
    if len(low) != len(text):
        return  # focus reads such a text whole, without searching it
    search, found, bare = NameSearch(names, cased, ["ner", "region"], ["as", "alfa"], ["AB"]), [], []
    ended: set[str] = set()
    search.find(text, low, found, *text_words(text))
    words = {m.span() for w in ("as", "alfa") for m in re.finditer(rf"(?<!\w){w}(?!\w)", low)}
    words |= {m.span() for m in re.finditer(r"(?<!\w)AB(?!\w)", text)}
    assert set(found) == _naive(text, names, cased) | words
    if not needs_words(text):  # without the words, and the words that end in an ending
        search.find(text, low, bare, ended=ended)
        assert set(bare) == set(found)
        assert ended == {w for w in text_words(text)[0] if w.endswith(("ner", "region"))}


def test_ending_tests_say_what_the_anchor_expressions_say(data_dir):
    from esfgraph.extract.partners.names.body_shapes import _ANCHOR_TEST, _BODY_TEST, BODY_ANCHOR
    from esfgraph.extract.partners.names.name_shapes import ANCHOR
    assert _ANCHOR_TEST.endings and _BODY_TEST.endings  # read from the expressions
    words = {w.lower() for f in data_dir.rglob("*.*") if f.suffix in (".txt", ".jsonl")
             for w in re.findall(r"\w+", f.read_text(encoding="utf-8"))}
    stems = ["", "x", "ab", "kommun", "förening", "region", "stift"]
    ends = ["er", "erna", "en", "ens", "et", "s", "kommuner\n", "ar", "\n", "center", "sdf"]
    words |= {a + b for a in stems for b in ends}
    for test, rx in ((_ANCHOR_TEST, ANCHOR), (_BODY_TEST, BODY_ANCHOR)):
        for w in words:
            assert test(w) == (rx.match(w) is not None), w
