"""The optional statistical model (`--spacy-model`), tested without a Swedish one: a small NER
is trained here on fictional sentences, saved to disk and loaded from its folder, as
`--spacy-model` loads a user's model. Its ORG entities are kept where the rules find nothing
and are given roles by the same cues; the rules' names keep their own readings; its other
labels (places) are no organisations."""

import random

import pytest
import spacy
from spacy.training import Example

from esfgraph.extract.partners.mentions import build_pipeline, pipe_mentions

_ORGS = ["Tallbacka Analys", "Nordliden", "Brofors Konsult", "Ekvik Media", "Solgläntan", "Hagbyholm Fastigheter"]
_PLACES = ["Ekby", "Norrvik", "Sjöstad"]
_FRAMES = [["Projektet genomförs tillsammans med ", "ORG", " i ", "LOC", "."], ["ORG", " deltar i projektet."],
           ["Vi har samarbetat med ", "ORG", " sedan 2019."], ["I ", "LOC", " finns ", "ORG", " som partner."]]


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    spacy.util.fix_random_seed(0)
    rng = random.Random(0)
    nlp = spacy.blank("sv")
    nlp.add_pipe("ner")
    examples = []
    for _ in range(100):
        text, ents = "", []
        for part in rng.choice(_FRAMES):
            if part in ("ORG", "LOC"):
                word = rng.choice(_ORGS if part == "ORG" else _PLACES)
                ents.append((len(text), len(text) + len(word), part))
                part = word
            text += part
        examples.append(Example.from_dict(nlp.make_doc(text), {"entities": ents}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.1)
    path = tmp_path_factory.mktemp("model") / "sv_tiny_ner"
    nlp.to_disk(path)
    return path


def _found(nlp, text):
    return {m.surface: (m.role, m.rule) for m in next(pipe_mentions(nlp, [(text, None, None)]))[1]}


def test_a_models_organisations_are_kept_and_read_by_the_cues(model_dir):
    nlp = build_pipeline(str(model_dir))
    assert nlp.pipe_names == ["esf_sentences", "ner", "esf_organisations", "esf_roles"]
    # Names no rule knows: found by the model only, their roles by the cues of their sentences.
    assert _found(nlp, "Nordliden deltar i projektet tillsammans med Umeå kommun.") == {
        "Nordliden": ("partner", "model:ner"), "Umeå kommun": ("partner", "gazetteer")}
    assert _found(nlp, "I Sjöstad finns Hagbyholm Fastigheter som partner.") == {
        "Hagbyholm Fastigheter": ("partner", "model:ner")}


def test_without_the_model_the_rules_alone_do_not_know_those_names(model_dir):
    nlp = build_pipeline()
    assert _found(nlp, "Nordliden deltar i projektet tillsammans med Umeå kommun.") == {
        "Umeå kommun": ("partner", "gazetteer")}
