"""The twentieth round of rules, each on fictional sentences of its shape: a flattened document's
headings and field labels ("Sammanfattning", "Datum Beteckning", "KALLELSE/FÖREDRAGNINGSLISTA",
"Journalnummer") are no words of the name beside them, and "Sida" before a page number is the
page, not the agency."""

import pytest

LABELLED = [
    # a heading run into the name after it
    ("3 Sammanfattning Studieförbundet Bilda har på uppdrag av Örebro kommun kartlagt behoven.",
     "Studieförbundet Bilda", "Sammanfattning"),
    # field labels run into the name before them
    ("Referens Lars Holm, REGIONFÖRBUNDET VÄRMLANDS LÄN Datum Beteckning R2231 1(2) Underlag",
     "REGIONFÖRBUNDET VÄRMLANDS LÄN", "Datum"),
    # a heading before a department
    ("1 TORSÅS KOMMUN KALLELSE/FÖREDRAGNINGSLISTA Kommunledningskontoret Ledamöter och ersättare",
     None, "FÖREDRAGNINGSLISTA"),
]


@pytest.mark.parametrize("text, name, label", LABELLED)
def test_a_document_label_is_no_word_of_a_name(found, text, name, label):
    names = found(text)
    assert not any(label in surface for surface in names), names
    if name:
        assert name in names, names


def test_labels_with_one_word_before_them_leave_no_name(found):
    names = found("Slutrapport, stödmottagare Föreningen Ljus Över Byn Journalnummer Kontaktpersoner "
                  "Föreningen Ljus: Eva Berg, Storgatan 3, tel")
    assert not any("Journalnummer" in s or "Kontaktpersoner" in s for s in names), names


@pytest.mark.parametrize("text", [
    "2 Sida 1(1) Dnr 2019/KS0211 Handläggare: Per Ek Kommunfullmäktige",
    "INNEHÅLLSFÖRTECKNING Punkt Rubrik Ärendenr Sida 1 Information om budgeten",
])
def test_sida_before_a_page_number_is_the_page(found, text):
    assert "Sida" not in found(text)


def test_sida_the_agency_is_still_found(found):
    names = found("Projektet i Kenya får stöd från Sida under tre år.")
    assert "Sida" in names and names["Sida"][1] == "funder", names


@pytest.mark.parametrize("text, body, role", [
    # a region that gives a sum grants it
    ("Region Jämtland Härjedalen bidrar med cirka 2,5 miljoner kronor, under förutsättning att "
     "övrig finansiering beviljas.", "Region Jämtland Härjedalen", "funder"),
    ("Region Gävleborg bidrar med 340 tusen kronor till förstudien.", "Region Gävleborg", "funder"),
    ("Förutom Region Halland bidrar Hylte kommun med 1 miljon kronor.", "Region Halland", "funder"),
    # a municipality's sum, a region's work: a partner's share
    ("Hylte kommun bidrar med 200 000 kronor till projektet.", "Hylte kommun", "partner"),
    ("Region Halland bidrar med personal och lokaler i projektet.", "Region Halland", "partner"),
])
def test_a_region_that_gives_a_sum_grants_it_others_take_part(found, text, body, role):
    names = found(text)
    assert names[body][1] == role, names


@pytest.mark.parametrize("text, body", [
    ("När Region Hallands arbetsutskott träffades den 4 maj beviljades tre projekt stöd på totalt "
     "2 400 000 kr.", "Region Hallands arbetsutskott"),
    ("Länsstyrelsen i Hallands län är sedan 2016 ansvarig för att fatta beslut om och betala ut "
     "medel till de sökande.", "Länsstyrelsen i Hallands län"),
    ("Under 2019 hade länsstyrelsen i Hallands län 3,1 miljoner som kommunerna kunde söka för att "
     "skapa beredskap.", "länsstyrelsen i Hallands län"),
])
def test_the_body_that_meets_decides_or_holds_the_money_is_no_recipient(found, text, body):
    names = found(text)
    assert names[body][1] not in ("owner", "partner"), names


def test_a_body_that_gets_money_is_still_its_recipient(found):
    names = found("Hylte kommun får 2 miljoner kronor till projektet.")
    assert names["Hylte kommun"][1] == "owner", names


@pytest.mark.parametrize("text, body", [
    ("Kopplat till utlysningen anordnas öppet hus-dagar. Dagarna anordnas tillsammans med Region "
     "Halland och Region Kronoberg.", "Region Kronoberg"),
    ("Smålands leadergala arrangerades av länets leaderområden i samarbete med Hela Sverige ska leva "
     "Kronoberg med sponsring från bygdens företag.", "Hela Sverige ska leva Kronoberg"),
])
def test_who_arranges_an_event_with_others_takes_no_part_in_a_project(found, text, body):
    names = found(text)
    assert names[body][1] == "mentioned", names


def test_a_project_that_arranges_an_event_with_a_body_still_has_it_as_partner(found):
    names = found("Projektet arrangerar en konferens i samarbete med Hylte kommun.")
    assert names["Hylte kommun"][1] == "partner", names
