"""The roles `esf_roles` (extract/partners/role_assigner.py) gives in real constructions, on
fictional sentences of each shape: the cue phrases of role_cues.py, the readings of default_role.py
for names no cue speaks of (money and decisions name the owner, partnership without the cue words),
header lines over names (headers.py), the owner verbs, and what a whole passage says
(sentence_kinds.py). The measure of quality is the real passages (`esfgraph evaluate`, README);
these fix each reading."""

import pytest

from esfgraph.extract.partners.base.sentence_kinds import passage_kind

from .readings import roles_at

ROLES = [
    # Money and decisions name the owner.
    ("Lindesbergs kommun får 2,4 miljoner kronor till projektet Unga framåt.",
     {"Lindesbergs kommun": "owner"}),
    ("Nu beviljas stöd till Hallstahammars kommun för att utveckla vuxenutbildningen.",
     {"Hallstahammars kommun": "owner"}),
    ("Region Värmland ger Karlstads kommun 900 000 kronor för ett nytt projekt.",
     {"Karlstads kommun": "owner", "Region Värmland": "mentioned"}),
    ("Tillväxtverket har beviljat Region Örebro län 5 miljoner kronor.",
     {"Region Örebro län": "owner", "Tillväxtverket": "mentioned"}),
    ("Medel har fördelats till:\n- Gislaveds kommun, 1 200 000 kronor\n- Värnamo kommun, 800 000 kronor",
     {"Gislaveds kommun": "owner", "Värnamo kommun": "owner"}),
    ("Beviljade projekt:\nDigital start – Gislaveds kommun\nVäxa vidare – Värnamo kommun",
     {"Gislaveds kommun": "owner", "Värnamo kommun": "owner"}),
    ("Följande sökande har fått sina projekt prioriterade:\nBodens kommun, Digitala vägar\n"
     "Piteå kommun, Steg framåt", {"Bodens kommun": "owner", "Piteå kommun": "owner"}),
    ("Arbetet bygger på Hushållningssällskapets projekt om grön omställning.",
     {"Hushållningssällskapets": "owner"}),
    ("Pengarna går till Ockelbo kommun som ska starta en jobbverkstad.", {"Ockelbo kommun": "owner"}),
    ("Hofors kommun har ansökt om medel för ett projekt om unga vuxna.", {"Hofors kommun": "owner"}),
    ("Leader Sjuhärad har beviljat stöd till Föreningen Kulturhuset.",
     {"Föreningen Kulturhuset": "owner", "Leader Sjuhärad": "mentioned"}),
    ("Strukturfondspartnerskapet Norra Mellansverige har prioriterat projekt från Gävle kommun "
     "och Falu kommun.", {"Gävle kommun": "owner", "Falu kommun": "owner",
                          "Strukturfondspartnerskapet Norra Mellansverige": "mentioned"}),
    ("Sökande: Föreningen Gröna Gårdar", {"Föreningen Gröna Gårdar": "owner"}),
    ("Projektägare\nFöreningen Bevara Ångbåten", {"Föreningen Bevara Ångbåten": "owner"}),
    ("Huvudsökande är Timrå kommun och medsökande är Sundsvalls kommun.",
     {"Timrå kommun": "owner", "Sundsvalls kommun": "partner"}),
    ("Alnö Idrottsklubb\nhar beviljats stöd med 300 000 kr.", {"Alnö Idrottsklubb": "owner"}),
    # Partnership without the cue words.
    ("Det är ett projekt med Tierps kommun, Älvkarleby kommun och Arbetsförmedlingen.",
     {"Tierps kommun": "partner", "Älvkarleby kommun": "partner", "Arbetsförmedlingen": "partner"}),
    ("Satsningen är ett samverkansprojekt mellan Motala kommun och Vadstena kommun.",
     {"Motala kommun": "partner", "Vadstena kommun": "partner"}),
    ("Parterna som står bakom projektet, nämligen Ljusdals kommun, Hudiksvalls kommun och "
     "Region Gävleborg, har tecknat avtal.", {"Ljusdals kommun": "partner", "Region Gävleborg": "partner"}),
    ("Samverkande aktörer har varit Nordanstigs kommun och Försäkringskassan.",
     {"Nordanstigs kommun": "partner", "Försäkringskassan": "partner"}),
    ("Projektet Vägen vidare startade i januari. I projektet arbetar\n- Söderhamns kommun\n- Bollnäs kommun",
     {"Söderhamns kommun": "partner", "Bollnäs kommun": "partner"}),
    ("Följande projekt beviljades stöd\n- Ny start, Eslövs kommun\n- Steget, Hörby kommun",
     {"Eslövs kommun": "owner", "Hörby kommun": "owner"}),
    ("Region Jämtland Härjedalen är samarbetspartner och finansiär i projektet.",
     {"Region Jämtland Härjedalen": "partner"}),
    ("Övriga finansiärer är Region Dalarna och Falu kommun.",
     {"Region Dalarna": "partner", "Falu kommun": "partner"}),
    ("Bland företagen i projektet finns Sandvik, Atlas Copco och Bergslagens Gjuteri.",
     {"Sandvik": "partner", "Atlas Copco": "partner", "Bergslagens Gjuteri": "partner"}),
    ("Projektet drivs tillsammans med Region Skåne, Lundagård, Medeon och Malmö stad.",
     {"Lundagård": "partner", "Medeon": "partner"}),
    # The first body of a text about one project, and the others in its sentences.
    ("Vimmerby kommun initierar ett samverkansprojekt om unga. Projektet genomförs med stöd av "
     "ESF. I projektet har Hultsfreds kommun en viktig roll.",
     {"Vimmerby kommun": "owner", "Hultsfreds kommun": "partner"}),
    # Not participants: grantors, events, persons' workplaces, past projects, places.
    ("Länsstyrelsen tillsammans med Region Halland arrangerar ett seminarium om arbetsmarknaden.",
     {"Region Halland": "mentioned"}),
    ("Vi diskuterade samverkan med Karin Ek från Kalmar Stadsmission.", {"Kalmar Stadsmission": "mentioned"}),
    ("Metoden togs fram i ESF-projektet Vägen In, som drevs av Örebro kommun.", {"Örebro kommun": "mentioned"}),
    ("Projektet var ett tvåårigt projekt som ägdes av Kommunförbundet Skåne.",
     {"Kommunförbundet Skåne": "owner"}),
    ("Finansiärerna är Vinnova och Luleå tekniska universitet.",
     {"Vinnova": "funder", "Luleå tekniska universitet": "partner"}),
    ("Kommunal och Sobona har informerats men är inte knutna till projektet.",
     {"Kommunal": "mentioned", "Sobona": "mentioned"}),
    # A heading without a colon over lines of names: every line under it.
    ("SAMVERKANSPARTNERS\nOckelbo kommun\nHofors kommun\nSandvikens kommun\n\nBakgrund\n"
     "Gävle kommun har många unga utan arbete.",
     {"Ockelbo kommun": "partner", "Hofors kommun": "partner", "Sandvikens kommun": "partner",
      "Gävle kommun": "mentioned"}),
    ("Projektpartners\nHofors kommun\nOckelbo kommun", {"Hofors kommun": "partner", "Ockelbo kommun": "partner"}),
    # Owner cues of one side only, right beside the names.
    ("Ansvarig organisation: Bjurholms kommun", {"Bjurholms kommun": "owner"}),
    ("Projektet samordnas av Nordmalings kommun.", {"Nordmalings kommun": "owner"}),
    ("Ansökan kommer från Robertsfors kommun och gäller tre år.", {"Robertsfors kommun": "owner"}),
    ("Tillsammans har Åsele kommun och Dorotea kommun sökt medel för att utveckla vuxenutbildningen.",
     {"Åsele kommun": "owner", "Dorotea kommun": "owner"}),
    ("Vilhelmina kommun har sökt medel hos Tillväxtverket.",
     {"Vilhelmina kommun": "owner", "Tillväxtverket": "mentioned"}),
    ("Malå kommun står som sökande och Norsjö kommun är samarbetspart.",
     {"Malå kommun": "owner", "Norsjö kommun": "partner"}),
    ("Projektets ägare är Sorsele kommun och projektets partner är Arjeplogs kommun.",
     {"Sorsele kommun": "owner", "Arjeplogs kommun": "partner"}),
    ("Insatserna samordnas av en handläggare som är anställd hos Region Västerbotten.",
     {"Region Västerbotten": "mentioned"}),
    # Partnership said by what the cooperation holds or who sits in the project's group.
    ("Samverkan sker också med Lycksele kommun och Försäkringskassan.",
     {"Lycksele kommun": "partner", "Försäkringskassan": "partner"}),
    ("Samarbetet omfattar Storumans kommun, Sorsele kommun och Arbetsförmedlingen.",
     {"Storumans kommun": "partner", "Arbetsförmedlingen": "partner"}),
    ("Det är ett gemensamt projekt för Vindelns kommun och Vännäs kommun.",
     {"Vindelns kommun": "partner", "Vännäs kommun": "partner"}),
    ("Styrgruppen består av representanter från Skellefteå kommun och Norsjö kommun.",
     {"Skellefteå kommun": "partner", "Norsjö kommun": "partner"}),
    ("Partnerskapen består av representanter från kommuner, arbetsförmedlingen och föreningar.",
     {"arbetsförmedlingen": "mentioned"}),
    ("Kommunerna Kramfors, Sollefteå och Härnösand har gått ihop i ett projekt om unga.",
     {"Kramfors": "partner", "Härnösand": "partner"}),
    ("Initiativtagare är Härnösands kommun.", {"Härnösands kommun": "owner"}),
    # Project-bank records: bare town names after a numbered plural, and the "parter som ... är" cue.
    ("I projektet ska fyra kommuner i Jämtland (Bräcke, Ragunda, Berg och Krokom) samverka "
     "med Arbetsförmedlingen.", {"Bräcke": "partner", "Ragunda": "partner", "Krokom": "partner"}),
    ("De kommuner som ingår är Orsa (samordnare), Älvdalen, Mora och Rättvik.",
     {"Orsa": "partner", "Älvdalen": "partner", "Rättvik": "partner"}),
    ("Region Dalarna är projektägare och de parter som avser att samverka är Leksands kommun, "
     "Gagnefs kommun och Samordningsförbundet Dalarna.",
     {"Leksands kommun": "partner", "Gagnefs kommun": "partner", "Region Dalarna": "owner"}),
    # Records of 2007-2013: the owners of a body named before "som ägs av"; bodies
    # writing a proposal together (no project); a town list with full names in it; "stöd
    # från" that is help to people, not money.
    ("Kommunförbundet Norrby, som ägs av länets sex kommuner och Region Norrbotten, har "
     "ansvar för tillväxtfrågor.", {"Region Norrbotten": "mentioned"}),
    ("Projektet, som ägs av Region Norrbotten, startar i höst.", {"Region Norrbotten": "owner"}),
    ("Socialstyrelsen har tillsammans med Försäkringskassan och Arbetsförmedlingen lämnat ett "
     "förslag till regeringen.", {"Försäkringskassan": "mentioned",
                                  "Arbetsförmedlingen": "mentioned"}),
    ("I projektet deltar kommunerna Vaxholms stad, Tyresö, Nacka och Värmdö.",
     {"Vaxholms stad": "partner", "Tyresö": "partner", "Värmdö": "partner"}),
    ("I projektet får deltagarna ett samordnat stöd från Arbetsförmedlingen och "
     "Försäkringskassan.", {"Arbetsförmedlingen": "partner", "Försäkringskassan": "partner"}),
    ("Förstudien genomförs med stöd från handledare från Region Jämtland Härjedalen.",
     {"Region Jämtland Härjedalen": "partner"}),
    ("Många unga är i behov av stöd från Försäkringskassan för att klara vardagen.",
     {"Försäkringskassan": "mentioned"}),
    ("Projektet genomförs med stöd från Samordningsförbundet Jämtland.",
     {"Samordningsförbundet Jämtland": "funder"}),
    # Unknown names a type noun introduces, and an elliptic plural before places.
    ("Projektet drivs av Umeå kommun. De ideella föreningarna Gröna Vägen och Norrby Framtid "
     "är engagerade i projektet.", {"Gröna Vägen": "partner", "Norrby Framtid": "partner"}),
    ("Projektet genomförs tillsammans med företagen Kvarnbo Bygg, Ljungtec och Sjövik Data.",
     {"Kvarnbo Bygg": "partner", "Ljungtec": "partner", "Sjövik Data": "partner"}),
    ("Umeå kommun samverkar med organisationerna Vägval Norr och Sisters in Business.",
     {"Vägval Norr": "partner", "Sisters in Business": "partner"}),
    ("Projektet drivs av Umeå kommun. Samordningsförbunden i Östra och Norra Norrby har ett "
     "nära samarbete med projektet.", {"Samordningsförbunden i Östra": "partner", "Norra Norrby": "partner"}),
]


