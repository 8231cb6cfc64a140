"""The nineteenth round of rules, each on fictional sentences of its shape: a unit named beside
its municipality or region belongs to it ("Parent med A, B och C", a contact line "Parent: Person,
Unit", "Unit, Parent är projektägare"), and a unit's name that shares its last part with the
words before it is read whole ("Kultur- och fritidsnämnden"); a kind word in lower case before a
name is no part of it ("den ideella föreningen Leader Nordkust" names Leader Nordkust); three or
more bodies a sentence lists with no cue take part, unless they follow a preposition, stand in
apposition to a plural noun or a dash, are the subject of a past verb or a photo caption's; a
national body is named "<field> Sverige" ("Avfall Sverige"), a place or preposition before
"Sverige" is none."""

import pytest

PARTICIPANTS = ("owner", "partner")


@pytest.fixture(scope="module")
def units(nlp):
    """text -> {surface: (canonical name, role)} of the units and bodies found in it."""
    from esfgraph.extract.partners.evaluate import predicted_orgs
    from esfgraph.extract.partners.mentions import mentions_from_doc
    return lambda text: {o["surface"]: (o["canonical"], o["role"])
                         for o in predicted_orgs(mentions_from_doc(nlp(text)))}


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
def test_a_unit_belongs_to_the_body_beside_it(units, text, expected):
    found = units(text)
    for surface, canonical in expected.items():
        assert surface in found and found[surface][0] == canonical, found
        assert found[surface][1] in PARTICIPANTS, found


def test_a_contact_line_gives_its_unit_to_the_body_that_opens_it(units):
    found = units("Kontaktpersoner\n\nMörbylånga kommun: Eva Lund, Barn- och utbildningsförvaltningen\n\n"
                  "Borgholms kommun: Per Ek, Tekniska enheten")
    assert found["Barn- och utbildningsförvaltningen"][0] == \
        "Mörbylånga kommun, Barn- och utbildningsförvaltningen", found


@pytest.mark.parametrize("text", [
    "Projektet drivs av Socialförvaltningen, Region Gotland och Arbetsförmedlingen.",
    "Socialförvaltningen samarbetar med Region Gotland i projektet.",
    "Kontakt: Region Gotland, huvudkontoret i Visby.",
    # A project's own office, a local office: no unit of the body beside them.
    "Region Gotland med Projektkontoret och Arbetsförmedlingen deltar i projektet.",
    "Torsås kommun med Lokalkontoret samt Region Kalmar län deltar i projektet.",
])
def test_a_unit_without_its_body_beside_it_stays_out(units, text):
    found = units(text)
    assert not any(", " in canonical for canonical, _ in found.values()), found


def test_a_units_name_shares_its_last_part(units):
    found = units("Projektet drivs av Skol-, kultur- och fritidsförvaltningen i Falu kommun.")
    assert any(c == "Falu kommun, Skol-, kultur- och fritidsförvaltningen" for c, _ in found.values()), found


@pytest.mark.parametrize("text, name", [
    ("Två år senare bildades den ideella föreningen Norrlandsrådet, som samlar länets kommuner.",
     "Norrlandsrådet"),
    ("Den ideella föreningen Leader Nordkust har under sex år varit en motor i bygden.", "Leader Nordkust"),
])
def test_a_lower_case_kind_word_before_a_name_is_no_part_of_it(units, text, name):
    found = units(text)
    assert name in found and not any(s.startswith("föreningen") for s in found), found


def test_a_capitalised_kind_word_opens_the_name(units):
    assert "Föreningen Norden" in units("Föreningen Norden driver projektet.")


UNCUED_LISTS = [
    "I Kustavtalet finns fyra parter: Region Halland, Falkenbergs kommun, Varbergs kommun och "
    "Halmstads kommun.",
    "Nätverket omfattar även Borås stad, Skövde kommun samt Lidköpings kommun.",
]


@pytest.mark.parametrize("text", UNCUED_LISTS)
def test_three_bodies_a_sentence_lists_take_part(roles, text):
    found = roles(text)
    assert len(found) >= 3 and all(r == "partner" for r in found.values()), found


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
    found = roles(text)
    assert found and not any(r in PARTICIPANTS for r in found.values()), found


def test_a_national_body_named_field_and_sverige(units):
    found = units("Projektet genomförs i samverkan med Vätgas Sverige och Lokal Utveckling Sverige.")
    assert "Vätgas Sverige" in found and "Lokal Utveckling Sverige" in found, found


@pytest.mark.parametrize("text", ["I Sverige samarbetade vi med många.",
                                  "Interreg Sverige-Norge har beviljat stöd till projektet.",
                                  "Från Sverige deltar många skolor.",
                                  "Projektet är störst i Mitt Sverige just nu."])
def test_a_place_before_sverige_is_no_body(units, text):
    assert not any(s.endswith("Sverige") for s in units(text)), units(text)
