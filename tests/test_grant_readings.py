"""Grant sentences and grant lists (extract/partners/names/grant_lines.py, grant_slots.py,
roles/default_role.py's grant reading), on fictional sentences of each shape: a grant list's lines
name their recipient before the amount, a name in a grant's slot or receiving money owns it, and
contact lines, juries, form fields, titles and places name no recipient."""

import pytest

from .readings import PARTICIPANTS, role_of

_LIST = ("Nämnden fördelade pengarna så här:\n"
         "• Vinterfesten 2025, Ekby alpin, 45 000 kronor\n"
         "• Nya skyltar, Stensjö byförening, 30 000 kronor\n"
         "• Ljusslingan, Ekbygdens Framtid, 20 000 kronor\n")


@pytest.mark.parametrize("surface", ["Ekby alpin", "Ekbygdens Framtid"])
def test_a_grant_lines_last_name_owns_it(found, surface):
    names = found(_LIST)
    assert role_of(names, surface) == "owner", names


def test_a_grant_line_with_euro_and_a_full_stop(found):
    names = found("Stöden i år:\n”Bryggan”, Ekby sjöscouter. 1.945 euro.\n”Taket”, Norrby alpin. "
                  "2.300 euro.\n”Fasaden”, Västerby jaktlag. 3.100 euro.\n")
    assert role_of(names, "Ekby sjöscouter") == "owner", names


@pytest.mark.parametrize("text, word", [
    # one line is no list
    ("Nämnden beviljade:\n• Vinterfesten, Ekby alpin, 45 000 kronor\n", "Ekby alpin"),
    # a study's title, a body's district, a place: no recipient
    (_LIST + "• Region Ekby, Förstudie Vätgas Norr, 80 000 kronor\n", "Förstudie Vätgas Norr"),
    (_LIST + "• Röda korset, Ekby distriktet, 10 000 kronor\n", "Ekby distriktet"),
    (_LIST + "• Badplatsen, Umeå, 10 000 kronor\n", "Umeå"),
])
def test_no_recipient_outside_a_grant_list(found, text, word):
    assert word not in found(text), found(text)


def test_a_forms_money_field_is_no_grant_line(found):
    names = found(_LIST + "Beviljat belopp, 95 000 kronor\nTotal budget, 6 700 000 kronor\n")
    assert "Beviljat belopp" not in names and "Total budget" not in names, names


def test_a_name_after_for_in_a_list_line_owns_nothing(found):
    names = found("Beslutspunkter\n\n§ 64/20 Nytt bidragsreglemente för Nynäshamns kommun\n\n"
                  "§ 65/20 Kulturprogram för Nynäshamns kommun, 2021-2024\n\n"
                  "§ 66/20 Idrottsprogram för Nynäshamns kommun 2021-2024\n\n§ 67/20 Avtal med Region Stockholm\n")
    assert role_of(names, "Nynäshamns kommun") not in PARTICIPANTS, names


def test_a_contact_line_is_no_line_of_a_grant_list(roles):
    text = ("Beviljade projekt:\nUnga till arbete\nSökande: Region Dalarna\n\nKontakt:\n"
            "Per Holm, Region Värmland, ordförande, 070-123 45 67\n"
            "Eva Berg, Region Gävleborg, vice ordförande, 023-12 34 56")
    found = roles(text)
    assert found == {"Region Dalarna": "owner", "Region Värmland": "mentioned",
                     "Region Gävleborg": "mentioned"}, found


def test_a_jury_list_and_a_page_titles_site_name_name_no_owners(roles):
    found = roles("Tolv projekt får dela på två miljoner kronor | Region Värmland\n\n"
                        "I juryn satt:\nPer Holm, Region Skåne\nEva Berg, LRF Syd\n")
    assert found == {"Region Värmland": "mentioned", "Region Skåne": "mentioned", "LRF Syd": "mentioned"}, found


def test_names_in_a_grant_slot_that_are_no_bodies(nlp):
    for text in ("Anna Berg får 10 000 kronor i stipendium.",
                 "Utvecklingsprojekt i Västerbotten får 10 miljoner.",
                 "Sverige får 2 miljarder kronor.",
                 "Förskolan Kotten i Ekbyholm, får 130 000 kronor."):  # an unknown town is no body
        assert not [e.text for e in nlp(text).ents if e.text != "Förskolan Kotten"], text


@pytest.mark.parametrize("text, surface", [
    ("Det nya centret skulle bli Region Skånes nästa storsatsning inom turism.", "Region Skånes"),
    ("I år fick båda Ekby Science Parks sökta projekt stöd i prioriteringen.", "Ekby Science Parks"),
])
def test_a_genitive_before_its_adjectives_and_project_owns_it(found, text, surface):
    assert role_of(found(text), surface) == "owner", found(text)


def test_a_genitive_before_granted_projects_owns_none(found):
    names = found("Bland Region Skånes beviljade projekt märks Bron och Leden.")
    assert role_of(names, "Region Skånes") not in PARTICIPANTS, names


@pytest.mark.parametrize("text, surface", [
    ("På Gotland byggs en station, Ekbyfiskarna får bidrag till projektet Bron.", "Ekbyfiskarna"),
    ("Ekby Utveckling Väst har beviljats medel från Region Skånes miljöfond till projektet.",
     "Ekby Utveckling Väst"),
])
def test_a_name_before_receiving_money_by_its_noun_owns_it(found, text, surface):
    assert role_of(found(text), surface) == "owner", found(text)


@pytest.mark.parametrize("text, word", [
    ("Företagen får stöd genom gruppaktiviteter.", "Företagen"),
    ("Ägarskiftescentrum får stöd\nI Dalarna finns många företag.", "Ägarskiftescentrum"),
])
def test_a_first_word_alone_receiving_money_is_no_name(found, text, word):
    assert word not in found(text), found(text)


def test_fick_receives_as_far_does(found):
    names = found("Föreningen Ekbyfabriken fick i december 2012 medel från kommunstyrelsen för sitt arbete.")
    assert role_of(names, "Föreningen Ekbyfabriken") == "owner", names


@pytest.mark.parametrize("text, surface", [
    ("Vi önskar er en god jul!\n\n10 miljoner kronor till Ideell Ekbyallians\n\n14 dec 2022", "Ideell Ekbyallians"),
    ("Flera rör samverkan och bland annat beviljas medel till Regionsamverkan Sydsverige.", "Regionsamverkan Sydsverige"),
])
def test_money_to_a_named_body_makes_it_the_recipient(found, text, surface):
    assert role_of(found(text), surface) == "owner", found(text)


@pytest.mark.parametrize("text, word", [
    ("Regionen ger medel till Lokalt ledd utveckling.", "Lokalt"),
    ("De ger 40 000 kronor till Anna Berg.", "Anna Berg"),
])
def test_money_to_a_word_or_a_person_names_no_body(found, text, word):
    assert word not in found(text), found(text)


def test_a_body_that_gets_money_is_still_its_recipient(found):
    names = found("Hylte kommun får 2 miljoner kronor till projektet.")
    assert names["Hylte kommun"][1] == "owner", names


def test_a_genitive_before_a_project_number_owns_nothing(found):
    names = found("Studien är finansierad av Energimyndigheten. Energimyndighetens projektnummer: 4711")
    assert role_of(names, "Energimyndighetens") not in PARTICIPANTS, names
