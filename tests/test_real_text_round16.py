"""The sixteenth round of rules, each on fictional sentences of its shape: company names with
lower-case words, "och" or "i" before "AB" ("Nordby näringsliv AB", "Snickeri och möbelcollege
i Härnösand AB")."""

import pytest

LOWER_COMPANIES = [
    ("Nordby näringsliv AB beviljades 300 000 kronor för en förstudie om en ny hubb.",
     {"Nordby näringsliv AB": "owner"}),
    ("Fossilfri fjällväg, med Fjällvind öst AB som ägare, får 4 miljoner kronor.",
     {"Fjällvind öst AB": "owner"}),
    ("Bland projekten finns Lokal kraft, som genomförs av Snickeri och möbelcollege i Härnösand AB.",
     {"Snickeri och möbelcollege i Härnösand AB": "partner"}),
    ("Projektet genomförs i samverkan med Lantbrukarnas Riksförbund, Norrsken konsult AB och Metgas AB.",
     {"Norrsken konsult AB": "partner", "Metgas AB": "partner"}),
]


@pytest.mark.parametrize("text, expected", LOWER_COMPANIES)
def test_company_names_with_lower_case_words(roles, text, expected):
    found = roles(text)
    assert {k: found.get(k) for k in expected} == expected, found


NOT_ONE_COMPANY = [
    # A verb, a definite noun or a body before the company is no word of its name.
    ("Region Norrby samverkar Umeå Energi AB kring laddplatser.", "Norrby samverkar Umeå Energi AB"),
    ("Projektet drivs av bolaget Norrby Energi AB.", "bolaget Norrby Energi AB"),
    ("Region Norrby och Skellefteå kraft AB driver projektet.", "Region Norrby och Skellefteå kraft AB"),
]


@pytest.mark.parametrize("text, wrong", NOT_ONE_COMPANY)
def test_lower_case_company_names_stop_at_other_words(roles, text, wrong):
    found = roles(text)
    assert wrong not in found and not any(wrong in k for k in found), found


OWNER_VERBS = [
    # An applicant named before "ansöker i projekt": the owner, though the text is about the grantor.
    ("Handläggningen tar tid hos Jordbruksverket, dit ansökan skickas från leaderkontoret. Här följer "
     "årets sista ärende:\n\nFöreningen Levande Norrfors ansöker i projekt Nya stigar om projektstöd "
     "från Landsbygdsfonden. Projektet är ett genomförandeprojekt som bedöms allmännyttigt.",
     {"Föreningen Levande Norrfors": "owner"}),
    # "Förstudien görs av A": the study's doer owns it; an assessment's doer does not.
    ("Kommunen vill anlägga nya spår. Förstudien görs av Jämtlands skidförbund.",
     {"Jämtlands skidförbund": "owner"}),
    ("Bedömningen görs av Tillväxtverket.", {"Tillväxtverket": "mentioned"}),
]


@pytest.mark.parametrize("text, expected", OWNER_VERBS)
def test_owner_verbs(roles, text, expected):
    found = roles(text)
    assert {k: found.get(k) for k in expected} == expected, found
