"""The forty-first round of rules, each on fictional sentences of its shape: strings read as
bodies that name none (development parts' and audits' false organisations)."""


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
