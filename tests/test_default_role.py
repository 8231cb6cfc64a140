"""The role of names no cue speaks of, read from the shape of their sentence
(extract/partners/roles/: default_role.py, uncued_parts.py, joint_subjects.py, leader_partners.py),
on fictional sentences of each shape: bodies set beside those who take part, doing the project's
work, said to act jointly, listed three or more with no cue, Leader groups in a cooperation project,
and a body a relative clause says runs a project."""

import pytest

from .readings import PARTICIPANTS, role_of


@pytest.mark.parametrize("text, surface", [
    ("Förutom Region Gotland är flera andra aktörer i Ekby med i projektet: Ekby Handel AB och "
     "Norrby Bygg AB.", "Region Gotland"),
    ("Förutom Ekbyhuset och Umeå kommun omnämns ytterligare samarbetsorganisationer i arbetet.",
     "Umeå kommun"),
    ("Vid sidan om Luleå kommun står även Ekby Fiber AB bakom satsningen.", "Luleå kommun"),
])
def test_a_body_set_beside_those_who_take_part_takes_part(found, text, surface):
    assert role_of(found(text), surface) == "partner", found(text)


@pytest.mark.parametrize("text, surface", [
    # beside money: the body grants it; beside no one who takes part: a place, nothing more
    ("Förutom Region Västerbotten bidrar Umeå kommun med 1 miljon kronor.", "Region Västerbotten"),
    ("Förutom Umeå kommun finns det många kommuner i länet.", "Umeå kommun"),
])
def test_a_body_beside_money_or_no_one_takes_no_part(found, text, surface):
    assert role_of(found(text), surface) not in PARTICIPANTS, found(text)


@pytest.mark.parametrize("text, surface", [
    ("Region Västerbotten har beviljat stöd till tre projekt. Umeå kommun ska genom projektet Nya "
     "spår utveckla metoder för unga.", "Umeå kommun"),
    ("Ekby kulturskola har länge saknat lokaler. I projektet vill Region Gävleborg skapa en modell "
     "för möten.", "Region Gävleborg"),
])
def test_a_body_doing_the_projects_work_takes_part(found, text, surface):
    assert role_of(found(text), surface) == "partner", found(text)


@pytest.mark.parametrize("text, surface", [
    # the project's grantor, and a body that is only where the project's people come from
    ("Företagen har fått 3 miljoner kronor av Tillväxtverket i projektet Växtzon.", "Tillväxtverket"),
    ("Deltagare från Umeå kommun ska i projektet få stöd till jobb.", "Umeå kommun"),
])
def test_a_body_beside_its_projects_words_only_takes_no_part(found, text, surface):
    assert role_of(found(text), surface) not in PARTICIPANTS, found(text)


def test_the_first_body_doing_its_projects_work_keeps_its_owner_reading(found):
    names = found("Umeå kommun ska genom projektet Nya spår utveckla metoder för unga. Projektet "
                  "pågår till 2026 och samverkar med skolorna.")
    assert role_of(names, "Umeå kommun") == "owner", names


UNCUED_LISTS = [
    "I Kustavtalet finns fyra parter: Region Halland, Falkenbergs kommun, Varbergs kommun och "
    "Halmstads kommun.",
    "Nätverket omfattar även Borås stad, Skövde kommun samt Lidköpings kommun.",
]


@pytest.mark.parametrize("text", UNCUED_LISTS)
def test_three_bodies_a_sentence_lists_take_part(roles, text):
    bodies = roles(text)
    assert len(bodies) >= 3 and all(r == "partner" for r in bodies.values()), bodies


NOT_PARTICIPANT_LISTS = [
    "Kontoren placeras på Lunds universitet, Umeå universitet och Örebro universitet.",
    "Under åren samverkar de regionala aktörerna Region Halland, Länsstyrelsen i Hallands län och "
    "Halmstads kommun för att stimulera företagandet.",
    "Att planen är gemensam för tre departement – Utbildningsdepartementet, Näringsdepartementet "
    "och Kulturdepartementet – visar det.",
    "Region Halland, Falkenbergs kommun och Varbergs kommun kraftsamlade och skapade 2012 nätverket.",
    "Från vänster: Anna Ek, Region Halland, Per Berg, Varbergs kommun, Eva Lind, Halmstads kommun.",
    "Avtalet omfattar Region Halland och Varbergs kommun.",
]


@pytest.mark.parametrize("text", NOT_PARTICIPANT_LISTS)
def test_other_uncued_lists_stay_mentioned(roles, text):
    bodies = roles(text)
    assert bodies and not any(r in PARTICIPANTS for r in bodies.values()), bodies


@pytest.mark.parametrize("text", [
    "Arvika kommun i Sverige samt Eda kommun och Företagarna Värmland har tillsammans startat en "
    "förstudie om besöksnäringen.",
    "Planen för projektet är framtagen gemensamt av Arvika kommun, Eda kommun och Företagarna "
    "Värmland.",
])
def test_bodies_said_to_act_jointly_take_part(found, text):
    names = found(text)
    for name in ("Arvika kommun", "Eda kommun", "Företagarna Värmland"):
        assert role_of(names, name) in PARTICIPANTS, names


