"""The thirty-first round of rules, each on fictional sentences of its shape: false
participants found on new, unannotated real prose (a second precision audit)."""

import pytest


@pytest.mark.parametrize("text, surface", [
    ("Under våren renoverades bygdegården. Region Värmland var huvudfinansiär för projektet "
     "och beviljade 300 000 kronor.", "Region Värmland"),
    ("Föreningen har ansökt om 400 000 kronor. Kommunstyrelsen beslutade att man som styrelse "
     "för stiftelsen Ekby minnesfond, har möjlighet att finansiera 90 000 kronor av bidraget.",
     "Ekby minnesfond"),
    ('Länsmuseet har fått 5 000 euro från "Stiftelsen Norrsken" för att genomföra '
     "utställningen.", "Stiftelsen Norrsken"),
    ("För att bygga nya spår finns Riksidrottsförbundets (RF) stöd till anläggningar som "
     "föreningar kan söka.", "Riksidrottsförbundet"),
])
def test_a_body_named_as_the_giver_of_a_grant_is_no_recipient(found, text, surface):
    names = found(text)
    hit = [v for k, v in names.items() if surface in k or k in surface]
    assert all(v[1] not in ("owner", "partner") for v in hit), names


def test_a_co_financer_is_not_read_as_a_giver(found):
    names = found("Ekby byalag får 200 000 kronor i bidrag. Region Värmland är medfinansiär i "
                  "projektet.")
    assert names.get("Ekby byalag", (None, None))[1] == "owner", names
    assert names.get("Region Värmland", (None, None))[1] == "partner", names
