"""The twenty-ninth round of rules, each on fictional sentences of its shape: names of bodies
found in new real text cut short or with words glued on."""

import pytest


@pytest.mark.parametrize("text, name", [
    ("Nämnden beviljade föreningarna följande:\nByavännerna i Östra Kalby rf 1.200€, "
     "Norrby byaskolas Ungdomsförening rf 900€.", "Byavännerna i Östra Kalby rf"),
    ("Nämnden beviljade föreningarna följande:\nByavännerna i Östra Kalby rf 1.200€, "
     "Norrby byaskolas Ungdomsförening rf 900€.", "Norrby byaskolas Ungdomsförening rf"),
    ("Projektägare: Ekgårdens i Storby rf\nKontaktperson: Anna Holm", "Ekgårdens i Storby rf"),
    ("Fonden förvaltas av Svenska kammarmusiksällskapet i Finland rf (SKS) sedan 1950.",
     "Svenska kammarmusiksällskapet i Finland rf"),
    ("Styrelsen vid Finlands svenska Vävarförbund rf delar ut stöd till lokala föreningar.",
     "Finlands svenska Vävarförbund rf"),
])
def test_a_finnish_rf_name_goes_on_over_i_and_a_lower_case_word(found, text, name):
    names = found(text)
    assert name in names, names
    assert not any(s != name and name.endswith(s) for s in names), names


@pytest.mark.parametrize("text, name", [
    # a capitalised word before the name's first word: no widening ("Projektet", a heading)
    ("Projektet Sommarbyn Ekby i Norrby rf pågår i två år.", "Norrby rf"),
    # a lower-case word before "i" is the sentence's, not the name's
    ("Föreningar verksamma i Norrby Hembygdsförening rf får söka stödet.", "Norrby Hembygdsförening rf"),
])
def test_a_finnish_rf_name_does_not_take_a_title_or_a_sentence(found, text, name):
    names = found(text)
    assert name in names, names


@pytest.mark.parametrize("text, name", [
    ("Nämnden delade ut 30 000 kronor till föreningen Ekby kvarn, 51 000 till Norrby Musikklubb.",
     "Ekby kvarn"),
    ("Projektet och föreningen Holmöns väl beviljades projektstöd från Leader.", "Holmöns väl"),
    ("Föreningen Leader utveckling Västerbygden har arbetat för området.",
     "Föreningen Leader utveckling Västerbygden"),
])
def test_an_association_name_goes_on_in_lower_case_after_foreningen(found, text, name):
    names = found(text)
    assert name in names, names


@pytest.mark.parametrize("text, name", [
    ("Föreningen Drömhuset fick medel från kommunstyrelsen.", "Föreningen Drömhuset"),
    ("Två år senare bildades den ideella föreningen Västrådet som har som mål att främja bygden.",
     "Västrådet"),
    ("Stiftelsen Ekbacken delar ut stöd till unga.", "Stiftelsen Ekbacken"),
    ("Kommunen ger föreningen Ekbo dessutom ett lån.", "Ekbo"),
])
def test_a_verb_or_clause_after_the_association_ends_its_name(found, text, name):
    names = found(text)
    assert name in names, names


@pytest.mark.parametrize("text, name", [
    ("Stöd ges till Riksförbundet Sången i Sverige för en sommarkurs.", "Riksförbundet Sången i Sverige"),
    ("Ansökan från Assyriska Kvinnoförbund i Sverige.\nDnr 10.1-0221/2009", "Assyriska Kvinnoförbund i Sverige"),
    ("  • Blindas Riksförbund i Kalmar – 370 000 kronor,\n  • Ekby förening – 2 000 kronor",
     "Blindas Riksförbund i Kalmar"),
])
def test_a_federation_name_holds_its_country_or_town(found, text, name):
    names = found(text)
    assert name in names, names
    assert name.rsplit(" i ", 1)[0] not in names, names


def test_a_district_federation_in_its_town_is_where_it_sits(found):
    names = found("Stöd går till Värmlands Skidförbund i Karlstad som ordnar läger.")
    assert "Värmlands Skidförbund" in names, names
