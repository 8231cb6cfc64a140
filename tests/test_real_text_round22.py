"""The twenty-second round of rules, each on fictional sentences of its shape: organisations
found that were not found at all. A structural-fund partnership written with its region first,
with its region in lower case or misspelt is the partnership of that region."""

import pytest


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
    assert names.get(surface, (None,))[0] == canonical, names
    assert names[surface][1] not in ("owner", "partner"), names


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
    assert surface in names and names[surface][1] not in ("owner", "partner"), names


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


@pytest.mark.parametrize("text, name", [
    ("Handläggare från Arbetsförmedlingen, Försäkringskassan, Region Skåne och Norrstad arbetar ihop.",
     "Norrstad"),
    ("I samverkan med Lantbrukarnas Riksförbund, Vätgas Sverige, Metacon AB och H4O Agro.", "H4O Agro"),
])
def test_the_last_name_of_a_list_of_bodies_is_a_body(found, text, name):
    assert name in found(text), found(text)


@pytest.mark.parametrize("text, absent", [
    ("Region Skåne och Norrstad deltar i projektet.", "Norrstad"),  # no list of bodies
    ("Handläggare från Arbetsförmedlingen, Försäkringskassan, Region Skåne och ESF deltar.", "ESF"),
    ("Arbetsförmedlingen, Försäkringskassan, Region Skåne och Lund deltar.", "Lund"),  # a place
    ("Deltagarna rekryteras i samverkan mellan Sala kommun, Arbetsförmedlingen och Steg UT.", "Steg UT"),
])
def test_a_lone_word_after_one_body_a_fund_or_a_place_is_none(found, text, absent):
    assert absent not in found(text), found(text)


@pytest.mark.parametrize("text, name", [
    ("Bakom satsningen står Sparbanksstiftelsen Alby & Brunna och Sparbanksstiftelsen 1901.",
     "Sparbanksstiftelsen Alby & Brunna"),
    ("Bakom satsningen står Sparbanksstiftelsen Alby & Brunna och Sparbanksstiftelsen 1901.",
     "Sparbanksstiftelsen 1901"),
])
def test_a_savings_bank_foundation_is_a_funder(found, text, name):
    names = found(text)
    assert name in names and names[name][1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text, name", [
    ("Projektet drivs av: Ekbackens ideell förening\n\nBeskrivning av projektet", "Ekbackens ideell förening"),
    ("Projektnamn: Ån i byn Sökande: Bygdegårdsföreningen Norrby station Syfte: Projektet syftar till "
     "att visa byn.", "Bygdegårdsföreningen Norrby station"),
    ("- Mottagare: Lillö bygderåd i samverkan med aktörer på ön.", "Lillö bygderåd"),
])
def test_a_form_label_names_the_body_after_it_whole(found, text, name):
    names = found(text)
    assert name in names and names[name][1] in ("owner", "partner"), names


def test_a_one_word_name_going_on_in_lower_case_is_no_body(found):
    names = found("- Mottagare: Alby kungsgårds intresseförening i samverkan med aktörer i bygden.")
    assert "Alby" not in names, names


def test_an_office_in_its_municipality_is_its_unit(found):
    names = found("Det säger Eva Ek på Näringslivskontoret i Katrineholm.")
    assert names["Näringslivskontoret i Katrineholm"][0] == "Katrineholms kommun, Näringslivskontoret", names
    assert not found("Vi ses på projektkontoret i Sala.")


def test_a_name_ending_in_the_word_forening_is_a_body(found):
    assert "Solsken Frisbee Förening" in found("Solsken Frisbee Förening vill låta besökare testa frisbee.")


@pytest.mark.parametrize("text, surface, canonical", [
    ("Beviljat stöd: 500 000 kr\nLandsbygdsprogrammet: 300 000 kr\nAlby Älvdal LAG: 200 000 kr",
     "Alby Älvdal LAG", "Leader Alby Älvdal"),
    ("Två ansökningar om ändring har godkänts av LAG Grönskan i år.", "LAG Grönskan", "LAG Grönskan"),
])
def test_a_leader_group_named_by_its_lag(found, text, surface, canonical):
    names = found(text)
    assert names.get(surface, (None,))[0] == canonical, names
    assert names[surface][1] not in ("owner", "partner"), names


def test_the_word_lag_is_no_body(found):
    assert not found("Enligt lag ska kommunen göra det. Laget Norrby vann.")
