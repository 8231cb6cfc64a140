"""The twenty-seventh round of rules, each on fictional sentences of its shape: false finds in
real prose - bodies read where the text names a place, or names a grantor's work."""

import pytest


@pytest.mark.parametrize("text, surface", [
    ("Under året har vi tillsammans med AF tagit fram en modell för praktikplatser i Storfors "
     "kommun.", "Storfors kommun"),
    ("Ekbyleden i Storfors kommun liksom tätorterna i Hagfors ingår ej i området.",
     "Storfors kommun"),
])
def test_a_municipality_where_something_happens_is_a_place(found, text, surface):
    assert surface not in found(text), found(text)


def test_a_council_named_alone_belongs_to_the_municipality_named_as_a_place(found):
    names = found("Beviljade projekt i Storfors kommun\n\nKommunstyrelsen beslutade i dag att "
                  "bevilja Ekby byalag 40 000 kronor till projektet Ekbybadet.")
    assert "Storfors kommun" not in names, names
    assert names.get("Kommunstyrelsen", ("",))[0].startswith("Storfors kommun"), names
