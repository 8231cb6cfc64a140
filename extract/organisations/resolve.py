"""The organisation resolver: one canonical `Org` per real body, from any way of writing it.

Every other part of esfgraph asks this module what counts as the same organisation: the
record header's owner, the owner's organisation number and the names found in the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from esfgraph.extract.organisations.gazetteer import Org, load_gazetteer
from esfgraph.extract.organisations.names import name_key, restore_case

__all__ = ["resolve_name", "resolve_owner", "resolve_unit", "org_from_shape", "shape_type"]

_SHAPES = [
    (re.compile(r"(\b(AB|HB|KB|Aktiebolag|aktiebolag)(\s*\(publ\))?|\bek\.? ?för\.?)$"), "company"),
    (re.compile(r"\bkommuns?$", re.I), "municipality"),
    (re.compile(r"^Region\b|regionen$"), "region"),
    (re.compile(r"folkhögskolas?$", re.I), "folk_high_school"),
    (re.compile(r"^Samordningsförbundet\b|samordningsförbunds?$", re.I), "coordination_association"),
    (re.compile(r"universitet|högskola|högskolan", re.I), "university"),
    (re.compile(r"^Länsstyrelsen\b", re.I), "agency"),
    # A kommunalförbund is typed other, before "förbund" makes it an association.
    (re.compile(r"(kommunal|gymnasie|utbildnings)förbunds?$|^Kommun(al)?förbundet\b", re.I),
     "other"),
    (re.compile(r"förening(en)?s?$|förbund(et)?s?$|stiftelse(n)?s?$|^Stiftelsen\b|ekonomisk förening",
                re.I), "nonprofit"),
]
_DEPARTMENT = re.compile(
    r"^(?P<unit>(?:[\wåäöÅÄÖ]+-,?\s+)*(?:(?:och|samt)\s+)?[\wåäöÅÄÖ-]*(förvaltning(en)?|nämnd(en)?|styrelse(n)?|enhet(en)?|avdelning(en)?|kontor(et)?|"
    r"tjänst(en)?|utbildning(en)?|förbundet|Komvux|kansli(et)?))"
    r"(\s+(i|på|inom|vid)\s+(?P<place>.+))?$",
    re.IGNORECASE,
)


# A structural-fund partnership written with its region first or misspelt is named as the others
# are: "Norra Mellansveriges strukturfondspartnerskap" and "Stukturfondspartnerskapet Stockholm"
# are "Strukturfondspartnerskapet Norra Mellansverige" and "Strukturfondspartnerskapet Stockholm".
_PARTNERSHIP = re.compile(r"^(?:(?P<pre>[\w ]+?)s\s+)?str?ukturfonds?partn?erskap(?:et)?"
                          r"(?:\s+(?:i|för)\b)?\s*(?P<post>.*)$", re.I)
_PARTNERSHIP_NAMES = ("Strukturfondspartnerskapet", "Strukturfondpartnerskapet")


def _partnership(name: str) -> str:
    m = _PARTNERSHIP.match(name)
    if name.endswith(" LAG") and not name.startswith("Leader "):
        return f"Leader {name[:-4]}"  # "Norrdalen LAG" (a Leader group's board) is Leader Norrdalen
    if m is None:
        return name
    words = (m["pre"] or m["post"]).split()
    words = [w.capitalize() if w.startswith("öarna") else w for w in words]  # "Småland och Öarna"
    if len(words) == 2 and all(w[:1].isupper() for w in words) and words[0] not in _DIRECTIONS:
        words = ["-".join(words)]  # "Skåne Blekinge" is "Skåne-Blekinge"
    new = f"{_PARTNERSHIP_NAMES[0]} {' '.join(words)}".strip()
    return name if name.startswith(_PARTNERSHIP_NAMES) and name.endswith(" " + " ".join(words)) else new


_DIRECTIONS = frozenset({"Norra", "Övre", "Mellersta", "Östra", "Södra", "Västra"})


def shape_type(name: str) -> str:
    """Return the organisation type a name's shape suggests ("Sandvik AB" -> "company")."""
    for pattern, kind in _SHAPES:
        if pattern.search(name):
            return kind
    return "other"