@pytest.mark.parametrize("text, roles", ROLES)
def test_roles_in_real_constructions(nlp, text, roles):
    got = {e.text: e._.esf_role for e in nlp(text).ents}
    assert {k: got.get(k) for k in roles} == roles, got


LABELS_GRANTS_AND_CO_FINANCING = [
    # A field label's value goes on after a stray period in its line.
    ("Projektpartners: Norrby kommun, Ekby kommun. Hofors kommun, Arbetsförmedlingen",
     {"Norrby kommun": "partner", "Hofors kommun": "partner", "Arbetsförmedlingen": "partner"}),
    # Granted projects with their owners in brackets, in one sentence.
    ("Bland de beviljade projekten finns Språkstart (Sollefteå kommun), Nya steg (Timrå kommun).",
     {"Sollefteå kommun": "owner", "Timrå kommun": "owner"}),
    # "drivas av" as "drivs av".
    ("Pengarna går till projektet Framtid som ska drivas av Karlstads kommun.",
     {"Karlstads kommun": "partner"}),
    # Co-financing: the bodies of the financing's make-up take part, the grantor does not.
    ("Finansieringen består av projektstöd, medel från Leader Norrby, medel från Säffle kommun "
     "och egen finansiering.", {"Säffle kommun": "partner", "Leader Norrby": "funder"}),
    ("Länsstyrelsen i Västmanlands län har skjutit till 400 000 kronor i medfinansiering.",
     {"Länsstyrelsen i Västmanlands län": "partner"}),
]


