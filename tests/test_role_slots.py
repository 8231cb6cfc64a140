"""Unknown names in a role phrase's slot (extract/partners/names/role_slots.py), on fictional sentences:
a body whatever its name is built on, going on in lower case up to a comma, "och" or a full stop,
after "ett samarbete mellan" or a form's label; places, persons, funds, plurals of a kind of body
and lone words after a partner phrase are not; the same through focus as without it."""

import pytest

from esfgraph.extract.partners.mentions import mentions_from_doc, pipe_mentions
from esfgraph.extract.partners.names.role_slots import slot_hits

from .readings import PARTICIPANTS

SLOTS = [
    ("Projektet ägs av Norrskensgruppen och riktar sig till unga.", {"Norrskensgruppen": "owner"}),
    ("Projektet drivs av Fjällnära Utveckling. Målgruppen är unga vuxna.",
     {"Fjällnära Utveckling": "partner"}),
    ("Projektägare är Bergslagens Resurscentrum.", {"Bergslagens Resurscentrum": "owner"}),
    ("Satsningen sker i samverkan med Fjällnära Utveckling och Älvdalsbygdens Resurscentrum.",
     {"Fjällnära Utveckling": "partner", "Älvdalsbygdens Resurscentrum": "partner"}),
    ("Projektet genomförs med Bergsgårdens Idéhus som huvudman och pågår till 2027.",
     {"Bergsgårdens Idéhus": "owner"}),
    ("Ansvarig för projektet är Kustbygdens Näringslivsråd, med stöd från ESF-rådet.",
     {"Kustbygdens Näringslivsråd": "owner", "ESF-rådet": "funder"}),
    ("Projektet drivs av Lindgårdens Idéhus tillsammans med Umeå kommun.",
     {"Lindgårdens Idéhus": "partner", "Umeå kommun": "partner"}),
    # More role nouns, the inverted verbs of taking part, lists through known bodies,
    # company head words, one word in a list of bodies or ending in a body's head word.
    ("Projektets partner är Kvarnbyns Snickeri, Ådalens Bygg och Norrstrands Mekaniska.",
     {"Kvarnbyns Snickeri": "partner", "Ådalens Bygg": "partner", "Norrstrands Mekaniska": "partner"}),
    ("Samverkanspartner i projektet är Hälsinglands Sparbank.", {"Hälsinglands Sparbank": "partner"}),
    ("I projektet deltar även Kvarnbyns Snickeri och Ådalens Bygg.",
     {"Kvarnbyns Snickeri": "partner", "Ådalens Bygg": "partner"}),
    ("Samarbetspartners: Umeå kommun, Fjällnära Utveckling, Ådalens Bygg\n",
     {"Umeå kommun": "partner", "Fjällnära Utveckling": "partner", "Ådalens Bygg": "partner"}),
    ("Projektet drivs tillsammans med Arbetsförmedlingen, Norrvärme och Fjällkraft.",
     {"Arbetsförmedlingen": "partner", "Norrvärme": "partner", "Fjällkraft": "partner"}),
    ("Umeå kommun samarbetar med Fjällkraft i projektet.", {"Umeå kommun": "partner", "Fjällkraft": "partner"}),
    ("Arbetsgivare som deltar: Norrvärme, Kvarnbyns Snickeri, Ådalens Bygg",
     {"Norrvärme": "partner", "Kvarnbyns Snickeri": "partner", "Ådalens Bygg": "partner"}),
    ("Ansvarig organisation: Bergslagens Resurscentrum", {"Bergslagens Resurscentrum": "owner"}),
]


@pytest.mark.parametrize("text, roles", SLOTS)
def test_a_name_in_a_role_slot_is_a_body(nlp, text, roles):
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text))}
    assert found == roles