def org_from_shape(surface: str) -> Org:
    """Return an organisation not in the gazetteer, named as written (usual case restored)."""
    g = load_gazetteer()
    name = re.sub(r"\s+", " ", surface).strip(" ,.;:")
    name = re.sub(r"\b(AB|HB|KB)(?::s|s)$", r"\1", name)  # "Nolato AB:s" is Nolato AB
    name = re.sub(r"\bek\.\s*för$", "ekonomisk förening", name)  # "Fjärdhundraland ek. för."
    if name == name.lower():
        # A name pasted in lower case gets the case it is written with: "samordningsförbundet
        # gävle" -> "Samordningsförbundet Gävle".
        name = name.upper()
    name = _partnership(restore_case(name, frozenset(g.proper_nouns)))
    return Org(name, shape_type(name))


def resolve_name(surface: str) -> Org | None:
    """Return the gazetteer organisation a name stands for, or None.

    A municipality or university whose place is written in the genitive is that body too
    ("Malmös universitet", "Umeås kommun"): the genitive is how the others are named."""
    g = load_gazetteer()
    org = g.lookup(surface)
    if org is None:
        first, _, rest = surface.strip().partition(" ")
        if rest and len(first) > 3 and first.endswith("s") and first[:1].isupper():
            org = g.lookup(f"{first[:-1]} {rest}")
            if org is not None and org.type not in ("municipality", "university"):
                return None
    return org


def resolve_unit(surface: str, owner: Org | None = None) -> tuple[Org, str] | None:
    """Return (organisation, unit name) for a department ("Socialförvaltningen i Luleå").

    A department named with a town or organisation belongs to that body; one named without
    belongs to `owner`. Returns None when the name is no department or its body is unknown.
    """
    surface = re.sub(r"\s+", " ", surface).strip()
    m = _DEPARTMENT.match(surface)
    if not m:
        return _named_unit(surface)
    unit = m["unit"][:1].upper() + m["unit"][1:]
    place = m["place"]
    if place is None:
        return (owner, unit) if owner is not None else None
    org = resolve_name(place) or resolve_name(f"{place} kommun")
    if org is None and place.endswith("s"):
        org = resolve_name(f"{place[:-1]} kommun")
    return (org, unit) if org is not None else None


def _named_unit(surface: str) -> tuple[Org, str] | None:
    """Return (organisation, unit) for "Västerås stad, Arbetsmarknadsenheten", "Arbetsmarknads-
    enheten - Västerås stad", "Stockholm arbetsmarknadsförvaltning", "VGR Folkhögskoleförvaltningen"."""
    for sep, unit_first in ((", ", False), (" - ", True), (" – ", True)):
        if sep in surface:
            a, b = surface.split(sep, 1)
            unit, parent = (a, b) if unit_first else (b, a)
            org = _body_of(parent)
            return (org, unit[:1].upper() + unit[1:]) if org is not None else None
    words = surface.split(" ")
    for n in (2, 1):
        if len(words) > n:
            org = _body_of(" ".join(words[:n]))
            if org is not None:
                unit = " ".join(words[n:])
                return org, unit[:1].upper() + unit[1:]
    return None


def _body_of(name: str) -> Org | None:
    """Return the body a unit's parent name stands for: a known body or a municipality's town."""
    org = resolve_name(name)
    if org is None and load_gazetteer().place_kind(name):
        org = resolve_name(f"{name} kommun")
    return org


_COST_CENTRE = re.compile(r"^[0-9]+\s+")  # "176 Arbetsmarknadsavdelningen"


def _owner_parts(raw: str, lookup) -> list[str]:
    """Return the parts of an owner field: by commas; by ` - ` only when a part is a known body."""
    if "," in raw:
        parts = raw.split(",")
    elif " - " in raw and any(lookup(p.strip()) for p in raw.split(" - ")):
        parts = raw.split(" - ")
    else:
        parts = [raw]
    return [_COST_CENTRE.sub("", p.strip()) for p in parts if p.strip()]