@pytest.mark.parametrize("text, expected", LABELS_GRANTS_AND_CO_FINANCING)
def test_labels_grant_owners_and_co_financing(roles, text, expected):
    found = roles(text)
    assert roles_at(found, expected) == expected, found


# Grant slots, grantors, people's lists, Finland's associations, companies' seats.
GRANT_SLOTS_AND_GRANTORS = [
    ("Stöd på 25 000 kr går bland annat till Ekbackaskolan i Lund. Norrbygymnasiet i Boden får "
     "700 000 kronor för utbyten.", {"Ekbackaskolan": "owner", "Norrbygymnasiet": "owner"}),
    ("Största beloppet, 7 miljoner kronor, gick till AB Ekbostäder för projektet.", {"AB Ekbostäder": "owner"}),
    ("Förskolan Kotten i Uppsala, får 130 000 kronor för kompetensutveckling.", {"Förskolan Kotten": "owner"}),
    ("Universitets- och högskolerådet (UHR) har under 2023 beviljat skolor 339 miljoner kronor.",
     {"Universitets- och högskolerådet": "mentioned"}),
    ("Boverket delar ut mer stöd till utsatta områden.", {"Boverket": "mentioned"}),
    ("Två ansökningar kom in, båda från Heby kommun.", {"Heby kommun": "owner"}),
    ("Bland projekten finns Datacenter Norr som Luleå tekniska universitet ska driva.",
     {"Luleå tekniska universitet": "owner"}),
    ("Ansökningarna gjordes separat av Lunds universitet och Malmö universitet.",
     {"Lunds universitet": "owner", "Malmö universitet": "owner"}),
    ("Bidrag beviljas till Norrby Ungdomsförening rf och Ekby uf.",
     {"Norrby Ungdomsförening rf": "owner", "Ekby uf": "owner"}),
]


@pytest.mark.parametrize("text, expected", GRANT_SLOTS_AND_GRANTORS)
def test_grant_slots_grantors_and_finnish_associations(roles, text, expected):
    found = roles(text)
    assert roles_at(found, expected) == expected, found


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
    assert roles_at(found, expected) == expected, found


def test_the_passage_kind_reads_the_whole_text():
    assert passage_kind("Projektet drivs av A. Projektets mål är arbete.") == "single"
    assert passage_kind("Sju projekt har beviljats stöd. Projekten startar i maj.") == "many"
    assert passage_kind("A, 100 000 kronor\nB, 200 000 kronor\nProjektet ...") == "many"
