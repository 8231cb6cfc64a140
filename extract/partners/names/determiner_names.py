"""Spans that are a determiner or a quantifier with a capital and a common noun, no name.

A heading or a sentence start gives any word a capital: "Varje förening har ett kontor",
"Respektive studieförbund fakturerar", "Ny samhällsförening bildas i X", "Enda studieförbundet
på plats". The shape rules read the type word (förening, studieförbund) as a body's head and
the capitalised word before it as its name. Two words, the first of them such a word and the
second in lower case, name no body; a real name goes on ("Hela människan" is not in the list,
"Nya Moderaterna" has a capital, "Alla kvinnors hus" has three words).
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["without_determiner_names"]

_DETERMINERS = frozenset({
    "varje", "varenda", "respektive", "enda", "ny", "nya", "denna", "detta", "dessa", "samtliga",
    "flera", "många", "olika", "vissa", "någon", "något", "några", "annan", "annat", "andra",
    "övriga", "båda", "bägge", "samma", "nästa", "vår", "vårt", "våra", "er", "ert", "era",
    "min", "mitt", "mina", "din", "ditt", "dina", "vilken", "vilket", "vilka"})


def without_determiner_names(spans: list[Span]) -> list[Span]:
    """Return the spans without 'Determiner noun' ("Varje förening", "Ny samhällsförening")."""
    return [s for s in spans if not _determiner_noun(s)]


def _determiner_noun(span: Span) -> bool:
    if len(span) != 2 or span.label_ != "ORG":
        return False
    first, second = span[0], span[1]
    return first.is_title and first.lower_ in _DETERMINERS and second.is_alpha and second.is_lower
