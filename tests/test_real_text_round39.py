"""The thirty-ninth round of rules, each on fictional sentences of its shape: bodies named by a
bare name, with no word that says what they are (development parts' missed organisations)."""


def test_an_unknown_name_that_opens_a_list_of_bodies(found):
    names = found("Projektet samarbetar med bland andra Brovalla, Region Skåne och Försäkringskassan.")
    assert "Brovalla" in names, names
    names = found("Genom att samverkansparterna Norrlinje Teknik, Region Skåne, Lunds universitet "
                  "samt Försäkringskassan arbetar ihop ökar utbytet.")
    assert "Norrlinje Teknik" in names, names
    names = found("Föreningen samverkar med KBF, Sensus och Försäkringskassan i länet.")
    assert "KBF" in names and names["KBF"][0] == "KBF", names


def test_a_listed_short_form_is_the_body_named_before_it(nlp):
    doc = nlp("Projektägare är Tallberga Service AB. Samverkande parter: bland andra Tallberga, "
              "Region Skåne och Försäkringskassan.")
    keys = {e.text: e.kb_id_ for e in doc.ents}
    assert keys.get("Tallberga") == keys["Tallberga Service AB"], keys


def test_no_list_opener_no_body(found):
    for text, name in (
            ("Under mötet talade hon med Anna Berglund, Region Skåne, och Per Ek, Försäkringskassan.",
             "Anna Berglund"),
            ("Examinator: Karin Holm, Lunds universitet, Institutionen för kulturgeografi.", "Karin Holm"),
            ("I projektet ingår bland andra Anna Persson, Region Skåne och Försäkringskassan.",
             "Anna Persson"),
            ("Programmet omfattar bland annat Digital Kompetens, Region Skåne och Försäkringskassan.",
             "Digital Kompetens"),
            ("Följande deltar: Projektledning, Region Skåne, Försäkringskassan och Arbetsförmedlingen.",
             "Projektledning"),
            ("Projektet samarbetar med Ystad, Region Skåne och Försäkringskassan.", "Ystad")):
        assert name not in found(text), text


def test_bare_names_of_bodies_added_to_the_gazetteer(found):
    names = found("Fibernätet i Ekby byggs av Zitius tillsammans med byalagen.")
    assert names.get("Zitius", (None, None))[0] == "Zitius", names
    names = found("Forskningsprojektet finansieras av Nordforsk och Ekby kommun.")
    assert "Nordforsk" in names, names
    names = found("Satsningen sker i samarbete med Invest Skåne och Familjen Helsingborg.")
    assert names.get("Invest Skåne", (None, None))[0] == "Invest in Skåne", names
    assert "Familjen Helsingborg" in names, names
    names = found("Kalmar Energi och Öhrlings PricewaterhouseCoopers deltar i granskningen.")
    assert "Kalmar Energi" in names and "Öhrlings PricewaterhouseCoopers" in names, names
    # Written in lower case, a one-word name of under eight letters is no name.
    assert "zitius" not in found("vi har zitius i tankarna när nätet byggs.")
