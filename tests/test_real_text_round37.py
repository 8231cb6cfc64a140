"""The thirty-seventh round of rules, each on fictional sentences of its shape: participants whose
organisation was found but whose role was not (read as mentioned or funder), pooled over the
development parts and the audits."""

import pytest


@pytest.mark.parametrize("text", [
    "Arvika kommun i Sverige samt Eda kommun och Företagarna Värmland har tillsammans startat en "
    "förstudie om besöksnäringen.",
    "Planen för projektet är framtagen gemensamt av Arvika kommun, Eda kommun och Företagarna "
    "Värmland.",
])
def test_bodies_said_to_act_jointly_take_part(found, text):
    names = found(text)
    for name in ("Arvika kommun", "Eda kommun", "Företagarna Värmland"):
        assert names.get(name, (None, None))[1] in ("owner", "partner"), names


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
        assert names.get(name, (None, None))[1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text", [
    "Jordbruksverket beslutade att bevilja ansökan till Leader Nordmark om att arbeta vidare.",
    "Beslut: Medel till Leader Nordmark",
    "Bland projekten finns Leader Älvdalsbygd och Leader Nordmark som får medel för fortsatt "
    "verksamhet.",
])
def test_a_leader_group_given_a_grant_owns_it(found, text):
    names = found(text)
    assert names.get("Leader Nordmark", (None, None))[1] == "owner", names


@pytest.mark.parametrize("text", [
    "Föreningen skickade en ansökan till Leader Nordmark i mars.",
    "Leader Nordmark beviljar medel till Ekby byalag för en ny badplats.",
    "Leader Nordmark får in många ansökningar varje år.",
    "Medel till Leader Nordmark kommer från Jordbruksverket och EU.",
    "Leader Nordmark får 2023 en ny styrelse.",
])
def test_a_leader_group_granting_or_applied_to_owns_nothing(found, text):
    names = found(text)
    assert names.get("Leader Nordmark", (None, None))[1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text, name", [
    ("Projektet startade 2019. Det togs sedan över av Arvika kommun som driver det i stället.",
     "Arvika kommun"),
    ("Jag arbetar åt Företagarna Värmland som driver ett projekt för unga företagare.",
     "Företagarna Värmland"),
    ("Anna Berg är strateg på Coompanion Värmland, ett utvecklingscentrum som driver projekt och "
     "ger rådgivning.", "Coompanion Värmland"),
])
def test_a_body_a_relative_clause_says_runs_a_project_owns_it(found, text, name):
    assert found(text).get(name, (None, None))[1] == "owner", found(text)


@pytest.mark.parametrize("text, name", [
    ("Projektet startar i höst. Vi har inspirerats av Region Värmland som driver ett liknande "
     "projekt i Karlstad.", "Region Värmland"),
    ("Projektet drivs av Arvika kommun. Kontakt sker med Eda kommun som driver det lokala "
     "företagarnätverket.", "Eda kommun"),
    ("Projektet drivs av Arvika kommun. Eleverna på skolorna i Eda kommun som driver projekt om "
     "hållbarhet får besök.", "Eda kommun"),
])
def test_a_relative_clause_about_other_work_or_a_place_owns_nothing(found, text, name):
    assert found(text).get(name, (None, None))[1] not in ("owner", "partner"), found(text)


def test_a_cued_list_goes_on_after_a_relative_clause_or_unfound_names(found):
    names = found("Från Sverige deltar Arvika kommun, Eda kommun, som leder den svenska delen, och "
                  "Karlstads universitet.")
    assert names.get("Karlstads universitet", (None, None))[1] == "partner", names
    names = found("I projektet deltar Arvika kommun, som har anställda från Volvo Cars, och Eda kommun.")
    assert names.get("Volvo Cars", (None, None))[1] not in ("owner", "partner"), names
    names = found("Arvika kommun deltar i projektet, som finansieras av Tillväxtverket, Region "
                  "Värmland och Eda kommun.")
    assert names.get("Eda kommun", (None, None))[1] not in ("owner", "partner"), names
