"""Deterministic IRIs: the same input always gives the same IRI, and any input gives a valid one."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import NamedNode

from esfgraph.errors import EsfGraphError
from esfgraph.extract.organisations.gazetteer import Org
from esfgraph.extract.organisations.names import slug
from esfgraph.graph.vocab import DEFAULT_BASE_IRI, NUTS_BASE

__all__ = ["Iris", "dnr_segment"]

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


class Iris:
    """Mints the data IRIs under one base (`--base-iri`)."""

    def __init__(self, base: str = DEFAULT_BASE_IRI, *, text: bool = False):
        if not base.endswith(("/", "#")):
            raise EsfGraphError(f"--base-iri {base!r} must end with '/' or '#'")
        try:
            NamedNode(base)
        except ValueError as e:
            raise EsfGraphError(f"--base-iri {base!r} is not a valid IRI: {e}") from None
        self.base = base
        self.text = text

    def as_text(self) -> "Iris":
        """The same IRIs as N-Triples text ("<iri>") instead of NamedNodes."""
        return Iris(self.base, text=True)

    def _node(self, path: str) -> NamedNode:
        if self.text:
            return f"<{self.base}{path}>"
        return NamedNode(self.base + path)

    def project(self, dnr: str) -> NamedNode:
        return self._node(f"project/{dnr_segment(dnr)}")

    def record(self, dnr: str) -> NamedNode:
        """The source record, which is also the named graph of the record's triples."""
        return self._node(f"record/{dnr_segment(dnr)}")

    def personal(self, dnr: str) -> NamedNode:
        """The named graph holding the record's personal data (contact name and e-mail)."""
        return self._node(f"record/{dnr_segment(dnr)}/personal")

    def org(self, org: Org) -> NamedNode:
        return self._node(f"org/{_segment(org.key)}")

    def unit(self, org: Org, unit: str) -> NamedNode:
        return self._node(f"org/{_segment(org.key)}/unit/{_segment(slug(unit))}")

    def participation(self, dnr: str, role: str, org: Org) -> NamedNode:
        return self._node(f"project/{dnr_segment(dnr)}/{role}/{_segment(org.key)}")

    def evidence(self, dnr: str, start: int | None = None, end: int | None = None) -> NamedNode:
        where = f"{start}-{end}" if start is not None else "header"
        return self._node(f"project/{dnr_segment(dnr)}/evidence/{where}")

    def collective(self, dnr: str, start: int) -> NamedNode:
        return self._node(f"project/{dnr_segment(dnr)}/collective/{start}")

    def contact(self, dnr: str) -> NamedNode:
        return self._node(f"project/{dnr_segment(dnr)}/contact")

    def field(self, dnr: str, n: int) -> NamedNode:
        return self._node(f"record/{dnr_segment(dnr)}/field/{n}")

    def code(self, kind: str, period: str | None, code: str) -> NamedNode:
        """A code of a programme list: programme area, specific objective, intervention type."""
        where = f"{period}/" if period else ""
        return self._node(f"{kind}/{where}{_segment(code)}")

    def programme(self, cci: str) -> NamedNode:
        return self._node(f"programme/{_segment(cci)}")

    def esf_region(self, name: str) -> NamedNode:
        return self._node(f"esf-region/{_segment(slug(name))}")

    def graph(self, name: str) -> NamedNode:
        """A named graph of esfgraph's own (reference data, network metrics)."""
        return self._node(f"graph/{name}")

    def statistic(self, region: str | None, year: str | None) -> NamedNode:
        """One observation of the budget statistics (statistics.py): a region's slug and a year."""
        return self._node(f"statistics/budget/{_segment(region or 'none')}/{year or 'none'}")

    def statistics_dataset(self) -> NamedNode:
        return self._node("statistics/budget")

    def nuts(self, code: str) -> NamedNode:
        return f"<{NUTS_BASE}{code}>" if self.text else NamedNode(NUTS_BASE + code)
