"""Organisation names read whole (extract/partners/names/name_shapes.py, org_ruler.py, lower_companies.py,
acronyms.py, determiner_names.py), on fictional sentences of each shape: bodies in no list and
their forms, companies with lower-case words or a seat, defined acronyms, and the places,
persons, titles, ordinary words and determiners that name no body."""

import pytest

from .readings import roles_at

NAMES = [
    ("Bland aktörerna i projektet finns Trygghetsrådet och Kommunal.", ["Trygghetsrådet", "Kommunal"]),
    ("I projektet medverkar Ljungbyhedens Företagarförening och Skånes Ryttarförbund.",
     ["Ljungbyhedens Företagarförening", "Skånes Ryttarförbund"]),
    ("I projektet deltar Västsvenska Handelskammaren och Stockholms Stadsmission.",
     ["Västsvenska Handelskammaren", "Stockholms Stadsmission"]),
    ("I projektet deltar Studieförbundet Vuxenskolan Halland och ABF Skåne.",
     ["Studieförbundet Vuxenskolan Halland", "ABF Skåne"]),
    ("Projektet drivs tillsammans med Stiftelsen Lunda Gård och Energikontoret Mälardalen.",
     ["Stiftelsen Lunda Gård", "Energikontoret Mälardalen"]),
    ("Partner i projektet är Vuollerim Utveckling AS, Lapin yliopisto och Høgskolen i Innlandet.",
     ["Vuollerim Utveckling AS", "Lapin yliopisto", "Høgskolen i Innlandet"]),
    ("I projektet deltar IF Metall Höga Kusten, Rädda Barnen region syd och Almi Företagspartner Mitt AB.",
     ["IF Metall Höga Kusten", "Rädda Barnen region syd", "Almi Företagspartner Mitt AB"]),
    ("I projektet ingår SKL, VKL, LO och TCO.", ["SKL", "VKL", "LO", "TCO"]),
    ("Projektägare är Västerås stad, Arbetsmarknadsenheten.", ["Västerås stad, Arbetsmarknadsenheten"]),
    ("Projektägare är Arbetsmarknadsenheten - Köpings kommun.", ["Arbetsmarknadsenheten - Köpings kommun"]),
    ("I projektet deltar Länsstyrelserna i Dalarnas och Gävleborgs län.",
     ["Länsstyrelserna i Dalarnas", "Gävleborgs län"]),
    ("Projektet ägs av Umeå och Vännäs kommuner.", ["Umeå", "Vännäs kommuner"]),
    ("Mjärdevi Science Park och Krinova Incubator deltar i projektet.",
     ["Mjärdevi Science Park", "Krinova Incubator"]),
    ("Projektet genomförs med Energikontoret i Norrdalen och Inkubatorn i Kalmarby.",
     ["Energikontoret i Norrdalen", "Inkubatorn i Kalmarby"]),
    ("I projektet deltar Företagsinkubatorn på Ekudden och Energikontor för Västra Ledmark.",
     ["Företagsinkubatorn på Ekudden", "Energikontor för Västra Ledmark"]),
    ("Regeringen och Arbetsmarknadsdepartementet har gett uppdraget.", ["Regeringen", "Arbetsmarknadsdepartementet"]),
    ("ProjektägareKävlinge kommn", ["Kävlinge kommn"]),
    ("Projektet finansieras av ESFrådet och Strukturfondspartnerskapet i Västsverige.",
     ["ESFrådet", "Strukturfondspartnerskapet i Västsverige"]),
    ("PROJEKTÄGARE: NORRTÄLJE KOMMUN", ["NORRTÄLJE KOMMUN"]),
    ("Projektet drivs av Region\nKronoberg tillsammans med Växjö kommun.", ["Region\nKronoberg", "Växjö kommun"]),
    # A word the page copy hyphenated at the line end: joined, or with the name's own hyphen.
    ("I projektet deltar Arbetsförmedlingen och Försäkrings-\nkassan.", ["Arbetsförmedlingen", "Försäkrings-\nkassan"]),
    ("Projektägare är Region Väster-\nbotten.", ["Region Väster-\nbotten"]),
    ("Länsstyrelsen i Hallandslän fördelar pengarna.", ["Länsstyrelsen i Hallandslän"]),
    ("Praktiken sker hos Nolato AB:s fabrik.", ["Nolato AB:s"]),
    # National associations and companies named without their form (rows of additions.csv).
    ("I projektet deltar Frälsningsarmén, Skyddsvärnet, Handelsbanken och RISE.",
     ["Frälsningsarmén", "Skyddsvärnet", "Handelsbanken", "RISE"]),
]


