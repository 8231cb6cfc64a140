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


@pytest.mark.parametrize("text, name", [
    ("Två år senare bildades den ideella föreningen Norrlandsrådet, som samlar länets kommuner.",
     "Norrlandsrådet"),
    ("Den ideella föreningen Leader Nordkust har under sex år varit en motor i bygden.", "Leader Nordkust"),
])
def test_a_lower_case_kind_word_before_a_name_is_no_part_of_it(found, text, name):
    bodies = found(text)
    assert name in bodies and not any(s.startswith("föreningen") for s in bodies), bodies


def test_a_capitalised_kind_word_opens_the_name(found):
    assert "Föreningen Norden" in found("Föreningen Norden driver projektet.")


UNCUED_LISTS = [
    "I Kustavtalet finns fyra parter: Region Halland, Falkenbergs kommun, Varbergs kommun och "
    "Halmstads kommun.",
    "Nätverket omfattar även Borås stad, Skövde kommun samt Lidköpings kommun.",
]


@pytest.mark.parametrize("text", UNCUED_LISTS)
def test_three_bodies_a_sentence_lists_take_part(roles, text):
    bodies = roles(text)
    assert len(bodies) >= 3 and all(r == "partner" for r in bodies.values()), bodies


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
    bodies = roles(text)
    assert bodies and not any(r in PARTICIPANTS for r in bodies.values()), bodies


def test_a_national_body_named_field_and_sverige(found):
    bodies = found("Projektet genomförs i samverkan med Vätgas Sverige och Lokal Utveckling Sverige.")
    assert "Vätgas Sverige" in bodies and "Lokal Utveckling Sverige" in bodies, bodies


@pytest.mark.parametrize("text", ["I Sverige samarbetade vi med många.",
                                  "Interreg Sverige-Norge har beviljat stöd till projektet.",
                                  "Från Sverige deltar många skolor.",
                                  "Projektet är störst i Mitt Sverige just nu."])
def test_a_place_before_sverige_is_no_body(found, text):
    assert not any(s.endswith("Sverige") for s in found(text)), found(text)