@pytest.mark.parametrize("text", [
    "Vi arbetar tillsammans med Anna Lind och Per Holm i projektet.",  # persons
    "Hon bor tillsammans med Karin i Umeå.",                           # a lone first name
    "Projektet är finansierat av Europeiska socialfonden.",             # a fund, no slot
    "Kursen genomförs i samarbete med Sundsvall.",                     # a place
    "Projektet drivs av Europeiska Socialfonden och Interreg.",         # funds and programmes
    "Projektet genomförs i samarbete med Karin och Per.",               # first names alone
    "De som deltar är Anna och Lisa.",                                 # first names alone
    "Vi arbetar tillsammans med Lunds universitet, Campus Helsingborg.",  # a campus, no list
])
def test_persons_places_and_funds_in_a_slot_are_no_bodies(nlp, text):
    assert [e.text for e in nlp(text).ents if e._.esf_rule == "pattern:role_slot"] == []


def test_a_slot_keeps_its_sentence_through_focus(nlp):
    text = ("Inget namn här.\nProjektet drivs av Fjällnära Utveckling i år.\nInget mer här.\n"
            "Vi samarbetar med Kustbygdens Näringsråd som huvudman.")
    full = mentions_from_doc(nlp(text))
    assert [m.surface for m in full] == ["Fjällnära Utveckling", "Kustbygdens Näringsråd"]
    assert [m for _, m in pipe_mentions(nlp, [(text, None, None)])] == [full]


def test_slot_hits_need_a_capital_after_the_phrase():
    text = "Arbetet drivs av oss. Det leds av Nordanvind."
    assert [text[a:b] for a, b in slot_hits(text, text.lower())] == ["leds av "]


def test_slot_hits_read_every_spacing_and_capital():
    text = ("Projektet drivs  av\nFoo AB. Ansvarig för   projektet\n är Éonstad Energi. "
            "Tillsammans Med Alfa Bygg; projektägare : Norrgården. Det ägs av ingen.")
    assert [text[a:b] for a, b in slot_hits(text, text.lower())] == [
        "drivs  av\n", "Ansvarig för   projektet\n är ", "Tillsammans Med ", "projektägare : "]


def test_heading_lines_over_unknown_names_are_bodies(nlp):
    text = "Bakgrund\nProjektet startade i år.\n\nPartners\nUmeå kommun\nFjällkraft\nNorrvärme\n\nMål\nArbete."
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text))}
    assert found == {"Umeå kommun": "partner", "Fjällkraft": "partner", "Norrvärme": "partner"}
    assert [m for _, m in pipe_mentions(nlp, [(text, None, None)])] == [mentions_from_doc(nlp(text))]


def test_the_owner_named_without_its_company_form_is_the_owner(nlp):
    from esfgraph.extract.organisations.resolve import org_from_shape
    owner = org_from_shape("Norrby Innovation Park AB")
    text = "Projektet drivs av Norrby Innovation Park tillsammans med Region Norrbotten."
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text), owner)}
    assert found.get("Norrby Innovation Park") == "owner", found
    assert found.get("Region Norrbotten") == "partner", found


def test_an_agencys_local_office_as_owner_is_the_agency(nlp):
    from esfgraph.extract.organisations.resolve import resolve_owner
    for raw, unit in (("Försäkringskassan Norrhamn Hk", "Norrhamn Hk"),
                      ("Försäkringskassan i Norrhamn", "Norrhamn")):
        owner, units, _ = resolve_owner(raw)
        assert (owner.name, units) == ("Försäkringskassan", (unit,)), (raw, owner, units)
    owner, units, _ = resolve_owner("Norrhamnshem Huvudkontoret")
    assert (owner.name, units) == ("Norrhamnshem", ("Huvudkontoret",))
    assert resolve_owner("Företagarna Norrhamn")[0].name == "Företagarna Norrhamn"
    text = "Projektet sker i samverkan mellan Försäkringskassan och Norrhamns kommun."
    owner = resolve_owner("Försäkringskassan Norrhamn")[0]
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text), owner)}
    assert found.get("Försäkringskassan") == "owner", found


