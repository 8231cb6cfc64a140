"""Bodies that work with a grantor, take part in one or make up a federation
(extract/partners/roles/: grantor_company.py, members.py, attribution.py), on fictional sentences of
each shape: they take no part in the project, while a project's own partners beside them stay
partners."""

import pytest

from .readings import PARTICIPANTS

GRANT_OFFICERS = [
    ("– Vi har fått in 40 ansökningar och kan bevilja hälften, säger Jonas Berg, verksamhetschef "
     "för tillväxt, Region Örebro län.", "Region Örebro län"),
    ("– Vi kunde bevilja nästan alla ansökningar i år och projekten får mer pengar, säger Per Lind "
     "(C), ordförande Regionala tillväxtnämnden.", "Regionala tillväxtnämnden"),
    ("– Många projekt som beviljades medel i dag kommer att göra skillnad, berättar Sara Nyström, "
     "handläggare på Länsstyrelsen i Kalmar län.", "Länsstyrelsen i Kalmar län"),
]


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
