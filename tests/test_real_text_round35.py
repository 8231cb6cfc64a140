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
