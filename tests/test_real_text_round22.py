"""The twenty-second round of rules, each on fictional sentences of its shape: organisations
found that were not found at all. A structural-fund partnership written with its region first,
with its region in lower case or misspelt is the partnership of that region."""

import pytest


@pytest.mark.parametrize("text, surface, canonical", [
    ("Tre projekt har beviljats av Östra Mellansveriges strukturfondspartnerskap i dag.",
     "Östra Mellansveriges strukturfondspartnerskap", "Strukturfondspartnerskapet Östra Mellansverige"),
    ("Det blev resultatet efter mötet i Västsveriges Strukturfondspartnerskap i går.",
     "Västsveriges Strukturfondspartnerskap", "Strukturfondspartnerskapet Västsverige"),
    ("Det säger Eva Ek, ordförande i Stukturfondspartnerskapet Övre Norrland.",
     "Stukturfondspartnerskapet Övre Norrland", "Strukturfondspartnerskapet Övre Norrland"),
    ("Det beslutade Strukturfondsparterskapet för Småland och öarna i oktober.",
     "Strukturfondsparterskapet för Småland och öarna", "Strukturfondspartnerskapet Småland och öarna"),
    ("Strukturfondspartnerskapet i Skåne Blekinge har prioriterat fyra projekt.",
     "Strukturfondspartnerskapet i Skåne Blekinge", "Strukturfondspartnerskapet i Skåne Blekinge"),
])
def test_a_structural_fund_partnership_in_other_forms(found, text, surface, canonical):
    names = found(text)
    assert names.get(surface, (None,))[0] == canonical, names
    assert names[surface][1] not in ("owner", "partner"), names
