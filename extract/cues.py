"""Swedish cue phrases that tell an organisation's role in a project description.

Kinds: PARTNER (cue before the names: "tillsammans med A och B"), PARTNER_RIGHT (after them:
"A och B deltar"; also before them in Swedish inverted order, "I projektet deltar även A"),
PARTNER_BOTH (either side), FUNDER (before: "stöd från A"), FUNDER_RIGHT (after: "A
finansierar"), FUNDER_BOTH, OWNER, NEG (the names are cited, past, or explicitly not taking
part). Matched case-insensitively on whole tokens.
"""

from __future__ import annotations

__all__ = ["CUES", "FUNDER_ORGS", "LIST_WORDS", "PLACE_PREPOSITIONS", "INVERSION_WORDS",
           "WITH_VERBS", "SELF_CUES"]

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
        "delprojektägare", "medsökande", "samordnas tillsammans med", "avsiktsförklaringar",
        "deltagande företag", "deltagande arbetsgivare", "medverkande företag",
        "medverkande arbetsgivare", "deltagande parter", "deltagande aktörer", "projektgruppen",
        "projektgrupp", "branschrådet",
    ],
    "PARTNER_RIGHT": [
        "deltar", "deltar i projektet", "medverkar", "ingår", "bidrar", "bidrar med",
        "samverkar", "samarbetar", "är partner", "är partners", "är samverkanspart",
        "är samverkansparter", "kommer att delta", "kommer att medverka", "ska delta",
        "ska medverka", "är med", "har tackat ja", "har skrivit under", "är delprojektägare",
        "är medsökande", "deltar aktivt", "att delta", "att medverka", "att ingå", "ansvarar för",
        "sitt deltagande", "sitt fortsatta deltagande", "finns representerade",
        "är representerade",
    ],
    "PARTNER_BOTH": ["partner", "partners", "samverkanspart"],
    "FUNDER": [
        "stöd från", "med stöd av", "finansiering från", "medfinansiering från",
        "medfinansieras av", "finansieras av", "finansieras med", "medfinansierat av",
        "finansierat av", "medel från", "bidrag från", "beviljats av", "beviljat av",
        "anslag från", "stöd ur", "med medel ur", "medfinansieras med",
    ],
    "FUNDER_RIGHT": [
        "finansierar", "medfinansierar", "står för medfinansieringen", "bidrar med medfinansiering",
        "beviljade medel",
    ],
    "FUNDER_BOTH": [
        "medfinansiär", "medfinansiärer", "finansiär", "finansiärer", "ESF-stöd",
        "offentlig medfinansiering", "medfinansiering", "medfinansieringen",
    ],
    "OWNER": [
        "projektägare", "projektägaren", "som projektägare", "i egenskap av projektägare",
        "är projektägare", "äger projektet", "vi på", "vi inom", "vi i", "hos oss på",
        "ansvarar för projektet", "leder projektet", "projektet drivs av oss", "ägs av", "leds av",
        "driver projektet",
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
        "erfarenheterna från", "avslutades", "ansvarar för sina", "ansvarar för sitt",
        "ansvarar för sin",
    ],
}

# Bodies that fund ESF projects: never partners, funders when the sentence says so.
FUNDER_ORGS = frozenset({"Svenska ESF-rådet", "Tillväxtverket", "Europeiska kommissionen"})

# Tokens that may stand between coordinated names ("A, B och C", "A samt B", bullet lines).
LIST_WORDS = frozenset({",", "och", "samt", "eller", ";", "&", "/", "-", "–", "•", "*", "·",
                        "liksom", "respektive", "även", "plus", ":"})

# Prepositions that make a name a location ("placering på X", "i X") unless a cue says more.
PLACE_PREPOSITIONS = frozenset({"i", "på", "vid", "hos", "från", "till", "inom", "utanför"})

# Words that may stand between a verb and its subject in inverted order ("I projektet ingår även
# A", "Tre folkhögskolor medverkar: A, B och C"): with only these between, a PARTNER_RIGHT verb
# on the left of the names is theirs.
INVERSION_WORDS = frozenset({"även", "också", "dessutom", "därtill", "likaså", "nu", ":"})

# Verbs whose partner comes after "med" ("samverkar vi i stället med A").
WITH_VERBS = frozenset({"samverkar", "samarbetar"})

# Owner cues in the first person: they name the owner only directly before its name.
SELF_CUES = frozenset({"vi på", "vi inom", "vi i", "hos oss på"})
