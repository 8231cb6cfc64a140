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


def _roles(nlp, text: str) -> dict[str, str]:
    from esfgraph.extract.partners.mentions import mentions_from_doc
    return {m.surface: m.role for m in mentions_from_doc(nlp(text))}


@pytest.mark.parametrize("text, expected", CO_FINANCING)
def test_co_financing_phrases(nlp, text, expected):
    found = _roles(nlp, text)
    assert {k: found.get(k) for k in expected} == expected, found
