"""Token specs made lexeme flags (token_flags.PatternFlags) match what the Matcher's own
predicates match."""

import pytest
import spacy
from spacy.matcher import Matcher

from esfgraph.extract.partners.name_shapes import CAP
from esfgraph.extract.partners.token_flags import PatternFlags, TokenFlags

WORDS = "Region Gävleborg och AB Öresunds-Bro samt O'Brien, 3M eller det Ö.K. Ödeshög idag".split()


def _matches(matcher, doc):
    return sorted((s, e) for _, s, e in matcher(doc))


@pytest.mark.parametrize("spec", [
    {k: v for k, v in CAP.items() if k != "OP"},
    {"TEXT": CAP["TEXT"]},
    {"LOWER": {"IN": ["och", "samt"]}},
    {"ORTH": {"NOT_IN": ["AB"]}, "LOWER": {"REGEX": r"^ö"}},
])
@pytest.mark.parametrize("op", [None, "+", "?"])
def test_a_flag_matches_what_its_spec_matches(spec, op):
    nlp = spacy.blank("sv")
    doc = nlp(" ".join(WORDS))
    flags = PatternFlags(TokenFlags(nlp.vocab))
    flags.add("spec", spec)
    pattern = [dict(spec, **({"OP": op} if op else {}))]
    plain, flagged = Matcher(nlp.vocab), Matcher(nlp.vocab, validate=False)
    plain.add("X", [pattern])
    flagged.add("X", flags.apply([pattern]))
    assert flags.apply([pattern])[0][0] != pattern[0]  # written as the flag
    assert _matches(flagged, doc) == _matches(plain, doc)
    assert _matches(plain, doc)  # the words hold matches and non-matches of each spec
    assert len(_matches(plain, doc)) < len(doc) or op


def test_patterns_are_checked_and_only_a_words_own_tests_are_flags():
    flags = PatternFlags(TokenFlags(spacy.blank("sv").vocab))
    with pytest.raises(ValueError, match="FOO"):
        flags.apply([[{"FOO": 1}]])
    with pytest.raises(ValueError, match="IS_TITLE"):
        flags.add("title", {"IS_TITLE": True})
    assert flags.apply([[{"LOWER": "och"}]]) == [[{"LOWER": "och"}]]  # no flag: as it was
