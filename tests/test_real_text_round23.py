"""The twenty-third round of rules, each on fictional sentences of its shape: bodies the texts name
without any name of their own. A municipality's or region's council or committee named by its
office alone ("kommunstyrelsen", "regionala tillväxtnämnden") is a unit of the municipality or
region the text names."""

import pytest


@pytest.mark.parametrize("text, surface, canonical, role", [
    ("Sävsjö kommun äger projektet Lyftet. Kommunstyrelsen anslår 400 000 kronor för i år.",
     "Kommunstyrelsen", "Sävsjö kommun, Kommunstyrelsen", "funder"),
    ("Region Örebro län stöttar kooperativ. Det beslutade regionala tillväxtnämnden i går.",
     "regionala tillväxtnämnden", "Region Örebro län, Regionala tillväxtnämnden", None),
    ("Vid sitt sammanträde beviljade regionstyrelsen medel till Region Värmlands projekt Bro.",
     "regionstyrelsen", "Region Värmland, Regionstyrelsen", None),
    ("Kommunstyrelsen i Lysekil har beslutat att medfinansiera projektet Flytbron.",
     "Kommunstyrelsen i Lysekil", "Lysekils kommun, Kommunstyrelsen", None),
    ("Göteborgs stad satsar. Mest pengar gick till stadsdelsnämnden Västra Lunden för projektet Bron.",
     "stadsdelsnämnden Västra Lunden", "Göteborgs Stad, Stadsdelsnämnden Västra Lunden", None),
])
def test_a_council_named_alone_is_a_unit_of_the_body_in_the_text(found, text, surface, canonical, role):
    names = found(text)
    assert names.get(surface, (None,))[0] == canonical, names
    assert role is None or names[surface][1] == role, names


def test_a_region_committee_is_nearest_region_before_it(found):
    names = found("Region Kalmar län och Region Skåne samverkar. Region Skåne leder arbetet och "
                  "regionutvecklingsnämnden beslutar om pengarna i maj.")
    assert names.get("regionutvecklingsnämnden", (None,))[0] == "Region Skåne, Regionutvecklingsnämnden", names


@pytest.mark.parametrize("text, word", [
    ("Ett kommunfullmäktige hanterar mycket EU-lagstiftning, säger Umeå kommun.", "kommunfullmäktige"),
    ("Kommunstyrelsen beslutade i går att stödja föreningen.", "Kommunstyrelsen"),
    ("Umeå kommun deltar. Stadsdelsnämnden beslutade i går.", "Stadsdelsnämnden"),
])
def test_no_unit_without_its_body_or_of_any_council(found, text, word):
    assert word not in found(text), found(text)


@pytest.mark.parametrize("text, surface, canonical", [
    ("Samarbetet sker med Jämtlands museum, Umeå konstmuseum och Lidköpings konsthall.",
     "Umeå konstmuseum", "Umeå konstmuseum"),
    ("Samarbetet sker med Jämtlands museum, Umeå konstmuseum och Lidköping konsthall.",
     "Jämtlands museum", "Jämtlands museum"),
    ("Projektmedel går till Kalmar läns museums arbete med fotografier.", "Kalmar läns museums",
     "Kalmar läns museum"),
    ("Teater Blekinge har startat ett samarbete med skolorna.", "Teater Blekinge", "Teater Blekinge"),
    ("Stöd får också Umeå stadsbibliotek för läsecirklar.", "Umeå stadsbibliotek",
     "Umeå kommun, Umeå stadsbibliotek"),
])
def test_a_museum_or_theatre_is_named_by_its_place_and_kind(found, text, surface, canonical):
    names = found(text)
    assert names.get(surface, (None,))[0] == canonical, names


@pytest.mark.parametrize("text", [
    "Projektet vill bygga Sveriges största museum för gatukonst.",
    "Deltagarna gick på teater och museum i Umeå.",
])
def test_no_museum_without_a_place_before_it(found, text):
    assert not found(text), found(text)


@pytest.mark.parametrize("text, surface", [
    ("Bakom satsningen står Sparbanksstiftelsen Norr & Söder och Sparbanksstiftelsen 1852.",
     "Sparbanksstiftelsen Norr & Söder"),
    ("Bakom satsningen står Sparbanksstiftelsen Norr & Söder och Sparbanksstiftelsen 1852.",
     "Sparbanksstiftelsen 1852"),
    ("Skytteklubben får 50 000 kronor från Sparbanksstiftelsen Alfa för nya tavlor.",
     "Sparbanksstiftelsen Alfa"),
])
def test_a_savings_bank_foundation_is_a_grantor(found, text, surface):
    names = found(text)
    assert names.get(surface, (None, None))[1] not in (None, "owner", "partner"), names


@pytest.mark.parametrize("text, grantor", [
    ("Region Gävleborg kommer under perioden 2024-2026 att ge Coompanion Gävleborg ett bidrag om "
     "500 000 kronor per år.", "Region Gävleborg"),
    ("Nu har Delegationen mot segregation sagt ja till att ge Umeå kommun 200 000 kronor i bidrag "
     "till kartläggningen.", "Delegationen mot segregation"),
])
def test_a_body_that_is_to_give_money_grants_it(found, text, grantor):
    names = found(text)
    assert names[grantor][1] not in ("owner", "partner"), names


def test_a_body_giving_support_as_its_means_keeps_its_reading(found):
    names = found("Projektet är något som Växjö kommun har satsat på genom att ge stöd till "
                  "professurer vid universitetet.")
    assert names["Växjö kommun"][1] in ("owner", "partner"), names


@pytest.mark.parametrize("text, club", [
    ("Höstens anslag gick till Norrby BK, Sjövik IF och Kalmar Basket.", "Norrby BK"),
    ("Prioriterade projekt: Storbackens motionsspår (Storbacka IK)", "Storbacka IK"),
])
def test_a_club_is_named_by_its_place_and_letters(found, text, club):
    assert club in found(text), found(text)


def test_a_photo_caption_names_each_person_before_his_body(found):
    names = found("Från vänster: Anna Lidberg, Norrby BK, Per Sandell, Sjöbo kommun, Eva Marklund "
                  "och Lars Berggren, Sjövik IF.")
    assert {"Norrby BK", "Sjöbo kommun", "Sjövik IF"} <= set(names), names
    assert not {"Per Sandell", "Eva Marklund", "Lars Berggren"} & set(names), names


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


def test_a_region_office_beside_its_region_keeps_its_part(found):
    names = found("Region Gävleborg med Regionkontoret och Umeå kommun deltar i projektet.")
    assert names["Regionkontoret"][1] in ("owner", "partner"), names
