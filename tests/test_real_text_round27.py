"""The twenty-seventh round of rules, each on fictional sentences of its shape: false finds in
real prose - bodies read where the text names a place, or names a grantor's work."""

import pytest


@pytest.mark.parametrize("text, surface", [
    ("Under året har vi tillsammans med AF tagit fram en modell för praktikplatser i Storfors "
     "kommun.", "Storfors kommun"),
    ("Ekbyleden i Storfors kommun liksom tätorterna i Hagfors ingår ej i området.",
     "Storfors kommun"),
])
def test_a_municipality_where_something_happens_is_a_place(found, text, surface):
    assert surface not in found(text), found(text)


def test_a_council_named_alone_belongs_to_the_municipality_named_as_a_place(found):
    names = found("Beviljade projekt i Storfors kommun\n\nKommunstyrelsen beslutade i dag att "
                  "bevilja Ekby byalag 40 000 kronor till projektet Ekbybadet.")
    assert "Storfors kommun" not in names, names
    assert names.get("Kommunstyrelsen", ("",))[0].startswith("Storfors kommun"), names


@pytest.mark.parametrize("text, surface", [
    ("Riksantikvarieämbetet fördelar i samarbete med Ekby hembygdsförbund 12 miljoner kronor "
     "till projektet Gamla hus.", "Riksantikvarieämbetet"),
    ("Jordbruksverket tillsammans med Länsstyrelsen i Dalarna administrerar hanteringen av "
     "detta stöd.", "Jordbruksverket"),
    ("Fonden inrättades år 2015 av Storfors kommun och sker i samverkan med Karlstads "
     "universitet.", "Storfors kommun"),
    ("Utlysningen är ett samarbete mellan Ekby kommunalförbund och Norrby Energi AB.",
     "Norrby Energi AB"),
])
def test_the_bodies_that_hand_out_a_grant_together_are_its_funders(found, text, surface):
    assert found(text).get(surface, (None, None))[1] == "funder", found(text)


@pytest.mark.parametrize("text, surface", [
    # the cue's other side keeps its part; a handing-out verb of a relative clause is not theirs
    ("Riksantikvarieämbetet fördelar i samarbete med Ekby hembygdsförbund 12 miljoner kronor "
     "till projektet Gamla hus.", "Ekby hembygdsförbund"),
    ("Fonden inrättades år 2015 av Storfors kommun och sker i samverkan med Karlstads "
     "universitet.", "Karlstads universitet"),
    ("Ekby Energi AB driver projektet i samarbete med Storfors kommun som fördelar medlen.",
     "Ekby Energi AB"),
])
def test_the_other_side_of_a_grants_cue_keeps_its_part(found, text, surface):
    assert found(text).get(surface, (None, None))[1] in ("owner", "partner"), found(text)


@pytest.mark.parametrize("text, surface", [
    ("Det har länge varit Kulturdepartementets önskan att vi ska finnas i norr, och nu får vi "
     "medel till att göra det.", "Kulturdepartementets"),
    ("– Genom den nya arenan får vi en bättre överblick över samarbetet med Ekby "
     "universitet, säger Anna Ek.", "Ekby universitet"),
])
def test_a_pronoun_that_receives_leaves_the_named_bodies_no_recipients(found, text, surface):
    assert found(text).get(surface, (None, None))[1] != "owner", found(text)


def test_a_pronoun_that_receives_a_sum_keeps_the_grant_reading(found):
    names = found("Ekby Bygdeförening får 2 miljoner kronor och vi får börja bygga i vår.")
    assert names.get("Ekby Bygdeförening", (None, None))[1] == "owner", names
