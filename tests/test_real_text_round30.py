"""The thirtieth round of rules, each on fictional sentences of its shape: participants missed
in project prose (recall), each rule audited on unannotated real text."""

import pytest


def test_the_definite_taking_part_head_makes_its_towns_partners(found):
    names = found("Projektet Servicepunkt Norr startar i vår.\n\nDe deltagande kommunerna Kiruna, "
                  "Ljusdal, Hofors och Sala.\n\nProjektet pågår i tre år.")
    for town in ("Kiruna", "Ljusdal", "Hofors", "Sala"):
        assert names.get(town, (None, None))[1] == "partner", names


def test_the_definite_head_of_companies_served_stays_no_partner(found):
    names = found("Projektet Servicepunkt Norr startar i vår. De deltagande företagen får "
                  "rådgivning av Almi.")
    assert names.get("Almi", (None, None))[1] not in ("partner",), names



@pytest.mark.parametrize("text, leaders", [
    ("Projektet Byaliv är ett samarbetsprojekt mellan Leader Norrby och Leader Söderby. Projektägare "
     "är Ekby byalag.", ("Leader Norrby", "Leader Söderby")),
    ("Projektet Byaliv drivs av Ekby byalag i samarbete med tre leaderområden och Leader Norrby.",
     ("Leader Norrby",)),
])
def test_leader_groups_in_a_cooperation_project_are_partners(found, text, leaders):
    names = found(text)
    assert all(names.get(leader, (None, None))[1] == "partner" for leader in leaders), names


@pytest.mark.parametrize("text", [
    "Projektet Byaliv drivs av Ekby byalag i samarbete med Leader Norrby. Leader Söderby har "
    "liknande projekt.",
    "Leader Norrby och Leader Söderby beviljar stöd till projekt i samarbete med Jordbruksverket.",
])
def test_a_leader_group_alone_or_granting_stays_no_partner(found, text):
    names = found(text)
    assert names.get("Leader Norrby", (None, None))[1] != "partner", names
