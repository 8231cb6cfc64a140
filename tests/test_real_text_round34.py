"""The thirty-fourth round of rules, each on fictional sentences of its shape, from the errors on the
descriptions of real project-bank records pooled with the other development parts and audits."""


def test_a_capitalised_unit_after_a_public_bodys_genitive_is_that_unit(found):
    names = found("Projektet drivs i samverkan med Hylte kommuns Arbetsmarknadsenhet och Ekby IF.")
    assert names.get("Hylte kommuns Arbetsmarknadsenhet", (None,))[0] \
        == "Hylte kommun, Arbetsmarknadsenhet", names
    assert "Hylte kommuns" not in names, names
    names = found("Samverkansparter är Tjörns kommun och Region Hallands Regionkansliet.")
    assert names.get("Region Hallands Regionkansliet", (None,))[0] == "Region Halland, Regionkansliet", names


def test_a_business_office_named_by_its_place_is_a_body(found):
    names = found("Projektet är ett samarbete mellan projektägaren Ekby Näringslivscentrum och Hylte kommun.")
    assert names.get("Ekby Näringslivscentrum", (None,))[0] == "Ekby Näringslivscentrum", names
    names = found("Enkäten gjordes i samarbete med projektledningen och Norrö Näringslivskontor.")
    assert names.get("Norrö Näringslivskontor", (None,))[0] == "Norrö Näringslivskontor", names
    names = found("Kommunens Näringslivskontor svarar på frågor om företagande.")
    assert not names, names