@pytest.mark.parametrize("text, names", NAMES)
def test_bodies_in_no_list_and_their_forms(nlp, text, names):
    assert [e.text for e in nlp(text).ents if e.text in names] == names, [e.text for e in nlp(text).ents]


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


def test_places_persons_and_titles_are_no_bodies(nlp):
    for text in ("Målgruppen är anställda i Hallsbergs, Kumla och Askersunds kommuner.",
                 "Kursen hålls i Sundsvalls kommun.",
                 "Rapporten om projektet Förstudie Sundbybergs stad är klar.",
                 "Vi tackar Anna Lind och Per Holm från Region Gävleborg.",
                 "Projektkontoret placeras i Dalarna Science Park."):
        found = [e.text for e in nlp(text).ents]
        assert not [f for f in found if "kommun" in f or "stad" in f or "Park" in f
                    or f in ("Per Holm", "Anna Lind")], (text, found)


def test_ordinary_words_and_generic_nouns_are_no_bodies(nlp):
    for text in ("Läs mer på nästa sida om projektet.",  # "sida", not Sida
                 "Idrottsföreningen har beviljats stöd.",  # a generic noun, not a name
                 "Facken IF Metall och Unionen deltar.",
                 "Aktiviteterna hålls på Ideon i Lund."):  # the science park's premises: a place
        found = [e.text for e in nlp(text).ents]
        assert not [f for f in found if f in ("sida", "Idrottsföreningen", "Facken IF", "Ideon")], (text, found)
    assert "Ideon" in [e.text for e in nlp("Partners är Ideon och Lunds universitet.").ents]


def test_a_company_with_its_seat_is_one_company(nlp):
    names = [e.text for e in nlp("Projektet drivs med Näringslivsbolaget i Norrby AB. "
                                 "Verksamheten i Ekby Energi AB växer.").ents]
    assert names == ["Näringslivsbolaget i Norrby AB", "Ekby Energi AB"]


def test_an_association_or_federation_of_a_place_and_no_trailing_och(nlp):
    names = [e.text for e in nlp("Parterna är Ekby kommun och Samordningsförbundet i Norrby län. "
                                 "Beslutet fattades av Strukturfondspartnerskapet Övre Norrland och Region Västerbotten.").ents]
    assert "Samordningsförbundet i Norrby län" in names and "Strukturfondspartnerskapet Övre Norrland" in names, names


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
    assert roles_at(found, expected) == expected, found


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


def test_a_defined_acronym_stands_for_its_body(nlp):
    doc = nlp("Institutet för arbetsliv (ISF) är partner. ISF bidrar med utvärdering.")
    orgs = {e.text: e._.esf_org.name for e in doc.ents}
    assert orgs == {"Institutet för arbetsliv": "Institutet för arbetsliv", "ISF": "Institutet för arbetsliv"}


def test_an_acronym_used_as_the_projects_name_is_no_body(nlp):
    doc = nlp("Projekt LO - Lärande och omställning drivs av Region Norrby. "
              "I LO 2.0 deltar Arbetsförmedlingen.")
    assert [e.text for e in doc.ents if e.text == "LO"] == []
    assert "Arbetsförmedlingen" in [e.text for e in doc.ents]
    assert "LO" in [e.text for e in nlp("I projektet deltar LO och TCO.").ents]


def test_a_capitalised_determiner_before_a_type_word_names_no_body(found):
    for text in ("Varje förening har ett eget kontor i byn.",
                 "Respektive studieförbund skickar en faktura till förbundet.",
                 "Ny samhällsförening bildas i Storby\n\nMer om projektet.",
                 "Enda studieförbundet på plats\n\nI Storby finns ett kontor."):
        assert not found(text), (text, found(text))


def test_names_that_start_with_such_a_word_stay(found):
    for text, name in (
            ("Projektägare är Föreningen Nya Vindar i Storby.", "Föreningen Nya Vindar"),
            ("Projektägare är Ekbackens samhällsförening.", "Ekbackens samhällsförening"),
            ("Hela Människan i Storby driver projektet tillsammans med Storby kommun.", "Hela Människan"),
            ("Studieförbundet Vuxenskolan samarbetar med Storby hembygdsförening och Lillby "
             "idrottsförening.", "Lillby idrottsförening")):
        assert name in found(text), (text, found(text))
