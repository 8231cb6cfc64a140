"""Names in lists of bodies (extract/partners/names/elliptic.py, coordinated.py, first_listed.py,
roles/list_tails.py), on fictional sentences of each shape: elliptic lists of municipalities and
universities, the last and the first name of a list, and a cued list that a relative clause or
unfound names broke."""

import pytest

from .readings import PARTICIPANTS, role_of


@pytest.mark.parametrize("text, names", [
    ("I projektet deltar Lunds och Malmös universitet.", ["Lunds universitet", "Malmö universitet"]),
    ("Innovationskontoren vid universiteten i Örebro, Uppsala och Linköping deltar.",
     ["Örebro universitet", "Uppsala universitet", "Linköpings universitet"]),
    ("Projektet drivs med Boxholm, Kinda, och Ydre kommuner.",
     ["Boxholms kommun", "Kinda kommun", "Ydre kommun"]),
])
def test_elliptic_lists(nlp, text, names):
    assert [e._.esf_org.name for e in nlp(text).ents] == names


def test_elliptic_lists_of_municipalities_and_colleges(nlp):
    names = [e._.esf_org.name for e in nlp("Projektet drivs av Sorsele och Arjeplogs kommun med "
                                            "högskolorna i Gävle och Dalarna.").ents]
    assert names == ["Sorsele kommun", "Arjeplogs kommun", "Högskolan i Gävle", "Högskolan Dalarna"], names
    assert not [e.text for e in nlp("Målgruppen bor i Umeå och Vännäs kommun.").ents if e.text == "Umeå"]


@pytest.mark.parametrize("text, name", [
    ("Handläggare från Arbetsförmedlingen, Försäkringskassan, Region Skåne och Norrstad arbetar ihop.",
     "Norrstad"),
    ("I samverkan med Lantbrukarnas Riksförbund, Vätgas Sverige, Metacon AB och H4O Agro.", "H4O Agro"),
])
def test_the_last_name_of_a_list_of_bodies_is_a_body(found, text, name):
    assert name in found(text), found(text)


@pytest.mark.parametrize("text, absent", [
    ("Region Skåne och Norrstad deltar i projektet.", "Norrstad"),  # no list of bodies
    ("Handläggare från Arbetsförmedlingen, Försäkringskassan, Region Skåne och ESF deltar.", "ESF"),
    ("Arbetsförmedlingen, Försäkringskassan, Region Skåne och Lund deltar.", "Lund"),  # a place
    ("Deltagarna rekryteras i samverkan mellan Sala kommun, Arbetsförmedlingen och Steg UT.", "Steg UT"),
])
def test_a_lone_word_after_one_body_a_fund_or_a_place_is_none(found, text, absent):
    assert absent not in found(text), found(text)


def test_a_sentences_first_word_is_no_part_of_a_coordinated_name(found):
    names = found("Förutom Ekbyhus Bygg och Umeå kommun deltar även Region Västerbotten.")
    assert "Förutom Ekbyhus Bygg" not in names and role_of(names, "Ekbyhus Bygg") \
        == "partner", names


def test_an_unknown_name_that_opens_a_list_of_bodies(found):
    names = found("Projektet samarbetar med bland andra Brovalla, Region Skåne och Försäkringskassan.")
    assert "Brovalla" in names, names
    names = found("Genom att samverkansparterna Norrlinje Teknik, Region Skåne, Lunds universitet "
                  "samt Försäkringskassan arbetar ihop ökar utbytet.")
    assert "Norrlinje Teknik" in names, names
    names = found("Föreningen samverkar med KBF, Sensus och Försäkringskassan i länet.")
    assert "KBF" in names and names["KBF"][0] == "KBF", names


def test_a_listed_short_form_is_the_body_named_before_it(nlp):
    doc = nlp("Projektägare är Tallberga Service AB. Samverkande parter: bland andra Tallberga, "
              "Region Skåne och Försäkringskassan.")
    keys = {e.text: e.kb_id_ for e in doc.ents}
    assert keys.get("Tallberga") == keys["Tallberga Service AB"], keys


def test_no_list_opener_no_body(found):
    for text, name in (
            ("Under mötet talade hon med Anna Berglund, Region Skåne, och Per Ek, Försäkringskassan.",
             "Anna Berglund"),
            ("Examinator: Karin Holm, Lunds universitet, Institutionen för kulturgeografi.", "Karin Holm"),
            ("I projektet ingår bland andra Anna Persson, Region Skåne och Försäkringskassan.",
             "Anna Persson"),
            ("Programmet omfattar bland annat Digital Kompetens, Region Skåne och Försäkringskassan.",
             "Digital Kompetens"),
            ("Följande deltar: Projektledning, Region Skåne, Försäkringskassan och Arbetsförmedlingen.",
             "Projektledning"),
            ("Projektet samarbetar med Ystad, Region Skåne och Försäkringskassan.", "Ystad")):
        assert name not in found(text), text


def test_a_cued_list_goes_on_after_a_relative_clause_or_unfound_names(found):
    names = found("Från Sverige deltar Arvika kommun, Eda kommun, som leder den svenska delen, och "
                  "Karlstads universitet.")
    assert role_of(names, "Karlstads universitet") == "partner", names
    names = found("I projektet deltar Arvika kommun, som har anställda från Volvo Cars, och Eda kommun.")
    assert role_of(names, "Volvo Cars") not in PARTICIPANTS, names
    names = found("Arvika kommun deltar i projektet, som finansieras av Tillväxtverket, Region "
                  "Värmland och Eda kommun.")
    assert role_of(names, "Eda kommun") not in PARTICIPANTS, names
