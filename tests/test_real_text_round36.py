"""The thirty-sixth round of rules, each on fictional sentences of its shape: false participants
pooled over the development parts, the records development part and the audits (precision)."""


def test_a_quote_on_money_is_no_list_item_under_a_partner_header(found):
    # The quote's dash is no bullet: the speaker's body hands out the money.
    names = found("Projektet genomförs i samverkan med lokala aktörer i Hylte.\n\n– Pengarna från "
                  "regionen gör stor skillnad för bygden, berättar Karin Lund, handläggare vid "
                  "Region Halland.")
    assert names.get("Region Halland", (None, None))[1] == "mentioned", names


def test_a_quote_on_the_work_or_a_recipients_quote_keeps_its_reading(found):
    names = found("Projektet genomförs i samverkan med lokala aktörer i Hylte.\n\n– Vi ser fram emot "
                  "att fördjupa samarbetet med kommunen, säger Lisa Ek, rektor på Ljungby folkhögskola.")
    assert names.get("Ljungby folkhögskola", (None, None))[1] == "partner", names
    names = found("Samverkansparter i projektet:\n– Hylte kommun\n– Ljungby folkhögskola")
    assert names.get("Hylte kommun", (None, None))[1] == "partner", names
    names = found("Beviljade projekt:\n– Ekby byalag, 200 000 kronor\n– Norrby hembygdsförening, "
                  "150 000 kronor")
    assert names.get("Ekby byalag", (None, None))[1] == "owner", names


def test_who_owns_a_company_or_a_process_owns_no_project(found):
    names = found("Hallandstrafiken, ett bolag som ägs av Region Halland och Hylte kommun, kör "
                  "bussarna i länet.")
    assert names.get("Region Halland", (None, None))[1] == "mentioned", names
    assert names.get("Hylte kommun", (None, None))[1] == "mentioned", names
    names = found("Hylte kommuns upphandlingsprocess ägs av kommunstyrelsen.")
    assert names.get("Hylte kommuns", (None, None))[1] == "mentioned", names


def test_who_owns_a_project_keeps_the_owner_cue(found):
    names = found("Steget är ett projekt som ägs av Hylte kommun och drivs i samverkan med Ljungby "
                  "folkhögskola.")
    assert names.get("Hylte kommun", (None, None))[1] == "owner", names
    names = found("Förstudien, som ägs av Hylte kommun, pågår till 2025.")
    assert names.get("Hylte kommun", (None, None))[1] == "owner", names
