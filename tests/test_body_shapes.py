"""Bodies in no list named by the head word their names are built on (extract/partners/names/:
body_shapes.py, sections.py), on fictional sentences of each shape: science parks and offices "i
Place", a federated body's regional branch, Leader groups and their LAG, structural-fund
partnerships in other forms, national bodies "<field> Sverige", and the places that are none."""

import pytest

from .readings import PARTICIPANTS, canonical_of

SHAPES = [
    # A science park named after its place, with or without "i"; Coompanion's offices "i Place".
    ("Projektet drivs av Science Park Borås i samverkan med Science Park i Skövde.",
     {"Science Park Borås", "Science Park i Skövde"}),
    ("Science Park Gotland har tillsammans med Uppsala universitet sökt stöd för projektet.",
     {"Science Park Gotland"}),
    ("Projektet genomförs av Almi tillsammans med Coompanion i Jämtland och Mittuniversitetet.",
     {"Coompanion i Jämtland"}),
]


@pytest.mark.parametrize("text, names", SHAPES)
def test_known_bodies_in_place_forms(roles, text, names):
    found = roles(text)
    assert names <= set(found), found
    assert all(found[n] in PARTICIPANTS for n in names), found
    assert "Coompanion" not in found, found


def test_an_office_name_is_not_cut_from_a_longer_name_and_loses_its_genitive(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = ("I projektet ingår Norrby Science Park i Umeå och Science Park Gotland. "
            "Science Park Gotlands verksamhet växer.")
    found = {m.surface: m.org.name for m in mentions_from_doc(nlp(text)) if m.org}
    assert "Science Park i Umeå" not in found, found
    assert found.get("Science Park Gotlands") in (None, "Science Park Gotland"), found


def test_premises_of_a_science_park_are_a_place(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = "Mötena hålls i lokalerna på Science Park i Umeå. Vi på Science Park i Luleå driver projektet."
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text))}
    assert "Science Park i Umeå" not in found and found.get("Science Park i Luleå") == "owner", found


@pytest.mark.parametrize("text, surface, canonical", [
    ("Projektägare är Almi Företagspartner i Värmland.", "Almi Företagspartner i Värmland",
     "Almi Företagspartner Värmland AB"),
    ("I projektet deltar Studieförbundet Vuxenskolan i Kalmar och Gävle kommun.",
     "Studieförbundet Vuxenskolan i Kalmar", "Studieförbundet Vuxenskolan Kalmar"),
])
def test_a_federated_body_in_a_place_is_its_branch(found, text, surface, canonical):
    names = found(text)
    assert canonical_of(names, surface) == canonical, names


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


@pytest.mark.parametrize("text, surface, canonical", [
    ("Beviljat stöd: 500 000 kr\nLandsbygdsprogrammet: 300 000 kr\nAlby Älvdal LAG: 200 000 kr",
     "Alby Älvdal LAG", "Leader Alby Älvdal"),
    ("Två ansökningar om ändring har godkänts av LAG Grönskan i år.", "LAG Grönskan", "LAG Grönskan"),
])
def test_a_leader_group_named_by_its_lag(found, text, surface, canonical):
    names = found(text)
    assert canonical_of(names, surface) == canonical, names
    assert names[surface][1] not in PARTICIPANTS, names


def test_the_word_lag_is_no_body(found):
    assert not found("Enligt lag ska kommunen göra det. Laget Norrby vann.")


@pytest.mark.parametrize("text, surface, canonical", [
    ("Tre projekt har beviljats av Östra Mellansveriges strukturfondspartnerskap i dag.",
     "Östra Mellansveriges strukturfondspartnerskap", "Strukturfondspartnerskapet Östra Mellansverige"),
    ("Det blev resultatet efter mötet i Västsveriges Strukturfondspartnerskap i går.",
     "Västsveriges Strukturfondspartnerskap", "Strukturfondspartnerskapet Västsverige"),
    ("Det säger Eva Ek, ordförande i Stukturfondspartnerskapet Övre Norrland.",
     "Stukturfondspartnerskapet Övre Norrland", "Strukturfondspartnerskapet Övre Norrland"),
    ("Det beslutade Strukturfondsparterskapet för Småland och öarna i oktober.",
     "Strukturfondsparterskapet för Småland och öarna", "Strukturfondspartnerskapet Småland och Öarna"),
    ("Strukturfondspartnerskapet i Skåne Blekinge har prioriterat fyra projekt.",
     "Strukturfondspartnerskapet i Skåne Blekinge", "Strukturfondspartnerskapet Skåne-Blekinge"),
])
def test_a_structural_fund_partnership_in_other_forms(found, text, surface, canonical):
    names = found(text)
    assert canonical_of(names, surface) == canonical, names
    assert names[surface][1] not in PARTICIPANTS, names


def test_a_national_body_named_field_and_sverige(found):
    bodies = found("Projektet genomförs i samverkan med Vätgas Sverige och Lokal Utveckling Sverige.")
    assert "Vätgas Sverige" in bodies and "Lokal Utveckling Sverige" in bodies, bodies


@pytest.mark.parametrize("text", ["I Sverige samarbetade vi med många.",
                                  "Interreg Sverige-Norge har beviljat stöd till projektet.",
                                  "Från Sverige deltar många skolor.",
                                  "Projektet är störst i Mitt Sverige just nu."])
def test_a_place_before_sverige_is_no_body(found, text):
    assert not any(s.endswith("Sverige") for s in found(text)), found(text)
