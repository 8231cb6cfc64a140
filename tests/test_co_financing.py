"""Co-financing and the bodies that pay in (extract/partners/: base/role_cues.py,
base/sentence_kinds.py, roles/default_role.py), on fictional sentences of each shape: the sources of
other money take part, a co-financier of one project takes part, a region or samordningsförbund
giving money at large grants it, and savings-bank foundations grant."""

import pytest

from .readings import PARTICIPANTS, role_of, roles_at

CO_FINANCING = [
    # Other money than the grant: its sources take part.
    ("Projektet Ny led ska bygga en cykelled längs älven. Övriga medel kommer från "
     "Stiftelsen Norrskog, Skellefteå kommun och Piteå kommun.",
     {"Stiftelsen Norrskog": "partner", "Skellefteå kommun": "partner", "Piteå kommun": "partner"}),
    ("Projektet Nya spår finansieras även av Arjeplogs kommun samt Region Norrbotten.",
     {"Arjeplogs kommun": "partner", "Region Norrbotten": "partner"}),
    # A line of an application: "Medfinansiering av A: amount", the word misspelt or not.
    ("Sökande: Region Jämtland Härjedalen\nMedfinansiering av Region Västernorrland: 500 000 kronor\n"
     "Medfinansering av Region Gävleborg: 400 000 kronor\n",
     {"Region Jämtland Härjedalen": "owner", "Region Västernorrland": "partner",
      "Region Gävleborg": "partner"}),
    ("Sökt belopp: 2 000 000 kronor\n(övrig medfinansering från Mittuniversitetet och Örebro universitet)\n",
     {"Mittuniversitetet": "partner", "Örebro universitet": "partner"}),
    # A grantor stays a grantor, even named among the other money.
    ("Projektet Nya spår finansieras även av Tillväxtverket.", {"Tillväxtverket": "funder"}),
]


@pytest.mark.parametrize("text, expected", CO_FINANCING)
def test_co_financing_phrases(roles, text, expected):
    found = roles(text)
    assert roles_at(found, expected) == expected, found


def test_a_co_financer_is_not_read_as_a_giver(found):
    names = found("Ekby byalag får 200 000 kronor i bidrag. Region Värmland är medfinansiär i "
                  "projektet.")
    assert role_of(names, "Ekby byalag") == "owner", names
    assert role_of(names, "Region Värmland") == "partner", names


@pytest.mark.parametrize("text, surface", [
    ("Kommunstyrelsen i Lysekil har beslutat att säga ja till att medfinansiera ett Leaderprojekt.",
     "Kommunstyrelsen i Lysekil"),
    ("LRF Västernorrlands styrelse har beslutat att gå med som medfinansiär i Ekbyringens projekt.",
     "LRF Västernorrlands"),
])
def test_a_decision_to_cofinance_takes_part(found, text, surface):
    assert role_of(found(text), surface) == "partner", found(text)


@pytest.mark.parametrize("text, surface, role", [
    ("Deltagare är Arbetsförmedlingen och kommunen. Linköpings Samordningsförbund medverkar med projektmedel.",
     "Linköpings Samordningsförbund", "funder"),
    ("Västra Götalandsregionen ansvarar för att finansiera insatser som främjar tillväxt, säger Anna Berg.",
     "Västra Götalandsregionen", "funder"),
    ("– De pengar som Region Västerbotten bidrar med kan växlas upp med EU-medel.", "Region Västerbotten", "funder"),
    ("Kumla kommun bidrar också med medel till projektet.", "Kumla kommun", "partner"),
])
def test_a_region_or_samordningsforbund_giving_money_grants(found, text, surface, role):
    assert role_of(found(text), surface) == role, found(text)


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


def test_a_region_cofinancing_projects_at_large_grants_the_money(found):
    # No one project is named: the region or county board hands out regional money.
    names = found("Alla projekt som Region Gotland medfinansierar ska vara jämställdhetsintegrerade.")
    assert role_of(names, "Region Gotland") == "funder", names
    names = found("Genom statliga anslag kan Region Gotland besluta om medfinansiering till projekt "
                  "som stärker landsbygden.")
    assert role_of(names, "Region Gotland") == "funder", names
    names = found("Sex projekt i länet får dela på 4 miljoner kronor i medfinansiering från "
                  "Länsstyrelsen i Hallands län.")
    assert role_of(names, "Länsstyrelsen i Hallands län") == "funder", names


def test_a_cofinancier_of_one_project_takes_part(found):
    for text in ("Region Gotland medfinansierar projektet med 500 000 kronor.",
                 "Region Gotland medfinansierar projekt Framtidsvägen tillsammans med Ljusdals kommun.",
                 "Region Gotland är medfinansiär i Ljusdals kommuns projekt Framtidsvägen.",
                 "Region Gotland medfinansierar det nya projektet under tre år."):
        names = found(text)
        assert role_of(names, "Region Gotland") == "partner", (text, names)
    names = found("Länsstyrelsen i Hallands län medfinansierar ett projekt som ska minska "
                  "arbetslösheten i Ekby.")
    assert role_of(names, "Länsstyrelsen i Hallands län") == "partner", names
    # Other bodies keep the co-financier's part ("som medfinansiär" in many projects).
    names = found("Ljusdals kommun medfinansierar projekt som ska stärka unga i arbetslivet.")
    assert role_of(names, "Ljusdals kommun") == "partner", names


@pytest.mark.parametrize("text, name", [
    ("Bakom satsningen står Sparbanksstiftelsen Alby & Brunna och Sparbanksstiftelsen 1901.",
     "Sparbanksstiftelsen Alby & Brunna"),
    ("Bakom satsningen står Sparbanksstiftelsen Alby & Brunna och Sparbanksstiftelsen 1901.",
     "Sparbanksstiftelsen 1901"),
])
def test_a_savings_bank_foundation_is_a_funder(found, text, name):
    names = found(text)
    assert name in names and names[name][1] not in PARTICIPANTS, names


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
    assert role_of(names, surface) not in (None, "owner", "partner"), names
