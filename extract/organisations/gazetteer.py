"""The gazetteer of Swedish public bodies and well-known organisations, from package data.

The CSV files in `extract/data/` are copies of the reference data named in
`extract/data/SOURCES.md`, plus the team's `additions.csv` (everyday names, bodies missing from
the lists) and `places.csv` (names that are places, never organisations).
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, replace
from importlib.resources import files
from typing import Iterator

from esfgraph.extract.organisations.names import genitive_forms, name_identity, name_key, restore_case

__all__ = ["Org", "Gazetteer", "load_gazetteer", "ORG_TYPES"]

ORG_TYPES = (
    "municipality", "region", "agency", "university", "company", "union",
    "employer_organisation", "coordination_association", "folk_high_school", "nonprofit", "other",
)

# Single words that are ordinary Swedish words too: matched only as written, capital and all,
# and never at the start of a sentence (see ruler.py).
COMMON_WORDS = frozenset({
    "kommunal", "vision", "unionen", "ledarna", "målarna", "handels", "fastighets", "livs",
    "byggnads", "seko", "naturvetarna", "civilekonomerna", "fysioterapeuterna", "akavia",
    "forena", "reservofficerarna", "transport", "sensus", "samhall", "lernia", "almi",
    "stadsmissionen", "fryshuset", "företagarna", "medborgarskolan", "folkuniversitetet",
    "arbetsförmedling", "försäkringskassa", "famna", "fastighetsägarna", "bilda",
    "vattenfall", "scouterna", "coop", "arla", "randstad", "securitas", "skandia", "kulturfonden",
    "huvudstadsregionen",
})
# Two-letter abbreviations that mean one body in ESF texts; longer ones come from the lists.
_SHORT_ABBREVIATIONS = frozenset({"AF", "FK", "GU", "LU", "SU", "UU", "LO"})
_BAD_ABBREVIATIONS = frozenset({"ESF", "SOS", "SKOL", "MIGR", "KVV", "POLM", "SIT", "TH", "SH",
                                "DH", "MH", "HH", "HV", "AI", "AD", "AV", "BO", "DO", "US", "FM",
                                "IT", "EU", "SN", "SAF", "ST", "HAN", "TVV", "LINU"})
# "Myndigheten för yrkeshögskolan" is an agency, not a university.
_UNIVERSITY = re.compile(r"universitet|(?<!yrkes)högskolan?", re.IGNORECASE)
_TYPES = {"union": "union", "confederation": "union", "employer_org": "employer_organisation"}


@dataclass(frozen=True, slots=True)
class Org:
    """One organisation: canonical name, type, and the identifiers known for it."""

    name: str
    type: str
    orgnr: str | None = None
    legal_name: str | None = None
    kommunkod: str | None = None
    lanskod: str | None = None
    known: bool = False
    key: str = ""

    def __post_init__(self) -> None:
        # The stable identifier: the gazetteer's organisation number, else the name's identity
        # (names.name_identity). A body not in the gazetteer whose number a record header gives
        # is keyed by that number (resolve.resolve_owner).
        if not self.key:
            ident = self.orgnr if (self.known and self.orgnr) else name_identity(self.name)
            object.__setattr__(self, "key", ident)


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = (files("esfgraph.extract.organisations") / "data" / name).read_text(encoding="utf-8")
    for n, row in enumerate(csv.DictReader(text.splitlines()), 2):
        if None in row:  # more cells than columns: an unquoted comma
            raise ValueError(f"{name}:{n}: {len(row) - 1 + len(row[None])} cells, the header has "
                             f"{len(row) - 1}; quote a cell that holds a comma")
        yield row


def _split(cell: str | None) -> list[str]:
    return [a.strip() for a in (cell or "").split("|") if a.strip()]


class Gazetteer:
    """Organisations by name, alias, abbreviation and organisation number; places by name."""

    def __init__(self) -> None:
        self.orgs: list[Org] = []
        self._names: dict[int, set[str]] = {}  # org index -> alias surfaces
        self._abbr: dict[int, set[str]] = {}
        self._official: dict[str, int] = {}
        self.places: dict[str, str] = {}
        self.proper_nouns: set[str] = set()
        self.short_names: dict[str, str] = {}  # kommunkod -> the municipality's place name
        self._dual: set[int] = set()  # bodies named like a place ("Göteborgsregionen")
        self._load()
        self._index()

    # -- loading ---------------------------------------------------------------------------
    def _add(self, org: Org, aliases=(), abbreviations=()) -> int:
        i = len(self.orgs)
        self.orgs.append(org)
        self._names[i] = {org.name, *aliases}
        self._abbr[i] = set(abbreviations)
        self._official[name_key(org.name)] = i
        return i

    def _load(self) -> None:
        counties = {r["lanskod"]: r for r in _rows("counties.csv")}
        for r in counties.values():
            self.places[name_key(r["name"])] = "län"
            self.places[name_key(r["name_short"])] = "län"
            self.proper_nouns.update(name_key(r["name_short"]).split())
        for r in _rows("places.csv"):
            self.places[name_key(r["name"])] = r["kind"]
            self.proper_nouns.update(name_key(r["name"]).split())
        # Organisation numbers of municipalities and regions (orgnr_municipalities_regions.csv,
        # each row with its source) where the lists above have none.
        orgnrs = {(r["kind"], r["name"]): r["orgnr"] for r in _rows("orgnr_municipalities_regions.csv")}
        for r in _rows("municipalities.csv"):
            r["orgnr"] = r["orgnr"] or orgnrs.get(("municipality", r["name"]), "")
            short = r["name_short"]
            self.short_names[r["kommunkod"]] = short
            self.places.setdefault(name_key(short), "ort")
            self.proper_nouns.update(name_key(short).replace("-", " ").split())
            genitive = short if short.endswith(("s", "x", "z")) else f"{short}s"
            # PDF copies drop letters: "Kävlinge kommn".
            aliases = {f"{short} kommun", f"{genitive} kommun", f"{short} kommn", f"{genitive} kommn"}
            self._add(Org(r["name"], "municipality", r["orgnr"] or None, None, r["kommunkod"],
                          r["lanskod"], True), aliases)
        lansstyrelse_aliases = {}
        for r in _rows("regions.csv"):
            c = counties[r["lanskod"]]
            short, lan = c["name_short"], r["lan"]
            aliases = {f"Region {lan}", f"Region {short}", f"Region {short} län",
                       f"Landstinget i {lan}", f"Landstinget {short}", f"{lan}s landsting"}
            if r["region_name"] != "Region Gotland":
                orgnr = r["region_orgnr"] or orgnrs.get(("region", r["region_name"]))
                self._add(Org(r["region_name"], "region", orgnr or None, None, None,
                              r["lanskod"], True), aliases)
            lansstyrelse_aliases[r["lansstyrelse_orgnr"]] = {
                r["lansstyrelse"], f"Länsstyrelsen i {short}", f"Länsstyrelsen {short}",
                f"Länsstyrelsen {lan}", f"Länsstyrelsen i {lan}s", f"Länsstyrelsen {short}s län",
                f"Länsstyrelsen i {lan.replace(' län', 'län')}"}  # PDF damage: "Hallandslän"
        aliases_by_official: dict[str, set[str]] = {}
        for r in _rows("agency_aliases.csv"):
            aliases_by_official.setdefault(r["official_name"], set()).add(r["alias_lower"])
        for r in _rows("agencies.csv"):
            name = restore_case(r["name"], frozenset(self.proper_nouns))
            kind = "university" if _UNIVERSITY.search(name) else "agency"
            aliases = set(_split(r["alt_names"])) | aliases_by_official.get(r["name"], set())
            aliases |= lansstyrelse_aliases.get(r["orgnr"], set())
            if name.startswith("Högskolan i "):  # "Högskolan Borås", as pages write it too
                aliases.add("Högskolan " + name[len("Högskolan i "):])
            abbr = {r["short_name"]} if r["short_name"] else set()
            self._add(Org(name, kind, r["orgnr"] or None, None, None, None, True), aliases, abbr)
        for r in _rows("unions_employers.csv"):
            abbr = {r["abbreviation"]} if r["abbreviation"] else set()
            self._add(Org(r["name"], _TYPES.get(r["type"], "other"), None, None, None, None, True),
                      _split(r["alt_names"]), abbr)
        for r in _rows("additions.csv"):
            i = self._official.get(name_key(r["match"])) if r["match"] else None
            if r["match"] and i is None:
                raise ValueError(f"additions.csv: {r['match']!r} matches no gazetteer entry")
            if i is None:
                i = self._add(Org(r["name"], r["type"], r["orgnr"] or None,
                                  r["legal_name"] or None, known=True),
                              [*_split(r["aliases"]), *_split(r["legal_name"])],
                              _split(r["abbreviations"]))
                if name_key(r["name"]) in self.places:
                    self._dual.add(i)
                continue
            old = self.orgs[i]
            self.orgs[i] = replace(old, name=r["name"], type=r["type"] or old.type,
                                   legal_name=r["legal_name"] or old.legal_name, key="")
            self._names[i] |= {old.name, r["name"], *_split(r["aliases"])}
            self._abbr[i] |= set(_split(r["abbreviations"]))
            self._official[name_key(r["name"])] = i

    # -- indexing --------------------------------------------------------------------------
    def _index(self) -> None:
        """Build the lookup tables; an alias claimed by two bodies is kept for neither."""
        claims: dict[str, set[int]] = {}
        cased: dict[str, set[int]] = {}
        for i, surfaces in self._names.items():
            for s in surfaces:
                k = name_key(s)
                if (k in self.places and i not in self._dual) or len(k) < 4:
                    continue
                if " " not in k and (k in COMMON_WORDS or len(k) < 8):
                    # Matched only as written: a name written in lower case only (the alias
                    # table's "sida", "forte", "kemi") would be the ordinary word.
                    if not s.strip().islower():
                        cased.setdefault(s.strip(), set()).add(i)
                else:
                    claims.setdefault(k, set()).add(i)
            for a in self._abbr[i]:
                a = a.strip()
                if a.isupper() and a not in _BAD_ABBREVIATIONS and (
                        len(a) >= 3 or a in _SHORT_ABBREVIATIONS):
                    cased.setdefault(a, set()).add(i)
        self.by_key: dict[str, Org] = {}
        for k, owners in claims.items():
            i = self._official.get(k) if len(owners) > 1 else next(iter(owners))
            if i is not None:
                self.by_key[k] = self.orgs[i]
        self.by_cased = {s: self.orgs[next(iter(o))] for s, o in cased.items() if len(o) == 1}
        self.by_orgnr = {o.orgnr: o for o in self.orgs if o.orgnr}
        # Keys of bodies whose name is also a place: the ruler reads "i Göteborgsregionen" as
        # the place and "Göteborgsregionen är projektägare" as the body.
        self.place_orgs = frozenset(self.orgs[i].key for i in self._dual)

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, surface: str) -> Org | None:
        """Return the organisation a name stands for, trying its genitive base form too."""
        k = name_key(surface)
        for cand in (k, *genitive_forms(k)):
            org = self.by_key.get(cand)
            if org is not None:
                return org
        s = surface.strip()
        org = self.by_cased.get(s)
        if org is None and s.endswith((":s", "'s")):
            org = self.by_cased.get(s[:-2])
        if org is None and s.endswith("s"):
            org = self.by_cased.get(s[:-1])
        return org

    def municipality_short_names(self, org: Org) -> list[str]:
        """Return the place names a municipality is called by ("Malmö" for Malmö stad)."""
        short = self.short_names.get(org.kommunkod or "")
        return [short] if short else []

    def place_kind(self, surface: str) -> str | None:
        """Return what kind of place a name is ("län", "landskap", "ort", ...), or None."""
        k = name_key(surface)
        return self.places.get(k) or next(
            (self.places[g] for g in genitive_forms(k) if g in self.places), None)

    def surfaces(self) -> Iterator[tuple[str, Org, bool]]:
        """Yield (surface, organisation, case_sensitive) for every name the ruler should match."""
        for k, org in self.by_key.items():
            yield k, org, False
        for s, org in self.by_cased.items():
            yield s, org, True


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer built from the package data (built once per process)."""
    return Gazetteer()
