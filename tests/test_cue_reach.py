"""How far an owner cue reaches (extract/partners/roles/: cue_reach.py, owner_reach.py, owned_things.py), on
fictional sentences of each shape: a grantor's decision verbs, an owner cue further than the next
word, "A:s projektmedel" and "ägs av" said of a company or a process own no project; owners
beside their cue stay owners."""

import pytest

from .readings import PARTICIPANTS, role_of

NO_PARTICIPANT = [
    # decision verbs of a grantor
    ("Region Gävleborgs arbetsutskott har fattat beslut att ge stöd till två projekt om besöksnäring.",
     "Region Gävleborgs arbetsutskott"),
    ("Region Kronoberg ska ta beslut om fortsatt stöttning av samarbetet kring kompetensförsörjning.",
     "Region Kronoberg"),
    ("Länsstyrelsen i Kalmar län har gett startbeslut till tre nya projekt på landsbygden.",
     "Länsstyrelsen i Kalmar län"),
    ("Myndigheten för yrkeshögskolan (MYH) har under 2022 beviljat skolor 40 miljoner kronor för praktik.",
     "MYH"),
    # an owner cue further away
    ("Alla projektägare måste vänta på formella beslut från Länsstyrelsen i Dalarnas län innan de börjar.",
     "Länsstyrelsen i Dalarnas län"),
    ("Projektägaren skall ha gjort ansökan på Jordbruksverkets webbplats före mötet.",
     "Jordbruksverkets"),
    ("Stödmottagaren ska följa Länsstyrelsen i Västernorrlands läns villkor för stödet.",
     "Länsstyrelsen i Västernorrlands läns"),
    # money a body grants is no project of its own
    ("Numera används Region Norrbottens projektmedel bara till projekt som också söker EU-medel.",
     "Region Norrbottens"),
]


@pytest.mark.parametrize("text, name", NO_PARTICIPANT)
def test_grantors_and_genitives_are_no_participants(roles, text, name):
    found = roles(text)
    assert name in found and found[name] not in PARTICIPANTS, found


STILL_OWNER = [
    ("Projektägare är Länsstyrelsen i Dalarnas län, som leder arbetet.", "Länsstyrelsen i Dalarnas län"),
    ("Hushållningssällskapets nya projekt startar i maj i Ljusdal.", "Hushållningssällskapets"),
    ("Metodbanken togs upp av Sveriges Hembygdsförbund 2019 som ansökte om medel hos Arvsfonden.",
     "Sveriges Hembygdsförbund"),
]


@pytest.mark.parametrize("text, name", STILL_OWNER)
def test_owners_beside_their_cue_stay_owners(roles, text, name):
    found = roles(text)
    assert found.get(name) == "owner", found


def test_who_owns_a_company_or_a_process_owns_no_project(found):
    names = found("Hallandstrafiken, ett bolag som ägs av Region Halland och Hylte kommun, kör "
                  "bussarna i länet.")
    assert role_of(names, "Region Halland") == "mentioned", names
    assert role_of(names, "Hylte kommun") == "mentioned", names
    names = found("Hylte kommuns upphandlingsprocess ägs av kommunstyrelsen.")
    assert role_of(names, "Hylte kommuns") == "mentioned", names


def test_who_owns_a_project_keeps_the_owner_cue(found):
    names = found("Steget är ett projekt som ägs av Hylte kommun och drivs i samverkan med Ljungby "
                  "folkhögskola.")
    assert role_of(names, "Hylte kommun") == "owner", names
    names = found("Förstudien, som ägs av Hylte kommun, pågår till 2025.")
    assert role_of(names, "Hylte kommun") == "owner", names
