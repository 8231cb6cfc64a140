"""Minted IRIs: any input gives a valid IRI, the same in text and node form (the loader relies on
it: it skips Oxigraph's IRI checks)."""

from pyoxigraph import NamedNode

from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.graph.iris import Iris

ODD = ["2020/00319", " 24-063-S03 ", "a b/c?d#e", "<x>", '"q"', "{}|^`\\", "Växjö kommun",
       "Café Ölands Vänner AB", "100% & co", "tab\there", "ny\nrad", "ŧ€đ", "", "..", "🙂"]


def test_every_minted_iri_is_valid_and_the_same_as_text():
    nodes, text = Iris(), Iris().as_text()
    for s in ODD:
        org = Org(name=s or "x", type="other")
        pairs = [(nodes.project(s), text.project(s)), (nodes.record(s), text.record(s)),
                 (nodes.personal(s), text.personal(s)), (nodes.org(org), text.org(org)),
                 (nodes.unit(org, s), text.unit(org, s)),
                 (nodes.participation(s, "partner", org), text.participation(s, "partner", org))]
        for node, as_text in pairs:
            assert isinstance(node, NamedNode)
            assert as_text == f"<{node.value}>"
            assert NamedNode(as_text[1:-1]) == node  # parses as an IRI on its own
            assert not any(c in node.value for c in ' <>"{}|^`\\\n\t')
