"""Consistency of code and data: every vocabulary term is declared in the ontology with Swedish
and English labels; a misspelt term fails at once; package data is found by package name."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from esfgraph.graph.reference import load_ontology_text
from esfgraph.graph.vocab import ESF


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(data=load_ontology_text("esf.ttl"), format="turtle")


def test_every_term_is_declared_with_swedish_and_english_labels(ontology):
    for term in sorted(ESF.terms):
        iri = URIRef(ESF[term].value)
        langs = {o.language for o in ontology.objects(iri, RDFS.label) if isinstance(o, Literal)}
        assert {"sv", "en"} <= langs, term
        comments = {o.language for o in ontology.objects(iri, RDFS.comment) if isinstance(o, Literal)}
        assert {"sv", "en"} <= comments, term


def test_a_misspelt_term_fails():
    with pytest.raises(AttributeError, match="'partners' is not a term"):
        ESF.partners  # noqa: B018


def test_shapes_and_context_load():
    assert "sh:NodeShape" in load_ontology_text("shapes.ttl")
    assert '"@context"' in load_ontology_text("context.jsonld")
