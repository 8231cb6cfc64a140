"""The twenty-fourth round of rules, each on fictional sentences of its shape: who takes part in
real text. A grant list's line names its recipient last, before the amount, whatever the name is
built on ("• Titel, Ekby alpin, 45 000 kronor"): the recipient owns its project."""

import pytest

_LIST = ("Nämnden fördelade pengarna så här:\n"
         "• Vinterfesten 2025, Ekby alpin, 45 000 kronor\n"
         "• Nya skyltar, Stensjö byförening, 30 000 kronor\n"
         "• Ljusslingan, Ekbygdens Framtid, 20 000 kronor\n")


@pytest.mark.parametrize("surface", ["Ekby alpin", "Ekbygdens Framtid"])
def test_a_grant_lines_last_name_owns_it(found, surface):
    names = found(_LIST)
    assert names.get(surface, (None, None))[1] == "owner", names


def test_a_grant_line_with_euro_and_a_full_stop(found):
    names = found("Stöden i år:\n”Bryggan”, Ekby sjöscouter. 1.945 euro.\n”Taket”, Norrby alpin. "
                  "2.300 euro.\n”Fasaden”, Västerby jaktlag. 3.100 euro.\n")
    assert names.get("Ekby sjöscouter", (None, None))[1] == "owner", names


@pytest.mark.parametrize("text, word", [
    # one line is no list
    ("Nämnden beviljade:\n• Vinterfesten, Ekby alpin, 45 000 kronor\n", "Ekby alpin"),
    # a study's title, a body's district, a place: no recipient
    (_LIST + "• Region Ekby, Förstudie Vätgas Norr, 80 000 kronor\n", "Förstudie Vätgas Norr"),
    (_LIST + "• Röda korset, Ekby distriktet, 10 000 kronor\n", "Ekby distriktet"),
    (_LIST + "• Badplatsen, Umeå, 10 000 kronor\n", "Umeå"),
])
def test_no_recipient_outside_a_grant_list(found, text, word):
    assert word not in found(text), found(text)


@pytest.mark.parametrize("text, surface", [
    ("Det nya centret skulle bli Region Skånes nästa storsatsning inom turism.", "Region Skånes"),
    ("I år fick båda Ekby Science Parks sökta projekt stöd i prioriteringen.", "Ekby Science Parks"),
])
def test_a_genitive_before_its_adjectives_and_project_owns_it(found, text, surface):
    assert found(text).get(surface, (None, None))[1] == "owner", found(text)


def test_a_genitive_before_granted_projects_owns_none(found):
    names = found("Bland Region Skånes beviljade projekt märks Bron och Leden.")
    assert names.get("Region Skånes", (None, None))[1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text, surface", [
    ("På Gotland byggs en station, Ekbyfiskarna får bidrag till projektet Bron.", "Ekbyfiskarna"),
    ("Ekby Utveckling Väst har beviljats medel från Region Skånes miljöfond till projektet.",
     "Ekby Utveckling Väst"),
])
def test_a_name_before_receiving_money_by_its_noun_owns_it(found, text, surface):
    assert found(text).get(surface, (None, None))[1] == "owner", found(text)


@pytest.mark.parametrize("text, word", [
    ("Företagen får stöd genom gruppaktiviteter.", "Företagen"),
    ("Ägarskiftescentrum får stöd\nI Dalarna finns många företag.", "Ägarskiftescentrum"),
])
def test_a_first_word_alone_receiving_money_is_no_name(found, text, word):
    assert word not in found(text), found(text)


def test_fick_receives_as_far_does(found):
    names = found("Föreningen Ekbyfabriken fick i december 2012 medel från kommunstyrelsen för sitt arbete.")
    assert names.get("Föreningen Ekbyfabriken", (None, None))[1] == "owner", names


@pytest.mark.parametrize("text, surface", [
    ("Västra Götalandsregionen satsar 16,6 miljoner kronor på campus i Ekbyn.", "Västra Götalandsregionen"),
    ("Vi själva har svarat för en tiondel, Smedjebackens kommun har bidragit med 50 000 kronor.",
     "Smedjebackens kommun"),
    ("Flera projekt får stöd när Myndigheten för ungdoms- och civilsamhällesfrågor, MUCF, fördelar "
     "bidrag till 17 föreningar.", "Myndigheten för ungdoms- och civilsamhällesfrågor"),
])
def test_a_grantor_in_a_grant_sentence_is_no_recipient(found, text, surface):
    assert found(text).get(surface, (None, None))[1] not in ("owner", "partner"), found(text)


