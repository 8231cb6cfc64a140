"""The twenty-sixth round of rules, each on fictional sentences of its shape: bodies and their
roles in project prose. Lists of bare town or region names stand for the bodies their plural
head names ("Andra kommuner som ingick i projektet var A, B och C", "Regionerna i A, B och C",
"A, B- och C kommuner")."""

import pytest


@pytest.mark.parametrize("text, surface, canonical", [
    ("Andra kommuner som ingick i satsningen var Hässleholm, Tomelilla och Ronneby.",
     "Tomelilla", "Tomelilla kommun"),
    ("Dalslandskommunerna Bengtsfors, Dals-Ed och Åmål ordnar en gemensam mässa.",
     "Dals-Ed", "Dals-Eds kommun"),
    ("Nordanstigs, Hudiksvalls- Tierps- och Östhammars kommuner är med i nätverket.",
     "Tierps-", "Tierps kommun"),
    ("Regionerna i Norrbotten, Västerbotten och Kronoberg följer arbetet.",
     "Västerbotten", "Region Västerbotten"),
])
def test_a_bare_list_under_a_plural_head_names_each_body(found, text, surface, canonical):
    names = found(text)
    assert names.get(surface, (None, None))[0] == canonical, names


@pytest.mark.parametrize("text, word", [
    # one known name is no list; a collective by its area stays one
    ("Regionerna i Norrbotten och Ekbyland följer arbetet.", "Norrbotten"),
    ("Vi väntar svar från Ekby- och Västeråkers kommuner.", "Ekby-"),
])
def test_no_list_of_one_known_name(found, text, word):
    assert word not in found(text), found(text)


@pytest.mark.parametrize("text, surface", [
    ("Tolv orter är med i nätverket.\n\nDe deltagande kommunerna Arvidsjaur, Storuman och Flen.",
     "Storuman"),
    ("Ekby folkhögskola ledde arbetet. Andra kommuner som ingick i projektet var Hässleholm, "
     "Tomelilla och Ronneby.", "Tomelilla"),
    ("Föreningen Ekbygdens Framtid driver förstudien.\n\nFöljande kommuner är partners i "
     "förstudien:\n\n  • Bengtsfors\n  • Färgelanda\n  • Årjäng", "Färgelanda"),
])
def test_a_list_under_a_head_of_taking_part_are_partners(found, text, surface):
    names = found(text)
    assert names.get(surface, (None, None))[1] == "partner", names


def test_a_past_verb_of_taking_part_stays_mentioned_outside_the_cue(found):
    names = found("Hässleholm, Tomelilla och Ronneby kommuner deltog i en tidigare mässa.")
    assert names.get("Tomelilla", (None, None))[1] == "mentioned", names


def test_a_misspelt_line_does_not_end_a_list_of_towns(found):
    names = found("Föreningen Ekbygdens Framtid driver förstudien.\n\nFöljande kommuner är partners i "
                  "förstudien:\n\n  • Bengtsfors\n  • Ekbyholm Ed\n"
                  "  • Färgelanda\n  • Årjäng")
    assert names.get("Årjäng", (None, None))[1] == "partner", names
    assert "Ekbyholm Ed" not in names, names


@pytest.mark.parametrize("text, canonical, role", [
    ("Tranås kommun satsar på besöksnäringen. Kommunledningsutskottet har därför beviljat medel "
     "till ett nytt projekt.", "Tranås kommun, Kommunledningsutskottet", None),
    ("Region Halland har beviljat medel till tolv projekt. Intresset gjorde att Regionstyrelsens "
     "tillväxtutskott valde att skjuta till mer pengar till utlysningen.",
     "Region Halland, Regionstyrelsens tillväxtutskott", None),
    ("Ärendet gäller Tranås kommun. KOMMUNSTYRELSENS ARBETSUTSKOTT beslutar att delta i projektet.",
     "Tranås kommun, KOMMUNSTYRELSENS ARBETSUTSKOTT", "funder"),
])
def test_a_councils_committee_is_its_bodys_unit_and_decides(found, text, canonical, role):
    by_canonical = {c: r for c, r in found(text).values()}
    assert canonical in by_canonical, by_canonical
    assert role is None or by_canonical[canonical] == role, by_canonical


def test_the_bare_word_utskottet_is_no_unit(found):
    assert not any("utskott" in s.lower() for s in found("Tranås kommun har ett utskottet för "
                                                         "frågan. Utskottet beslutade i maj.")), found


def test_the_leader_association_of_halsingland_by_its_own_name(found):
    names = found("Ekby bygdegårdsförening får 40 000 kronor i stöd från Utveckling Hälsingebygden "
                  "till en ny scen.")
    assert names.get("Utveckling Hälsingebygden", (None, None)) == ("Utveckling Hälsingebygden", "funder"), names


@pytest.mark.parametrize("text, surface", [
    ("Nämnden beviljade understöd enligt följande:\nEkby Vänner i Norrvik rf 500€, Västerby "
     "byaskolas Ungdomsförening rf 700€.", "Västerby byaskolas Ungdomsförening rf"),
    ("Projektägare: Ekby Vänner i Norrvik rf\nKontaktperson: Anna", "Ekby Vänner i Norrvik rf"),
    ("Projektägare: Ekbyn kehitys ry\n\nPartners: Norrviken kylä ry (Finland) och Leader Ekby ry "
     "(Finland)", "Norrviken kylä ry"),
])
def test_a_registered_association_of_finland_runs_left_to_its_start(found, text, surface):
    assert surface in found(text), found(text)


def test_a_registered_association_inside_a_sentence_is_not_widened(found):
    names = found("Projektet drivs av Ekby i Norrvik rf och kommunen.")
    assert "Ekby i Norrvik rf" not in names, names


def test_only_towns_follow_a_list_colon_over_a_blank_line(found):
    names = found("Ekby förening driver projektet. Följande aktörer är partners i förstudien:\n\n"
                  "  • Norrby Trä\n  • Västerby Plåt")
    assert "Norrby Trä" not in names and "Västerby Plåt" not in names, names
