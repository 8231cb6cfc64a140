"""The forty-third round: a participant-precision audit of new text (no rule reached the bar);
one gazetteer addition for a regional office whose name the body shape cut short."""


def test_a_regional_coompanion_office_keeps_its_county(found):
    for text in ("ProjektfasGenomförande\nProjektägareCoompanion i Jönköpings län\nKontaktpersonA B",
                 "Projektägare är Coompanion i Jönköpings län och projektet pågår i två år."):
        names = found(text)
        assert "Coompanion i Jönköpings län" in names, (text, names)
        assert "Coompanion i Jönköpings" not in names, (text, names)