def test_a_name_after_for_in_a_list_line_owns_nothing(found):
    names = found("Beslutspunkter\n\n§ 64/20 Nytt bidragsreglemente för Nynäshamns kommun\n\n"
                  "§ 65/20 Kulturprogram för Nynäshamns kommun, 2021-2024\n\n"
                  "§ 66/20 Idrottsprogram för Nynäshamns kommun 2021-2024\n\n§ 67/20 Avtal med Region Stockholm\n")
    assert names.get("Nynäshamns kommun", (None, None))[1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text, word", [
    ("Projektet drivs av: Ekby Folkets hus förening u.p.a.\n\nBeskrivning av projektet", "Ekby Folkets"),
    ("Det leds av Centrum för sociala innovationer i Wien.", "Centrum"),
])
def test_a_slot_name_going_on_in_lower_case_is_not_cut(found, text, word):
    assert word not in found(text), found(text)


def test_a_slot_name_before_for_att_is_kept(found):
    names = found("Projektet drivs av Ekbygruppen för att stärka byn.")
    assert "Ekbygruppen" in names, names


@pytest.mark.parametrize("text, surface", [
    ("Kommunstyrelsen i Lysekil har beslutat att säga ja till att medfinansiera ett Leaderprojekt.",
     "Kommunstyrelsen i Lysekil"),
    ("LRF Västernorrlands styrelse har beslutat att gå med som medfinansiär i Ekbyringens projekt.",
     "LRF Västernorrlands"),
])
def test_a_decision_to_cofinance_takes_part(found, text, surface):
    assert found(text).get(surface, (None, None))[1] == "partner", found(text)


def test_a_decision_to_grant_takes_no_part(found):
    names = found("Umeå kommun har beslutat att bevilja projektet Bron 200 000 kronor.")
    assert names.get("Umeå kommun", (None, None))[1] not in ("owner", "partner"), names


def test_a_genitive_before_a_project_number_owns_nothing(found):
    names = found("Studien är finansierad av Energimyndigheten. Energimyndighetens projektnummer: 4711")
    assert names.get("Energimyndighetens", (None, None))[1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text, surface, role", [
    ("Deltagare är Arbetsförmedlingen och kommunen. Linköpings Samordningsförbund medverkar med projektmedel.",
     "Linköpings Samordningsförbund", "funder"),
    ("Västra Götalandsregionen ansvarar för att finansiera insatser som främjar tillväxt, säger Anna Berg.",
     "Västra Götalandsregionen", "funder"),
    ("– De pengar som Region Västerbotten bidrar med kan växlas upp med EU-medel.", "Region Västerbotten", "funder"),
    ("Arvika kommun bidrar med medel till projektet.", "Arvika kommun", "partner"),
])
def test_a_region_or_samordningsforbund_giving_money_grants(found, text, surface, role):
    assert found(text).get(surface, (None, None))[1] == role, found(text)


@pytest.mark.parametrize("text, names_in", [
    ("Fastighetsbolagen Ekhuset, Bygg- och Markfastigheter och Norrbo skjuter till 1,5 miljoner kronor.",
     ["Ekhuset", "Bygg- och Markfastigheter", "Norrbo"]),
    ("Bland övriga finansiärer finns Region Skåne och klusterorganisationen PackEkby.", ["PackEkby"]),
    ("Organisationen Jagvillbo.nu får 572 000 kronor för att inkludera unga.", ["Jagvillbo.nu"]),
])
def test_a_compound_type_noun_introduces_its_bodies(found, text, names_in):
    names = found(text)
    assert all(n in names for n in names_in), names


@pytest.mark.parametrize("text, word", [
    ("När leaderföreningen Sjö, skog och fjäll bildades fanns önskemål från kommunerna.", "Sjö"),
    ("Idrottsföreningen Kville deltar i projektet.", "Kville"),
])
def test_no_typed_name_cut_short(found, text, word):
    assert word not in found(text), found(text)


@pytest.mark.parametrize("text, surface", [
    ("Vi önskar er en god jul!\n\n10 miljoner kronor till Ideell Ekbyallians\n\n14 dec 2022", "Ideell Ekbyallians"),
    ("Flera rör samverkan och bland annat beviljas medel till Regionsamverkan Sydsverige.", "Regionsamverkan Sydsverige"),
])
def test_money_to_a_named_body_makes_it_the_recipient(found, text, surface):
    assert found(text).get(surface, (None, None))[1] == "owner", found(text)


@pytest.mark.parametrize("text, word", [
    ("Regionen ger medel till Lokalt ledd utveckling.", "Lokalt"),
    ("De ger 40 000 kronor till Anna Berg.", "Anna Berg"),
])
def test_money_to_a_word_or_a_person_names_no_body(found, text, word):
    assert word not in found(text), found(text)


def test_a_forms_money_field_is_no_grant_line(found):
    names = found(_LIST + "Beviljat belopp, 95 000 kronor\nTotal budget, 6 700 000 kronor\n")
    assert "Beviljat belopp" not in names and "Total budget" not in names, names
