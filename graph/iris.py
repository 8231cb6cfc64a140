"""Deterministic IRIs: the same input always gives the same IRI, and any input gives a valid one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Generic, TypeVar
from urllib.parse import quote

from pyoxigraph import NamedNode

from esfgraph.errors import EsfGraphError
from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.organisations.names import slug
from esfgraph.graph.vocab import DEFAULT_BASE_IRI, NUTS_BASE

__all__ = ["Iris", "TextIris", "dnr_segment"]

Term = TypeVar("Term", NamedNode, str)

_SAFE = "-._~"


def dnr_segment(diarienummer: str) -> str:
    """Return the IRI segment of a diarienummer: `2020/00319` -> `2020-00319`."""
    return _segment(diarienummer.strip().replace("/", "-").replace(" ", "-"))


_PLAIN = re.compile(r"[\w.~-]*")


@lru_cache(maxsize=4096)  # the segments of a record and the common names; bounded memory
def _segment(text: str) -> str:
    # IRIs allow letters outside ASCII ("växjö"): keep those readable, escape any other character
    # a path segment must not hold.
    if _PLAIN.fullmatch(text):
        return text
    return "".join(c if (c.isalnum() and not c.isascii()) else quote(c, safe=_SAFE) for c in text)


class _Minter(Generic[Term]):
    """Mints the data IRIs under one base; `_node` makes the term of a path."""

    def __init__(self, base: str = DEFAULT_BASE_IRI):
        if not base.endswith(("/", "#")):
            raise EsfGraphError(f"the base IRI {base!r} must end with '/' or '#'", setting="base")
        try:
            NamedNode(base)
        except ValueError as e:
            raise EsfGraphError(f"the base IRI {base!r} is not a valid IRI: {e}",
                                setting="base") from None
        self.base = base

    def _node(self, path: str) -> Term:
        raise NotImplementedError

    def as_text(self) -> TextIris:
        """The same IRIs as N-Triples text ("<iri>") instead of NamedNodes."""
        return self if isinstance(self, TextIris) else TextIris(self.base)

    def project(self, dnr: str) -> Term:
        """The project of a diarienummer."""
        return self._node(f"project/{dnr_segment(dnr)}")

    def record(self, dnr: str) -> Term:
        """The source record, which is also the named graph of the record's triples."""
        return self._node(f"record/{dnr_segment(dnr)}")

    def personal(self, dnr: str) -> Term:
        """The named graph holding the record's personal data (contact name and e-mail)."""
        return self._node(f"record/{dnr_segment(dnr)}/personal")

    def org(self, org: Org) -> Term:
        """An organisation: by its key (organisation number or canonical name)."""
        return self._node(f"org/{_segment(org.key)}")

    def unit(self, org: Org, unit: str) -> Term:
        """A named unit (department, section) of an organisation."""
        return self._node(f"org/{_segment(org.key)}/unit/{_segment(slug(unit))}")

    def participation(self, dnr: str, role: str, org: Org) -> Term:
        """An organisation's role in a project (the n-ary relation with its evidence)."""
        return self._node(f"project/{dnr_segment(dnr)}/{role}/{_segment(org.key)}")

    def evidence(self, dnr: str, start: int | None = None, end: int | None = None) -> Term:
        """A fact's evidence: a span of the description, or the header ("header")."""
        where = f"{start}-{end}" if start is not None else "header"
        return self._node(f"project/{dnr_segment(dnr)}/evidence/{where}")

    def collective(self, dnr: str, start: int) -> Term:
        """A collective named in the description, at its offset."""
        return self._node(f"project/{dnr_segment(dnr)}/collective/{start}")

    def contact(self, dnr: str) -> Term:
        """The contact point of a project (personal data)."""
        return self._node(f"project/{dnr_segment(dnr)}/contact")

    def field(self, dnr: str, n: int) -> Term:
        """An unknown header field of a record, by its position."""
        return self._node(f"record/{dnr_segment(dnr)}/field/{n}")

    def personal_field(self, key: str, n: int) -> Term:
        """An unknown header field holding contact details (in the record's personal-data graph)."""
        return self._node(f"record/{dnr_segment(key)}/personal/field/{n}")

    def code(self, kind: str, period: str | None, code: str) -> Term:
        """A code of a programme list: programme area, specific objective, intervention type."""
        where = f"{period}/" if period else ""
        return self._node(f"{kind}/{where}{_segment(code)}")

    def programme(self, cci: str) -> Term:
        """An operational programme, by its CCI code."""
        return self._node(f"programme/{_segment(cci)}")

    def esf_region(self, name: str) -> Term:
        """An ESF region, by its name."""
        return self._node(f"esf-region/{_segment(slug(name))}")

    def theme(self, name: str) -> Term:
        """A period-free theme of the programme crosswalk (`theme/skills`)."""
        return self._node(f"theme/{_segment(name)}")

    def graph(self, name: str) -> Term:
        """A named graph of esfgraph's own (reference data, network metrics)."""
        return self._node(f"graph/{name}")

    def statistic(self, region: str | None, year: str | None) -> Term:
        """One observation of the budget statistics (statistics.py): a region's slug and a year."""
        return self._node(f"statistics/budget/{_segment(region or 'none')}/{year or 'none'}")

    def statistics_dataset(self) -> Term:
        """The data set of the budget statistics."""
        return self._node("statistics/budget")

    def nuts(self, code: str) -> Term:
        """A NUTS region (the EU's IRI)."""
        return self._iri(NUTS_BASE + code)

    def _iri(self, iri: str) -> Term:
        raise NotImplementedError


class Iris(_Minter[NamedNode]):
    """The data IRIs under one base, as pyoxigraph NamedNodes."""

    def _node(self, path: str) -> NamedNode:
        return NamedNode(self.base + path)

    def _iri(self, iri: str) -> NamedNode:
        return NamedNode(iri)


class TextIris(_Minter[str]):
    """The data IRIs under one base, as N-Triples text ("<iri>"), for writing N-Quads directly."""

    def _node(self, path: str) -> str:
        return f"<{self.base}{path}>"

    def _iri(self, iri: str) -> str:
        return f"<{iri}>"
