"""A page copy's noise around names (extract/partners/names/page_noise.py): a flattened document's
headings and field labels are no words of the name beside them, "Sida" before a page number is
the page, not the agency."""

import pytest

LABELLED = [
    # a heading run into the name after it
    ("3 Sammanfattning Studieförbundet Bilda har på uppdrag av Örebro kommun kartlagt behoven.",
     "Studieförbundet Bilda", "Sammanfattning"),
    # field labels run into the name before them
    ("Referens Lars Holm, REGIONFÖRBUNDET VÄRMLANDS LÄN Datum Beteckning R2231 1(2) Underlag",
     "REGIONFÖRBUNDET VÄRMLANDS LÄN", "Datum"),
    # a heading before a department
    ("1 TORSÅS KOMMUN KALLELSE/FÖREDRAGNINGSLISTA Kommunledningskontoret Ledamöter och ersättare",
     None, "FÖREDRAGNINGSLISTA"),
]


@pytest.mark.parametrize("text, name, label", LABELLED)
def test_a_document_label_is_no_word_of_a_name(found, text, name, label):
    names = found(text)
    assert not any(label in surface for surface in names), names
    if name:
        assert name in names, names


def test_labels_with_one_word_before_them_leave_no_name(found):
    names = found("Slutrapport, stödmottagare Föreningen Ljus Över Byn Journalnummer Kontaktpersoner "
                  "Föreningen Ljus: Eva Berg, Storgatan 3, tel")
    assert not any("Journalnummer" in s or "Kontaktpersoner" in s for s in names), names


@pytest.mark.parametrize("text", [
    "2 Sida 1(1) Dnr 2019/KS0211 Handläggare: Per Ek Kommunfullmäktige",
    "INNEHÅLLSFÖRTECKNING Punkt Rubrik Ärendenr Sida 1 Information om budgeten",
])
def test_sida_before_a_page_number_is_the_page(found, text):
    assert "Sida" not in found(text)


def test_sida_the_agency_is_still_found(found):
    names = found("Projektet i Kenya får stöd från Sida under tre år.")
    assert "Sida" in names and names["Sida"][1] == "funder", names
