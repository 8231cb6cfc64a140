"""Swedish cue phrases that tell an organisation's role in a project description.

Kinds: PARTNER (cue before the names: "tillsammans med A och B"), PARTNER_RIGHT (after them:
"A och B deltar"; also before them in Swedish inverted order, "I projektet deltar även A"),
PARTNER_BOTH (either side), FUNDER (before: "stöd från A"), FUNDER_RIGHT (after: "A
finansierar"), FUNDER_BOTH, CO_FINANCING (before: "övriga medel kommer från A"), OWNER, OWNER_LEFT and OWNER_RIGHT (owner cues of one side only,
right beside the names: "ansökan från A", "A har sökt medel"), NEG (the names are cited, past,
or explicitly not taking part), PAST (a past-tense verb of running or taking part: "drev",
"deltog"; the sentence tells of an earlier project), CONTRIBUTES and GENITIVE (partner cues after
the names only in a sentence about the project, or right after a genitive name; see
cue_reach.project_contributions). Matched case-insensitively on whole tokens.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Cue", "Reading", "CUES", "FUNDER_ORGS", "GRANTOR_PREFIXES", "grants", "LIST_WORDS", "PLACE_PREPOSITIONS", "INVERSION_WORDS",
           "WITH_VERBS", "SELF_CUES", "PAST_OWNER_VERBS", "INVERTED_OWNER_VERBS", "PROJECT_WORDS", "STAFF_NOUNS",
           "CO_AGENT_CUES", "CLAUSE_TURNS", "PROJECT_ANCHORS", "RELATIVE_CLAUSE_CUES", "REFUSALS"]


class Cue(NamedTuple):
    """A cue phrase found in a Doc: its token offsets and its kind (a key of CUES)."""

    start: int
    end: int
    kind: str


class Reading(NamedTuple):
    """What the rules read of a group of names: role, the cue text that decided it, confidence."""

    role: str
    cue: str | None
    confidence: float


def _inflected(stems: tuple[str, ...]) -> list[str]:
    """Return the singular, plural and definite forms of role nouns ("samverkanspart" ->
    "samverkansparten", "samverkansparter", "samverkansparterna"; "partner" -> "partnern",
    "partners", "partnerna"). Writers use every form, so every form is a cue."""
    out = []
    for stem in stems:
        if stem.endswith("part"):
            out += [stem, stem + "en", stem + "er", stem + "erna"]
        elif stem.endswith("partner"):
            out += [stem, stem + "n", stem + "s", stem + "na"]
        elif stem.endswith("aktör"):
            out += [stem, stem + "en", stem + "er", stem + "erna"]
        else:  # "medsökande", "delprojektägare": one form, definite in -n
            out += [stem, stem + "n"]
    return out


# Nouns that name a body's part in the project, before or after its name ("Samverkansparter
# är A och B", "A och B är samarbetspartners i projektet", "med B som samverkanspart").
_ROLE_NOUNS = _inflected((
    "samverkanspart", "samverkanspartner", "samarbetspart", "samarbetspartner", "projektpart",
    "projektpartner", "partner", "medaktör", "samverkansaktör", "delprojektägare", "medsökande",
    "delsökande",
))
# The project's own bodies of governance: sitting in one is taking part ("I referensgruppen
# ingår A"; after the names only with "i": "A sitter i styrgruppen", not "A informeras via
# styrgruppen").
_GROUPS = ["styrgrupp", "referensgrupp", "projektgrupp", "branschråd", "partnerskap"]
# "styrgrupp", "styrgruppen", "projektets styrgrupp"; "branschråd", "branschrådet", ...
_GROUP_NOUNS = [f"{form}{g}{end}" for g in _GROUPS for form in ("", "projektets ")
                for end in ("", "et" if g.endswith(("råd", "skap")) else "en")
                if not (form and end)] + ["konsortium", "konsortiet"]
# "Deltagande kommuner är A och B", "Medverkande folkhögskolor: A, B", "De deltagande kommunerna A, B".
_TAKING_PART = [f"{adjective} {noun}" for adjective in ("deltagande", "medverkande", "ingående")
                for noun in ("kommuner", "organisationer", "aktörer", "parter", "myndigheter",
                             "regioner", "folkhögskolor", "lärosäten", "föreningar", "företag",
                             "arbetsgivare", "studieförbund", "samordningsförbund", "kommunerna",
                             "regionerna", "organisationerna", "parterna", "aktörerna")]

# "De parter som avser att samverka är A och B", "Kommuner som ingår i projektet är A, B".
_WHO_TAKE_PART = [f"{noun} som {verb}{where} är"
                  for noun in ("parter", "parterna", "kommuner", "kommunerna", "aktörer",
                               "aktörerna", "organisationer", "organisationerna")
                  for verb in ("ingår", "deltar", "medverkar", "samverkar", "ska samverka",
                               "avser att samverka", "kommer att samverka", "ska delta",
                               "avser att delta", "kommer att delta", "ska ingå")
                  for where in ("", " i projektet")]
# "Samverkan sker med A", "Samarbetet kommer att ske med A".
_HAPPENS_WITH = [f"{noun} {verb}{adverb} med" for noun in ("samverkan", "samarbete", "samarbetet")
                 for verb in ("sker", "ska ske", "kommer att ske", "sker också", "sker även")
                 for adverb in ("", " främst", " bland annat", " framför allt", " i första hand")]
# "Samarbetet omfattar A, B och C", "ett gemensamt projekt för A och B".
_SHARED = [f"{noun} {verb}" for noun in ("samarbetet", "samverkan", "partnerskapet")
           for verb in ("omfattar", "inkluderar", "innefattar")] + [
    f"{art}gemensamt projekt {prep}" for art in ("", "ett ") for prep in ("för", "mellan")]
# "projektledare på A", "projektkoordinator, A": A runs it; "delprojektledare på A": A takes part.
_LEADERS = ("projektledare", "projektledaren", "projektledarna", "huvudprojektledare", "projektsamordnare",
            "projektsamordnaren", "projektkoordinator", "projektkoordinatorn")
_AT = ("på", "vid", "hos", "från", ",")  # ("projektledare för A:s del": A takes part)
_DEL_LEAD = [f"delprojektledare {w}" for w in _AT] + [f"{t} för" for t in ("delprojektledare", *_LEADERS)]
# Refusals: a body that declines takes no part, wherever the refusal stands in its sentence.
_REFUSALS = ["avböjt", "avböjde", "tackat nej", "tackade nej", "avstått", "avstår",
             "dragit sig ur", "drog sig ur", "valt att avstå"]

CUES: dict[str, list[str]] = {
    "PARTNER": [
        "tillsammans med", "i samverkan med", "i nära samverkan med", "samverkar med",
        "samverkar tillsammans med", "i samarbete med", "i nära samarbete med", "samarbetar med",
        "samarbete med", "samverkan med", "partners är", "partner är", "parter är", "parterna är",
        "övriga parter", "genomförs av", "drivs av", "drivas av", "drivs gemensamt av",
        "genomförs gemensamt av", "genomförs i samverkan mellan", "samverkan mellan",
        "samarbete mellan", "ett samarbete mellan", "partnerskap mellan", "bli en del av",
        "kommer att ingå", "ingår i projektet", "involverar", "involveras", "engagerar",
        "medverkan från", "medverkan av", "deltagande från", "stöttas av", "avsiktsförklaring",
        "avsiktsförklaringar", "i partnerskap med", "partnerskap med", "partnerskapet utgörs av",
        "partnerskap utgörs av", "partnerskapet består av", "partnerskap består av",
        "bakom projektet står", "bakom satsningen står", "samordnas tillsammans med",
        "med i projektet", "med i partnerskapet", "samverka med", "samarbeta med",
        "samverka tillsammans med", "involvera", "att involvera", "samverkansprojekt mellan",
        "samarbetsprojekt mellan", "ett samverkansprojekt mellan", "insatser från",
        "bakom ansökan står", "bakom den här ansökan står", "bakom denna ansökan står",
        *(f"{g} består av representanter {p}" for g in _GROUP_NOUNS if g.endswith(("en", "et"))
          for p in ("från", "för")), "samverkande aktörer", "samverkande aktörer är", "samverkande aktörer har varit",
        "samarbetspartner och finansiär", "samarbetspartners och finansiärer",
        "parterna som står bakom projektet", "parterna bakom projektet",
        *_GROUP_NOUNS, *_TAKING_PART, *_WHO_TAKE_PART, *_HAPPENS_WITH, *_SHARED,
    ],
    "PARTNER_RIGHT": [
        "deltar", "deltar i projektet", "medverkar", "ingår", "bidrar", "bidrar med",
        "samverkar", "samarbetar", "kommer att delta", "kommer att medverka",
        "ska delta", "ska medverka", "är med", "har tackat ja", "har skrivit under",
        "deltar aktivt", "att delta", "att medverka", "att ingå", "ansvarar för",
        "sitt deltagande", "sitt fortsatta deltagande", "finns representerade",
        "är representerade", "står bakom projektet", "står bakom satsningen",
        "utgör partnerskapet", "utgör projektets partnerskap", "har utsett en kontaktperson",
        "har utsett kontaktpersoner", "utsett kontaktpersoner", "har avsatt personal",
        "har anslutit sig", "ansluter sig",
        *(f"{verb} {word}" for verb in ("har gått", "går", "gick") for word in ("ihop", "samman")),
        "har slagit sig samman", "slår sig samman", "slog sig samman", "vara med i projektet", "står bakom", "stod bakom",
        "som aktörer", "som parter", "som samverkansparter", "var med i ansökan",
        "var med i projektansökan",
        *(f"{verb} {letter}" for verb in ("har tecknat", "har undertecknat", "har lämnat",
                                          "har skrivit under", "tecknar", "undertecknar")
          for letter in ("en avsiktsförklaring", "avsiktsförklaringar", "avsiktsförklaringen")),
        *(f"{adjective} i projektet" for adjective in (
            "engagerad", "engagerade", "engagerat", "involverad", "involverade", "delaktig",
            "delaktiga")),
        *(f"i {g}" for g in _GROUP_NOUNS if g.endswith(("en", "et")) or " " in g),
    ],
    # Verbs of contributing: a partner's cue after its names only in a sentence about the
    # project ("A erbjuder rådgivning till de deltagande företagen"), not in background ("A
    # erbjuder arbetsmarknadsutbildningar inom bristyrken"). esf_roles makes them PARTNER_RIGHT.
    "CONTRIBUTES": ["erbjuder", "tillhandahåller", "bistår", "tar emot"],
    # A noun of taking part right after a genitive name: "Vilhelmina kommuns medverkan säkras
    # genom en avsiktsförklaring". esf_roles makes it PARTNER_RIGHT there and nowhere else.
    "GENITIVE": ["medverkan", "deltagande", "fortsatta deltagande", "fortsatta medverkan"],
    # Cues that name partners only right before them: "ett projekt med A, B och C".
    "PARTNER_NEXT": ["projekt med", "samverkansprojekt med", "samarbetsprojekt med",
                     "ett projekt med", "ett samverkansprojekt med", "ett samarbetsprojekt med", *_DEL_LEAD],
    "PARTNER_BOTH": _ROLE_NOUNS + ["parter i projektet", "parterna i projektet",
                                   "part i projektet"],
    "FUNDER": [
        "stöd från", "med stöd av", "finansiering från", "medfinansiering från",
        "medfinansieras av", "finansieras av", "finansieras med", "medfinansierat av",
        "finansierat av", "medel från", "bidrag från", "beviljats av", "beviljat av",
        "anslag från", "stöd ur", "med medel ur", "medfinansieras med", "finansieras genom",
        "medfinansieras genom", "finansierat genom", "medel ur",
    ],
    "FUNDER_RIGHT": [
        "finansierar", "medfinansierar", "medfinansiera", "står för medfinansieringen", "bidrar med medfinansiering",
        "beviljade medel", "har beviljat medel", "står för finansieringen",
    ],
    # Co-financing before the names: money besides the grant, whose sources take part
    # ("Övriga medel kommer från A", "finansieras även av A", "Medfinansiering av A: 500 000 kr").
    "CO_FINANCING": [*(f"{w} {p}" for w in ("medfinansiering", "medfinansering", "övrig medfinansiering",
                                            "övrig medfinansering") for p in ("av", "från")),
                     "övriga medel kommer från", "övriga medel från", "finansieras även av",
                     "finansieras också av", "medfinansieras även av", "medfinansieras också av"],
    "FUNDER_BOTH": [
        "medfinansiär", "medfinansiären", "medfinansiärer", "medfinansiärerna", "finansiär",
        "finansiären", "finansiärer", "finansiärerna", "ESF-stöd", "offentlig medfinansiering",
        "medfinansiering", "medfinansieringen",
    ],
    "OWNER": [
        "projektägare", "projektägaren", "som projektägare", "i egenskap av projektägare",
        "är projektägare", "äger projektet", "vi på", "vi inom", "vi i", "hos oss på",
        "ansvarar för projektet", "leder projektet", "projektet drivs av oss", "ägs av", "leds av",
        "driver projektet", "huvudman för projektet", "huvudman för satsningen",
        "projektets huvudman", "huvudman är", "huvudmannen är", "som huvudman", "i regi av",
        "ägs och drivs av", "ägs och leds av", "ansvarig för projektet", "stödmottagare",
        "stödmottagaren", "som stödmottagare", "projektansvarig organisation", "fördelats till",
        "fördelas till", "har beviljats till", "huvudsökande", "huvudsökande är", "sökande är",
        "sökande :", "sökande organisation", "projektägare / sökande", "initierar", "initierade",
        "har initierat", "initierades av", "tog initiativ till", "tar initiativ till",
        "har tagit initiativ till",
    ],
    # Owner cues on one side only, right beside the names. Before them: "Ansvarig organisation:
    # A", "ansökan från A", "projektet samordnas av A" ("A har skrivit under ansökan från B"
    # names B). After them: "A har sökt medel" ("sökt medel hos B" names the grantor).
    "OWNER_LEFT": [
        *(f"{title} {word}" for title in _LEADERS for word in _AT),
        "ansvarig organisation", "ansvarig organisation är", "projektägande organisation",
        "projektägande organisation är", "projektet samordnas av", "projektet koordineras av",
        "satsningen samordnas av", "satsningen koordineras av", "lämnades in av",
        "ansökan från", "ansökan kommer från", "ansökningen från", "initiativ från",
        "initiativ av", "på initiativ av", "på initiativ från", "sökande organisation är",
        "projektets ägare", "projektets ägare är", "project owner", "lead partner",
        "initiativtagare är", "initiativtagaren är", "initiativtagare :",
        *(f"{what} gjordes {how}av" for what in ("ansökan", "ansökningen", "ansökningarna")
          for how in ("", "separat ", "gemensamt ")),
        *(f"{what} {verb} av" for what in ("projektet", "förstudien", "satsningen")
          for verb in ("görs", "utförs")),  # "Förstudien görs av A"
    ],
    "OWNER_RIGHT": [
        *(f"{verb} {what}" for verb in ("har sökt", "sökt", "söker", "sökte", "har ansökt om",
                                        "ansöker om", "ansökte om")
          for what in ("medel", "pengar", "stöd", "projektmedel", "bidrag", "finansiering")),
        "ska driva", "kommer att driva",  # "projektet som A ska driva"
        "har lämnat in en ansökan", "lämnar in en ansökan", "lämnade in en ansökan",
        "har lämnat in ansökan", "står som sökande", "är sökande", "står som projektägare",
        "samordnar projektet", "koordinerar projektet", "är ägare till projektet",
        "är ägare av projektet", "är projektets ägare",
        *(f"{verb} i {what}" for verb in ("ansöker", "söker") for what in ("projekt", "projektet")),
    ],
    "NEG": [
        "enligt", "statistik", "statistiken", "prognos", "prognoser", "rapport", "rapporten",
        "tidigare", "inte", "ej", "aldrig", "utan", "varken", "dialog med", "i dialog med",
        "inspiration från", "erfarenheter från", "lärdomar från", "visar", "konstaterar",
        "riktlinjer", "föreskrifter", "regelverk", "uppdrag från",
        "på uppdrag av", "har publicerat", "har tagit fram", "tog fram", "tidigare projekt",
        "avslutade", "avslutat", "ersätter", "söka samarbete", "undersöka", "kontakter med",
        "kontakt med", "hänvisas", "skickas vidare", "uppgifter från", "siffror från",
        "data från", "källa", "ansökt hos", "har inte möjlighet", *_REFUSALS,
        "erfarenheterna från", "avslutades", "ansvarar för sina", "ansvarar för sitt",
        "ansvarar för sin",
    ],
    "PAST": [
        "drev", "drevs", "deltog", "medverkade", "samverkade", "samarbetade", "ingick",
        "genomförde", "genomfördes", "ledde", "leddes", "ägde", "ägdes", "finansierade",
        "finansierades", "medfinansierade",
    ],
}

# Past owner verbs name the owner of the project a text is about, past or not ("drevs av A").
PAST_OWNER_VERBS = frozenset({"ägdes", "drevs", "drev", "leddes"})

# Bodies that grant money to projects: never partners, funders when the sentence says so.
FUNDER_ORGS = frozenset({"Svenska ESF-rådet", "Tillväxtverket", "Europeiska kommissionen", "Vinnova",
                         "Svenska Postkodstiftelsen", "Kulturrådet", "Vetenskapsrådet", "Landsbygdsverket",
                         "Forskningsrådet för miljö, areella näringar och samhällsbyggande",
                         "Forskningsrådet för hälsa, arbetsliv och välfärd", "Ålands landskapsregering",
                         "KK-stiftelsen", "Arvsfondsdelegationen", "Regeringen", "Nutek"})
# Kinds of body that grant money by what they are: structural-fund partnerships, Leader groups,
# savings banks' foundations.
GRANTOR_PREFIXES = ("Strukturfondspartnerskapet", "Strukturfondpartnerskapet", "Leader ", "LAG ",
                    "Sparbanksstiftelsen ")


def grants(org) -> bool:
    """Return whether a body is one that grants money to projects (never a participant)."""
    return org is not None and (org.name in FUNDER_ORGS or org.name.startswith(GRANTOR_PREFIXES))

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

# Verbs that make their subject the owner when it stands between verb and object in inverted
# order: "Med medel från A driver B projektet" (B runs the project).
INVERTED_OWNER_VERBS = frozenset({"driver", "leder", "äger"})
PROJECT_WORDS = frozenset({"projektet", "satsningen", "insatsen", "arbetet"})

# People who act for the body after the preposition: "Forskare vid A ansvarar för ...",
# "Representanter för A sitter i styrgruppen" make A the subject's side, not a place or object.
STAFF_NOUNS = frozenset({"forskare", "representanter", "representant", "företrädare",
                         "medarbetare", "personal", "handledare", "lärare", "experter",
                         "handläggare", "coacher", "socialsekreterare"})

# "A ... tillsammans med B": a subject doing the project's work with a partner takes part too.
CO_AGENT_CUES = frozenset({"tillsammans med", "i samverkan med", "i samarbete med",
                           "i nära samverkan med", "i nära samarbete med"})

# Words that turn a sentence from an earlier project to this one ("..., men nu deltar A").
CLAUSE_TURNS = frozenset({"men", "medan", "nu", "numera", "däremot", "idag", "nya", "detta",
                          "denna", "här"})

# Words that make a sentence one about the project itself (see CONTRIBUTES).
PROJECT_ANCHORS = ("projekt", "deltagar", "deltagande", "insatser", "satsning")

# Cues strong enough to reach names in a prepositional phrase through a relative clause:
# "förankrats hos A och B, som alla har utsett kontaktpersoner till projektet". Weaker ones stay
# out ("inskrivna hos Arbetsförmedlingen, som ansvarar för ersättningen").
RELATIVE_CLAUSE_CUES = frozenset({"deltar", "deltar i projektet", "medverkar", "samverkar",
                                  "samarbetar", "kommer att delta", "kommer att medverka",
                                  "ska delta", "ska medverka", "har utsett en kontaktperson",
                                  "har utsett kontaktpersoner", "utsett kontaktpersoner",
                                  "har avsatt personal", "deltar aktivt"})

REFUSALS = frozenset(_REFUSALS)
