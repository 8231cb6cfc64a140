"""Bodies that give, decide on or administer a grant, not its recipients (extract/partners/
roles/grant_givers.py, grant_apparatus.py, grant_receivers.py, base/sentence_kinds.py), on fictional
sentences of each shape: agencies in a grant sentence, the givers named beside the money, the bodies
that hand a grant out together, who decides or meets, and a pronoun that receives."""

import pytest

from .readings import PARTICIPANTS, role_of


def test_who_decides_on_applications_is_no_owner(roles):
    found = roles("Totalt har 48 ansökningar om 3,6 miljoner kronor kommit in till Region Värmland. "
                        "Projekten inväntar beslut från Vetenskapsrådet.")
    assert found == {"Region Värmland": "mentioned", "Vetenskapsrådet": "mentioned"}, found


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
    assert names[body][1] not in PARTICIPANTS, names


def test_a_deciding_committee_with_a_date_grants(found):
    names = found("Arbetsutskottet vid Region Jämtland Härjedalen har den 3 maj beslutat att bevilja Hylte kommun "
                  "2 miljoner kronor.")
    assert names["Hylte kommun"][1] == "owner", names
    assert names["Arbetsutskottet vid Region Jämtland Härjedalen"][1] not in PARTICIPANTS, names


@pytest.mark.parametrize("text, surface", [
    ("Västra Götalandsregionen satsar 16,6 miljoner kronor på campus i Ekbyn.", "Västra Götalandsregionen"),
    ("Vi själva har svarat för en tiondel, Smedjebackens kommun har bidragit med 50 000 kronor.",
     "Smedjebackens kommun"),
    ("Flera projekt får stöd när Myndigheten för ungdoms- och civilsamhällesfrågor, MUCF, fördelar "
     "bidrag till 17 föreningar.", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
])
def test_a_grantor_in_a_grant_sentence_is_no_recipient(found, text, surface):
    assert role_of(found(text), surface) not in PARTICIPANTS, found(text)


def test_a_decision_to_grant_takes_no_part(found):
    names = found("Umeå kommun har beslutat att bevilja projektet Bron 200 000 kronor.")
    assert role_of(names, "Umeå kommun") not in PARTICIPANTS, names


@pytest.mark.parametrize("text, grantor", [
    ("Region Gävleborg kommer under perioden 2024-2026 att ge Coompanion Gävleborg ett bidrag om "
     "500 000 kronor per år.", "Region Gävleborg"),
    ("Nu har Delegationen mot segregation sagt ja till att ge Umeå kommun 200 000 kronor i bidrag "
     "till kartläggningen.", "Delegationen mot segregation"),
])
def test_a_body_that_is_to_give_money_grants_it(found, text, grantor):
    names = found(text)
    assert names[grantor][1] not in PARTICIPANTS, names


def test_a_body_giving_support_as_its_means_keeps_its_reading(found):
    names = found("Projektet är något som Växjö kommun har satsat på genom att ge stöd till "
                  "professurer vid universitetet.")
    assert names["Växjö kommun"][1] in PARTICIPANTS, names


@pytest.mark.parametrize("text, surface", [
    ("Av 120 ansökningar har Riksantikvarieämbetet valt 30 som får bidrag för "
     "kulturarvsprojekt.", "Riksantikvarieämbetet"),
    ("Energimyndigheten har publicerat vilka projekt som delar på 40 miljoner kronor för "
     "biogas.", "Energimyndigheten"),
    ("De beviljade ansökningarna gäller laddplatser, men Naturvårdsverket vill se fler "
     "ansökningar från föreningar.", "Naturvårdsverket"),
    ("Ekbyskolan har blivit beviljad ett projekt.\n\nTillväxtverket (Jordbruksverkets "
     "landsbygdsprogram) har beviljat 2 miljoner till Ekby byalag.", "Jordbruksverket"),
])
def test_a_grant_giving_agency_in_a_grant_sentence_is_no_recipient(found, text, surface):
    names = found(text)
    assert role_of(names, surface) not in PARTICIPANTS, names


@pytest.mark.parametrize("text, surface", [
    ("Naturvårdsverket får 50 miljoner kronor för projektet Våtmark Ekby.",
     "Naturvårdsverket"),
    ("I år beviljades Boverket 3 miljoner kronor för projektet Ekby torg.", "Boverket"),
])
def test_a_grant_giving_agency_that_receives_keeps_the_grant_reading(found, text, surface):
    names = found(text)
    assert role_of(names, surface) == "owner", names


def test_the_recipient_beside_a_giving_agency_keeps_its_part(found):
    names = found("Av 120 ansökningar har Riksantikvarieämbetet valt 30 som får bidrag, bland "
                  "dem Ekby hembygdsförening som får 40 000 kronor.")
    assert role_of(names, "Ekby hembygdsförening") == "owner", names


@pytest.mark.parametrize("text, surface", [
    ("Under våren renoverades bygdegården. Region Värmland var huvudfinansiär för projektet "
     "och beviljade 300 000 kronor.", "Region Värmland"),
    ("Föreningen har ansökt om 400 000 kronor. Kommunstyrelsen beslutade att man som styrelse "
     "för stiftelsen Ekby minnesfond, har möjlighet att finansiera 90 000 kronor av bidraget.",
     "Ekby minnesfond"),
    ('Länsmuseet har fått 5 000 euro från "Stiftelsen Norrsken" för att genomföra '
     "utställningen.", "Stiftelsen Norrsken"),
    ("För att bygga nya spår finns Riksidrottsförbundets (RF) stöd till anläggningar som "
     "föreningar kan söka.", "Riksidrottsförbundet"),
])
def test_a_body_named_as_the_giver_of_a_grant_is_no_recipient(found, text, surface):
    names = found(text)
    hit = [v for k, v in names.items() if surface in k or k in surface]
    assert all(v[1] not in PARTICIPANTS for v in hit), names


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
    assert role_of(found(text), surface) == "funder", found(text)


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
    assert role_of(found(text), surface) in PARTICIPANTS, found(text)


@pytest.mark.parametrize("text, surface", [
    ("Det har länge varit Kulturdepartementets önskan att vi ska finnas i norr, och nu får vi "
     "medel till att göra det.", "Kulturdepartementets"),
    ("– Genom den nya arenan får vi en bättre överblick över samarbetet med Ekby "
     "universitet, säger Anna Ek.", "Ekby universitet"),
])
def test_a_pronoun_that_receives_leaves_the_named_bodies_no_recipients(found, text, surface):
    assert role_of(found(text), surface) != "owner", found(text)


def test_a_pronoun_that_receives_a_sum_keeps_the_grant_reading(found):
    names = found("Ekby Bygdeförening får 2 miljoner kronor och vi får börja bygga i vår.")
    assert role_of(names, "Ekby Bygdeförening") == "owner", names


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
