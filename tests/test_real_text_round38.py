"""The thirty-eighth round of rules, each on fictional sentences of its shape: minutes and
decisions on co-financing (an audit of unannotated minutes, decisions and funding pages)."""


def test_a_region_cofinancing_projects_at_large_grants_the_money(found):
    # No one project is named: the region or county board hands out regional money.
    names = found("Alla projekt som Region Gotland medfinansierar ska vara jämställdhetsintegrerade.")
    assert names.get("Region Gotland", (None, None))[1] == "funder", names
    names = found("Genom statliga anslag kan Region Gotland besluta om medfinansiering till projekt "
                  "som stärker landsbygden.")
    assert names.get("Region Gotland", (None, None))[1] == "funder", names
    names = found("Sex projekt i länet får dela på 4 miljoner kronor i medfinansiering från "
                  "Länsstyrelsen i Hallands län.")
    assert names.get("Länsstyrelsen i Hallands län", (None, None))[1] == "funder", names


def test_a_cofinancier_of_one_project_takes_part(found):
    for text in ("Region Gotland medfinansierar projektet med 500 000 kronor.",
                 "Region Gotland medfinansierar projekt Framtidsvägen tillsammans med Ljusdals kommun.",
                 "Region Gotland är medfinansiär i Ljusdals kommuns projekt Framtidsvägen.",
                 "Region Gotland medfinansierar det nya projektet under tre år."):
        names = found(text)
        assert names.get("Region Gotland", (None, None))[1] == "partner", (text, names)
    names = found("Länsstyrelsen i Hallands län medfinansierar ett projekt som ska minska "
                  "arbetslösheten i Ekby.")
    assert names.get("Länsstyrelsen i Hallands län", (None, None))[1] == "partner", names
    # Other bodies keep the co-financier's part ("som medfinansiär" in many projects).
    names = found("Ljusdals kommun medfinansierar projekt som ska stärka unga i arbetslivet.")
    assert names.get("Ljusdals kommun", (None, None))[1] == "partner", names


def test_the_malmo_samordningsforbund_by_its_own_name(found):
    names = found("Protokollet från styrelsemötet i FINSAM i Malmö är justerat.")
    assert names.get("FINSAM i Malmö", (None, None))[0] == "Samordningsförbundet Finsam i Malmö", names
    names = found("Anna Ek är förbundschef i samordningsförbundet Finsam i Malmö.")
    assert "samordningsförbundet Finsam" not in names, names
