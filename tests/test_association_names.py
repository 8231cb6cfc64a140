"""Names of associations, federations and village bodies read whole (extract/partners/names/:
name_rests.py, finnish_names.py, rural_names.py, body_shapes.py), on fictional sentences of each
shape: a kind word or an adjective before "föreningen", Finnish "rf" names, a name that goes on in
lower case, a federation's country or town, clubs and village associations."""

import pytest

ADJECTIVE_ASSOCIATIONS = [
    ("Ideella föreningen Norrskenet får 400 000 kronor för läxhjälp i Sandviken.",
     "Ideella föreningen Norrskenet"),
    ("Projektägare: Eritreanska föreningen i Borås", "Eritreanska föreningen i Borås"),
]


@pytest.mark.parametrize("text, name", ADJECTIVE_ASSOCIATIONS)
def test_an_adjective_before_foreningen_opens_the_name(roles, text, name):
    found = roles(text)
    assert found.get(name) == "owner", found


@pytest.mark.parametrize("text, name", [
    ("Två år senare bildades den ideella föreningen Norrlandsrådet, som samlar länets kommuner.",
     "Norrlandsrådet"),
    ("Den ideella föreningen Leader Nordkust har under sex år varit en motor i bygden.", "Leader Nordkust"),
])
def test_a_lower_case_kind_word_before_a_name_is_no_part_of_it(found, text, name):
    bodies = found(text)
    assert name in bodies and not any(s.startswith("föreningen") for s in bodies), bodies


def test_a_capitalised_kind_word_opens_the_name(found):
    assert "Föreningen Norden" in found("Föreningen Norden driver projektet.")


def test_a_name_ending_in_the_word_forening_is_a_body(found):
    assert "Solsken Frisbee Förening" in found("Solsken Frisbee Förening vill låta besökare testa frisbee.")


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


@pytest.mark.parametrize("text, club", [
    ("Höstens anslag gick till Norrby BK, Sjövik IF och Kalmar Basket.", "Norrby BK"),
    ("Prioriterade projekt: Storbackens motionsspår (Storbacka IK)", "Storbacka IK"),
])
def test_a_club_is_named_by_its_place_and_letters(found, text, club):
    assert club in found(text), found(text)


@pytest.mark.parametrize("text, name", [
    ("Beviljade projekt: Badplatsen 2025, Norrbyns byalag, 40 000 kronor.", "Norrbyns byalag"),
    ("Mottagare: Storö bygderåd i samverkan med företagen på ön.", "Storö bygderåd"),
    ("Stöd kom från LRF och Kommunbygderådet i Sölvesborg under hela året.",
     "Kommunbygderådet i Sölvesborg"),
])
def test_a_village_association_or_rural_council_is_a_body(found, text, name):
    assert name in found(text), found(text)


def test_a_project_title_in_quotes_is_no_village_association(found):
    names = found("”Lyft Norrby byalag”, Västra Norrby byalag. 3 000 euro.")
    assert "Västra Norrby byalag" in names and "Lyft Norrby byalag" not in names, names