# A head office written after the name: "Bostadsbolaget Huvudkontoret", "Arbetsförmedlingen X Hk".
_HEAD_OFFICE = re.compile(r"^(?P<name>.+?)\s+(?P<unit>Huvudkontoret|huvudkontoret|Huvudkontor|"
                          r"huvudkontor|Hk|HK)$")


def _local_office(parts: list[str], lookup) -> list[str]:
    """Split a one-part owner that is a state agency's local office into the agency and the
    office ("Arbetsförmedlingen i Sundsvall", "Arbetsförmedlingen Gävle Hk": the agency, as
    local offices map to the national body), and a head office from its body's name."""
    if len(parts) != 1 or lookup(parts[0]) is not None:
        return parts
    words = parts[0].split(" ")
    for n in (2, 1):
        body = lookup(" ".join(words[:n])) if len(words) > n else None
        if body is not None and body.type == "agency":
            office = re.sub(r"^i\s+", "", " ".join(words[n:]))
            return [" ".join(words[:n]), office[:1].upper() + office[1:]]
    office = _HEAD_OFFICE.match(parts[0])
    return [office["name"], office["unit"]] if office else parts


def resolve_owner(raw: str | None, orgnr: str | None = None
                  ) -> tuple[Org | None, tuple[str, ...], list[str]]:
    """Return (owner, its units, warnings) for a `Projektägare` value and its organisation number.

    "Region Östergötland, Region Östergötland" is one owner; "Region Jönköpings län, Regional
    utveckling Landstingets Kansli" an owner and its unit; "Skolverket, Enheten för
    Skolutveckling, Avdelningen Skola & Arbetsliv" an owner and two units, and so are
    "Arbetsmarknadsförvaltningen - Stockholms stad" and "Socialförvaltningen, Stockholms stad"
    (the body is the part the gazetteer knows, else the first); "VÄXJÖ KOMMUN" is Växjö kommun.
    A name the gazetteer does not know is found by its organisation number. No owner: None.
    """
    if not raw or not raw.strip():
        return None, (), []
    if not re.search(r"[^\W_]", raw):  # "..", "-": no name at all
        return None, (), [f"owner {raw!r} names no organisation; the project has no owner"]
    g = load_gazetteer()
    warnings: list[str] = []
    raw = re.sub(r"\s+", " ", raw).strip().strip(",")
    org = g.lookup(raw)
    parts = [raw] if org is not None else _local_office(_owner_parts(raw, g.lookup), g.lookup)
    at = 0
    if org is None:
        at, org = next(((i, o) for i, o in enumerate(map(g.lookup, parts)) if o is not None),
                       (0, None))
    name = parts[at]
    by_number = g.by_orgnr.get(orgnr) if orgnr else None
    if org is None and by_number is not None:
        org = by_number
    if org is None:
        org = org_from_shape(name)
    units: list[str] = []
    for i, part in enumerate(parts):
        if i == at or name_key(part) in (name_key(name), name_key(org.name)) or g.lookup(part) == org:
            continue
        unit = restore_case(part, frozenset(g.proper_nouns))
        if name_key(unit) not in map(name_key, units):
            units.append(unit)
    if orgnr:
        if by_number is not None and by_number.key != org.key:
            warnings.append(f"organisation number {orgnr} is {by_number.name}'s in the gazetteer, "
                            f"but the record's owner is {org.name!r}")
        if org.orgnr and org.orgnr != orgnr:
            warnings.append(
                f"owner {org.name!r} has organisation number {org.orgnr} in the gazetteer, "
                f"the record gives {orgnr}; the node keeps the gazetteer's"
            )
        elif not org.orgnr and not (by_number is not None and by_number.key != org.key):
            # A body the gazetteer does not know is the body with this number: two bodies of one
            # name and two numbers are two nodes (and one node never takes a second number).
            org = replace(org, orgnr=orgnr, key=orgnr)
    return org, tuple(units), warnings