@pytest.mark.parametrize("text", [
    "Projektet Vägen startar i höst. Arvika kommun och Eda kommun har tillsammans 40 000 invånare.",
    "Projektet Vägen startar i höst. Anställda på Volvo Cars och Stora Enso har tillsammans gått en "
    "utbildning.",
    "Projektet Vägen finansieras gemensamt av Region Värmland och Arvika kommun.",
    "Projektet Vägen drivs av ett bolag. Bolaget ägs gemensamt av Arvika kommun och Eda kommun.",
    "Projektet Vägen startar i höst. Deltagarna från Arvika kommun och Eda kommun har tillsammans "
    "skrivit en rapport.",
])
def test_joint_words_without_joint_work_take_no_part(found, text):
    names = found(text)
    for name in ("Arvika kommun", "Eda kommun", "Volvo Cars", "Stora Enso"):
        assert role_of(names, name) not in PARTICIPANTS, names


@pytest.mark.parametrize("text, name", [
    ("Projektet startade 2019. Det togs sedan över av Arvika kommun som driver det i stället.",
     "Arvika kommun"),
    ("Jag arbetar åt Företagarna Värmland som driver ett projekt för unga företagare.",
     "Företagarna Värmland"),
    ("Anna Berg är strateg på Coompanion Värmland, ett utvecklingscentrum som driver projekt och "
     "ger rådgivning.", "Coompanion Värmland"),
])
def test_a_body_a_relative_clause_says_runs_a_project_owns_it(found, text, name):
    assert role_of(found(text), name) == "owner", found(text)


@pytest.mark.parametrize("text, name", [
    ("Projektet startar i höst. Vi har inspirerats av Region Värmland som driver ett liknande "
     "projekt i Karlstad.", "Region Värmland"),
    ("Projektet drivs av Arvika kommun. Kontakt sker med Eda kommun som driver det lokala "
     "företagarnätverket.", "Eda kommun"),
    ("Projektet drivs av Arvika kommun. Eleverna på skolorna i Eda kommun som driver projekt om "
     "hållbarhet får besök.", "Eda kommun"),
])
def test_a_relative_clause_about_other_work_or_a_place_owns_nothing(found, text, name):
    assert role_of(found(text), name) not in PARTICIPANTS, found(text)


def test_the_definite_taking_part_head_makes_its_towns_partners(found):
    names = found("Projektet Servicepunkt Norr startar i vår.\n\nDe deltagande kommunerna Kiruna, "
                  "Ljusdal, Hofors och Sala.\n\nProjektet pågår i tre år.")
    for town in ("Kiruna", "Ljusdal", "Hofors", "Sala"):
        assert role_of(names, town) == "partner", names


def test_the_definite_head_of_companies_served_stays_no_partner(found):
    names = found("Projektet Servicepunkt Norr startar i vår. De deltagande företagen får "
                  "rådgivning av Almi.")
    assert role_of(names, "Almi") not in ("partner",), names


@pytest.mark.parametrize("text, leaders", [
    ("Projektet Byaliv är ett samarbetsprojekt mellan Leader Norrby och Leader Söderby. Projektägare "
     "är Ekby byalag.", ("Leader Norrby", "Leader Söderby")),
    ("Projektet Byaliv drivs av Ekby byalag i samarbete med tre leaderområden och Leader Norrby.",
     ("Leader Norrby",)),
])
def test_leader_groups_in_a_cooperation_project_are_partners(found, text, leaders):
    names = found(text)
    assert all(role_of(names, leader) == "partner" for leader in leaders), names


@pytest.mark.parametrize("text", [
    "Projektet Byaliv drivs av Ekby byalag i samarbete med Leader Norrby. Leader Söderby har "
    "liknande projekt.",
    "Leader Norrby och Leader Söderby beviljar stöd till projekt i samarbete med Jordbruksverket.",
])
def test_a_leader_group_alone_or_granting_stays_no_partner(found, text):
    names = found(text)
    assert role_of(names, "Leader Norrby") != "partner", names


@pytest.mark.parametrize("text", [
    "Jordbruksverket beslutade att bevilja ansökan till Leader Nordmark om att arbeta vidare.",
    "Beslut: Medel till Leader Nordmark",
    "Bland projekten finns Leader Älvdalsbygd och Leader Nordmark som får medel för fortsatt "
    "verksamhet.",
])
def test_a_leader_group_given_a_grant_owns_it(found, text):
    names = found(text)
    assert role_of(names, "Leader Nordmark") == "owner", names


@pytest.mark.parametrize("text", [
    "Föreningen skickade en ansökan till Leader Nordmark i mars.",
    "Leader Nordmark beviljar medel till Ekby byalag för en ny badplats.",
    "Leader Nordmark får in många ansökningar varje år.",
    "Medel till Leader Nordmark kommer från Jordbruksverket och EU.",
    "Leader Nordmark får 2023 en ny styrelse.",
])
def test_a_leader_group_granting_or_applied_to_owns_nothing(found, text):
    names = found(text)
    assert role_of(names, "Leader Nordmark") not in PARTICIPANTS, names


def test_a_leader_group_under_an_owner_label_owns_the_project(found):
    names = found("Projektnamn: Bygdekraft\n\nProjektägare: Leader Nordmark\n\nFond: Socialfonden")
    assert role_of(names, "Leader Nordmark") == "owner", names
    names = found("Om projektet\n\nProjektägare\nLeader Älvdalsbygd\n\nProjektledare\nKarin Berg")
    assert role_of(names, "Leader Älvdalsbygd") == "owner", names
    names = found("Projektägare: Hembygdsföreningen Ekås\nMedfinansiär: Leader Nordmark")
    assert role_of(names, "Leader Nordmark") == "funder", names
    names = found("Kontakta Leader Älvdalsbygd om du vill bli projektägare.")
    assert role_of(names, "Leader Älvdalsbygd") == "mentioned", names
