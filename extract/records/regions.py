"""The project bank's regions: the eight ESF regions and the national level, in every spelling
the bank has used (2007–2013 included), each with its NUTS-2 code where one exists."""

from __future__ import annotations

from esfgraph.extract.records.values import normalise_space

__all__ = ["ESF_REGIONS", "NATIONAL", "REGION_NUTS2", "esf_region", "region_of_nuts2"]

# The eight ESF regions are the NUTS-2 areas of Sweden (codes unchanged since the 2008 revision;
# the 2007–2013 programme used the same eight regions).
REGION_NUTS2 = {
    "Stockholm": "SE11", "Östra Mellansverige": "SE12", "Småland & Öarna": "SE21",
    "Sydsverige": "SE22", "Västsverige": "SE23", "Norra Mellansverige": "SE31",
    "Mellersta Norrland": "SE32", "Övre Norrland": "SE33",
}
ESF_REGIONS = tuple(REGION_NUTS2)
# Projects run at national level: no region, no NUTS-2 code (ESF+ pages write `NUTS-2 kod: SE0`).
NATIONAL = "ESF Nationellt"

# Spellings, as matched: lower case, one space, `&` read as `och`, `ESF-` as `ESF `.
_SPELLINGS = {
    **{r.lower().replace("&", "och"): r for r in ESF_REGIONS},
    "småland med öarna": "Småland & Öarna",
    "skåne-blekinge": "Sydsverige", "skåne och blekinge": "Sydsverige",
    "esf nationellt": NATIONAL, "nationellt": NATIONAL, "nationell": NATIONAL,
    "riksomfattande": NATIONAL, "hela landet": NATIONAL,
}


def esf_region(written: str) -> str | None:
    """Return the canonical region (one of ESF_REGIONS, or NATIONAL) a spelling names, or None.

    `Småland och Öarna`, `Småland & Öarna`, `ESF Nationellt`, `ESF-nationellt`, `Nationellt`.
    """
    key = normalise_space(written).lower().replace("&", "och").replace("esf-", "esf ")
    return _SPELLINGS.get(normalise_space(key))


def region_of_nuts2(code: str) -> str | None:
    """Return the region of a NUTS-2 code (`SE21`), NATIONAL for the bank's `SE0`, else None."""
    if code == "SE0":
        return NATIONAL
    return next((r for r, c in REGION_NUTS2.items() if c == code), None)
