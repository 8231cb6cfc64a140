"""The twenty-fifth round of rules, each on fictional sentences of its shape: who takes part in
project prose when no cue stands beside the name."""

import pytest


@pytest.mark.parametrize("text, surface", [
    ("Förutom Region Gotland är flera andra aktörer i Ekby med i projektet: Ekby Handel AB och "
     "Norrby Bygg AB.", "Region Gotland"),
    ("Förutom Ekbyhuset och Umeå kommun omnämns ytterligare samarbetsorganisationer i arbetet.",
     "Umeå kommun"),
    ("Vid sidan om Luleå kommun står även Ekby Fiber AB bakom satsningen.", "Luleå kommun"),
])
def test_a_body_set_beside_those_who_take_part_takes_part(found, text, surface):
    assert found(text).get(surface, (None, None))[1] == "partner", found(text)


@pytest.mark.parametrize("text, surface", [
    # beside money: the body grants it; beside no one who takes part: a place, nothing more
    ("Förutom Region Västerbotten bidrar Umeå kommun med 1 miljon kronor.", "Region Västerbotten"),
    ("Förutom Umeå kommun finns det många kommuner i länet.", "Umeå kommun"),
])
def test_a_body_beside_money_or_no_one_takes_no_part(found, text, surface):
    assert found(text).get(surface, (None, None))[1] not in ("partner", "owner"), found(text)


def test_a_sentences_first_word_is_no_part_of_a_coordinated_name(found):
    names = found("Förutom Ekbyhus Bygg och Umeå kommun deltar även Region Västerbotten.")
    assert "Förutom Ekbyhus Bygg" not in names and names.get("Ekbyhus Bygg", (None, None))[1] \
        == "partner", names


@pytest.mark.parametrize("text, surface, role", [
    ("Vi hjälper fler till jobb, säger Anna Ek som är huvudprojektledare på Arbetsförmedlingen.",
     "Arbetsförmedlingen", "owner"),
    ("– Det blir bra, säger Anna Ek, projektkoordinator, Karlstads kommun.", "Karlstads kommun",
     "owner"),
    ("De båda projektledarna från Lunds kommun ska hjälpa föreningarna.", "Lunds kommun", "owner"),
    ("– Det blir bra, säger Per Ek, delprojektledare, Storfors kommun.", "Storfors kommun",
     "partner"),
    ("Eva Berg är projektledare för Region Gävleborgs del i projektet.", "Region Gävleborgs",
     "partner"),
])
def test_a_project_leaders_body_takes_part(found, text, surface, role):
    assert found(text).get(surface, (None, None))[1] == role, found(text)


def test_a_project_leader_at_a_grantor_makes_it_no_participant(found):
    names = found("– Det är roligt, säger Eva Berg, projektledare på Tillväxtverket.")
    assert names.get("Tillväxtverket", (None, None))[1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text, surface", [
    ("Region Västerbotten har beviljat stöd till tre projekt. Umeå kommun ska genom projektet Nya "
     "spår utveckla metoder för unga.", "Umeå kommun"),
    ("Ekby kulturskola har länge saknat lokaler. I projektet vill Region Gävleborg skapa en modell "
     "för möten.", "Region Gävleborg"),
])
def test_a_body_doing_the_projects_work_takes_part(found, text, surface):
    assert found(text).get(surface, (None, None))[1] == "partner", found(text)


@pytest.mark.parametrize("text, surface", [
    # the project's grantor, and a body that is only where the project's people come from
    ("Företagen har fått 3 miljoner kronor av Tillväxtverket i projektet Växtzon.", "Tillväxtverket"),
    ("Deltagare från Umeå kommun ska i projektet få stöd till jobb.", "Umeå kommun"),
])
def test_a_body_beside_its_projects_words_only_takes_no_part(found, text, surface):
    assert found(text).get(surface, (None, None))[1] not in ("partner", "owner"), found(text)


def test_the_first_body_doing_its_projects_work_keeps_its_owner_reading(found):
    names = found("Umeå kommun ska genom projektet Nya spår utveckla metoder för unga. Projektet "
                  "pågår till 2026 och samverkar med skolorna.")
    assert names.get("Umeå kommun", (None, None))[1] == "owner", names
