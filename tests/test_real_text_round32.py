"""The thirty-second round of rules, each on fictional sentences of its shape: organisation names
found in unannotated real text (Finland-Swedish bodies the gazetteer lacked, dotted "r.f." names)."""


def test_the_finland_swedish_cultural_foundation_is_a_body(found):
    names = found("Ekby byaförening får 4 000 euro av Svenska kulturfonden för en ny scen.")
    assert names.get("Svenska kulturfonden", (None,))[0] == "Svenska kulturfonden", names
    names = found("Ekby byaförening har fått pengar. Styrelsen för Kulturfondens utdelning möts i maj.")
    assert names.get("Kulturfondens", (None,))[0] == "Svenska kulturfonden", names


def test_a_lower_case_culture_fund_is_no_body(found):
    names = found("Föreningen i Norrby söker pengar ur den kommunala kulturfonden för en konsert.")
    assert not any(c == "Svenska kulturfonden" for c, _ in names.values()), names


def test_the_finland_swedish_university_of_applied_sciences_is_a_body(found):
    names = found("Projektet Skärgårdsmat drivs av Ekby byalag tillsammans med Yrkeshögskolan Novia.")
    assert names.get("Yrkeshögskolan Novia", (None,))[0] == "Yrkeshögskolan Novia", names
    names = found("Ekby byalag ordnar kurser där studerande från Novia deltar.")
    assert names.get("Novia", (None,))[0] == "Yrkeshögskolan Novia", names
