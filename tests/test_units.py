"""Units of municipalities and regions (extract/partners/names/councils.py, offices.py, sections.py,
unit_parents.py, culture_names.py), on fictional sentences of each shape: a unit after its body's
genitive, beside its body or before it, a council or committee named alone, an office in its
municipality, museums and theatres by place and kind, and the units that belong to no body."""

import pytest

from .readings import PARTICIPANTS, canonical_of


def test_a_public_bodys_genitive_before_its_unit_is_that_unit(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    found = mentions_from_doc(nlp("Region Gotlands integrationsenhet och Norrby kommuns "
                                  "sociala förvaltning har beviljats medel av Region Västerbottens AU."))
    assert [(m.surface, m.org.name, m.unit) for m in found] == [
        ("Region Gotlands integrationsenhet", "Region Gotland", "Integrationsenhet"),
        ("Region Västerbottens AU", "Region Västerbotten", "AU")]


def test_a_capitalised_unit_after_a_public_bodys_genitive_is_that_unit(found):
    names = found("Projektet drivs i samverkan med Hylte kommuns Arbetsmarknadsenhet och Ekby IF.")
    assert canonical_of(names, "Hylte kommuns Arbetsmarknadsenhet") \
        == "Hylte kommun, Arbetsmarknadsenhet", names
    assert "Hylte kommuns" not in names, names
    names = found("Samverkansparter är Tjörns kommun och Region Hallands Regionkansliet.")
    assert canonical_of(names, "Region Hallands Regionkansliet") == "Region Halland, Regionkansliet", names


UNITS_BESIDE = [
    ("Samverkanspartners: Torsås kommun med Kulturförvaltningen, Miljöenheten och Kommunledningskontoret.",
     {"Kulturförvaltningen": "Torsås kommun, Kulturförvaltningen",
      "Miljöenheten": "Torsås kommun, Miljöenheten",
      "Kommunledningskontoret": "Torsås kommun, Kommunledningskontoret"}),
    ("Region Halland med Regionkontoret och Uppsala kommun deltar i projektet.",
     {"Regionkontoret": "Region Halland, Regionkontoret"}),
    ("Avdelningen för Social hållbarhet, Ljusdals kommun är projektägare.",
     {"Avdelningen för Social hållbarhet": "Ljusdals kommun, Avdelningen för Social hållbarhet"}),
]


@pytest.mark.parametrize("text, expected", UNITS_BESIDE)
def test_a_unit_belongs_to_the_body_beside_it(found, text, expected):
    bodies = found(text)
    for surface, canonical in expected.items():
        assert surface in bodies and bodies[surface][0] == canonical, bodies
        assert bodies[surface][1] in PARTICIPANTS, bodies


def test_a_contact_line_gives_its_unit_to_the_body_that_opens_it(found):
    bodies = found("Kontaktpersoner\n\nMörbylånga kommun: Eva Lund, Barn- och utbildningsförvaltningen\n\n"
                  "Borgholms kommun: Per Ek, Tekniska enheten")
    assert bodies["Barn- och utbildningsförvaltningen"][0] == \
        "Mörbylånga kommun, Barn- och utbildningsförvaltningen", bodies


@pytest.mark.parametrize("text", [
    "Projektet drivs av Socialförvaltningen, Region Gotland och Arbetsförmedlingen.",
    "Socialförvaltningen samarbetar med Region Gotland i projektet.",
    "Kontakt: Region Gotland, huvudkontoret i Visby.",
    # A project's own office, a local office: no unit of the body beside them.
    "Region Gotland med Projektkontoret och Arbetsförmedlingen deltar i projektet.",
    "Torsås kommun med Lokalkontoret samt Region Kalmar län deltar i projektet.",
])
def test_a_unit_without_its_body_beside_it_stays_out(found, text):
    bodies = found(text)
    assert not any(", " in canonical for canonical, _ in bodies.values()), bodies


def test_a_units_name_shares_its_last_part(found):
    bodies = found("Projektet drivs av Skol-, kultur- och fritidsförvaltningen i Falu kommun.")
    assert any(c == "Falu kommun, Skol-, kultur- och fritidsförvaltningen" for c, _ in bodies.values()), bodies


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


def test_a_bare_unit_word_before_a_region_is_no_unit(found):
    assert "Region Jämtland Härjedalen" in found("Han arbetar på enheten vid Region Jämtland Härjedalen sedan i fjol.")


@pytest.mark.parametrize("text, surface", [
    ("Lunds kommun har fått ansökan. Kultur- och fritidsnämnden beslutar att bevilja Föreningen Ekbacken 20 000 kronor.",
     "Kultur- och fritidsnämnden"),
    ("Region Gävleborg har fått ansökan. Det är regionutvecklingsnämnden som väntas fatta beslutet i maj.", "regionutvecklingsnämnden"),
    ("Region Örebro län utlyser medel. För 2021 beslutade regionala tillväxtnämnden att fördela pengarna annorlunda.",
     "regionala tillväxtnämnden"),
    ("Region Västerbotten utlyser medel. I november fattade Regionstyrelsen beslut om att utlysa tre miljoner kronor.", "Regionstyrelsen"),
])
def test_a_committee_named_bare_is_a_body_that_decides(found, text, surface):
    names = found(text)
    assert surface in names and names[surface][1] not in PARTICIPANTS, names


def test_a_bare_committee_is_the_committee_of_the_one_region_named(found):
    names = found("Region Norrbotten ordnar mötet. Det säger Eva Ek, ledamot av regionstyrelsen.")
    assert names["regionstyrelsen"][0] == "Region Norrbotten, Regionstyrelsen", names


@pytest.mark.parametrize("text, absent", [
    ("Pengarna har gått till stadsdelsnämnden Östra Berga.", "stadsdelsnämnden"),
    ("Föreningsstyrelsen beslutade att söka medel.", "Föreningsstyrelsen"),
    ("Socialförvaltningen deltar i projektet.", "Socialförvaltningen"),
])
def test_other_units_and_named_committees_are_no_bare_committee(found, text, absent):
    assert absent not in found(text), found(text)


def test_a_board_in_its_municipality_is_its_unit(found):
    names = found("Kommunstyrelsen i Sala har beslutat att medfinansiera projektet.")
    assert names["Kommunstyrelsen i Sala"][0] == "Sala kommun, Kommunstyrelsen", names


def test_an_office_in_its_municipality_is_its_unit(found):
    names = found("Det säger Eva Ek på Näringslivskontoret i Katrineholm.")
    assert names["Näringslivskontoret i Katrineholm"][0] == "Katrineholms kommun, Näringslivskontoret", names
    assert not found("Vi ses på projektkontoret i Sala.")


@pytest.mark.parametrize("text, surface, canonical, role", [
    ("Sävsjö kommun äger projektet Lyftet. Kommunstyrelsen anslår 400 000 kronor för i år.",
     "Kommunstyrelsen", "Sävsjö kommun, Kommunstyrelsen", "funder"),
    ("Region Örebro län stöttar kooperativ. Det beslutade regionala tillväxtnämnden i går.",
     "regionala tillväxtnämnden", "Region Örebro län, Regionala tillväxtnämnden", None),
    ("Vid sitt sammanträde beviljade regionstyrelsen medel till Region Värmlands projekt Bro.",
     "regionstyrelsen", "Region Värmland, Regionstyrelsen", None),
    ("Kommunstyrelsen i Lysekil har beslutat att medfinansiera projektet Flytbron.",
     "Kommunstyrelsen i Lysekil", "Lysekils kommun, Kommunstyrelsen", None),
    ("Göteborgs stad satsar. Mest pengar gick till stadsdelsnämnden Västra Lunden för projektet Bron.",
     "stadsdelsnämnden Västra Lunden", "Göteborgs Stad, Stadsdelsnämnden Västra Lunden", None),
])
def test_a_council_named_alone_is_a_unit_of_the_body_in_the_text(found, text, surface, canonical, role):
    names = found(text)
    assert canonical_of(names, surface) == canonical, names
    assert role is None or names[surface][1] == role, names


def test_a_region_committee_is_nearest_region_before_it(found):
    names = found("Region Kalmar län och Region Skåne samverkar. Region Skåne leder arbetet och "
                  "regionutvecklingsnämnden beslutar om pengarna i maj.")
    assert canonical_of(names, "regionutvecklingsnämnden") == "Region Skåne, Regionutvecklingsnämnden", names


@pytest.mark.parametrize("text, word", [
    ("Ett kommunfullmäktige hanterar mycket EU-lagstiftning, säger Umeå kommun.", "kommunfullmäktige"),
    ("Kommunstyrelsen beslutade i går att stödja föreningen.", "Kommunstyrelsen"),
    ("Umeå kommun deltar. Stadsdelsnämnden beslutade i går.", "Stadsdelsnämnden"),
])
def test_no_unit_without_its_body_or_of_any_council(found, text, word):
    assert word not in found(text), found(text)


@pytest.mark.parametrize("text, surface", [
    ("Under året har vi tillsammans med AF tagit fram en modell för praktikplatser i Storfors "
     "kommun.", "Storfors kommun"),
    ("Ekbyleden i Storfors kommun liksom tätorterna i Hagfors ingår ej i området.",
     "Storfors kommun"),
])
def test_a_municipality_where_something_happens_is_a_place(found, text, surface):
    assert surface not in found(text), found(text)


def test_a_council_named_alone_belongs_to_the_municipality_named_as_a_place(found):
    names = found("Beviljade projekt i Storfors kommun\n\nKommunstyrelsen beslutade i dag att "
                  "bevilja Ekby byalag 40 000 kronor till projektet Ekbybadet.")
    assert "Storfors kommun" not in names, names
    assert names.get("Kommunstyrelsen", ("",))[0].startswith("Storfors kommun"), names


def test_a_region_office_beside_its_region_keeps_its_part(found):
    names = found("Region Gävleborg med Regionkontoret och Umeå kommun deltar i projektet.")
    assert names["Regionkontoret"][1] in PARTICIPANTS, names


@pytest.mark.parametrize("text, surface, canonical", [
    ("Samarbetet sker med Jämtlands museum, Umeå konstmuseum och Lidköpings konsthall.",
     "Umeå konstmuseum", "Umeå konstmuseum"),
    ("Samarbetet sker med Jämtlands museum, Umeå konstmuseum och Lidköping konsthall.",
     "Jämtlands museum", "Jämtlands museum"),
    ("Projektmedel går till Kalmar läns museums arbete med fotografier.", "Kalmar läns museums",
     "Kalmar läns museum"),
    ("Teater Blekinge har startat ett samarbete med skolorna.", "Teater Blekinge", "Teater Blekinge"),
    ("Stöd får också Umeå stadsbibliotek för läsecirklar.", "Umeå stadsbibliotek",
     "Umeå kommun, Umeå stadsbibliotek"),
])
def test_a_museum_or_theatre_is_named_by_its_place_and_kind(found, text, surface, canonical):
    names = found(text)
    assert canonical_of(names, surface) == canonical, names


@pytest.mark.parametrize("text", [
    "Projektet vill bygga Sveriges största museum för gatukonst.",
    "Deltagarna gick på teater och museum i Umeå.",
])
def test_no_museum_without_a_place_before_it(found, text):
    assert not found(text), found(text)


def test_a_business_office_named_by_its_place_is_a_body(found):
    names = found("Projektet är ett samarbete mellan projektägaren Ekby Näringslivscentrum och Hylte kommun.")
    assert canonical_of(names, "Ekby Näringslivscentrum") == "Ekby Näringslivscentrum", names
    names = found("Enkäten gjordes i samarbete med projektledningen och Norrö Näringslivskontor.")
    assert canonical_of(names, "Norrö Näringslivskontor") == "Norrö Näringslivskontor", names
    names = found("Kommunens Näringslivskontor svarar på frågor om företagande.")
    assert not names, names
