"""Focus: spaCy reads only the sentences that can name an organisation, and nothing changes.

The claim is checked where it matters: the same mentions (surface, role, organisation, offsets,
sentence, rule, confidence) with and without focus on the seeds, every evaluation passage and
synthetic records; every cut is a sentence start of the full pipeline; every match the token
patterns make holds one of the anchor words the focus looks for.
"""

from pathlib import Path

import pytest

from esfgraph.extract.partners.evaluate import read_passages
from esfgraph.extract.partners.mentions import iter_mentions, mentions_from_doc, pipe_mentions, pipeline_focus
from esfgraph.extract.partners.names.body_shapes import ALL_COMPANY_WORDS, is_anchor_word
from esfgraph.extract.records import iter_records


@pytest.fixture(scope="module")
def synthetic(synthetic_files):
    return list(iter_records([str(p) for p in synthetic_files]))


def _focused(nlp, texts):
    """Mentions of texts (no owner) through focus, as the build and `evaluate` run them."""
    assert pipeline_focus(nlp) is not None
    return [m for _, m in pipe_mentions(nlp, ((t, None, None) for t in texts))]


def _texts(data_dir, synthetic):
    passages = [p.text for f in sorted(data_dir.glob("passages*.jsonl")) for p in read_passages(f)]
    return passages + [r.text for r in synthetic]


def test_same_mentions_with_and_without_focus_on_records(nlp, examples, synthetic):
    records = list(iter_records([str(examples)])) + synthetic
    full = list(iter_mentions(nlp, records, focus=False))
    focused = list(iter_mentions(nlp, records, focus=True))
    assert [m for _, m in full] == [m for _, m in focused]
    assert sum(len(m) for _, m in full) > 3 * len(records)  # the records do name bodies
    for record, mentions in focused:
        for m in mentions:
            assert record.text[m.start:m.end] == m.surface
            assert record.text[m.sentence_start:].startswith(m.sentence)


def test_same_mentions_with_and_without_focus_on_passages(nlp, data_dir):
    for path in sorted(data_dir.glob("passages*.jsonl")):
        texts = [p.text for p in read_passages(path)]
        full = [mentions_from_doc(d) for d in nlp.pipe(texts)]
        assert full == _focused(nlp, texts), path.name


def test_same_mentions_with_and_without_focus_on_real_passages(nlp, realdata):
    """The development part of the real passages (tests/data/realtext/development.txt)."""
    ids = set((Path(__file__).parent / "data" / "realtext" / "development.txt").read_text().split())
    texts = [p.text for name in ("dev_a.jsonl", "dev_b.jsonl")
             for p in read_passages(realdata / "text" / name, ids)]
    assert len(texts) == len(ids)
    full = [mentions_from_doc(d) for d in nlp.pipe(texts)]
    assert full == _focused(nlp, texts)
    assert sum(len(m) for m in full) > 2 * len(texts)  # the passages do name bodies


def test_focus_reads_less_than_half_of_the_records(nlp, synthetic):
    focus = pipeline_focus(nlp)
    kept = sum(len(focus(r.text).text) for r in synthetic)
    assert kept < 0.5 * sum(len(r.text) for r in synthetic)


def test_every_cut_is_a_sentence_start_of_the_full_pipeline(nlp, data_dir, synthetic):
    focus = pipeline_focus(nlp)
    cuts = 0
    for text, doc in zip(_texts(data_dir, synthetic), nlp.pipe(_texts(data_dir, synthetic))):
        starts = {t.idx for t in doc if t.is_sent_start}
        for start, _ in focus._units(text)[1:]:
            first = start + len(text[start:]) - len(text[start:].lstrip())
            if first < len(text):
                cuts += 1
                assert first in starts, (text[max(0, start - 40):start + 40])
    assert cuts > 1000


def test_every_pattern_match_holds_an_anchor_word(nlp, data_dir, synthetic):
    ruler = nlp.get_pipe("esf_organisations")
    matches = 0
    for doc in nlp.pipe(_texts(data_dir, synthetic)):
        for _, start, end in ruler.shapes(doc):
            matches += 1
            words = doc[start:end]
            assert any(is_anchor_word(t.lower_) or t.text in ALL_COMPANY_WORDS for t in words), words.text
    assert matches > 100


