"""The eighteenth round of rules, each on fictional sentences of its shape: the body of who is
quoted on applications or grants ("– Söktrycket var stort, säger A, verksamhetschef vid X")
hands the money out and takes no part."""

import pytest

PARTICIPANTS = ("owner", "partner")


GRANT_OFFICERS = [
    ("– Vi har fått in 40 ansökningar och kan bevilja hälften, säger Jonas Berg, verksamhetschef "
     "för tillväxt, Region Örebro län.", "Region Örebro län"),
    ("– Vi kunde bevilja nästan alla ansökningar i år och projekten får mer pengar, säger Per Lind "
     "(C), ordförande Regionala tillväxtnämnden.", "Regionala tillväxtnämnden"),
    ("– Många projekt som beviljades medel i dag kommer att göra skillnad, berättar Sara Nyström, "
     "handläggare på Länsstyrelsen i Kalmar län.", "Länsstyrelsen i Kalmar län"),
]


@pytest.mark.parametrize("text, name", GRANT_OFFICERS)
def test_the_body_of_who_is_quoted_on_grants_takes_no_part(roles, text, name):
    found = roles(text)
    assert name in found and found[name] not in PARTICIPANTS, found


def test_a_project_leaders_body_keeps_its_reading(roles):
    found = roles("– Projektet har fått 3 miljoner kronor och nu kan vi äntligen börja, säger Eva Ek, "
                  "projektledare på Kalix kommun.")
    assert found.get("Kalix kommun") == "owner", found
