"""The eighteenth round of rules, each on fictional sentences of its shape: the body of who is
quoted on applications or grants ("– Söktrycket var stort, säger A, verksamhetschef vid X")
hands the money out and takes no part; the members of a federation ("A och B bildar tillsammans
med C Samordningsförbundet X", "Samordningsförbundet samordnar insatser från A och B",
"Samordningsförbundet X (A och B kommuner)") own the federation, not the project; a name in a
role phrase's slot goes on in lower case up to a comma, "och" or a full stop ("Nordmarkens
näringsliv", "Ålands 4H distrikt"); the bodies a grantor works with ("Vinnova, tillsammans med
A", "ett samarbete mellan Formas, Vinnova och A") take no part in a project; unknown names after
"ett samarbete mellan" and "i samverkan mellan" are bodies, a kind of body in the plural
("Länsstyrelserna") is none; a body that takes part in a grantor ("A ingår i två Leaderområden",
"A ansvarar för Strukturfondspartnerskapets sekretariat") takes no part in a project."""

import pytest

PARTICIPANTS = ("owner", "partner")


GRANT_OFFICERS = [
    ("– Vi har fått in 40 ansökningar och kan bevilja hälften, säger Jonas Berg, verksamhetschef "
     "för tillväxt, Region Örebro län.", "Region Örebro län"),
    ("– Vi kunde bevilja nästan alla ansökningar i år och projekten får mer pengar, säger Per Lind "
     "(C), ordförande Regionala tillväxtnämnden.", "Regionala tillväxtnämnden"),
    ("– Många projekt som beviljades medel i dag kommer att göra skillnad, berättar Sara Nyström, "
     "handläggare på Länsstyrelsen i Kalmar län.", "Länsstyrelsen i Kalmar län"),
]


RECIPIENTS_QUOTED = [
    "– Projektet har fått 3 miljoner kronor och nu kan vi äntligen börja, säger Eva Ek, "
    "projektledare på Kalix kommun.",
    "– Vi är så glada att vår ansökan beviljades av ESF-rådet, säger Eva Ek, verksamhetschef på "
    "Kalix kommun.",
    "– Söktrycket var stort och vi har beviljats medel, säger Eva Ek, projektledare på Kalix kommun.",
]


@pytest.mark.parametrize("text", RECIPIENTS_QUOTED)
def test_a_recipients_body_keeps_its_reading(roles, text):
    found = roles(text)
    assert found.get("Kalix kommun") == "owner", found


FEDERATION_MEMBERS = [
    ("Kommunerna Ockelbo, Hofors och Sandviken bildar tillsammans med Arbetsförmedlingen, "
     "Försäkringskassan och Region Gävleborg Samordningsförbundet Gästrikebygden.",
     ("Hofors", "Försäkringskassan", "Region Gävleborg")),
    ("Samordningsförbundet samordnar insatser från Arbetsförmedlingen, Försäkringskassan, Luleå "
     "kommun och Region Norrbotten.", ("Arbetsförmedlingen", "Luleå kommun", "Region Norrbotten")),
    ("Medverkande parter i projektet har varit Motala kommun och Samordningsförbundet Västra "
     "Bergslagen (Ludvika och Smedjebackens kommuner).", ("Ludvika", "Smedjebackens kommuner")),
]


@pytest.mark.parametrize("text, names", FEDERATION_MEMBERS)
def test_a_federations_members_take_no_part(roles, text, names):
    found = roles(text)
    assert all(n in found and found[n] not in PARTICIPANTS for n in names), found


def test_a_federation_formed_by_its_members_in_the_passive(roles):
    found = roles("Förbundet bildades 2008 av Skara kommun, Götene kommun och Arbetsförmedlingen.")
    assert all(found.get(n) == "mentioned" for n in ("Skara kommun", "Götene kommun")), found


def test_a_team_formed_with_a_federation_has_partners(roles):
    found = roles("Arbetsförmedlingen bildar tillsammans med kommunen och Samordningsförbundet Västra "
                  "Skaraborg ett nytt team för unga.")
    assert found.get("Samordningsförbundet Västra Skaraborg") == "partner", found


def test_the_federations_partners_in_a_project_stay_partners(roles):
    found = roles("Medverkande parter i projektet har varit Motala kommun och Samordningsförbundet "
                  "Västra Bergslagen (Ludvika och Smedjebackens kommuner).")
    assert found.get("Motala kommun") == "partner", found
    found = roles("Projektet drivs av Samordningsförbundet Norra Dalarna tillsammans med Mora kommun.")
    assert found.get("Mora kommun") == "partner", found


