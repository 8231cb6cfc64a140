"""Bodies found by the rows of extract/organisations/data/additions.csv, on fictional sentences:
Danish regions and national business bodies, Finland-Swedish and Finnish bodies, municipalities of
Finland and Åland, pensioners' organisations, national associations, bare names of companies and
networks, and the words of those names that alone name no body."""

from .readings import PARTICIPANTS, canonical_of, role_of


def test_danish_regions_and_national_business_bodies_are_known(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = ("Region Skåne är projektägare. Övriga partners är Region Syddanmark, Region Själland, "
            "Region Hovedstaden, Business Sweden och Enterprise Europe Network.")
    found = {m.org.name: m.role for m in mentions_from_doc(nlp(text)) if m.org}
    assert {k: found.get(k) for k in ("Region Syddanmark", "Region Sjælland", "Region Hovedstaden",
                                      "Business Sweden", "Enterprise Europe Network")} == dict.fromkeys(
        ("Region Syddanmark", "Region Sjælland", "Region Hovedstaden", "Business Sweden",
         "Enterprise Europe Network"), "partner"), found


def test_a_neighbouring_country_after_a_body_is_no_body(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc
    text = "Projektet Bro.\n • Projektägare: Region Midtjylland, Danmark\n • Projekttid: 2016–2018\n"
    found = {m.surface: m.role for m in mentions_from_doc(nlp(text))}
    assert found.get("Region Midtjylland") == "owner" and "Danmark" not in found, found


def test_the_finland_swedish_cultural_foundation_is_a_body(found):
    names = found("Ekby byaförening får 4 000 euro av Svenska kulturfonden för en ny scen.")
    assert canonical_of(names, "Svenska kulturfonden") == "Svenska kulturfonden", names
    names = found("Ekby byaförening har fått pengar. Styrelsen för Kulturfondens utdelning möts i maj.")
    assert canonical_of(names, "Kulturfondens") == "Svenska kulturfonden", names


def test_a_lower_case_culture_fund_is_no_body(found):
    names = found("Föreningen i Norrby söker pengar ur den kommunala kulturfonden för en konsert.")
    assert not any(c == "Svenska kulturfonden" for c, _ in names.values()), names


def test_the_finland_swedish_university_of_applied_sciences_is_a_body(found):
    names = found("Projektet Skärgårdsmat drivs av Ekby byalag tillsammans med Yrkeshögskolan Novia.")
    assert canonical_of(names, "Yrkeshögskolan Novia") == "Yrkeshögskolan Novia", names
    names = found("Ekby byalag ordnar kurser där studerande från Novia deltar.")
    assert canonical_of(names, "Novia") == "Yrkeshögskolan Novia", names


def test_finnish_regional_councils_are_bodies(found):
    names = found("Projektet Kustbyar drivs av Ekby byalag i samarbete med Mellersta Österbottens förbund.")
    assert canonical_of(names, "Mellersta Österbottens förbund") == "Mellersta Österbottens förbund", names
    names = found("Skolan upprätthålls av Svenska Österbottens förbund för utbildning och kultur i Vasa.")
    assert "Österbottens förbund" not in names, names


def test_the_body_applications_come_in_to_grants(found):
    names = found("Till Österbottens förbund kom det in åtta ansökningar om medfinansiering i höstas.")
    assert role_of(names, "Österbottens förbund") == "funder", names


def test_a_dotted_finnish_suffix_ends_the_name(found):
    names = found("Projektet Byafest drivs av Ekby Ungdomsförening r.f. och Norrby Byar rf.")
    assert "Ekby Ungdomsförening r.f." in names, names
    names = found("Bidrag beviljades:\nFinlands Svenska Ungdomsförbund FSU r.f. - 1500€")
    assert [c for c, _ in names.values()] == ["Finlands Svenska Ungdomsförbund"], names


def test_the_capital_region_in_lower_case_is_a_place(found):
    names = found("Ekby byalag ordnar kurser i Österbotten, Nyland och i huvudstadsregionen.")
    assert not any(c == "Region Hovedstaden" for c, _ in names.values()), names


def test_finland_swedish_village_bodies(found):
    names = found("Ekby byaförening samarbetar med Svenskfinlands Byar och Svenska lantbrukssällskapens förbund.")
    assert {"Svenskfinlands Byar", "Svenska lantbrukssällskapens förbund"} <= set(names), names
    names = found("Projektet Skärgårdsliv genomförs tillsammans med FÖSS.")
    assert canonical_of(names, "FÖSS") == "Finlands öar", names


def test_svenska_may_open_a_headed_name(found):
    names = found("Nu inleder Ekby byalag och Svenska Båtklubbsförbundet ett samarbete om hamnarna.")
    assert "Svenska Båtklubbsförbundet" in names, names


def test_finnish_state_centres_and_agencies_are_bodies(found):
    names = found("Ekby byalag ordnar kurser. NTM-centralen granskar besluten och betalar ut stödet.")
    assert canonical_of(names, "NTM-centralen") == "Närings-, trafik- och miljöcentralen", names
    names = found("Projektet Bygdebuss understöds av Närings-, trafik- och miljöcentralen och Ekby stad.")
    assert "Närings-, trafik- och miljöcentralen" in names, names
    names = found("Ekby byalag söker stöd. Landsbygdsverket för ett register över alla projekt.")
    assert canonical_of(names, "Landsbygdsverket") == "Landsbygdsverket", names
    names = found("Projektet Kustlabb drivs av Ekby stad tillsammans med Turku Business Region.")
    assert canonical_of(names, "Turku Business Region") == "Åboregionens utvecklingscentral", names


def test_a_regional_centres_short_name_written_after_it_is_that_centre(found):
    names = found("Med i projektet är Ekby stad, Närings-, trafik- och miljöcentralen i Lappland "
                  "NTM-centralen och Åbo Akademi ÅA.")
    assert "Närings-, trafik- och miljöcentralen i Lappland" in names, names
    assert [c for c in (v[0] for v in names.values()) if "miljöcentralen" in c] \
        == ["Närings-, trafik- och miljöcentralen i Lappland"], names


def test_words_of_the_finnish_names_alone_are_no_bodies(found):
    for text in ("Landsbygdsnätverket ordnar en träff i Ekby.", "Vi besökte miljöcentralen i Ekby i maj.",
                 "I Åboregionen finns många företag.", "Projektet Närings- och trafikfrågor i Ekby startar."):
        assert found(text) == {}, text


def test_pensioners_organisations_are_bodies(found):
    names = found("I Ekby samverkar SKPF Pensionärerna med PRO och SPF Seniorerna om en kurs i digital vardag.")
    assert canonical_of(names, "SKPF Pensionärerna") == "SKPF Pensionärerna", names
    assert canonical_of(names, "PRO") == "Pensionärernas riksorganisation", names
    assert canonical_of(names, "SPF Seniorerna") == "SPF Seniorerna", names
    assert "SPF" not in names, names
    names = found("PRO Dalarna får 400 000 kronor för projektet Surfa tryggt.")
    assert role_of(names, "PRO Dalarna") == "owner", names


def test_pensioners_words_alone_are_no_bodies(found):
    for text in ("Spelet är ett RPG med många nivåer.", "Seniorerna i Ekby träffas på torsdagar.",
                 "Projektet Pro Ekby startar i maj.", "Kursen är öppen för pensionärerna i Ekby."):
        assert found(text) == {}, text


def test_municipalities_of_finland_and_aland_are_bodies(found):
    names = found("Seglingen är ett projekt där bland annat Lemlands kommun deltar.")
    assert names.get("Lemlands kommun", (None, None)) == ("Lemlands kommun", "partner"), names
    names = found("Korsholms kommun ger de sökande anvisningar om finansieringen.")
    assert canonical_of(names, "Korsholms kommun") == "Korsholms kommun", names


def test_a_finnish_municipality_after_i_is_a_place_and_its_town_alone_no_body(found):
    for text in ("Kursen hålls i Korsholms kommun i maj.", "Vi åkte till Vasa i maj.",
                 "Jomala är en ort på Åland.", "Anna Lojo leder arbetet."):
        assert found(text) == {}, text


def test_svenska_begins_the_name_it_stands_before(found):
    names = found("Projektet drivs av Svenska Ekbyinstitutet och Norrby bibliotek.")
    assert "Svenska Ekbyinstitutet" in names, names
    names = found("Vi firar att Svenska Ekbylotteriets stiftelse har beviljat stöd till projektet.")
    assert "Svenska Ekbylotteriets stiftelse" in names, names
    names = found("Svenska företag och Ekbyinstitutet samarbetar.")
    assert "Ekbyinstitutet" in names, names


def test_the_government_of_aland_is_a_body_that_grants(found):
    names = found("Ekby byalags ansökan skickas nu vidare till Ålands landskapsregering för kontroll.")
    assert canonical_of(names, "Ålands landskapsregering") == "Ålands landskapsregering", names
    names = found("Ålands landskapsregering har godkänt Ekby byalags nya projektplan för projektet.")
    assert role_of(names, "Ålands landskapsregering") not in PARTICIPANTS, names
    names = found("Landsbygdsverket har publicerat ett register över alla projekt i programmet.")
    assert role_of(names, "Landsbygdsverket") not in PARTICIPANTS, names
    assert found("Landskapet Åland har en egen regering.") == {}


def test_national_associations_and_their_branches_are_bodies(found):
    names = found("Bidrag får Reumatikerförbundet Kalmar län och Hjärnskadeförbundet Hjärnkraft Kalmar län.")
    assert role_of(names, "Reumatikerförbundet Kalmar län") == "owner", names
    assert role_of(names, "Hjärnskadeförbundet Hjärnkraft Kalmar län") == "owner", names
    names = found("Projektet sker i samarbete med Sportfiskarna och Ekby IF.")
    assert canonical_of(names, "Sportfiskarna") == "Sveriges Sportfiske- och Fiskevårdsförbund", names


def test_the_malmo_samordningsforbund_by_its_own_name(found):
    names = found("Protokollet från styrelsemötet i FINSAM i Malmö är justerat.")
    assert canonical_of(names, "FINSAM i Malmö") == "Samordningsförbundet Finsam i Malmö", names
    names = found("Anna Ek är förbundschef i samordningsförbundet Finsam i Malmö.")
    assert "samordningsförbundet Finsam" not in names, names


def test_bare_names_of_bodies_added_to_the_gazetteer(found):
    names = found("Fibernätet i Ekby byggs av Zitius tillsammans med byalagen.")
    assert canonical_of(names, "Zitius") == "Zitius", names
    names = found("Forskningsprojektet finansieras av Nordforsk och Ekby kommun.")
    assert "Nordforsk" in names, names
    names = found("Satsningen sker i samarbete med Invest Skåne och Familjen Helsingborg.")
    assert canonical_of(names, "Invest Skåne") == "Invest in Skåne", names
    assert "Familjen Helsingborg" in names, names
    names = found("Kalmar Energi och Öhrlings PricewaterhouseCoopers deltar i granskningen.")
    assert "Kalmar Energi" in names and "Öhrlings PricewaterhouseCoopers" in names, names
    # Written in lower case, a one-word name of under eight letters is no name.
    assert "zitius" not in found("vi har zitius i tankarna när nätet byggs.")


def test_a_regional_coompanion_office_keeps_its_county(found):
    for text in ("ProjektfasGenomförande\nProjektägareCoompanion i Jönköpings län\nKontaktpersonA B",
                 "Projektägare är Coompanion i Jönköpings län och projektet pågår i två år."):
        names = found(text)
        assert "Coompanion i Jönköpings län" in names, (text, names)
        assert "Coompanion i Jönköpings" not in names, (text, names)
