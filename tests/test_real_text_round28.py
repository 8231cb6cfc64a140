"""The twenty-eighth round of rules, each on fictional sentences of its shape: false
participants found on new, unannotated real prose (a precision audit)."""

import pytest


@pytest.mark.parametrize("text, surface", [
    ("Av 120 ansökningar har Riksantikvarieämbetet valt 30 som får bidrag för "
     "kulturarvsprojekt.", "Riksantikvarieämbetet"),
    ("Energimyndigheten har publicerat vilka projekt som delar på 40 miljoner kronor för "
     "biogas.", "Energimyndigheten"),
    ("De beviljade ansökningarna gäller laddplatser, men Naturvårdsverket vill se fler "
     "ansökningar från föreningar.", "Naturvårdsverket"),
    ("Ekbyskolan har blivit beviljad ett projekt.\n\nTillväxtverket (Jordbruksverkets "
     "landsbygdsprogram) har beviljat 2 miljoner till Ekby byalag.", "Jordbruksverket"),
])
def test_a_grant_giving_agency_in_a_grant_sentence_is_no_recipient(found, text, surface):
    names = found(text)
    assert names.get(surface, (None, None))[1] not in ("owner", "partner"), names


@pytest.mark.parametrize("text, surface", [
    ("Naturvårdsverket får 50 miljoner kronor för projektet Våtmark Ekby.",
     "Naturvårdsverket"),
    ("I år beviljades Boverket 3 miljoner kronor för projektet Ekby torg.", "Boverket"),
])
def test_a_grant_giving_agency_that_receives_keeps_the_grant_reading(found, text, surface):
    names = found(text)
    assert names.get(surface, (None, None))[1] == "owner", names


def test_the_recipient_beside_a_giving_agency_keeps_its_part(found):
    names = found("Av 120 ansökningar har Riksantikvarieämbetet valt 30 som får bidrag, bland "
                  "dem Ekby hembygdsförening som får 40 000 kronor.")
    assert names.get("Ekby hembygdsförening", (None, None))[1] == "owner", names
