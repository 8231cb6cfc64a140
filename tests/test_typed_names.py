"""Unknown names a type noun introduces (extract/partners/names/typed_names.py), on fictional sentences of
each shape: the kind the noun names, a compound type noun, and no name cut short or found where
the noun introduces none."""

import pytest


def test_a_type_noun_names_the_kind_of_its_unknown_names(nlp):
    doc = nlp("I projektet deltar företagen Kvarnbo Bygg och Ljungtec samt nätverket Unga Entreprenörer.")
    assert [(e.text, e._.esf_org.type) for e in doc.ents] == [
        ("Kvarnbo Bygg", "company"), ("Ljungtec", "company"), ("Unga Entreprenörer", "other")]
    doc = nlp("Samordningsförbunden i Östra och Norra Norrby deltar.")
    assert [e._.esf_org.name for e in doc.ents] == [
        "Samordningsförbundet i Östra Norrby", "Samordningsförbundet i Norra Norrby"]


def test_a_type_noun_before_no_name_finds_nothing(nlp):
    for text in ("Projektet samverkar med föreningarna i Sundsvall och Timrå.",
                 "Umeå kommun och organisationerna Sverige och Norge deltar.",
                 "Projektet deltar i nätverket Europeiska socialfonden stöder.",
                 "Vi samarbetar med företagen Ljungtec och ett tiotal andra.",
                 "Företagen Anna Lind från Umeå kommun startade har vuxit."):
        assert not [e.text for e in nlp(text).ents if e._.esf_rule == "pattern:typed"], text


@pytest.mark.parametrize("text, names_in", [
    ("Fastighetsbolagen Ekhuset, Bygg- och Markfastigheter och Norrbo skjuter till 1,5 miljoner kronor.",
     ["Ekhuset", "Bygg- och Markfastigheter", "Norrbo"]),
    ("Bland övriga finansiärer finns Region Skåne och klusterorganisationen PackEkby.", ["PackEkby"]),
    ("Organisationen Jagvillbo.nu får 572 000 kronor för att inkludera unga.", ["Jagvillbo.nu"]),
])
def test_a_compound_type_noun_introduces_its_bodies(found, text, names_in):
    names = found(text)
    assert all(n in names for n in names_in), names


@pytest.mark.parametrize("text, word", [
    ("När leaderföreningen Sjö, skog och fjäll bildades fanns önskemål från kommunerna.", "Sjö"),
    ("Idrottsföreningen Kville deltar i projektet.", "Kville"),
])
def test_no_typed_name_cut_short(found, text, word):
    assert word not in found(text), found(text)
