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


def test_finnish_regional_councils_are_bodies(found):
    names = found("Projektet Kustbyar drivs av Ekby byalag i samarbete med Mellersta Österbottens förbund.")
    assert names.get("Mellersta Österbottens förbund", (None,))[0] == "Mellersta Österbottens förbund", names
    names = found("Skolan upprätthålls av Svenska Österbottens förbund för utbildning och kultur i Vasa.")
    assert "Österbottens förbund" not in names, names


def test_the_body_applications_come_in_to_grants(found):
    names = found("Till Österbottens förbund kom det in åtta ansökningar om medfinansiering i höstas.")
    assert names.get("Österbottens förbund", (None, None))[1] == "funder", names


def test_a_dotted_finnish_suffix_ends_the_name(found):
    names = found("Projektet Byafest drivs av Ekby Ungdomsförening r.f. och Norrby Byar rf.")
    assert "Ekby Ungdomsförening r.f." in names, names
    names = found("Bidrag beviljades:\nFinlands Svenska Ungdomsförbund FSU r.f. - 1500€")
    assert [c for c, _ in names.values()] == ["Finlands Svenska Ungdomsförbund"], names


def test_the_capital_region_in_lower_case_is_a_place(found):
    names = found("Ekby byalag ordnar kurser i Österbotten, Nyland och i huvudstadsregionen.")
    assert not any(c == "Region Hovedstaden" for c, _ in names.values()), names


def test_finland_swedish_village_bodies(found):
    names = found("Ekby byaförening samarbetar med Svenskfinlands Byar och Svenska lantbrukssällskapens förbund.")
    assert {"Svenskfinlands Byar", "Svenska lantbrukssällskapens förbund"} <= set(names), names
    names = found("Projektet Skärgårdsliv genomförs tillsammans med FÖSS.")
    assert names.get("FÖSS", (None,))[0] == "Finlands öar", names


def test_svenska_may_open_a_headed_name(found):
    names = found("Nu inleder Ekby byalag och Svenska Båtklubbsförbundet ett samarbete om hamnarna.")
    assert "Svenska Båtklubbsförbundet" in names, names
