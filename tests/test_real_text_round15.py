"""The fifteenth round of rules, each on fictional sentences of its shape: co-financing phrases
whose bodies take part ("Övriga medel kommer från A", "finansieras även av A", "Medfinansiering
av A: 500 000 kronor"), known bodies in the form "i Place" (Science Park, Coompanion), and bodies
of the neighbouring countries in the gazetteer."""

import pytest

CO_FINANCING = [
    # Other money than the grant: its sources take part.
    ("Projektet Ny led ska bygga en cykelled längs älven. Övriga medel kommer från "
     "Stiftelsen Norrskog, Skellefteå kommun och Piteå kommun.",
     {"Stiftelsen Norrskog": "partner", "Skellefteå kommun": "partner", "Piteå kommun": "partner"}),
    ("Projektet Nya spår finansieras även av Arjeplogs kommun samt Region Norrbotten.",
     {"Arjeplogs kommun": "partner", "Region Norrbotten": "partner"}),
    # A line of an application: "Medfinansiering av A: amount", the word misspelt or not.
    ("Sökande: Region Jämtland Härjedalen\nMedfinansiering av Region Västernorrland: 500 000 kronor\n"
     "Medfinansering av Region Gävleborg: 400 000 kronor\n",
     {"Region Jämtland Härjedalen": "owner", "Region Västernorrland": "partner",
      "Region Gävleborg": "partner"}),
    ("Sökt belopp: 2 000 000 kronor\n(övrig medfinansering från Mittuniversitetet och Örebro universitet)\n",
     {"Mittuniversitetet": "partner", "Örebro universitet": "partner"}),
    # A grantor stays a grantor, even named among the other money.
    ("Projektet Nya spår finansieras även av Tillväxtverket.", {"Tillväxtverket": "funder"}),
]



@pytest.mark.parametrize("text, expected", CO_FINANCING)
def test_co_financing_phrases(roles, text, expected):
    found = roles(text)
    assert {k: found.get(k) for k in expected} == expected, found


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
    assert all(found[n] in ("owner", "partner") for n in names), found
    assert "Coompanion" not in found, found


def test_an_office_name_is_not_cut_from_a_longer_name_and_loses_its_genitive(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = ("I projektet ingår Norrby Science Park i Umeå och Science Park Gotland. "
            "Science Park Gotlands verksamhet växer.")
    found = {m.surface: m.org.name for m in mentions_from_doc(nlp(text)) if m.org}
    assert "Science Park i Umeå" not in found, found
    assert found.get("Science Park Gotlands") in (None, "Science Park Gotland"), found


def test_danish_regions_and_national_business_bodies_are_known(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = ("Region Skåne är projektägare. Övriga partners är Region Syddanmark, Region Själland, "
            "Region Hovedstaden, Business Sweden och Enterprise Europe Network.")
    found = {m.org.name: m.role for m in mentions_from_doc(nlp(text)) if m.org}
    assert {k: found.get(k) for k in ("Region Syddanmark", "Region Sjælland", "Region Hovedstaden",
                                      "Business Sweden", "Enterprise Europe Network")} == dict.fromkeys(
        ("Region Syddanmark", "Region Sjælland", "Region Hovedstaden", "Business Sweden",
         "Enterprise Europe Network"), "partner"), found


def test_a_neighbouring_country_after_a_body_is_no_body(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = "Projektet Bro.\n • Projektägare: Region Midtjylland, Danmark\n • Projekttid: 2016–2018\n"
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text))}
    assert found.get("Region Midtjylland") == "owner" and "Danmark" not in found, found


def test_premises_of_a_science_park_are_a_place(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = "Mötena hålls i lokalerna på Science Park i Umeå. Vi på Science Park i Luleå driver projektet."
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text))}
    assert "Science Park i Umeå" not in found and found.get("Science Park i Luleå") == "owner", found