LOWER_CASE_TAILS = [
    ("Projektägare är Visit Kalmar och Ölands turistråd.", "Ölands turistråd"),
    ("I samverkan med Högskolan Väst, Regionalt resurscentrum unga samt Region Halland.",
     "Regionalt resurscentrum unga"),
    ("Projektet drivs av Gotlands 4H distrikt.", "Gotlands 4H distrikt"),
]


@pytest.mark.parametrize("text, name", LOWER_CASE_TAILS)
def test_a_slot_name_goes_on_in_lower_case(roles, text, name):
    found = roles(text)
    assert found.get(name) in PARTICIPANTS, found


def test_a_sentence_word_ends_the_slot_name(roles):
    found = roles("Projektet genomförs tillsammans med Region Jämtland Härjedalen och Jämtkraft idag.")
    assert found.get("Jämtkraft") == "partner", found
    found = roles("Utbildningen, som i samarbete med Fjällvind och Norrsken genomförs, startar i maj.")
    assert "Norrsken genomförs" not in found, found


GRANTOR_COMPANY = [
    ("Vinnova, tillsammans med Boverket och Energimyndigheten, sammanställer sedan 2015 vad "
     "kommunerna lär sig av projekten.", ("Boverket", "Energimyndigheten")),
    ("Utlysningen är ett samarbete mellan Formas, Vinnova och Naturvårdsverket samt Norges "
     "forskningsråd.", ("Naturvårdsverket",)),
]


@pytest.mark.parametrize("text, names", GRANTOR_COMPANY)
def test_a_grantors_co_workers_take_no_part(roles, text, names):
    found = roles(text)
    assert all(n in found and found[n] not in PARTICIPANTS for n in names), found


def test_a_project_between_a_grantor_and_others_has_partners(roles):
    found = roles("Projektet är ett samarbete mellan Vinnova, Region Halland och Hallands Hamnar.")
    assert found.get("Region Halland") == "partner", found


def test_partners_beside_the_grantor_that_pays_stay_partners(roles):
    found = roles("Projektet drivs med pengar från Svenska ESF-rådet, i samarbete med "
                  "Försäkringskassan och Skolverket.")
    assert found.get("Försäkringskassan") == "partner" and found.get("Skolverket") == "partner", found


BETWEEN_SLOTS = [
    ("Satsningen är ett samarbete mellan Region Västmanland, Norrsken Energi och Bergslagens Byalag.",
     ("Norrsken Energi", "Bergslagens Byalag")),
    ("Projektet sker i samverkan mellan Kumla kommun, Vindora och Grönviks Trädgård.", ("Vindora",)),
]


@pytest.mark.parametrize("text, names", BETWEEN_SLOTS)
def test_names_after_a_collaboration_between_are_partners(roles, text, names):
    found = roles(text)
    assert all(found.get(n) == "partner" for n in names), found


def test_a_kind_of_body_in_the_plural_is_no_name(roles):
    found = roles("Utbildningen bygger på ett samarbete mellan Skogsstyrelsen och Länsstyrelserna.")
    assert found.get("Skogsstyrelsen") == "partner" and "Länsstyrelserna" not in found, found


def test_a_wished_for_collaboration_names_no_body(roles):
    assert roles("Styrelsen vill se ett närmare samarbete mellan Dalabygden och Siljansbygden.") == {}


IN_A_GRANTOR = [
    ("Sundsvalls kommun ingår åren 2023-2027 i två Leaderområden, Mittland och Kustbygden.",
     "Sundsvalls kommun"),
    ("Region Jämtland Härjedalen ansvarar för Strukturfondspartnerskapets sekretariat under perioden.",
     "Region Jämtland Härjedalen"),
    ("Satsningen har fått medel ur Strukturfondspartnerskapet, där Kommunförbundet Skåne medverkar "
     "genom att företräda kommunerna.", "Kommunförbundet Skåne"),
]


@pytest.mark.parametrize("text, name", GRANT_OFFICERS + IN_A_GRANTOR)
def test_a_grant_officers_body_or_a_body_in_a_grantor_takes_no_part(roles, text, name):
    """The body of who is quoted on grants hands the money out; a body that takes part in a
    grantor (a Leader area, the structural-fund partnership) takes no part in the project."""
    found = roles(text)
    assert name in found and found[name] not in PARTICIPANTS, found


@pytest.mark.parametrize("text, name", [
    ("Sundsvalls kommun ingår i Leader-projektet Kustliv tillsammans med Timrå kommun.",
     "Sundsvalls kommun"),
    ("Umeå kommun deltar i en satsning med stöd från Leader Lappland.", "Umeå kommun"),
])
def test_a_body_in_a_leader_project_takes_part(roles, text, name):
    found = roles(text)
    assert found.get(name) == "partner", found
