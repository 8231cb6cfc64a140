"""Who a person named in a quote or a caption speaks for (extract/partners/roles/: attribution.py,
default_role.py), on fictional sentences of each shape: a recipient's or a project leader's body
takes part, a quote's dash is no list bullet, and a photo caption names each person before the
body."""

import pytest

from .readings import PARTICIPANTS, role_of

RECIPIENTS_QUOTED = [
    "– Projektet har fått 3 miljoner kronor och nu kan vi äntligen börja, säger Eva Ek, "
    "projektledare på Kalix kommun.",
    "– Vi är så glada att vår ansökan beviljades av ESF-rådet, säger Eva Ek, verksamhetschef på "
    "Kalix kommun.",
    "– Söktrycket var stort och vi har beviljats medel, säger Eva Ek, projektledare på Kalix kommun.",
]


@pytest.mark.parametrize("text", RECIPIENTS_QUOTED)
def test_a_recipients_body_keeps_its_reading(roles, text):
    found = roles(text)
    assert found.get("Kalix kommun") == "owner", found


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
    assert role_of(found(text), surface) == role, found(text)


def test_a_project_leader_at_a_grantor_makes_it_no_participant(found):
    names = found("– Det är roligt, säger Eva Berg, projektledare på Tillväxtverket.")
    assert role_of(names, "Tillväxtverket") not in PARTICIPANTS, names


def test_a_quote_on_money_is_no_list_item_under_a_partner_header(found):
    # The quote's dash is no bullet: the speaker's body hands out the money.
    names = found("Projektet genomförs i samverkan med lokala aktörer i Hylte.\n\n– Pengarna från "
                  "regionen gör stor skillnad för bygden, berättar Karin Lund, handläggare vid "
                  "Region Halland.")
    assert role_of(names, "Region Halland") == "mentioned", names


def test_a_quote_on_the_work_or_a_recipients_quote_keeps_its_reading(found):
    names = found("Projektet genomförs i samverkan med lokala aktörer i Hylte.\n\n– Vi ser fram emot "
                  "att fördjupa samarbetet med kommunen, säger Lisa Ek, rektor på Ljungby folkhögskola.")
    assert role_of(names, "Ljungby folkhögskola") == "partner", names
    names = found("Samverkansparter i projektet:\n– Hylte kommun\n– Ljungby folkhögskola")
    assert role_of(names, "Hylte kommun") == "partner", names
    names = found("Beviljade projekt:\n– Ekby byalag, 200 000 kronor\n– Norrby hembygdsförening, "
                  "150 000 kronor")
    assert role_of(names, "Ekby byalag") == "owner", names


def test_a_photo_caption_names_each_person_before_his_body(found):
    names = found("Från vänster: Anna Lidberg, Norrby BK, Per Sandell, Sjöbo kommun, Eva Marklund "
                  "och Lars Berggren, Sjövik IF.")
    assert {"Norrby BK", "Sjöbo kommun", "Sjövik IF"} <= set(names), names
    assert not {"Per Sandell", "Eva Marklund", "Lars Berggren"} & set(names), names
