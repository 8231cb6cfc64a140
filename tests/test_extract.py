"""Partner extraction: the seed records' partners, collectives and not-partners exactly as read by
hand (through `esfgraph query partners`), the resolver, the spaCy components, the gold passages."""

import json

import pytest
import spacy

from esfgraph.extract.organisations.resolve import resolve_name, resolve_owner, resolve_unit
from esfgraph.extract.partners.mentions import find_mentions
from esfgraph.extract.records import read_record

# The bars stated in the README. passages.jsonl and passages_heldout.jsonl are the sets the rules
# were developed on; passages_heldout2.jsonl was written before the last round of rule changes
# and is never tuned on.
BARS = {
    "passages.jsonl": {"organisations": (0.97, 0.97), "participants": (0.97, 0.97)},
    "passages_heldout.jsonl": {"organisations": (0.97, 0.97), "participants": (0.97, 0.97)},
    "passages_heldout2.jsonl": {"organisations": (0.95, 0.97), "participants": (0.90, 0.95)},
}  # kind: (F1, precision)


SEED_FILES = ("000_5dfb7925248e5083.txt", "001_67fa331e7c4542f9.txt", "002_dde9cef45567f8b7.txt",
              "003_ae2c8022619f7637.txt", "004_04aedc8b3daa3281.txt")


def test_partners_through_the_query_match_gold(query_rows, seed_store_path, gold):
    rows = query_rows(seed_store_path, "partners")
    for g in gold.values():
        got = {r["partner"] for r in rows if r["project_id"] == g["diarienummer"]}
        assert got == set(g["partners"]), g["diarienummer"]
    for r in rows:
        assert r["role"] == "partner" and r["evidence"] and r["rule"] and 0 < float(r["confidence"]) <= 1


def test_evidence_sentence_and_offsets(query_rows, seed_store_path, seeds):
    rows = query_rows(seed_store_path, "why", project="23-063-S03", org="IF Metall")
    partner = [r for r in rows if r["role"] == "partner"]
    assert len(partner) == 1
    r = partner[0]
    text = read_record(seeds / "003_ae2c8022619f7637.txt").text
    assert text[int(r["start"]):int(r["end"])] == r["surface"] == "IF Metall"
    assert r["sentence"].startswith("Sju kommuner i Kronobergs län samverkar tillsammans med IF Metall")


@pytest.mark.parametrize("name", SEED_FILES)
def test_collectives_and_not_partners(nlp, seeds, gold, name):
    g = gold[name]
    mentions = find_mentions(nlp, read_record(seeds / name))
    taking_part = [m for m in mentions if m.role in ("owner", "partner")]
    collectives = sorted(m.surface for m in taking_part if m.kind == "collective")
    assert collectives == sorted(g["collectives"])
    partners = {m.org.name.lower() for m in mentions if m.role == "partner" and m.org}
    for name_ in g["not_partners"]:
        assert name_.lower() not in partners
    for funder in g.get("funder_mentions", []):
        assert any(m.org and m.org.name == funder and m.role == "funder" for m in mentions)
    if name.startswith("003"):
        (c,) = [m for m in mentions if m.kind == "collective"]
        assert (c.count, c.area) == (7, "Kronobergs län")


@pytest.mark.parametrize("surface,canonical,orgnr", [
    ("Eskilstuna Kommun", "Eskilstuna kommun", "212000-0357"),
    ("VÄXJÖ KOMMUN", "Växjö kommun", "212000-0662"),
    ("Region Uppsala Län", "Region Uppsala", "232100-0024"),
    ("region Västerbotten", "Region Västerbotten", "232100-0222"),
    ("Region Jönköping", "Region Jönköpings län", "232100-0057"),
    ("IF Metalls", "IF Metall", None),
    ("Industrifacket Metall", "IF Metall", None),
    ("arbetsförmedlingen", "Arbetsförmedlingen", "202100-2114"),
    ("Svenska ESF-rådet", "Svenska ESF-rådet", "202100-5224"),
    ("Rådet för Europeiska socialfonden i Sverige", "Svenska ESF-rådet", "202100-5224"),
    ("Länsstyrelsen Dalarna", "Länsstyrelsen i Dalarnas län", "202100-2429"),
    ("Malmö stad", "Malmö stad", "212000-1124"),
    ("Göteborgs stad", "Göteborgs Stad", "212000-1355"),
    ("Falun kommun", "Falu kommun", "212000-2221"),
    ("Statens skolverk", "Skolverket", "202100-4185"),
])
def test_one_canonical_organisation_per_body(surface, canonical, orgnr):
    org = resolve_name(surface)
    assert (org.name, org.orgnr) == (canonical, orgnr)


@pytest.mark.parametrize("surface", ["Kronobergs län", "Dalarna", "Norrbotten", "Industri BAS", "Sverige"])
def test_places_and_programmes_are_not_organisations(surface):
    assert resolve_name(surface) is None