def test_the_national_name_of_a_local_owner_is_the_owner_where_a_cue_says_so(nlp):
    from esfgraph.extract.organisations.resolve import resolve_owner
    owner = resolve_owner("Företagarna Norrby")[0]
    text = "Kommunen har bett Företagarna att vara projektägare tillsammans med Region Norrbotten."
    found = {m.surface: (m.role, m.org.name) for m in mentions_from_doc(nlp(text), owner)}
    assert found.get("Företagarna") == ("owner", "Företagarna Norrby"), found
    text = "Kommunen har bett Företagarna att vara projektägare."
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text), resolve_owner("Hofors kommun")[0])}
    assert found.get("Företagarna") == "partner", found


LOWER_CASE_TAILS = [
    ("Projektägare är Visit Kalmar och Ölands turistråd.", "Ölands turistråd"),
    ("I samverkan med Högskolan Väst, Regionalt resurscentrum unga samt Region Halland.",
     "Regionalt resurscentrum unga"),
    ("Projektet drivs av Gotlands 4H distrikt.", "Gotlands 4H distrikt"),
]


@pytest.mark.parametrize("text, name", LOWER_CASE_TAILS)
def test_a_slot_name_goes_on_in_lower_case(roles, text, name):
    found = roles(text)
    assert found.get(name) in PARTICIPANTS, found


def test_a_sentence_word_ends_the_slot_name(roles):
    found = roles("Projektet genomförs tillsammans med Region Jämtland Härjedalen och Jämtkraft idag.")
    assert found.get("Jämtkraft") == "partner", found
    found = roles("Utbildningen, som i samarbete med Fjällvind och Norrsken genomförs, startar i maj.")
    assert "Norrsken genomförs" not in found, found


BETWEEN_SLOTS = [
    ("Satsningen är ett samarbete mellan Region Västmanland, Norrsken Energi och Bergslagens Byalag.",
     ("Norrsken Energi", "Bergslagens Byalag")),
    ("Projektet sker i samverkan mellan Kumla kommun, Vindora och Grönviks Trädgård.", ("Vindora",)),
]


@pytest.mark.parametrize("text, names", BETWEEN_SLOTS)
def test_names_after_a_collaboration_between_are_partners(roles, text, names):
    found = roles(text)
    assert all(found.get(n) == "partner" for n in names), found


def test_a_kind_of_body_in_the_plural_is_no_name(roles):
    found = roles("Utbildningen bygger på ett samarbete mellan Skogsstyrelsen och Länsstyrelserna.")
    assert found.get("Skogsstyrelsen") == "partner" and "Länsstyrelserna" not in found, found


def test_a_wished_for_collaboration_names_no_body(roles):
    assert roles("Styrelsen vill se ett närmare samarbete mellan Dalabygden och Siljansbygden.") == {}


@pytest.mark.parametrize("text, word", [
    ("Projektet drivs av: Ekby Folkets hus förening u.p.a.\n\nBeskrivning av projektet", "Ekby Folkets"),
    ("Det leds av Centrum för sociala innovationer i Wien.", "Centrum"),
])
def test_a_slot_name_going_on_in_lower_case_is_not_cut(found, text, word):
    assert word not in found(text), found(text)


def test_a_slot_name_before_for_att_is_kept(found):
    names = found("Projektet drivs av Ekbygruppen för att stärka byn.")
    assert "Ekbygruppen" in names, names


@pytest.mark.parametrize("text, name", [
    ("Projektet drivs av: Ekbackens ideell förening\n\nBeskrivning av projektet", "Ekbackens ideell förening"),
    ("Projektnamn: Ån i byn Sökande: Bygdegårdsföreningen Norrby station Syfte: Projektet syftar till "
     "att visa byn.", "Bygdegårdsföreningen Norrby station"),
    ("- Mottagare: Lillö bygderåd i samverkan med aktörer på ön.", "Lillö bygderåd"),
])
def test_a_form_label_names_the_body_after_it_whole(found, text, name):
    names = found(text)
    assert name in names and names[name][1] in PARTICIPANTS, names


def test_a_one_word_name_going_on_in_lower_case_is_no_body(found):
    names = found("- Mottagare: Alby kungsgårds intresseförening i samverkan med aktörer i bygden.")
    assert "Alby" not in names, names
