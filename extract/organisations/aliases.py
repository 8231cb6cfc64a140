"""The alias table for scoring: every name the gazetteer knows of a body, mapped to one canonical.

Gold files keep a body's name of the time and its everyday name (`Landstinget Kronoberg`,
`SKL`, `Haparanda kommun`, `Vinnova`); esfgraph outputs one canonical name per body (`Region
Kronoberg`, `Sveriges Kommuner och Regioner`, `Haparanda stad`, ...). Scoring compares names
through this table, so a body counts as found under any of its names. The table is written in
the reference scorer's CSV form (`alias_lower,official_name`).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from esfgraph.extract.organisations.gazetteer import load_gazetteer

__all__ = ["fold", "scoring_aliases", "write_aliases"]


def fold(name: str) -> str:
    """Return a name in lower case with runs of spaces folded to one (the scorer's form)."""
    return re.sub(r"\s+", " ", name.strip().lower())


def scoring_aliases() -> dict[str, str]:
    """Return alias -> canonical name, both lower case with spaces folded; no alias is a canonical.

    Every surface the gazetteer matches (names, aliases, former names, abbreviations) and each
    municipality's `X kommun`, `Xs kommun`, `X stad` and `Xs stad` map to the body's canonical
    name; a surface two bodies claim is left out.
    """
    g = load_gazetteer()
    claims: dict[str, set[str]] = {}
    for surface, org, _ in g.surfaces():
        claims.setdefault(fold(surface), set()).add(fold(org.name))
    for org in g.orgs:
        if org.type == "municipality" and org.kommunkod:
            for short in g.municipality_short_names(org):
                genitive = short if short.endswith(("s", "x", "z")) else short + "s"
                for form in {f"{short} kommun", f"{genitive} kommun", f"{short} stad",
                             f"{genitive} stad"}:
                    claims.setdefault(fold(form), set()).add(fold(org.name))
    canonicals = {fold(o.name) for o in g.orgs}
    return {alias: next(iter(names)) for alias, names in sorted(claims.items())
            if len(names) == 1 and alias not in canonicals and alias != next(iter(names))}


def write_aliases(path: str | Path) -> int:
    """Write the scoring alias table as CSV (`alias_lower,official_name`); return its rows."""
    table = scoring_aliases()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["alias_lower", "official_name"])
        out.writerows(sorted(table.items()))
    return len(table)