@pytest.mark.parametrize("raw,org,units", [
    ("Region Östergötland, Region Östergötland", "Region Östergötland", ()),
    ("Region Jönköpings län, Regional utveckling Landstingets Kansli", "Region Jönköpings län",
     ("Regional utveckling Landstingets Kansli",)),
    ("Skolverket, Enheten för Skolutveckling, Avdelningen Skola & Arbetsliv", "Skolverket",
     ("Enheten för Skolutveckling", "Avdelningen Skola & Arbetsliv")),
    ("Arbetsmarknadsförvaltningen - Stockholms stad", "Stockholms stad", ("Arbetsmarknadsförvaltningen",)),
    ("Socialförvaltningen, Stockholms stad", "Stockholms stad", ("Socialförvaltningen",)),
    ("Karlstads kommun, Karlstads kommun, Arbetsmarknad och socialförvaltningen, Staben",
     "Karlstads kommun", ("Arbetsmarknad och socialförvaltningen", "Staben")),
    ("176 Arbetsmarknads- och Socialförvaltningen, Malmö Stad, 176 Arbetsmarknadsavdelningen",
     "Malmö stad", ("Arbetsmarknads- och Socialförvaltningen", "Arbetsmarknadsavdelningen")),
    ("Arbetsgivarringen Kalmarsund AB", "Arbetsgivarringen Kalmarsund AB", ()),
    ("Vägen in - steg två", "Vägen in - steg två", ()),  # ` - ` splits only around a known body
])
def test_owner_fields_give_the_organisation_and_its_units(raw, org, units):
    found, got, _ = resolve_owner(raw)
    assert (found.name, got) == (org, units)


def test_owner_header_forms():
    assert resolve_owner(None) == (None, (), [])
    org, unit, _ = resolve_owner("FALUN BORLÄNGE-REGIONEN AB", "5565556062")
    assert (org.name, org.type, org.orgnr) == ("Falun Borlänge-regionen AB", "company", "5565556062")
    org, _, warnings = resolve_owner("VÄXJÖ KOMMUN", "212000-2742")
    assert org.name == "Växjö kommun" and "both are kept" in warnings[0]


def test_header_number_and_text_mention_meet_in_one_node():
    header, _, _ = resolve_owner("LULEÅ KOMMUN", "212000-2742")
    assert header.key == resolve_name("Luleå kommun").key


def test_departments_are_units_of_their_organisation():
    luleå = resolve_name("Luleå kommun")
    assert resolve_unit("Socialförvaltningen i Luleå") == (luleå, "Socialförvaltningen")
    assert resolve_unit("arbetsmarknadsförvaltningen", luleå) == (luleå, "Arbetsmarknadsförvaltningen")
    assert resolve_unit("Vuxenutbildningen i Ljungby kommun")[0].name == "Ljungby kommun"


def test_components_are_spacy_factories():
    nlp = spacy.blank("sv")
    import esfgraph.extract.partners.mentions  # noqa: F401  (registers the factories)
    nlp.add_pipe("esf_sentences")
    nlp.add_pipe("esf_organisations")
    nlp.add_pipe("esf_roles")
    doc = nlp("Projektet drivs i samverkan med Region Kronoberg och IF Metall. Enligt SCB ökar arbetslösheten.")
    got = [(e.text, e._.esf_org.name, e._.esf_role) for e in doc.ents]
    assert got == [("Region Kronoberg", "Region Kronoberg", "partner"), ("IF Metall", "IF Metall", "partner"),
                   ("SCB", "Statistiska centralbyrån", "mentioned")]


def test_a_missing_spacy_model_is_a_clear_error(cli, examples):
    result = cli("partners", "--spacy-model", "sv_no_such_model", str(examples / "24_903_S01.txt"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: spaCy model 'sv_no_such_model' is not installed")


def test_partners_command(cli, seeds):
    result = cli("partners", "--format", "json", str(seeds / "001_67fa331e7c4542f9.txt"))
    rows = json.loads(result.stdout)
    assert {r["canonical"] for r in rows if r["role"] == "owner"} == {"Region Östergötland"}
    assert rows[0]["rule"] == "header:Projektägare"
    partners = [(m["surface"], m["canonical"]) for m in rows if m["role"] == "partner"]
    assert partners == [("Eskilstuna Kommun", "Eskilstuna kommun"), ("Karlskoga Kommun", "Karlskoga kommun"),
                        ("Region Uppsala Län", "Region Uppsala"), ("Region Västmanland", "Region Västmanland")]


@pytest.mark.parametrize("gold_file", sorted(BARS))
def test_gold_passages_score_above_the_bar(cli, tmp_path, data_dir, gold_file):
    out = tmp_path / "pred.jsonl"
    result = cli("evaluate", str(data_dir / gold_file), "--format", "json", "--predictions", out)
    scores = {row["kind"]: row for row in json.loads(result.stdout)}
    assert result.stderr.startswith("") and int(result.stderr.split()[0]) >= 40
    for kind, (f1, precision) in BARS[gold_file].items():
        assert scores[kind]["f1"] >= f1, (kind, scores[kind])
        assert scores[kind]["precision"] >= precision, (kind, scores[kind])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == int(result.stderr.split()[0])
    assert {"id", "text", "orgs"} <= set(json.loads(lines[0]))


def test_the_tokenizer_wrapper_keeps_spacys_own_tokens(nlp, examples, synthetic_files):
    stock = spacy.blank("sv").tokenizer
    texts = [read_record(p).text for p in sorted(examples.glob("2*.txt")) + synthetic_files[:5]]
    texts += ["a.\nb", "a \n b", "- A\n- B\n\n* C", "bl.a.\nX t.ex.\nY", "\n\n", ""]
    for text in texts:
        ours, theirs = nlp.make_doc(text), stock(text)
        assert [(t.text, t.idx, t.whitespace_, t.norm_) for t in ours] == \
               [(t.text, t.idx, t.whitespace_, t.norm_) for t in theirs]
        assert ours.user_data["esf_text"] == text == theirs.text
