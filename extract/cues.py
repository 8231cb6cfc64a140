"""Swedish cue phrases that tell an organisation's role in a project description.

Kinds: PARTNER (cue before the names: "tillsammans med A och B"), PARTNER_RIGHT (after them:
"A och B deltar"), PARTNER_BOTH (either side), FUNDER, OWNER, NEG (the names are cited, past,
or explicitly not taking part). Matched case-insensitively on whole tokens.
"""

from __future__ import annotations

__all__ = ["CUES", "FUNDER_ORGS", "LIST_WORDS", "PLACE_PREPOSITIONS"]

CUES: dict[str, list[str]] = {
    "PARTNER": [
        "tillsammans med", "i samverkan med", "i nära samverkan med", "samverkar med",
        "samverkar tillsammans med", "i samarbete med", "i nära samarbete med", "samarbetar med",
        "samarbete med", "samverkan med", "samverkansparter", "samverkansparterna",
        "samverkanspartner", "samverkanspartners", "samverkansaktörer", "samarbetspartners",
        "samarbetspartner", "samarbetsparter", "projektpartners", "projektpartner", "projektparter",
        "partners är", "partner är", "parter är", "parterna är", "medverkande parter",
        "medverkande organisationer", "deltagande organisationer", "genomförs av", "drivs av",
        "drivs gemensamt av", "genomförs gemensamt av", "genomförs i samverkan mellan",
        "samverkan mellan", "samarbete mellan", "ett samarbete mellan", "bli en del av",
        "kommer att ingå", "ingår i projektet", "medaktörer", "involverar", "involveras",
        "engagerar", "medverkan från", "medverkan av", "deltagande från", "stöttas av",
        "avsiktsförklaring", "styrgrupp", "styrgruppen", "referensgrupp", "referensgruppen",
        "i partnerskap med", "partnerskap med", "partnerskapet", "konsortium", "konsortiet",
        "delprojektägare", "medsökande", "samordnas tillsammans med",
    ],
    "PARTNER_RIGHT": [
        "deltar", "deltar i projektet", "medverkar", "ingår", "bidrar", "bidrar med",
        "samverkar", "samarbetar", "är partner", "är partners", "är samverkanspart",
        "är samverkansparter", "kommer att delta", "kommer att medverka", "ska delta",
        "ska medverka", "är med", "har tackat ja", "har skrivit under", "är delprojektägare",
        "är medsökande", "deltar aktivt",
    ],
    "PARTNER_BOTH": ["partner", "partners", "samverkanspart"],
    "FUNDER": [
        "stöd från", "med stöd av", "finansiering från", "medfinansiering från", "medfinansieras av",
        "finansieras av", "finansieras med", "medfinansierat av", "finansierat av", "medel från",
        "bidrag från", "beviljats av", "beviljat av", "medfinansiär", "medfinansiärer",
        "finansiär", "finansiärer", "finansierar", "medfinansierar", "ESF-stöd", "anslag från",
        "beviljade medel", "stöd ur", "med medel ur", "offentlig medfinansiering",
        "medfinansieras med", "står för medfinansieringen", "bidrar med medfinansiering",
    ],
    "OWNER": [
        "projektägare", "projektägaren", "som projektägare", "i egenskap av projektägare",
        "är projektägare", "äger projektet", "vi på", "vi inom", "vi i", "hos oss på",
        "ansvarar för projektet", "leder projektet", "projektet drivs av oss",
    ],
    "NEG": [
        "enligt", "statistik", "statistiken", "prognos", "prognoser", "rapport", "rapporten",
        "tidigare", "inte", "ej", "aldrig", "utan", "dialog med", "i dialog med", "inspiration från",
        "erfarenheter från", "lärdomar från", "visar", "konstaterar", "förstudie", "förstudien",
        "riktlinjer", "föreskrifter", "regelverk", "uppdrag från", "på uppdrag av",
        "har publicerat", "har tagit fram", "tog fram", "tidigare projekt", "avslutade",
        "avslutat", "ersätter", "söka samarbete", "undersöka", "kontakter med",
        "kontakt med", "hänvisas", "skickas vidare", "uppgifter från", "siffror från",
        "data från", "källa", "ansökt hos", "har inte möjlighet", "avböjt", "tackat nej",
    ],
}

# Bodies that fund ESF projects: never partners, funders when the sentence says so.
FUNDER_ORGS = frozenset({"Svenska ESF-rådet", "Tillväxtverket", "Europeiska kommissionen"})

# Tokens that may stand between coordinated names ("A, B och C", "A samt B", bullet lines).
LIST_WORDS = frozenset({",", "och", "samt", "eller", ";", "&", "/", "-", "–", "•", "*", "·",
                        "liksom", "respektive", "även", "plus", ":"})

# Prepositions that make a name a location ("placering på X", "i X") unless a cue says more.
PLACE_PREPOSITIONS = frozenset({"i", "på", "vid", "hos", "från", "till", "inom", "utanför"})
