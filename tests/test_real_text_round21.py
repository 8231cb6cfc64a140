"""The twenty-first round of rules, each on fictional sentences of its shape: organisation names
read whole. A federated body's regional branch written "X i Place" is the branch ("Coompanion i
Västmanland"), not the national body with a place after it."""

import pytest


@pytest.mark.parametrize("text, surface, canonical", [
    ("Projektägare är Almi Företagspartner i Värmland.", "Almi Företagspartner i Värmland",
     "Almi Företagspartner Värmland AB"),
    ("I projektet deltar Studieförbundet Vuxenskolan i Kalmar och Gävle kommun.",
     "Studieförbundet Vuxenskolan i Kalmar", "Studieförbundet Vuxenskolan Kalmar"),
])
def test_a_federated_body_in_a_place_is_its_branch(found, text, surface, canonical):
    names = found(text)
    assert names.get(surface, (None,))[0] == canonical, names


@pytest.mark.parametrize("text, name", [
    ("I projektet deltar IKEA i Kalmar och Gävle kommun.", "IKEA"),
    ("Stiftelsen Ljusgården i Dalarna deltar i projektet.", "Stiftelsen Ljusgården"),
    ("Almi Företagspartner i Värmlands län deltar i projektet.", "Almi Företagspartner"),
])
def test_other_bodies_keep_the_place_outside_the_name(found, text, name):
    assert name in found(text), found(text)


@pytest.mark.parametrize("text, branch, short", [
    ("Projektet drivs av Almi Kalmar. Almi har lång erfarenhet av rådgivning.", "Almi Kalmar", "Almi"),
    ("Coompanion i Västmanland driver projektet. Coompanions rådgivare hjälper deltagarna.",
     "Coompanion i Västmanland", "Coompanions"),
])
def test_a_one_word_name_after_its_branch_is_the_branch(found, text, branch, short):
    names = found(text)
    assert branch in names and short not in names, names


def test_the_national_body_by_its_full_name_stays_itself(found):
    names = found("Projektet drivs av Studieförbundet Vuxenskolan Kalmar. Studieförbundet "
                  "Vuxenskolan är ett av tio studieförbund i landet.")
    assert "Studieförbundet Vuxenskolan Kalmar" in names and "Studieförbundet Vuxenskolan" in names, names


def test_a_name_in_the_genitive_is_the_body_named_without_it(found):
    names = found("Leader Norra Berget beviljade stöd till projektet. Beslutet togs av Leader Norra "
                  "Bergets LAG i maj.")
    assert {c for c, _ in names.values()} == {"Leader Norra Berget"}, names


@pytest.mark.parametrize("text, name", [
    ("Beslutsgruppen för Leader Fjällbygdens Dalgång beviljade medel i maj.",
     "Leader Fjällbygdens Dalgång"),
    ("Stödet beslutas av Leader Norrsjöns lokala aktionsgrupp, som har sitt kansli i byn.",
     "Leader Norrsjöns lokala aktionsgrupp"),
    ("Projektägare är Leader Storåsen Ideell Förening sedan 2016.", "Leader Storåsen Ideell Förening"),
    ("Leader Storåsens strategi är klar sedan i våras.", "Leader Storåsens"),
])
def test_a_leader_group_is_named_whole(found, text, name):
    assert name in found(text), found(text)


@pytest.mark.parametrize("text, canonical", [
    ("Arbetsutskottet vid Region Jämtland Härjedalen har den 3 maj beslutat att bevilja Hylte kommun 2 miljoner "
     "kronor.", "Region Jämtland Härjedalen, Arbetsutskottet"),
    ("Medicinskt centrum inom Region Jämtland Härjedalen får 200 000 kronor till en förstudie.",
     "Region Jämtland Härjedalen, Medicinskt centrum"),
    ("Projektet drivs av mottagningsenheten på socialförvaltningen i Hylte kommun.",
     "Hylte kommun, Mottagningsenheten"),
])
def test_a_unit_before_its_municipality_or_region_is_one_unit(found, text, canonical):
    names = found(text)
    assert canonical in {c for c, _ in names.values()}, names


def test_a_deciding_committee_with_a_date_grants(found):
    names = found("Arbetsutskottet vid Region Jämtland Härjedalen har den 3 maj beslutat att bevilja Hylte kommun "
                  "2 miljoner kronor.")
    assert names["Hylte kommun"][1] == "owner", names
    assert names["Arbetsutskottet vid Region Jämtland Härjedalen"][1] not in ("owner", "partner"), names


def test_a_bare_unit_word_before_a_region_is_no_unit(found):
    assert "Region Jämtland Härjedalen" in found("Han arbetar på enheten vid Region Jämtland Härjedalen sedan i fjol.")