def test_focused_text_and_offsets(nlp):
    focus = pipeline_focus(nlp)
    text = ("Projektet syftar till att stärka deltagarna. Det pågår i tre år, bl.a. Med praktik.\n"
            "Arbetet sker tillsammans med Region Kronoberg. Deltagarna får coachning.\n\n"
            "Projektets partners är:\n- Växjö kommun\n- Alvesta\n\n"
            "Målet är att fler ska gå vidare till arbete eller studier.\n")
    f = focus(text)
    assert f.text == ("\n\nArbetet sker tillsammans med Region Kronoberg. \n\n"
                      "Projektets partners är:\n- Växjö kommun\n- Alvesta\n\n\n")
    i = f.text.index("Region Kronoberg")
    assert text[f.source_offset(i):f.source_offset(i) + 16] == "Region Kronoberg"
    i = f.text.index("Alvesta")
    assert text[f.source_offset(i):].startswith("Alvesta\n")
    # "bl.a. Med" is no sentence end: the first line is one piece, and it names nobody.
    assert [text[a:b] for a, b in focus._units(text)][:2] == [
        "Projektet syftar till att stärka deltagarna. ", "Det pågår i tre år, bl.a. Med praktik.\n"]
    # A description that names nobody is read as nothing; one that names a body in every
    # sentence is read whole.
    assert focus("Projektet syftar till att stärka deltagarna.\n").text == ""
    assert focus("Region Kronoberg leder projektet.").whole


def test_the_owner_s_own_name_is_read(nlp, seeds):
    # "Falun Borlänge-regionens kontor": the owner's name, which no gazetteer entry or pattern
    # finds, keeps its sentence.
    record = next(r for r in iter_records([str(seeds)]) if r.id == "2020/00319")
    (_, focused), = iter_mentions(nlp, [record], focus=True)
    (_, full), = iter_mentions(nlp, [record], focus=False)
    assert focused == full
    assert [m.surface for m in focused if m.rule == "owner-name"] == ["Falun Borlänge-regionens"]


def test_no_focus_with_a_statistical_model(nlp):
    import spacy
    other = spacy.blank("sv")
    other.add_pipe("esf_sentences")
    other.add_pipe("esf_organisations")
    other.add_pipe("esf_roles")
    assert pipeline_focus(other) is not None
    other.add_pipe("entity_ruler", first=True)  # any component that may find names anywhere
    assert pipeline_focus(other) is None


@pytest.mark.parametrize("variant", ["crlf", "upper", "lower", "tabs"])
def test_same_mentions_on_texts_written_otherwise(nlp, synthetic, variant):
    """Windows line ends, texts pasted in capitals or lower case, tabs after periods."""
    change = {"crlf": lambda t: t.replace("\n", "\r\n"), "upper": str.upper, "lower": str.lower,
              "tabs": lambda t: t.replace(". ", ".\t", 3)}[variant]
    texts = [change(r.text) for r in synthetic[:60]]
    full = [mentions_from_doc(d) for d in nlp.pipe(texts)]
    assert full == _focused(nlp, texts)
    assert sum(len(m) for m in full) > 60


def test_a_name_broken_over_two_lines_reads_the_same_through_focus(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc, pipe_mentions, pipeline_focus
    text = "Inget namn här.\nProjektet drivs av Region\nKronoberg i år.\nInget mer här.\n"
    full = mentions_from_doc(nlp(text))
    assert [m.surface for m in full] == ["Region\nKronoberg"]
    assert [m for _, m in pipe_mentions(nlp, [(text, None, None)])] == [full]
    starts = {t.idx for t in nlp(text) if t.is_sent_start}
    assert all(a in starts for a, _ in pipeline_focus(nlp)._units(text)[1:])


def test_a_hyphenated_name_reads_the_same_through_focus(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc, pipe_mentions
    text = "Inget namn här.\nProjektet drivs av Försäkrings-\nkassan i år.\nInget mer här.\n"
    full = mentions_from_doc(nlp(text))
    assert [(m.surface, m.org.name) for m in full] == [("Försäkrings-\nkassan", "Försäkringskassan")]
    assert [m for _, m in pipe_mentions(nlp, [(text, None, None)])] == [full]
    assert [e.text for e in nlp("Det var ett sam-\narbete med Umeå kommun.").ents] == ["Umeå kommun"]


def test_names_under_a_phrase_that_breaks_off_read_the_same_through_focus(nlp):
    from esfgraph.extract.partners.mentions import mentions_from_doc, pipe_mentions
    text = ("Bakgrund här.\n\nProjektet Nya steg drivs av Hofors kommun. Samverkanspartners är\n"
            "Ockelbo kommun\nSandvikens kommun\n\nMålet är arbete.")
    full = mentions_from_doc(nlp(text))
    assert [(m.org.name, m.role) for m in full] == [
        ("Hofors kommun", "partner"), ("Ockelbo kommun", "partner"), ("Sandvikens kommun", "partner")]
    assert [m for _, m in pipe_mentions(nlp, [(text, None, None)])] == [full]
