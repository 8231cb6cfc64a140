"""The thirtieth round of rules, each on fictional sentences of its shape: participants missed
in project prose (recall), each rule audited on unannotated real text."""


def test_the_definite_taking_part_head_makes_its_towns_partners(found):
    names = found("Projektet Servicepunkt Norr startar i vår.\n\nDe deltagande kommunerna Kiruna, "
                  "Ljusdal, Hofors och Sala.\n\nProjektet pågår i tre år.")
    for town in ("Kiruna", "Ljusdal", "Hofors", "Sala"):
        assert names.get(town, (None, None))[1] == "partner", names


def test_the_definite_head_of_companies_served_stays_no_partner(found):
    names = found("Projektet Servicepunkt Norr startar i vår. De deltagande företagen får "
                  "rådgivning av Almi.")
    assert names.get("Almi", (None, None))[1] not in ("partner",), names
