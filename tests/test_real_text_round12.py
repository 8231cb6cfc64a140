"""The twelfth round of rules, each on fictional sentences of its shape: units after a public
body's genitive, elliptic lists of universities, a label's names after a stray period, grant
lists in one sentence, contact lines, co-financing, and bodies named in no list."""

import pytest

ROLES = [
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



@pytest.mark.parametrize("text, expected", ROLES)
def test_roles(roles, text, expected):
    found = roles(text)
    assert {k: found.get(k) for k in expected} == expected, found


def test_a_contact_line_is_no_line_of_a_grant_list(roles):
    text = ("Beviljade projekt:\nUnga till arbete\nSökande: Region Dalarna\n\nKontakt:\n"
            "Per Holm, Region Värmland, ordförande, 070-123 45 67\n"
            "Eva Berg, Region Gävleborg, vice ordförande, 023-12 34 56")
    found = roles(text)
    assert found == {"Region Dalarna": "owner", "Region Värmland": "mentioned",
                     "Region Gävleborg": "mentioned"}, found


def test_a_public_bodys_genitive_before_its_unit_is_that_unit(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    found = mentions_from_doc(nlp("Region Gotlands integrationsenhet och Norrby kommuns "
                                  "sociala förvaltning har beviljats medel av Region Västerbottens AU."))
    assert [(m.surface, m.org.name, m.unit) for m in found] == [
        ("Region Gotlands integrationsenhet", "Region Gotland", "Integrationsenhet"),
        ("Region Västerbottens AU", "Region Västerbotten", "AU")]


@pytest.mark.parametrize("text, names", [
    ("I projektet deltar Lunds och Malmös universitet.", ["Lunds universitet", "Malmö universitet"]),
    ("Innovationskontoren vid universiteten i Örebro, Uppsala och Linköping deltar.",
     ["Örebro universitet", "Uppsala universitet", "Linköpings universitet"]),
    ("Projektet drivs med Boxholm, Kinda, och Ydre kommuner.",
     ["Boxholms kommun", "Kinda kommun", "Ydre kommun"]),
])
def test_elliptic_lists(nlp, text, names):
    assert [e._.esf_org.name for e in nlp(text).ents] == names


@pytest.mark.parametrize("text, name", [
    ("Stöd har beviljats till Ekby IF för en ny bana.", "Ekby IF"),
    ("Upplandsstiftelsen driver projektet.", "Upplandsstiftelsen"),
    ("Projektet drivs av Norrbys fritidsområde ekonomisk förening.", "Norrbys fritidsområde ekonomisk förening"),
    ("Projektägare är Ekdalen ek. för. som driver gården.", "Ekdalen ekonomisk förening"),
    ("Projektägare är Kalmarby Räddningsmission.", "Kalmarby Räddningsmission"),
    ("I projektet deltar Høgskolen i Østfold.", "Høgskolen i Østfold"),
    ("I projektet deltar Norrby University of Applied Sciences.", "Norrby University of Applied Sciences"),
    ("I projektet deltar NTM-centralen i Södra Österbotten.", "NTM-centralen i Södra Österbotten"),
    ("I projektet deltar Högskolan Borås.", "Högskolan i Borås"),
    ("I projektet deltar VG-regionen.", "Västra Götalandsregionen"),
])
def test_bodies_in_no_list(nlp, text, name):
    assert name in [e._.esf_org.name for e in nlp(text).ents if e._.esf_org], [e.text for e in nlp(text).ents]


def test_ordinary_words_and_generic_nouns_are_no_bodies(nlp):
    for text in ("Läs mer på nästa sida om projektet.",  # "sida", not Sida
                 "Idrottsföreningen har beviljats stöd.",  # a generic noun, not a name
                 "Facken IF Metall och Unionen deltar.",
                 "Aktiviteterna hålls på Ideon i Lund."):  # the science park's premises: a place
        found = [e.text for e in nlp(text).ents]
        assert not [f for f in found if f in ("sida", "Idrottsföreningen", "Facken IF", "Ideon")], (text, found)
    assert "Ideon" in [e.text for e in nlp("Partners är Ideon och Lunds universitet.").ents]


# The thirteenth round: grant slots, grantors, people's lists, Finland's associations, companies' seats.
ROUND13 = [
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


@pytest.mark.parametrize("text, expected", ROUND13)
def test_round13_roles(roles, text, expected):
    found = roles(text)
    assert {k: found.get(k) for k in expected} == expected, found


def test_names_in_a_grant_slot_that_are_no_bodies(nlp):
    for text in ("Anna Berg får 10 000 kronor i stipendium.",
                 "Utvecklingsprojekt i Västerbotten får 10 miljoner.",
                 "Sverige får 2 miljarder kronor.",
                 "Förskolan Kotten i Ekbyholm, får 130 000 kronor."):  # an unknown town is no body
        assert not [e.text for e in nlp(text).ents if e.text != "Förskolan Kotten"], text


def test_a_jury_list_and_a_page_titles_site_name_name_no_owners(roles):
    found = roles("Tolv projekt får dela på två miljoner kronor | Region Värmland\n\n"
                        "I juryn satt:\nPer Holm, Region Skåne\nEva Berg, LRF Syd\n")
    assert found == {"Region Värmland": "mentioned", "Region Skåne": "mentioned", "LRF Syd": "mentioned"}, found


def test_a_company_with_its_seat_is_one_company(nlp):
    names = [e.text for e in nlp("Projektet drivs med Näringslivsbolaget i Norrby AB. "
                                 "Verksamheten i Ekby Energi AB växer.").ents]
    assert names == ["Näringslivsbolaget i Norrby AB", "Ekby Energi AB"]


def test_who_decides_on_applications_is_no_owner(roles):
    found = roles("Totalt har 48 ansökningar om 3,6 miljoner kronor kommit in till Region Värmland. "
                        "Projekten inväntar beslut från Vetenskapsrådet.")
    assert found == {"Region Värmland": "mentioned", "Vetenskapsrådet": "mentioned"}, found


def test_an_association_or_federation_of_a_place_and_no_trailing_och(nlp):
    names = [e.text for e in nlp("Parterna är Ekby kommun och Samordningsförbundet i Norrby län. "
                                 "Beslutet fattades av Strukturfondspartnerskapet Övre Norrland och Region Västerbotten.").ents]
    assert "Samordningsförbundet i Norrby län" in names and "Strukturfondspartnerskapet Övre Norrland" in names, names


def test_elliptic_lists_of_round14(nlp):
    names = [e._.esf_org.name for e in nlp("Projektet drivs av Sorsele och Arjeplogs kommun med "
                                            "högskolorna i Gävle och Dalarna.").ents]
    assert names == ["Sorsele kommun", "Arjeplogs kommun", "Högskolan i Gävle", "Högskolan Dalarna"], names
    assert not [e.text for e in nlp("Målgruppen bor i Umeå och Vännäs kommun.").ents if e.text == "Umeå"]
