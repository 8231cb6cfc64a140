"""The thirty-fifth round of rules, each on fictional sentences of its shape, from an audit of project
descriptions on organisations' own pages pooled with the development parts and earlier audits."""


def test_a_leader_group_under_an_owner_label_owns_the_project(found):
    names = found("Projektnamn: Bygdekraft\n\nProjektägare: Leader Nordmark\n\nFond: Socialfonden")
    assert names.get("Leader Nordmark", (None, None))[1] == "owner", names
    names = found("Om projektet\n\nProjektägare\nLeader Älvdalsbygd\n\nProjektledare\nKarin Berg")
    assert names.get("Leader Älvdalsbygd", (None, None))[1] == "owner", names
    names = found("Projektägare: Hembygdsföreningen Ekås\nMedfinansiär: Leader Nordmark")
    assert names.get("Leader Nordmark", (None, None))[1] == "funder", names
    names = found("Kontakta Leader Älvdalsbygd om du vill bli projektägare.")
    assert names.get("Leader Älvdalsbygd", (None, None))[1] == "mentioned", names


def test_national_associations_and_their_branches_are_bodies(found):
    names = found("Bidrag får Reumatikerförbundet Kalmar län och Hjärnskadeförbundet Hjärnkraft Kalmar län.")
    assert names.get("Reumatikerförbundet Kalmar län", (None, None))[1] == "owner", names
    assert names.get("Hjärnskadeförbundet Hjärnkraft Kalmar län", (None, None))[1] == "owner", names
    names = found("Projektet sker i samarbete med Sportfiskarna och Ekby IF.")
    assert names.get("Sportfiskarna", (None,))[0] == "Sveriges Sportfiske- och Fiskevårdsförbund", names
