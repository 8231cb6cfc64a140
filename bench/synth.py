#!/usr/bin/env python3
"""Synthetic project-bank records for esfgraph's benchmarks.

Records look like Svenska ESF-rådet's project bank (ESF 2014–2020 and ESF+ 2021–2027): a title
line `<diarienummer> - <name>`, header fields as `Key:` lines each followed by its value, and a
Swedish description of some 250–600 words that names the project owner and its partners with
varied wording, among distractors (places, counties, SCB, the funder, programme names, the
owner's own departments). Partners are drawn from esfgraph's gazetteer and given in its
canonical form, so `expected_partners` can be compared with what `esfgraph partners` finds.

Synthetic data can never be mistaken for real records: diarienummer are `2099/xxxxx`
(2014–2020 form) and `99-xxx-Sxx` (2021–2027 form); e-mail addresses are `@example.se`;
company owners are invented; municipalities and regions without a published organisation
number in the gazetteer get an invented one (valid Luhn digit, same number in every run).

About 5% of the word tokens of a description are rare or unseen across records (pseudo-Swedish
compounds, ids, product names, street addresses made per record), so that tokenizer and
lookup caches are not flattered by a small closed vocabulary.

API:
    generate(n, seed=0, period_mix=0.5)   -> iterator of record dicts
    write_text(records, path_or_dir, per_file=1) -> WriteStats
    write_csv(records, path)              -> WriteStats

Script:
    python bench/synth.py N OUTDIR [--format txt|csv|both] [--per-file K] [--seed S]
                                   [--period-mix P]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import json
import math
import random
import re
import sys
import time
import zlib
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Iterator

from esfgraph.extract.organisations.gazetteer import load_gazetteer
from esfgraph.extract.records import ESF_REGIONS, HEADER_KEYS

__all__ = ["generate", "write_text", "write_csv", "CSV_KEYS", "WriteStats", "luhn_digit",
           "render_text"]

# --------------------------------------------------------------------------------------------
# Header keys, exactly as the project bank spells them.

OLD_KEYS = (  # 2014–2020, in the order of the seeds
    "Diarienummer", "Namn", "Startdatum", "Slutdatum", "Projektnummer", "Projektägare", "Region",
    "Planerat antal deltagare", "Projektperiod", "Total projektbudget", "Beviljat ESF-stöd",
    "Kontaktperson", "E-post", "Stödmottagare postnr", "Stödmottagarens address",
    "Programområde", "Specifikt mål", "Unionens medfinansieringsgrad", "Interventionstyp",
)
NEW_KEYS = (  # 2021–2027, in the order of the seeds
    "Diarienummer", "Namn", "Startdatum", "Slutdatum", "Land som berörs", "Berörd fond",
    "Program CCI", "Projektägare organisationsnummer", "Projektägare",
    "Unionens medfinansieringsgrad", "Programområde", "Specifikt mål",
    "Sekundärtema - Motverka barnfattigdom", "Region", "NUTS-2 kod", "Stödmottagare postnr",
    "Stödmottagare ort", "Interventionstyp", "Antal deltagare", "Total projektbudget",
    "Beviljat ESF-stöd", "Insats av strategisk betydelse",
)
# Every key the generator writes, in the CSV's column order (then `Beskrivning`).
CSV_KEYS = (
    "Diarienummer", "Namn", "Projektnamn", "Startdatum", "Slutdatum", "Projektperiod",
    "Projektnummer", "Land som berörs", "Berörd fond", "Program CCI",
    "Projektägare organisationsnummer", "Organisationsnummer", "Projektägare", "Region",
    "Planerat antal deltagare", "Antal deltagare", "Total projektbudget", "Beviljat ESF-stöd",
    "Beviljat ESF+-stöd", "Kontaktperson", "E-post", "Stödmottagare postnr",
    "Stödmottagarens address", "Stödmottagarens adress", "Stödmottagare adress",
    "Stödmottagare ort", "Programområde", "Specifikt mål", "Unionens medfinansieringsgrad",
    "Interventionstyp", "Sekundärtema - Motverka barnfattigdom", "NUTS-2 kod",
    "Insats av strategisk betydelse",
)
DESCRIPTION_COLUMN = "Beskrivning"
assert all(k in HEADER_KEYS for k in CSV_KEYS), "a generated key is unknown to records.py"

# County (länskod) -> ESF region, NUTS-2, rough postcode prefixes (first three digits).
_LAN_REGION = {
    "01": "Stockholm", "03": "Östra Mellansverige", "04": "Östra Mellansverige",
    "05": "Östra Mellansverige", "18": "Östra Mellansverige", "19": "Östra Mellansverige",
    "06": "Småland & Öarna", "07": "Småland & Öarna", "08": "Småland & Öarna",
    "09": "Småland & Öarna", "10": "Sydsverige", "12": "Sydsverige", "13": "Västsverige",
    "14": "Västsverige", "17": "Norra Mellansverige", "20": "Norra Mellansverige",
    "21": "Norra Mellansverige", "22": "Mellersta Norrland", "23": "Mellersta Norrland",
    "24": "Övre Norrland", "25": "Övre Norrland",
}
_NUTS2 = {"Stockholm": "SE11", "Östra Mellansverige": "SE12", "Småland & Öarna": "SE21",
          "Sydsverige": "SE22", "Västsverige": "SE23", "Norra Mellansverige": "SE31",
          "Mellersta Norrland": "SE32", "Övre Norrland": "SE33"}
assert set(_NUTS2) == set(ESF_REGIONS)
_POST = {
    "01": (100, 199), "03": (740, 759), "04": (611, 649), "05": (581, 619), "06": (551, 579),
    "07": (341, 365), "08": (380, 398), "09": (621, 624), "10": (370, 379), "12": (201, 298),
    "13": (301, 316), "14": (400, 549), "17": (651, 689), "18": (701, 719), "19": (721, 739),
    "20": (771, 799), "21": (801, 829), "22": (851, 895), "23": (831, 849), "24": (901, 936),
    "25": (941, 984),
}
# Universities by county, named as the gazetteer may know them (checked at load).
_UNIVERSITIES = {
    "01": ["Stockholms universitet", "Södertörns högskola", "KTH"], "03": ["Uppsala universitet"],
    "04": ["Mälardalens universitet"], "05": ["Linköpings universitet"],
    "06": ["Jönköping University"], "07": ["Linnéuniversitetet"], "08": ["Linnéuniversitetet"],
    "10": ["Blekinge tekniska högskola"],
    "12": ["Lunds universitet", "Malmö universitet", "Högskolan Kristianstad"],
    "13": ["Högskolan i Halmstad"],
    "14": ["Göteborgs universitet", "Högskolan Väst", "Högskolan i Borås", "Högskolan i Skövde",
           "Chalmers tekniska högskola"],
    "17": ["Karlstads universitet"], "18": ["Örebro universitet"],
    "19": ["Mälardalens universitet"], "20": ["Högskolan Dalarna"], "21": ["Högskolan i Gävle"],
    "22": ["Mittuniversitetet"], "23": ["Mittuniversitetet"], "24": ["Umeå universitet"],
    "25": ["Luleå tekniska universitet"],
}
# National bodies that take part in ESF projects: (name, weight, other ways of writing it).
_NATIONAL = [
    ("Arbetsförmedlingen", 30, []), ("Försäkringskassan", 12, []), ("Migrationsverket", 4, []),
    ("Kriminalvården", 3, []), ("Skolverket", 3, ["Statens skolverk"]),
    ("Myndigheten för yrkeshögskolan", 2, []), ("Socialstyrelsen", 2, []),
    ("Arbetsmiljöverket", 1, []), ("Statens institutionsstyrelse", 1, []),
    ("Polismyndigheten", 1, ["Polisen"]), ("Kronofogdemyndigheten", 1, ["Kronofogden"]),
    ("Specialpedagogiska skolmyndigheten", 1, []), ("Myndigheten för delaktighet", 1, []),
    ("Jämställdhetsmyndigheten", 1, []), ("Centrala studiestödsnämnden", 1, ["CSN"]),
    ("Folkhälsomyndigheten", 1, []), ("Trafikverket", 1, []),
    ("Myndigheten för ungdoms- och civilsamhällesfrågor", 1, ["MUCF"]),
]
_LABOUR = [  # unions and employers' organisations
    ("IF Metall", 8, ["Industrifacket Metall", "IF-Metall"]),
    ("Kommunal", 7, ["Kommunalarbetareförbundet"]), ("Unionen", 3, []), ("Vision", 2, []),
    ("Vårdförbundet", 2, []), ("Handels", 2, ["Handelsanställdas förbund"]),
    ("Byggnads", 2, ["Byggnadsarbetareförbundet"]), ("Seko", 1, []), ("Livs", 1, []),
    ("Hotell- och restaurangfacket", 1, []), ("Sveriges Ingenjörer", 1, []),
    ("Akademikerförbundet SSR", 1, []), ("Ledarna", 1, []), ("LO", 1, ["Landsorganisationen"]),
    ("TCO", 1, []), ("Saco", 1, []), ("GS-facket", 1, []), ("Transportarbetareförbundet", 1, []),
    ("Svenskt Näringsliv", 3, []), ("Almega", 1, []), ("Teknikföretagen", 3, []),
    ("Svensk Handel", 1, []), ("Byggföretagen", 1, []), ("Sobona", 1, []), ("Fremia", 1, []),
    ("Företagarna", 2, []), ("Visita", 1, []), ("Sveriges Kommuner och Regioner", 2, ["SKR"]),
    ("Arbetsgivarverket", 1, []),
]
_CIVIL = [  # study associations, non-profits and companies of the gazetteer, with a county or None
    ("Arbetarnas bildningsförbund", 3, ["ABF"], None),
    ("Studieförbundet Vuxenskolan", 2, ["Vuxenskolan"], None),
    ("Studiefrämjandet", 1, [], None), ("Medborgarskolan", 1, [], None),
    ("Sensus studieförbund", 1, ["Sensus"], None), ("Folkuniversitetet", 1, [], None),
    ("Svenska Röda Korset", 2, ["Röda Korset"], None), ("Hela Människan", 1, [], None),
    ("Coompanion", 2, [], None), ("Rädda Barnen", 1, [], None), ("Svenska kyrkan", 1, [], None),
    ("Fryshuset", 1, [], "01"), ("Stockholms Stadsmission", 1, [], "01"),
    ("Göteborgs Stadsmission", 1, [], "14"), ("Individuell Människohjälp", 1, [], None),
    ("Samhall", 3, ["Samhall AB"], None), ("Lernia", 2, ["Lernia AB"], None),
    ("Almi Företagspartner", 2, ["Almi"], None), ("LKAB", 1, [], "25"),
    ("Northvolt", 1, ["Northvolt AB"], "24"), ("IKEA", 1, [], None),
    ("Volvo Cars", 1, ["Volvo Personvagnar AB"], "14"), ("Göteborgsregionen", 1, [], "14"),
]
_GOTLAND_TOWNS = ["Visby", "Hemse", "Slite", "Klintehamn"]
_UNI_TOWNS = {"Mälardalens universitet": "Västerås", "Högskolan Väst": "Trollhättan",
              "Högskolan i Borås": "Borås", "Högskolan i Skövde": "Skövde",
              "Chalmers tekniska högskola": "Göteborg", "KTH": "Stockholm",
              "Södertörns högskola": "Huddinge", "Mittuniversitetet": "Sundsvall",
              "Linnéuniversitetet": "Växjö", "Högskolan i Halmstad": "Halmstad",
              "Högskolan i Gävle": "Gävle", "Högskolan Dalarna": "Falun"}
_SEATS = {"01": "Stockholm", "03": "Uppsala", "04": "Nyköping", "05": "Linköping",
          "06": "Jönköping", "07": "Växjö", "08": "Kalmar", "09": "Visby", "10": "Karlskrona",
          "12": "Kristianstad", "13": "Halmstad", "14": "Vänersborg", "17": "Karlstad",
          "18": "Örebro", "19": "Västerås", "20": "Falun", "21": "Gävle", "22": "Härnösand",
          "23": "Östersund", "24": "Umeå", "25": "Luleå"}


@dataclass(frozen=True, slots=True)
class Body:
    """An organisation the generator can name: canonical name and checked ways of writing it."""

    name: str
    type: str
    lanskod: str | None = None
    orgnr: str | None = None  # 10 digits with a dash, for 2021–2027 headers
    alts: tuple[str, ...] = ()  # other names the gazetteer resolves to this body
    caps: str | None = None
    lower: str | None = None
    capital_k: str | None = None  # "Umeå Kommun"
    genitive: str | None = None
    town: str | None = None  # the seat, for Stödmottagare ort and geography
    weight: int = 1


@dataclass(slots=True)
class Catalogue:
    munis: dict[str, list[Body]]
    regions: dict[str, Body]
    lansstyrelser: dict[str, Body]
    universities: dict[str, list[Body]]
    national: list[Body]
    labour: list[Body]
    civil: list[Body]
    counties: dict[str, tuple[str, str]]  # lanskod -> (Västerbottens län, Västerbotten)
    towns: dict[str, list[str]]
    owner_agencies: list[Body]
    scb: Body
    funder: Body
    known_orgnr: frozenset[str]


def luhn_digit(nine: str) -> str:
    """Return the Luhn check digit of the first nine digits of an organisation number."""
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _orgnr(nine: str) -> str:
    return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"


def _csv_rows(name: str) -> list[dict[str, str]]:
    text = (files("esfgraph.extract.organisations") / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@functools.cache
def catalogue() -> Catalogue:
    """Build the generator's organisations from esfgraph's gazetteer (once per process)."""
    g = load_gazetteer()
    known_orgnr = frozenset(g.by_orgnr)

    def resolves(surface: str, name: str) -> bool:
        org = g.lookup(surface)
        return org is not None and org.name == name

    def body(surface: str, type_: str | None = None, *, lanskod=None, orgnr=None, alts=(),
             town=None, weight=1) -> Body | None:
        org = g.lookup(surface)
        if org is None:
            return None
        name = org.name
        ok_alts = tuple(a for a in alts if a != name and resolves(a, name))
        caps, low = name.upper(), name.lower()
        gen = None if name[-1] in "sxzSXZ" else name + "s"
        capital_k = None
        if name.endswith(" kommun"):
            capital_k = name[:-len(" kommun")] + " Kommun"
        return Body(
            name, type_ or org.type, lanskod or org.lanskod, orgnr or org.orgnr, ok_alts,
            caps if caps != name and resolves(caps, name) else None,
            low if low != name and resolves(low, name) else None,
            capital_k if capital_k and resolves(capital_k, name) else None,
            gen if gen and resolves(gen, name) else None, town, weight)

    counties = {r["lanskod"]: (r["name"], r["name_short"]) for r in _csv_rows("counties.csv")}
    shuffled = list(range(1000))
    random.Random("esfgraph-synth-orgnr").shuffle(shuffled)
    free = iter(n for n in shuffled
                if _orgnr(f"212000{n:03d}") not in known_orgnr
                and _orgnr(f"232100{n:03d}") not in known_orgnr)
    munis: dict[str, list[Body]] = {}
    towns: dict[str, list[str]] = {"09": list(_GOTLAND_TOWNS)}
    for r in sorted(_csv_rows("municipalities.csv"), key=lambda r: r["kommunkod"]):
        org = g.lookup(r["name"])
        if org is None:
            continue
        short = r["name_short"]
        towns.setdefault(r["lanskod"], []).append(short)
        if org.type != "municipality":  # Gotland is Region Gotland
            continue
        number = org.orgnr or r["orgnr"] or _orgnr(f"212000{next(free):03d}")
        # Informal names seen in project texts: "Sundsvall kommun" for Sundsvalls kommun,
        # "Malmö kommun" for Malmö stad.
        alts = [org.name.rsplit(" ", 1)[0] + " kommun"] if org.name.lower().endswith(" stad") \
            else [f"{short} kommun"] if org.name == f"{short}s kommun" else []
        b = body(r["name"], "municipality", lanskod=r["lanskod"], orgnr=number, town=short,
                 alts=alts)
        if b is not None:
            munis.setdefault(r["lanskod"], []).append(b)
    regions = {}
    lansstyrelser = {}
    for r in _csv_rows("regions.csv"):
        lk = r["lanskod"]
        prefix = "212000" if r["region_name"] == "Region Gotland" else "232100"
        number = r["region_orgnr"] or _orgnr(f"{prefix}{next(free):03d}")
        short = counties[lk][1]
        alts = ["VGR"] if r["region_name"] == "Västra Götalandsregionen" else [
            f"Region {counties[lk][0]}", f"Landstinget i {counties[lk][0]}"]
        b = body(r["region_name"], "region", lanskod=lk, orgnr=number, alts=alts,
                 town=_SEATS[lk])
        if b is not None:
            regions[lk] = b
        ls = body(r["lansstyrelse"], "agency", lanskod=lk,
                  alts=[f"Länsstyrelsen {short}", f"Länsstyrelsen i {short}"],
                  town=_SEATS[lk])
        if ls is not None:
            lansstyrelser[lk] = ls
    universities = {}
    for lk, names in _UNIVERSITIES.items():
        found = [b for n in names if (b := body(n, "university", lanskod=lk,
                                                 alts=["Mälardalens högskola"]
                                                 if n.startswith("Mälardalen") else [],
                                                 town=_UNI_TOWNS.get(n) or next(
                                                     (t for t in towns.get(lk, [])
                                                      if n.startswith(t)), _SEATS[lk])))]
        if found:
            universities[lk] = found
    national = [b for n, w, alts in _NATIONAL if (b := body(n, weight=w, alts=alts))]
    labour = [b for n, w, alts in _LABOUR if (b := body(n, weight=w, alts=alts))]
    civil = [b for n, w, alts, lk in _CIVIL if (b := body(n, weight=w, alts=alts, lanskod=lk))]
    owner_agencies = [b for b in national if b.name in (
        "Arbetsförmedlingen", "Försäkringskassan", "Kriminalvården", "Migrationsverket",
        "Statens institutionsstyrelse", "Skolverket")]
    scb = body("Statistiska centralbyrån")
    funder = body("Svenska ESF-rådet")
    assert scb and funder and munis and regions and national
    return Catalogue(munis, regions, lansstyrelser, universities, national, labour, civil,
                     counties, towns, owner_agencies, scb, funder, known_orgnr)


# --------------------------------------------------------------------------------------------
# Phrase pools. Slots in braces are filled by `_Filler`; a trailing digit (`{town2}`) asks for
# another draw from the same pool.

_SECTORS = [
    "industrin", "tillverkningsindustrin", "vård- och omsorgssektorn", "äldreomsorgen",
    "besöksnäringen", "byggbranschen", "handeln", "transport- och logistikbranschen",
    "de gröna näringarna", "skogsnäringen", "livsmedelsindustrin", "IT-branschen",
    "energisektorn", "fordonsindustrin", "hotell- och restaurangbranschen",
    "de kulturella och kreativa näringarna", "installationsbranschen", "gruvnäringen",
    "förskolan", "socialtjänsten", "hemtjänsten", "verkstadsindustrin", "processindustrin",
    "träindustrin", "fastighetsbranschen", "den sociala ekonomin", "kollektivtrafiken",
    "elbranschen", "plast- och kemiindustrin", "lantbruket", "hälso- och sjukvården",
    "batteriindustrin", "stålindustrin", "tandvården", "lokalvården", "detaljhandeln",
]
_GROUPS = [
    "unga som varken arbetar eller studerar", "långtidsarbetslösa kvinnor och män",
    "nyanlända kvinnor", "utrikes födda med kort utbildning",
    "personer med funktionsnedsättning som medför nedsatt arbetsförmåga",
    "personer som står långt från arbetsmarknaden", "anställda med kort formell utbildning",
    "äldre arbetssökande", "varslade och permitterade", "personer som uppbär försörjningsstöd",
    "unga med avbruten gymnasieutbildning", "ensamstående föräldrar",
    "personer med psykisk ohälsa", "anställda i små och medelstora företag",
    "chefer och medarbetare i offentlig sektor",
    "personer i behov av samordnade rehabiliteringsinsatser",
    "unga vuxna med neuropsykiatriska funktionsnedsättningar",
    "kvinnor som länge har stått utanför arbetskraften", "deltidsarbetande undersköterskor",
    "timanställda inom äldreomsorgen", "personer som nyligen har frigivits från anstalt",
    "personer med sjukersättning", "nyanlända akademiker",
    "anställda som riskerar att bli övertaliga", "unga som saknar gymnasiebehörighet",
    "vårdnadshavare med försörjningsstöd", "personer med missbruksproblematik",
    "utrikes födda kvinnor med barn under skolåldern", "anställda inom den egna förvaltningen",
]
_ACTIVITIES = [
    "kompetenskartläggning", "studie- och yrkesvägledning", "arbetsplatsförlagd språkutveckling",
    "validering mot branschens krav", "handledarutbildning", "praktik hos lokala arbetsgivare",
    "individuell coachning", "motiverande samtal", "jobbmatchning",
    "hälsofrämjande aktiviteter", "grundläggande digital kompetens", "körkortsutbildning",
    "korta branschutbildningar", "mentorskap", "studiebesök på arbetsplatser", "arbetsträning",
    "samhällsorientering", "stöd i kontakter med myndigheter",
    "ledarskapsutbildning för första linjens chefer", "kompetensbaserad rekrytering",
    "utbildning i arbetsmiljö och säkerhet", "yrkessvenska", "prova-på-platser",
    "stöd till arbetsgivare vid nyanställning", "uppsökande verksamhet",
    "gruppverksamhet med fokus på hälsa", "kurser i automation och underhåll",
    "kurser i hållbar produktion", "ekonomisk rådgivning", "språkcaféer", "friskvårdsträffar",
    "introduktion till bristyrken", "lärlingsplatser", "svenska för yrkeslivet",
    "stöd vid ansökan till vidare studier", "certifieringar som efterfrågas av branschen",
    "arbetsmarknadsutbildning", "digitala lärmoduler", "jobbsökaraktiviteter",
    "kompetensväxling mellan yrkesroller",
]
_TOPICS = [
    "arbetsmarknadens behov", "strategisk kompetensförsörjning", "den digitala omställningen",
    "matchning mot lediga jobb", "arbetslivsinriktad rehabilitering", "jämställdhetsintegrering",
    "tillgänglighet", "validering", "språkutveckling på arbetsplatsen",
    "branschens kompetenskrav", "hälsofrämjande arbetssätt", "kompetensbaserad rekrytering",
    "normkritiskt förhållningssätt", "den gröna omställningen", "systematiskt arbetsmiljöarbete",
    "inkluderande rekrytering", "livslångt lärande", "ungas övergång från skola till arbete",
    "samordning av stödinsatser", "digitalt lärande", "introduktion av nyanställda",
]
_BARRIERS = [
    "begränsade kunskaper i svenska", "ofullständiga gymnasiebetyg", "lång tid utan arbete",
    "en funktionsnedsättning som påverkar arbetsförmågan",
    "en sammansatt problematik med både ohälsa och sociala svårigheter",
    "ingen erfarenhet av den svenska arbetsmarknaden", "svårt att ta sig till arbetsplatser",
    "ett litet kontaktnät", "bristande tilltro till den egna förmågan",
    "behov av stöd i flera livsområden samtidigt", "ingen formell utbildning efter grundskolan",
]
_CHANNELS = [
    "kommunernas arbetsmarknadsenheter", "socialtjänsten", "uppsökande verksamhet",
    "skolornas elevhälsa", "fackliga ombud på arbetsplatserna",
    "informationsmöten och sociala medier", "vårdcentralerna", "det kommunala aktivitetsansvaret",
    "föreningslivet", "de deltagande arbetsgivarnas chefer",
]
_STAFF = [
    "handläggare", "arbetsförmedlare", "studie- och yrkesvägledare", "utbildare",
    "fackliga ombud", "samordnare", "specialister", "jobbcoacher", "forskare",
    "arbetsterapeuter", "kontaktpersoner", "lärare", "kommunikatörer", "processledare",
]
_TASKS = [
    "utbildningsinsatserna", "följeforskningen", "valideringen av deltagarnas kompetens",
    "rekryteringen av deltagare", "den arbetsplatsförlagda språkutvecklingen",
    "handledarutbildningen", "kurser i strategisk kompetensförsörjning för chefer",
    "kartläggningen av arbetsgivarnas behov", "uppföljningen av deltagarnas resultat",
    "metodutvecklingen", "spridningen av projektets resultat",
]
_CONTRIB = {
    "agency": ["arbetsmarknadskunskap och matchning", "handläggare som följer deltagarna",
               "kunskap om {topic}", "sin erfarenhet av {topic}", "underlag om {topic}"],
    "university": ["följeforskning", "kurser i form av uppdragsutbildning",
                   "kunskap om {topic}", "en kurs i {topic} för chefer och HR-funktioner"],
    "municipality": ["praktikplatser inom sina förvaltningar", "handledare och lokaler",
                     "sin erfarenhet av {topic}", "deltagare från den egna förvaltningen"],
    "region": ["en regional analys av kompetensbehoven", "kunskap om {topic}",
               "praktikplatser inom vården", "sin roll som regionalt utvecklingsansvarig"],
    "union": ["fackliga ombud som når ut till medarbetare på arbetsplatserna",
              "studieombud på de deltagande arbetsplatserna", "kunskap om {topic}"],
    "employer_organisation": ["branschens kompetenskrav", "kontakter med medlemsföretagen",
                              "metoder för kompetenskartläggning", "kunskap om {topic}"],
    "nonprofit": ["volontärer och mötesplatser", "cirkelledare och lokaler",
                  "sin erfarenhet av {topic}", "aktiviteter på kvällar och helger"],
    "company": ["praktikplatser och handledare", "sin erfarenhet av {topic}",
                "utbildare med branschkunskap"],
    "other": ["kunskap om {topic}", "samordning mellan kommunerna"],
}
_AIMS = [
    "fler personer ska komma närmare arbetsmarknaden",
    "stärka de anställdas ställning på arbetsmarknaden",
    "öka arbetsgivarnas förmåga till strategisk kompetensförsörjning",
    "färre ska bli arbetslösa till följd av omställningen",
    "fler unga ska påbörja och fullfölja studier", "korta vägen till arbete för {group}",
    "bryta ett långvarigt utanförskap", "fler kvinnor ska ta steget in i tekniska yrken",
    "utveckla en hållbar modell för kompetensväxling inom {sector}",
    "bredda rekryteringsbasen för arbetsgivare inom {sector}",
    "minska sjukfrånvaron och öka frisknärvaron bland de anställda",
    "skapa en gemensam struktur för validering i {county}",
    "fler ska få en varaktig anställning", "höja den formella kompetensen inom {sector}",
    "underlätta övergången från skola till arbetsliv",
    "öka deltagarnas tilltro till den egna förmågan",
]
_UNITS = {
    "municipality": ["arbetsmarknadsförvaltningen", "socialförvaltningen",
                     "utbildningsförvaltningen", "individ- och familjeomsorgen",
                     "näringslivskontoret", "vård- och omsorgsförvaltningen",
                     "arbetsmarknadsenheten", "fritidsförvaltningen"],
    "region": ["primärvården", "regionala utvecklingsförvaltningen", "tandvården",
               "hälso- och sjukvårdsförvaltningen"],
}
_HEADER_UNITS = {
    "municipality": ["Arbetsmarknadsförvaltningen", "Socialförvaltningen",
                     "Utbildningsförvaltningen", "Kommunstyrelseförvaltningen",
                     "Arbetsmarknadsenheten", "Näringslivskontoret"],
    "region": ["Regional utveckling", "Regionala utvecklingsförvaltningen",
               "Hälso- och sjukvårdsförvaltningen", "Regionkansliet"],
    "agency": ["Avdelningen för analys", "Enheten för utveckling", "Verksamhetsområde Syd"],
    "university": ["Institutionen för pedagogik", "Uppdragsutbildning"],
}
_PROGRAMMES = [
    "Yrkesvux", "Komvux", "sfi", "Kunskapslyftet", "Äldreomsorgslyftet",
    "Vård- och omsorgscollege", "Teknikcollege", "Industri BAS", "Lärlingsvux",
    "etableringsprogrammet", "Agenda 2030", "Ungdomsgarantin", "Regionalt yrkesvux",
]
_FIRST = ["Anna", "Maria", "Karin", "Sara", "Eva", "Lena", "Emma", "Johanna", "Elin", "Ida",
          "Sofia", "Malin", "Hanna", "Linnea", "Frida", "Amina", "Leila", "Rima", "Erik", "Lars",
          "Johan", "Anders", "Per", "Mikael", "Karl", "Jonas", "Fredrik", "Daniel", "Mattias",
          "Oskar", "Ahmed", "Ali", "Björn", "Göran", "Lars-Inge", "Åsa", "Märta", "Sören"]
_LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
         "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
         "Bengtsson", "Lindberg", "Lindström", "Lindqvist", "Nordström", "Söderlund",
         "Edlund", "Holm", "Bergström", "Sandberg", "Forsberg", "Hanna", "Hassan", "Öberg",
         "Åberg", "Wikström", "Sjöberg", "Lundgren", "Berglund", "Ekström", "Nyström"]
_NAME_HEAD = ["Kompetens", "Framtids", "Jobb", "Steg", "Bro", "Väg", "Lyft", "Kraft", "Nya",
              "Start", "Språng", "Nav", "Växt", "Kompass", "Horisont", "Omställnings",
              "Inkluderings", "Arbetslivs", "Yrkes", "Hållbar", "Digital", "Grön", "Smart",
              "Trygg", "Samverkans", "Kunskaps", "Hälso", "Lärande", "Valideringens"]
_NAME_TAIL = ["bryggan", "lyftet", "kraft", "vägen", "steget", "navet", "kompassen", "språnget",
              "porten", "hjulet", "nätet", "spåret", "fabriken", "labbet", "resan", "trappan",
              "nyckeln", "motorn", "kartan", "bron", "skolan", "plattformen"]
_NAME_FULL = ["Framtidssäkrad industri", "Smart kompetens", "Handslaget", "Kompetenscentrum",
              "Vägen vidare", "Nästa steg", "Hela vägen", "Jobb i sikte", "Ny kompetens",
              "Tillsammans för jobb", "Rätt kompetens", "Kompetens i omställning",
              "Fler i arbete", "Egen försörjning", "Steg för steg", "Hållbart arbetsliv",
              "Grön kompetens", "Digitalt först", "Arbetsplatslärande", "Språk i arbete"]

# --- description templates --------------------------------------------------------------------
_BACKGROUND = [
    "Arbetsmarknaden i {county} står inför stora förändringar, och behovet av rätt kompetens inom {sector} växer för varje år.",
    "Många arbetsgivare inom {sector} har svårt att rekrytera medarbetare med rätt kompetens, samtidigt som arbetslösheten bland {group} är fortsatt hög.",
    "Den demografiska utvecklingen innebär att en stor andel av de anställda inom {sector} går i pension under de kommande tio åren.",
    "I {lan} är arbetsmarknaden starkt könssegregerad, och få kvinnor arbetar inom tekniska yrken.",
    "Digitalisering och automatisering förändrar innehållet i många yrkesroller, vilket ställer nya krav på de anställdas kompetens.",
    "Pandemin slog hårt mot {sector}, och många anställda varslades eller permitterades.",
    "Samtidigt finns det inom vissa branscher ett fortsatt stort behov av arbetskraft.",
    "Andelen invånare med eftergymnasial utbildning är lägre i {county} än i riket som helhet.",
    "Långa avstånd och en begränsad kollektivtrafik gör det svårt för många att ta sig till arbete och utbildning, särskilt utanför {town}.",
    "Utbildningsutbudet matchar inte alltid de behov som arbetsgivarna uttrycker, och många utbildningar finns bara på de större orterna.",
    "Den gröna omställningen skapar ett stort antal nya arbetstillfällen men också nya krav på befintlig personal.",
    "Många av de arbetssökande i {town} har varit utan arbete i mer än två år och saknar fullständiga gymnasiebetyg.",
    "Omkring {pct} procent av de inskrivna arbetssökande i kommunen bedöms ha en utsatt ställning på arbetsmarknaden.",
    "Små och medelstora företag saknar ofta resurser för att arbeta strategiskt med kompetensutveckling.",
    "Arbetsgivare efterfrågar i allt högre grad både yrkeskunskaper och goda kunskaper i svenska språket.",
    "Den tekniska utvecklingen går snabbt, och kraven på ett kontinuerligt lärande i arbetslivet ökar.",
    "Ohälsotalen är höga inom {sector}, och sjukfrånvaron bland kvinnor är betydligt högre än bland män.",
    "Det saknas i dag en samordnad struktur för validering och kompetensutveckling i {county}.",
    "Flera av länets kommuner har under de senaste åren sett en ökning av antalet hushåll med långvarigt försörjningsstöd.",
    "Rekryteringsbehoven är stora, men rätt kompetens är svår att hitta, och många tjänster förblir obesatta.",
    "Unga i {county} lämnar i högre grad gymnasieskolan utan fullständiga betyg än unga i övriga landet.",
    "Omställningen till fossilfri produktion kräver nya kompetenser inom el, automation och underhåll.",
    "Arbetsmarknaden i {esfreg} präglas av en stark efterfrågan på arbetskraft inom {sector} men också av en hög arbetslöshet bland {group}.",
    "Nya etableringar inom batteri- och stålindustrin skapar tusentals nya jobb i norra Sverige under de kommande åren.",
    "Kompetensbristen är i dag ett av de största hindren för tillväxt i {county}.",
    "Arbetsplatserna blir allt mer digitala, och den som saknar grundläggande digitala färdigheter riskerar att hamna utanför.",
    "I {town} och {town2} har andelen unga som varken arbetar eller studerar ökat under flera år.",
    "Många medarbetare inom {sector} har en tidsbegränsad anställning eller arbetar ofrivilligt deltid.",
    "Det finns ett stort behov av att utveckla kompetensen hos anställda med utländsk bakgrund, inte minst i svenska språket.",
    "Behovet av personal inom vård och omsorg kommer att öka kraftigt när andelen äldre i befolkningen växer.",
    "De senaste årens varsel har främst drabbat personer med kort utbildning och liten erfarenhet av omställning.",
    "Konkurrensen om arbetskraften är hård, och många arbetsgivare konkurrerar om samma kompetenser.",
    "Från {town} i norr till {town2} i söder beskriver arbetsgivarna samma utmaning: det är svårt att hitta personal med rätt kompetens.",
    "Inom {sector} saknar var tredje anställd en formell yrkesutbildning.",
    "Företagens ekonomi är ansträngd, och många väljer att skjuta upp investeringar i kompetensutveckling.",
    "Arbetslösheten i {lan} har sjunkit, men den sjunker långsammast för {group}.",
    "Utrikes födda kvinnor har lägst sysselsättningsgrad av alla grupper på arbetsmarknaden i {county}.",
    "Samtidigt ökar kraven på dokumenterad kompetens, och allt fler arbetsgivare efterfrågar certifikat och behörigheter.",
]
_STATS = [  # (template, the body named, which is not a partner unless chosen as one)
    ("Enligt SCB har var fjärde anställd inom {sector} fyllt 55 år.", "scb"),
    ("Enligt Statistiska centralbyrån är arbetslösheten bland utrikes födda i {lan} mer än dubbelt så hög som bland inrikes födda.", "scb"),
    ("Statistik från SCB visar att {pct} procent av kvinnorna i {county} arbetar deltid.", "scb"),
    ("Siffror från SCB visar att antalet sysselsatta inom {sector} i {lan} har minskat med {pct_small} procent sedan {yearpast}.", "scb"),
    ("Enligt SCB:s befolkningsprognos kommer antalet invånare över 80 år i {county} att öka kraftigt fram till {yearfar}.", "scb"),
    ("Enligt Arbetsförmedlingens prognoser kommer efterfrågan på arbetskraft inom {sector} att öka de närmaste åren.", "Arbetsförmedlingen"),
    ("Enligt Försäkringskassans statistik har sjukskrivningarna inom {sector} ökat sedan {yearpast}.", "Försäkringskassan"),
    ("En rapport från Tillväxtverket visar att många små företag saknar en plan för sin kompetensförsörjning.", "Tillväxtverket"),
]
_PURPOSE = [
    "Syftet med projektet {projq} är att {aim}.",
    "Projektets övergripande mål är att {aim}.",
    "{projq} syftar till att {aim} och att {aim2}.",
    "Målet är att minst {pct} procent av deltagarna ska gå vidare till arbete eller studier efter avslutad insats.",
    "Projektet ska bidra till att {aim}.",
    "Syftet är att {aim}, men också att {aim2}.",
    "Med {projq} vill vi {aim_inf}.",
    "Det långsiktiga målet är att {aim}.",
    "Projektet {projq} har två delmål: att {aim} och att {aim2}.",
    "Genom {activity} och {activity2} ska projektet {aim_inf}.",
]
_TARGET = [
    "Projektet riktar sig till {group} i {town} och {town2}.",
    "Målgruppen är {group}, med särskilt fokus på {group2}.",
    "Totalt ska {n_part} deltagare ta del av projektets insatser, varav minst hälften kvinnor.",
    "Många i målgruppen har {barrier}.",
    "Deltagarna rekryteras via {channel} och {channel2}.",
    "Projektet vänder sig också till arbetsgivare inom {sector} som vill bredda sin rekryteringsbas.",
    "Av deltagarna beräknas cirka {pct} procent vara kvinnor.",
    "Deltagarna har ofta varit utan arbete länge, och många har {barrier}.",
    "Målgruppen har definierats utifrån en kartläggning som genomfördes under {yearpast}.",
    "I målgruppen ingår även {group}.",
    "Projektet når {n_part} deltagare fördelade på {n_groups} grupper.",
    "Målgruppen är heterogen, men gemensamt för deltagarna är att de har {barrier}.",
    "Projektet riktar sig främst till {group} som bor i kommunerna kring {town}.",
]
_ACTIVITY = [
    "Projektet inleds med en kartläggning av varje deltagares förutsättningar och behov.",
    "Deltagarna erbjuds {activity}, {activity2} och {activity3}.",
    "Insatserna omfattar bland annat {activity}, {activity2} samt {activity3}.",
    "Varje deltagande arbetsplats gör en kompetenskartläggning som ligger till grund för en individuell utvecklingsplan.",
    "Utbildningarna genomförs i nära anslutning till arbetsplatsen och anpassas efter verksamhetens behov.",
    "En viktig del av projektet är {activity}, som genomförs i grupper om {small} personer.",
    "Arbetsgivarna får stöd i att ta fram kompetensplaner och i att tillämpa {activity}.",
    "Deltagarna får en personlig coach som följer dem genom hela insatsen.",
    "Projektet använder en stegvis modell där deltagarna går från {activity} till {activity2}.",
    "Där det är möjligt kombineras insatserna med validering mot branschens kompetensbevis.",
    "Insatserna erbjuds både digitalt och på plats i {town}.",
    "Parallellt med de individuella insatserna arbetar projektet med {topic} på organisationsnivå.",
    "Ett särskilt fokus läggs på {topic}.",
    "Deltagarna kan vara inskrivna i projektet i upp till {months} månader.",
    "Handledare på arbetsplatserna utbildas i {topic}.",
    "För att nå de deltagare som bor långt från {town} genomförs delar av insatserna på distans.",
    "Under projekttiden prövas {activity} som en ny metod i {town2}.",
    "Insatserna upphandlas och utformas så att de speglar kompetensbehoven hos individen, arbetsgivaren och arbetsmarknaden i stort.",
    "Varje deltagare får en individuell plan som följs upp var {weeks}:e vecka.",
    "Projektet erbjuder {activity} i kombination med {activity2}.",
    "Inledningsvis genomförs {activity} för samtliga deltagare, därefter anpassas insatserna individuellt.",
    "Metoden {rare_name} används för att följa deltagarnas progression.",
    "Chefer och HR-funktioner erbjuds en utbildning i {topic}.",
    "Deltagarna träffas i mindre grupper två dagar i veckan och arbetar resten av tiden på en arbetsplats.",
]
_ACTIVITY_LIST_INTRO = ["Insatserna omfattar", "Projektets aktiviteter är", "Deltagarna erbjuds",
                        "Projektet består av följande delar", "I projektet ingår bland annat"]
_HORIZONTAL = [
    "De horisontella principerna om jämställdhet, tillgänglighet och icke-diskriminering genomsyrar arbetet.",
    "Jämställdhet är en bärande princip i projektet, och alla insatser analyseras ur ett könsperspektiv.",
    "Projektet ska aktivt uppmuntra kvinnor att delta i tekniska utbildningar och män att söka sig till vård och omsorg.",
    "Lokaler, material och kommunikation ska vara tillgängliga för personer med funktionsnedsättning.",
    "Projektpersonalen utbildas i normkritik och icke-diskriminering.",
    "Projektet präglas av de horisontella principerna och ska verka för ökad jämställdhet, tillgänglighet och icke-diskriminering.",
    "Ett barnrättsperspektiv tillämpas i arbetet med deltagare som har hemmavarande barn.",
    "Miljö och klimat beaktas bland annat genom att möten i möjligaste mån hålls digitalt.",
    "Genom att bryta könsstereotypa utbildningsval vill projektet bidra till en mindre segregerad arbetsmarknad.",
    "Tillgängligheten säkras genom anpassat material på lättläst svenska och tolkstöd vid behov.",
    "Projektet kännetecknas av inkludering och icke-diskriminering.",
    "Bland annat uppmuntras deltagarna att göra normbrytande utbildningsval.",
    "Arbetet med jämställdhet följs upp med könsuppdelad statistik i varje delrapport.",
    "Alla aktiviteter planeras så att de går att kombinera med föräldraskap och deltidsarbete.",
]
_RESULTS = [
    "Efter projektet ska minst {pct} procent av deltagarna ha gått vidare till arbete eller studier.",
    "Projektet förväntas leda till att deltagarna stärker sin ställning på arbetsmarknaden.",
    "På organisationsnivå ska projektet resultera i en hållbar modell för {topic} som kan spridas till fler verksamheter.",
    "Erfarenheterna ska tas tillvara och implementeras i ordinarie verksamhet efter projekttidens slut.",
    "Resultaten sprids genom seminarier, en slutkonferens och en digital metodbok.",
    "En extern utvärderare följer projektet och återkopplar löpande till projektledningen.",
    "Långsiktigt ska projektet bidra till en bättre matchning på arbetsmarknaden i {county}.",
    "Arbetsgivarna förväntas få ökad kunskap om {topic}.",
    "Projektet ska bidra till att arbetsgivarnas kompetensförsörjning tryggas även efter {yearend}.",
    "Deltagarna ska efter avslutad insats ha ett dokumenterat kompetensbevis.",
    "I förlängningen innebär detta att anställda på ett effektivare sätt kan bidra till verksamhetens utveckling.",
    "Projektet har vinnare på många nivåer: individen, arbetsgivaren och samhället i stort.",
    "Förväntade resultat är att {pct} procent av deltagarna har fått arbete, påbörjat studier eller kommit närmare arbetsmarknaden.",
    "Insatserna redovisas per bransch, kommun och företagsstorlek som underlag för fortsatt arbete.",
    "Ett mål är att metoderna ska leva vidare i {town} även när projektet har avslutats.",
]
_IMPLEMENT = [
    "Projektorganisationen består av en projektledare, {small} coacher och en ekonomiansvarig.",
    "Genomförandet sker med en slimmad organisation så att så stor del som möjligt av medlen kommer målgruppen till godo.",
    "Projektet är indelat i en analysfas på {months_short} månader, en genomförandefas och en avslutande fas.",
    "Projektet pågår mellan {start_text} och {end_text}.",
    "Projektet har sin fysiska placering i {town} men verkar i hela {lan}.",
    "Projektledningen rapporterar till en ledningsgrupp som sammanträder varje kvartal.",
    "Under analysfasen tas en gemensam lägesbild fram som grund för resten av projektet.",
]
_FUNDING = [
    "Projektet finansieras av Svenska ESF-rådet och medfinansieras av de deltagande arbetsgivarna.",
    "Projektet genomförs med stöd från Svenska ESF-rådet.",
    "Projektet kan genomföras med hjälp av stöd från Svenska ESF-rådet och medfinansiering från deltagande arbetsgivare.",
    "Insatserna finansieras med medel från Europeiska socialfonden via ESF-rådet.",
    "Projektet finansieras av Europeiska socialfonden genom Svenska ESF-rådet.",
    "Medfinansieringen utgörs av deltagarnas lön under utbildningstid.",
]
_PROGRAMME_SENTENCES = [
    "Deltagare som vill studera vidare hänvisas till Yrkesvux och till yrkeshögskoleutbildningar i regionen.",
    "Projektet ska inte ersätta den ordinarie vuxenutbildningen utan komplettera Komvux och sfi.",
    "Arbetet samordnas med Vård- och omsorgscollege för att skapa tydliga karriärvägar.",
    "Projektet bygger vidare på erfarenheter från {prevproj} och ska komplettera, inte ersätta, de statliga satsningarna.",
    "För deltagarna ska insatsen mynna ut i validering i Industri BAS eller motsvarande branschvalidering.",
    "Insatserna kopplas till Teknikcollege och till det regionala yrkesvux.",
    "Deltagare som saknar grundläggande behörighet erbjuds studier inom Kunskapslyftet.",
    "Projektet bidrar till målen i Agenda 2030 och i den regionala utvecklingsstrategin.",
    "Deltagare som är aktuella för etableringsprogrammet erbjuds ett förstärkt språkstöd.",
    "Erfarenheterna från Äldreomsorgslyftet visar att arbetsplatsförlagt lärande ger goda resultat.",
]
_RARE_SENTENCES = [
    "Metoden, som internt kallas {rare_c}, har utvecklats under förstudien.",
    "Projektets webbplats har adressen www.{rare_web}.se.",
    "Mötena hålls i {rare_name}salen i kommunhuset.",
    "Som stöd för samtalen används kortleken {rare_name} och en kartläggningsmall i {rare_product}.",
    "Projektledningen utgår från kontoret på {street}.",
    "Under våren genomförs en pilot med arbetsnamnet {rare_name} i {town}.",
    "Materialet {rare_c} finns både på svenska och på lättläst svenska.",
    "Deltagarnas närvaro registreras i {rare_product}.",
    "Den gemensamma kompetensmatrisen har versionsnummer {rare_id}.",
    "Arbetet dokumenteras i {rare_product}, ett verktyg som alla coacher har tillgång till.",
    "Projektkontoret ligger på {street} i {town}.",
    "Ärendet har intern referens {rare_id}.",
    "Insatsen {rare_c} prövas först i liten skala.",
    "Deltagarna får tillgång till {rare_c} och {rare_c2} under hela projekttiden.",
    "I delprojekt {rare_id} testas {rare_c}.",
    "Ett nytt arbetssätt, {rare_name}, tas fram i dialog med deltagarna.",
    "Utbildningsmaterialet bygger på {rare_product} och anpassas efter varje arbetsplats.",
    "Den digitala plattformen {rare_product} används för bokningar och uppföljning.",
    "Modellen {rare_name} har prövats i liten skala och skalas nu upp.",
    "Träffarna hålls i lokaler på {street}.",
    "Aktiviteten {rare_c} samlar deltagare från flera orter.",
    "Varje steg i {rare_c} dokumenteras med kod {rare_id}.",
]
_RARE_TAGS = ["(internt kallat {rare_c})", "(aktivitetskod {rare_id})", "(se bilaga {rare_id})",
              "(jfr {rare_c})", "(delmoment {rare_c})", "(verktyget {rare_product})",
              "(modellen {rare_name})", "(dnr {rare_id})", "(arbetsnamn {rare_name})",
              "– det så kallade {rare_c}", "(i projektplanen kallat {rare_c})"]

# Partner sentences. {P}: one or more partners joined ("A, B och C"); {A}: exactly one;
# {G}: one partner in the genitive; {O}: the owner.
_PARTNER_LIST = [
    "Projektet genomförs i samverkan med {P}.",
    "Samverkansparter är {P}.",
    "Samverkansparter i projektet är {P}.",
    "Projektets samverkansparter är {P}.",
    "{P} deltar i projektet som samverkansparter.",
    "{P} medverkar i projektets styrgrupp.",
    "I styrgruppen ingår {P}.",
    "Projektpartners är {P}.",
    "I projektet deltar även {P}.",
    "Som samarbetspartners medverkar {P}.",
    "Till projektet knyts en referensgrupp med representanter från {P}.",
    "Inom ramen för projektet samverkar vi med {P}.",
    "{P} har skrivit under avsiktsförklaringar och deltar aktivt i genomförandet.",
    "{P} kommer att delta i arbetet med {activity}.",
    "Medverkande organisationer är {P}.",
    "Genom ett partnerskap med {P} säkras tillgången till praktikplatser och handledning.",
    "Projektet genomförs i nära samarbete med {P}.",
    "{P} är samverkansparter och bidrar med kunskap om {topic}.",
    "Även {P} medverkar i projektet.",
    # Wordings outside esfgraph's cue list, so recall is not measured on its own phrases only.
    "{P} står bakom projektet och har avsatt personal för genomförandet.",
    "Med i projektet är också {P}.",
    "{P} är engagerade i projektet från start.",
    "Projektet har förankrats hos {P}, som alla har utsett kontaktpersoner till projektet.",
    "Arbetet sker i ett partnerskap där {P} ingår.",
]
_PARTNER_LIST_OWNER = [
    "{O} driver projektet tillsammans med {P}.",
    "{O} är projektägare och driver projektet i samverkan med {P}.",
    "Projektet drivs av {O} i nära samverkan med {P}.",
    "{O} som projektägare kommer att driva projektet tillsammans med {P}.",
    "Projektet är ett samarbete mellan {O} och {P}.",
    "{O} är projektägare och samarbetar med {P}.",
    "{O}, i egenskap av projektägare, genomför projektet tillsammans med {P}.",
]
_PARTNER_ONE = [
    "{A} medverkar med {contribution}.",
    "{A} bidrar med {contribution}.",
    "{A} deltar i projektets styrgrupp och bidrar med {contribution}.",
    "{A} ansvarar för {task}.",
    "{A} kommer att delta med {staff} i arbetet med {activity}.",
    "{A} är samverkanspart och bidrar med {contribution}.",
    "{A} har tackat ja till att delta i projektets referensgrupp.",
    "Även {A} deltar, med fokus på {topic}.",
    "Projektet samarbetar med {A} kring {topic}.",
    "Projektet har ett nära samarbete med {A}, som bidrar med {contribution}.",
    "{A} medverkar i projektet och ansvarar för {task}.",
    "I projektet deltar också {A}.",
    "{A} har utsett en kontaktperson som arbetar {pct} procent i projektet.",
    "Från {A} medverkar två {staff}.",
    "Tillsammans med {A} utvecklar vi {activity}.",
]
_PARTNER_GEN = [
    "{G} {staff} deltar i arbetet med {activity}.",
    "{G} {staff} medverkar i projektets styrgrupp.",
    "{G} medverkan säkras genom en avsiktsförklaring.",
    "{G} {staff} deltar i planeringen av {activity}.",
]
_BULLET_INTRO = ["Samverkansparter i projektet är", "Följande organisationer deltar i projektet",
                 "Projektets partners är", "Medverkande organisationer",
                 "Projektets samverkansparter", "I projektet medverkar"]
_OWNER_ONLY = [
    "{O} är projektägare.",
    "{O} är projektägare och ansvarar för samordning, ekonomi och uppföljning.",
    "Projektägare är {O}.",
    "Projektet ägs av {O}.",
    "{O} leder projektet och ansvarar för den övergripande samordningen.",
    "Vi på {O} ser projektet som en viktig del i arbetet med {topic}.",
    "{O} driver projektet.",
    "{O}, i egenskap av projektägare, ansvarar för styrning och uppföljning.",
]
_OWNER_UNITS = [
    "Inom {O} deltar både {unit} och {unit2}.",
    "I {O} berörs framför allt {unit} och {unit2}.",
]
# Bodies named in a sentence that says they do not take part (a past project, a dialogue,
# a referral): they must not become partners.
_NOT_TAKING_PART = [
    "Under förstudien fördes en dialog med {X} om {topic}.",
    "{X} har tidigare drivit ett liknande projekt i {town}.",
    "Deltagare som behöver andra insatser hänvisas till {X}.",
    "Projektet har hämtat inspiration från {X} och dess arbete med {topic}.",
    "Erfarenheterna från ett avslutat projekt hos {X} har tagits tillvara.",
    "Projektet ersätter inte det stöd som {X} ger enligt sitt ordinarie uppdrag.",
    "Uppgifter från {X} visar att behovet av {activity} är stort.",
    "Kontakter med {X} tas vid behov, men {X} ingår inte i projektet.",
]
_COLLECTIVES = [
    "Samverkansparter som kommunernas näringslivskontor och ett antal företagsfrämjare får en viktig roll.",
    "Projektet samverkar med länets kommuner och med lokala arbetsgivare.",
    "Deltagande företag bidrar med praktikplatser och handledare.",
    "Civilsamhällets organisationer bidrar med mötesplatser och volontärer.",
]

# --------------------------------------------------------------------------------------------
# Rare tokens: made per record, so most are new to any cache.

_MORPH = [
    "kompetens", "arbets", "yrkes", "språk", "validerings", "lärande", "matchnings",
    "introduktions", "omställnings", "hälso", "inkluderings", "närvaro", "mentors", "studie",
    "bransch", "praktik", "motivations", "vägledar", "handledar", "karriär", "rekryterings",
    "framtids", "samverkans", "utvecklings", "digitaliserings", "trygghets", "etablerings",
    "friskvårds", "kunskaps", "jobb", "stegvis", "bro", "nav", "färdighets", "lärlings",
    "mottagnings", "uppföljnings", "kartläggnings", "coachnings", "hållbarhets", "klimat",
    "energi", "batteri", "verkstads", "omsorgs", "logistik", "service", "besöks", "skogs",
    "process", "automations", "underhålls", "kvalitets", "ledarskaps", "medarbetar",
    "arbetsmiljö", "nätverks", "läs", "växlings", "förändrings", "digital", "grön", "flex",
]
_HEADS = [
    "insats", "modell", "stöd", "plan", "verktyg", "metod", "modul", "nod", "hubb", "satsning",
    "kedja", "trappa", "karta", "portal", "spår", "paket", "lyft", "samtal", "träff", "kurs",
    "guide", "matris", "mall", "enkät", "rutin", "forum", "labb", "kompass", "bas", "team",
    "pass", "intyg", "profil", "app", "logg", "stege", "hjul", "ram", "kort", "block",
]
_ONSETS = ["b", "br", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kl", "kr", "l", "m",
           "n", "p", "pr", "r", "s", "sk", "sl", "st", "str", "sv", "t", "tr", "v", "bj", "fj"]
_VOWELS = ["a", "e", "i", "o", "u", "y", "å", "ä", "ö", "a", "e", "o"]
_CODAS = ["", "", "n", "r", "l", "s", "k", "t", "m", "ng", "rn", "lm", "st", "nd", "rk", "v"]
_NAME_SUFFIX = ["modellen", "metoden", "appen", "portalen", "trappan", "bron", "kompassen",
                "spåret", "navet", "", "", ""]
_STREET_A = ["Björk", "Lind", "Ek", "Gran", "Tall", "Sjö", "Berg", "Ängs", "Löväng", "Hag",
             "Kvarn", "Smedje", "Skol", "Kyrk", "Stations", "Hamn", "Fabriks", "Verkstads",
             "Industri", "Norr", "Söder", "Väster", "Öster", "Mo", "Ros", "Syren", "Hassel", "Al",
             "Rönn", "Furu", "Lärk", "Vide", "Sälg", "Myr", "Hed", "Sand", "Kärr", "Strand"]
_STREET_B = ["", "", "backs", "dals", "holms", "viks", "bergs", "hags", "åkers", "ängs", "mo",
             "näs", "by", "lunds", "sjö", "ås"]
_STREET_C = ["gatan", "vägen", "stigen", "backen", "torget", "allén", "gränd", "leden"]
_PRODUCT_TAIL = [" 2.0", " 3.1", " Pro", " Plus", " X", " 4", " Go", " Online", " Lite", ""]


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                   for _ in range(n))


def _rare_compound(rng: random.Random) -> str:
    r = rng.random()
    parts = rng.sample(_MORPH, rng.choice((1, 2, 2) if r >= 0.3 else (1, 2, 2, 3, 3)))
    word = "".join(parts) + rng.choice(_HEADS)
    if r < 0.3:
        word += str(rng.randint(10, 99999))
    elif r < 0.65:
        word = _syllables(rng, 1) + rng.choice(("s", "", "o")) + word
    return word


_COMPOUND_HEADS = re.compile(
    r"(?<=\s)(insatser|insatserna|insatsen|insats|arbetet|utbildningar|utbildningarna|utbildning|"
    r"modell|modellen|metod|metoden|metoder|verktyg|plan|planer|stöd|stödet|kurser|aktiviteter|"
    r"samtal|grupper|processen|material|materialet|träffar|handledning|uppföljning|kartläggning|"
    r"vägledning|moduler|nätverk|struktur|strukturer|resurser|satsning|satsningen|rutiner|"
    r"verksamhet|kompetens|kompetensen|arbete|utveckling|utvecklingsplan|coach|behov|krav|"
    r"förutsättningar|principerna|seminarier|konferens|metodbok)(?=[\s,.;:)])")


def _compound_in_place(text: str, ctx: "_Ctx") -> str | None:
    """Return `text` with one noun made into a compound no one has written before, or None."""
    rng = ctx.rng
    matches = list(_COMPOUND_HEADS.finditer(text))
    if not matches:
        return None
    m = rng.choice(matches)
    first = rng.choice(_MORPH)
    if rng.random() < 0.7:  # a made-up first element: new to any vocabulary
        first = _syllables(rng, rng.choice((1, 2))) + rng.choice(("s", "", "e", "o"))
        if rng.random() < 0.5:
            first += rng.choice(_MORPH)
    elif rng.random() < 0.5:
        first += rng.choice(_MORPH)
    ctx.rare += 1
    return text[:m.start()] + first + m.group(1) + text[m.end():]


def _rare_name(rng: random.Random) -> str:
    return (_syllables(rng, rng.choice((2, 2, 3))) + rng.choice(_NAME_SUFFIX)).capitalize()


def _rare_id(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVXZ"
    form = rng.random()
    if form < 0.4:
        return f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(1000, 99999)}"
    if form < 0.7:
        return f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}-{rng.choice(letters)}"
    return f"{rng.choice(letters)}{rng.randint(100, 9999)}{rng.choice(letters).lower()}"


def _rare_product(rng: random.Random) -> str:
    return _syllables(rng, 2).capitalize() + rng.choice(_PRODUCT_TAIL)


def _street(rng: random.Random) -> str:
    name = rng.choice(_STREET_A) + rng.choice(_STREET_B) + rng.choice(_STREET_C)
    number = str(rng.randint(1, 140)) + (rng.choice("ABC") if rng.random() < 0.15 else "")
    return f"{name} {number}"


# --------------------------------------------------------------------------------------------
# One record.

_MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"]


def _join(items: list[str], rng: random.Random) -> str:
    if len(items) == 1:
        return items[0]
    last = " samt " if rng.random() < 0.2 else " och "
    return ", ".join(items[:-1]) + last + items[-1]


def _surface(b: Body, rng: random.Random) -> str:
    """One way of writing a body: mostly its canonical name, sometimes another."""
    r = rng.random()
    if r < 0.10 and b.alts:
        return rng.choice(b.alts)
    if r < 0.14 and b.caps:
        return b.caps
    if r < 0.18 and b.lower:
        return b.lower
    if r < 0.21 and b.capital_k:
        return b.capital_k
    return b.name


@dataclass(slots=True)
class _Ctx:
    rng: random.Random
    owner: Body
    owner_text: str
    lan: str
    county: tuple[str, str]
    esfreg: str
    towns: list[str]
    proj: str
    n_part: int
    start: dt.date
    end: dt.date
    rare: int = 0
    unused: dict = field(default_factory=dict)


class _Filler(dict):
    """Fills a template's slots, drawing each distinct slot name once per sentence."""

    def __init__(self, ctx: _Ctx, extra: dict | None = None):
        super().__init__(extra or {})
        self.ctx = ctx

    def __missing__(self, key: str) -> str:
        ctx, rng = self.ctx, self.ctx.rng
        base = key.rstrip("0123456789")
        used = {v for v in self.values() if isinstance(v, str)}

        def pick(pool):
            for _ in range(6):
                v = rng.choice(pool)
                if v not in used:
                    return v
            return v

        if base == "sector":
            v = pick(_SECTORS)
        elif base == "group":
            v = pick(_GROUPS)
        elif base == "activity":
            v = pick(_ACTIVITIES) if rng.random() > 0.12 else self._rare(_rare_compound)
        elif base == "topic":
            v = pick(_TOPICS) if rng.random() > 0.06 else self._rare(_rare_compound)
        elif base == "barrier":
            v = pick(_BARRIERS)
        elif base == "channel":
            v = pick(_CHANNELS)
        elif base == "staff":
            v = pick(_STAFF)
        elif base == "task":
            v = pick(_TASKS)
        elif base in ("aim", "aim_inf"):
            pool = _AIMS if base == "aim" else [a for a in _AIMS if not re.match(
                r"(fler|färre) ", a)]
            v = _fill(pick(pool), ctx, cap=False)
        elif base == "town":
            v = pick(ctx.towns)
        elif base == "lan":
            v = ctx.county[0]
        elif base == "county":
            v = ctx.county[1]
        elif base == "esfreg":
            v = ctx.esfreg.replace("&", "och")
        elif base == "pct":
            v = str(rng.randint(15, 85))
        elif base == "pct_small":
            v = str(rng.randint(3, 25))
        elif base == "yearpast":
            v = str(ctx.start.year - rng.randint(1, 6))
        elif base == "yearend":
            v = str(ctx.end.year)
        elif base == "yearfar":
            v = str(ctx.end.year + rng.randint(5, 15))
        elif base == "n_part":
            v = str(ctx.n_part)
        elif base == "n_groups":
            v = str(rng.randint(3, 12))
        elif base == "small":
            v = str(rng.randint(3, 12))
        elif base == "months":
            v = str(rng.choice((3, 4, 6, 9, 12, 18)))
        elif base == "months_short":
            v = str(rng.choice((2, 3, 4, 6)))
        elif base == "weeks":
            v = str(rng.choice((2, 3, 4, 6)))
        elif base == "projq":
            v = (f"”{ctx.proj}”" if rng.random() < 0.05 else
                 f'"{ctx.proj}"' if rng.random() < 0.08 else ctx.proj)
        elif base == "prevproj":
            v = rng.choice(["det tidigare projektet ", "projektet "]) + _project_name(rng, ctx)
        elif base == "start_text":
            v = f"{ctx.start.day} {_MONTHS_SV[ctx.start.month - 1]} {ctx.start.year}"
        elif base == "end_text":
            v = f"{ctx.end.day} {_MONTHS_SV[ctx.end.month - 1]} {ctx.end.year}"
        elif base == "contribution":
            v = _fill(pick(_CONTRIB["agency"]), ctx, cap=False)
        elif base == "unit":
            v = pick(_UNITS.get(ctx.owner.type, _UNITS["municipality"]))
        elif base == "rare_c":
            v = self._rare(_rare_compound)
        elif base == "rare_name":
            v = self._rare(_rare_name)
        elif base == "rare_id":
            v = self._rare(_rare_id)
        elif base == "rare_product":
            v = self._rare(_rare_product)
        elif base == "rare_web":
            v = self._rare(lambda r: _syllables(r, 2) + "-" + r.choice(_MORPH).rstrip("s"))
        elif base == "street":
            v = self._rare(_street)
        elif base == "O":
            v = ctx.owner_text
        else:
            raise KeyError(key)
        self[key] = v
        return v

    def _rare(self, make) -> str:
        v = make(self.ctx.rng)
        self.ctx.rare += 1  # one rare word per draw (a street's number or a version is not)
        return v


def _fill(template: str, ctx: _Ctx, extra: dict | None = None, cap: bool = True) -> str:
    text = template.format_map(_Filler(ctx, extra))
    return text[0].upper() + text[1:] if cap and text[:1].islower() else text


def _project_name(rng: random.Random, ctx: _Ctx | None = None) -> str:
    r = rng.random()
    place = None
    if ctx is not None:
        place = rng.choice([ctx.county[1], rng.choice(ctx.towns), ctx.county[1] + "s län"])
    if r < 0.3:
        name = rng.choice(_NAME_FULL)
    else:
        name = rng.choice(_NAME_HEAD) + rng.choice(_NAME_TAIL)
        if name[-1] == name[-2]:
            name = name[:-1]
        name = name[0] + name[1:].lower()
    if place and rng.random() < 0.55:
        name += " " + place
    elif rng.random() < 0.15:
        name += rng.choice([" 2.0", " II", " Plus", " – nästa steg"])
    return name


def _company(rng: random.Random) -> str:
    stem = _syllables(rng, rng.choice((1, 2))).capitalize()
    stem += rng.choice(["vik", "berg", "dal", "by", "kraft", "tech", "lab", "form", "nova",
                        "lyft", "gård", "hem", "ström", "lund", "fors"])
    if rng.random() < 0.35:
        stem += " " + rng.choice(["Kompetens", "Consulting", "Bemanning", "Service", "Gruppen",
                                  "Industri", "Omsorg", "Logistik", "Bygg", "Partner"])
    return stem + " AB"


def _weighted(bodies: list[Body], rng: random.Random) -> Body:
    return rng.choices(bodies, weights=[b.weight for b in bodies])[0]


def _choose_owner(cat: Catalogue, rng: random.Random) -> tuple[Body, str]:
    """Return (owner, län of the project's geography)."""
    r = rng.random()
    lk = rng.choice(sorted(cat.munis))
    if r < 0.50:
        return rng.choice(cat.munis[lk]), lk
    if r < 0.66:
        lk = rng.choice(sorted(cat.regions))
        return cat.regions[lk], lk
    if r < 0.74:
        return cat.owner_agencies[rng.randrange(len(cat.owner_agencies))], lk
    if r < 0.78 and lk in cat.lansstyrelser:
        return cat.lansstyrelser[lk], lk
    if r < 0.86 and lk in cat.universities:
        return rng.choice(cat.universities[lk]), lk
    name = _company(rng)
    digits = f"{zlib.crc32(name.encode()) % 1_000_000:06d}"
    return Body(name, "company", lk, _orgnr("556" + digits), town=rng.choice(cat.towns[lk])), lk


def _choose_partners(cat: Catalogue, owner: Body, lk: str, rng: random.Random) -> list[Body]:
    n = rng.choices(range(9), weights=[10, 15, 22, 21, 14, 8, 5, 3, 2])[0]
    chosen: list[Body] = []
    names = {owner.name}
    tries = 0
    while len(chosen) < n and tries < 60:
        tries += 1
        r = rng.random()
        if r < 0.34:
            pool = cat.munis.get(lk) or cat.munis[rng.choice(sorted(cat.munis))]
            b = rng.choice(pool)
        elif r < 0.44:
            b = cat.regions.get(lk) or rng.choice(list(cat.regions.values()))
        elif r < 0.49:
            b = cat.lansstyrelser.get(lk) or rng.choice(list(cat.lansstyrelser.values()))
        elif r < 0.57:
            pool = cat.universities.get(lk) or rng.choice(list(cat.universities.values()))
            b = rng.choice(pool)
        elif r < 0.80:
            b = _weighted(cat.national, rng)
        elif r < 0.92:
            b = _weighted(cat.labour, rng)
        else:
            b = _weighted(cat.civil, rng)
            if b.lanskod and b.lanskod != lk and rng.random() < 0.8:
                continue
        if b.name not in names:
            names.add(b.name)
            chosen.append(b)
    return chosen


def _dates(rng: random.Random, new: bool) -> tuple[dt.date, dt.date]:
    if new:
        start = dt.date(rng.randint(2022, 2026), rng.randint(1, 12), 1)
        if start.year == 2026 and start.month > 9:
            start = start.replace(month=rng.randint(1, 9))
        if rng.random() < 0.3:
            start = start.replace(day=rng.choice((2, 7, 15)))
    else:
        start = dt.date(rng.randint(2015, 2020), rng.randint(1, 12), 1)
    months = rng.choice((12, 18, 24, 24, 30, 36, 36, 42))
    y, m = divmod(start.month - 1 + months, 12)
    end = dt.date(start.year + y, m + 1, 1) - dt.timedelta(days=1)
    if new and rng.random() < 0.2:
        end = end - dt.timedelta(days=rng.randint(1, 20))
    return start, end


def _sek(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


def _ascii(s: str) -> str:
    return (s.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
            .replace(" ", "").replace("-", ""))


def _header(ctx: _Ctx, cat: Catalogue, dnr: str, new: bool, name: str,
            lk: str, rng: random.Random) -> dict[str, str]:
    owner = ctx.owner
    part = ctx.n_part
    total = int(math.exp(rng.gauss(math.log(9_000_000), 0.8)))
    total = min(max(total, 900_000), 120_000_000)
    if rng.random() < 0.6:
        total = round(total, -3)
    town = owner.town or rng.choice(cat.towns[lk])
    lo, hi = _POST[lk]
    postcode = f"{rng.randint(lo, hi)}{rng.randint(0, 99):02d}"
    region = _LAN_REGION[lk]
    f: dict[str, str] = {}
    if not new:
        granted = total if rng.random() < 0.25 else int(total * rng.uniform(0.45, 0.8))
        if rng.random() < 0.5:
            granted = round(granted, -3)
        unit_pool = _HEADER_UNITS.get(owner.type)
        r = rng.random()
        if r < 0.4:
            owner_field = f"{owner.name}, {owner.name}"
        elif r < 0.65 and unit_pool:
            owner_field = f"{owner.name}, {rng.choice(unit_pool)}"
        else:
            owner_field = owner.name
        po = rng.choices(("1", "2", "3"), weights=(5, 4, 1))[0]
        so = {"1": ("1.1", "1.2"), "2": ("2.1", "2.2", "2.3"), "3": ("3.1",)}[po]
        itype = {"1": ("117", "118"), "2": ("102", "103", "109", "112"), "3": ("103",)}[po]
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        domain = rng.choice(("example.se", f"{_ascii(town)}.example.se"))
        f["Diarienummer"] = dnr
        f["Projektnamn" if rng.random() < 0.04 else "Namn"] = name
        if rng.random() < 0.35:
            f["Startdatum"] = ""
            f["Slutdatum"] = ""
        f["Projektnummer"] = dnr
        f["Projektägare"] = owner_field
        f["Region"] = region
        if rng.random() < 0.95:
            f["Planerat antal deltagare"] = str(part)
        f["Projektperiod"] = f"{ctx.start.isoformat()} - {ctx.end.isoformat()}"
        f["Total projektbudget"] = _sek(total)
        f["Beviljat ESF-stöd"] = _sek(granted)
        if rng.random() < 0.95:
            f["Kontaktperson"] = f"{first} {last}"
            f["E-post"] = f"{_ascii(first)}.{_ascii(last)}@{domain}"
        f["Stödmottagare postnr"] = postcode
        if rng.random() < 0.4:
            key = rng.choice(("Stödmottagarens address", "Stödmottagarens address",
                              "Stödmottagarens adress", "Stödmottagare adress"))
            f[key] = "" if rng.random() < 0.6 else _street(rng)
        f["Programområde"] = po
        f["Specifikt mål"] = rng.choice(so)
        f["Unionens medfinansieringsgrad"] = "50%" if rng.random() < 0.9 else "40%"
        f["Interventionstyp"] = rng.choice(itype)
        return _shuffle_some(f, rng, fixed=3)
    caps_share = {"municipality": 0.75, "region": 0.75, "company": 0.5}.get(owner.type, 0.4)
    if owner.type == "company" and " " in owner.name[:-3]:
        caps_share = 0.15  # "BERGVIK BEMANNING AB": its usual case cannot be restored
    owner_field = owner.name.upper() if rng.random() < caps_share else owner.name
    po = rng.choices("ABCDE", weights=(5, 3, 2, 2, 1))[0]
    so = {"A": ("A1A", "A1B", "A1C"), "B": ("B1", "B2"), "C": ("C1", "C2"), "D": ("D1", "D2"),
          "E": ("E1",)}[po]
    f["Diarienummer"] = dnr
    f["Projektnamn" if rng.random() < 0.04 else "Namn"] = name
    f["Startdatum"] = ctx.start.isoformat()
    f["Slutdatum"] = ctx.end.isoformat()
    if rng.random() < 0.95:
        f["Land som berörs"] = "Sverige"
    f["Berörd fond"] = "ESF+"
    f["Program CCI"] = "2021SE05SFPR"
    if owner.orgnr and rng.random() < 0.97:
        number = owner.orgnr if rng.random() < 0.25 else owner.orgnr.replace("-", "")
        key = "Organisationsnummer" if rng.random() < 0.05 else "Projektägare organisationsnummer"
        f[key] = number
    f["Projektägare"] = owner_field
    f["Unionens medfinansieringsgrad"] = "40%" if rng.random() < 0.9 else "50%"
    f["Programområde"] = po
    f["Specifikt mål"] = rng.choice(so)
    if rng.random() < 0.9:
        f["Sekundärtema - Motverka barnfattigdom"] = "Ja" if rng.random() < 0.12 else "Nej"
    f["Region"] = region
    if rng.random() < 0.85:
        f["NUTS-2 kod"] = _NUTS2[region]
    f["Stödmottagare postnr"] = postcode
    if rng.random() < 0.9:
        f["Stödmottagare ort"] = town.upper()
    f["Interventionstyp"] = rng.choice(("134", "136", "137", "138", "141", "143", "145", "146",
                                        "149", "150", "152", "153", "158", "163", "175"))
    if rng.random() < 0.7:
        f["Antal deltagare"] = str(part)
    if rng.random() < 0.3:
        f["Total projektbudget"] = _sek(total)
        f["Beviljat ESF-stöd" if rng.random() < 0.7 else "Beviljat ESF+-stöd"] = _sek(
            round(total * 0.4))
    if rng.random() < 0.9:
        f["Insats av strategisk betydelse"] = "Ja" if rng.random() < 0.08 else "Nej"
    return _shuffle_some(f, rng, fixed=2)


def _shuffle_some(f: dict[str, str], rng: random.Random, fixed: int) -> dict[str, str]:
    """Keep the first keys, and sometimes move one or two of the others."""
    items = list(f.items())
    head, tail = items[:fixed], items[fixed:]
    for _ in range(rng.choices((0, 1, 2), weights=(70, 20, 10))[0]):
        i = rng.randrange(len(tail))
        item = tail.pop(i)
        tail.insert(rng.randrange(len(tail) + 1), item)
    return dict(head + tail)


# --- the description -------------------------------------------------------------------------

@dataclass(slots=True)
class _Sent:
    text: str
    kind: str  # filler, partner, owner, distractor, rare, list
    items: tuple[str, ...] = ()  # bullet items for kind == "list"


def _partner_sentences(ctx: _Ctx, partners: list[Body], owner_named: bool) -> list[_Sent]:
    rng = ctx.rng
    out: list[_Sent] = []
    rest = partners[:]
    rng.shuffle(rest)
    with_owner = owner_named and rest and rng.random() < 0.45
    while rest:
        k = min(len(rest), rng.choices((1, 2, 3, 4), weights=(40, 30, 20, 10))[0])
        if len(out) >= 2:
            k = len(rest)
        group, rest = rest[:k], rest[k:]
        surfaces = [_surface(b, rng) for b in group]
        if with_owner:
            with_owner = False
            out.append(_Sent(_fill(rng.choice(_PARTNER_LIST_OWNER), ctx,
                                   {"P": _join(surfaces, rng)}), "partner"))
            continue
        if k >= 2 and rng.random() < 0.18:
            intro = rng.choice(_BULLET_INTRO)
            out.append(_Sent(intro + ":", "list", tuple(surfaces)))
            continue
        if k == 1 and rng.random() < 0.55:
            b = group[0]
            if b.genitive and surfaces[0] == b.name and rng.random() < 0.25:
                out.append(_Sent(_fill(rng.choice(_PARTNER_GEN), ctx, {"G": b.genitive}),
                                 "partner"))
                continue
            contrib = rng.choice(_CONTRIB.get(b.type, _CONTRIB["other"]))
            out.append(_Sent(_fill(rng.choice(_PARTNER_ONE), ctx, {
                "A": surfaces[0], "contribution": _fill(contrib, ctx, cap=False)}), "partner"))
            continue
        out.append(_Sent(_fill(rng.choice(_PARTNER_LIST), ctx, {"P": _join(surfaces, rng)}),
                         "partner"))
    return out


def _description(ctx: _Ctx, cat: Catalogue, partners: list[Body],
                 not_partners: list[str]) -> str:
    rng = ctx.rng
    target_words = int(min(575, max(265, rng.gauss(400, 80))))
    rare_share = rng.uniform(0.05, 0.07)
    partner_names = {b.name for b in partners}

    def pool_take(name: str, pool: list[str]) -> str | None:
        left = ctx.unused.get(name)
        if left is None:
            left = ctx.unused[name] = rng.sample(pool, len(pool))
        return left.pop() if left else None

    def sents(name: str, pool: list[str], k: int) -> list[_Sent]:
        out = []
        for _ in range(k):
            t = pool_take(name, pool)
            if t is not None:
                out.append(_Sent(_fill(t, ctx), "filler"))
        return out

    sections: dict[str, list[_Sent]] = {
        "bg": sents("bg", _BACKGROUND, rng.randint(2, 4)),
        "purpose": sents("purpose", _PURPOSE, rng.randint(1, 2)),
        "target": sents("target", _TARGET, rng.randint(1, 3)),
        "act": sents("act", _ACTIVITY, rng.randint(2, 4)),
        "hor": sents("hor", _HORIZONTAL, rng.randint(1, 2)),
        "res": sents("res", _RESULTS, rng.randint(1, 2)),
        "impl": sents("impl", _IMPLEMENT, rng.choice((0, 0, 1))),
    }
    # Distractors: statistics sources, the funder, programmes, the owner's departments.
    if rng.random() < 0.6:
        tpl, who = rng.choice(_STATS)
        sections["bg"].insert(rng.randint(0, len(sections["bg"])),
                              _Sent(_fill(tpl, ctx), "distractor"))
        canon = cat.scb.name if who == "scb" else who
        if canon not in partner_names:
            not_partners.append(canon)
    funding: list[_Sent] = []
    if rng.random() < 0.75:
        funding.append(_Sent(_fill(rng.choice(_FUNDING), ctx), "distractor"))
        if "ESF-rådet" in funding[-1].text:
            not_partners.append(cat.funder.name)
    if rng.random() < 0.5:
        sections[rng.choice(("act", "res", "target"))].append(
            _Sent(_fill(rng.choice(_PROGRAMME_SENTENCES), ctx), "distractor"))
    if rng.random() < 0.3:
        sections["act"].insert(0, _Sent(
            f"Projektet samordnas med kommunernas vuxenutbildning men ersätter inte "
            f"{rng.choice(_PROGRAMMES)}.", "distractor"))
    if rng.random() < 0.35:
        towns = rng.sample(ctx.towns, min(2, len(ctx.towns)))
        sections["target"].append(_Sent(
            f"Insatserna genomförs i hela {ctx.county[0]}, från {towns[0]} till "
            f"{towns[-1]}.", "distractor"))
        not_partners.extend([ctx.county[0], *towns])
    if rng.random() < 0.3:
        cands = [b for b in (*cat.national, cat.regions.get(ctx.lan), *cat.labour[:6],
                             *cat.universities.get(ctx.lan, []))
                 if b and b.name not in partner_names and b.name != ctx.owner.name]
        if cands:
            x = rng.choice(cands)
            sec = rng.choice(("bg", "act", "target"))
            sections[sec].append(_Sent(_fill(rng.choice(_NOT_TAKING_PART), ctx,
                                             {"X": x.name}), "distractor"))
            not_partners.append(x.name)
    # The owner and the partners.
    org: list[_Sent] = []
    owner_named = rng.random() < 0.82
    if owner_named:
        not_partners.append(ctx.owner.name)
    if owner_named and (not partners or rng.random() < 0.5):
        org.append(_Sent(_fill(rng.choice(_OWNER_ONLY), ctx), "owner"))
    org.extend(_partner_sentences(ctx, partners, owner_named and not org))
    if not partners and rng.random() < 0.3:
        org.append(_Sent(rng.choice(_COLLECTIVES), "filler"))
    if owner_named and ctx.owner.type in _UNITS and rng.random() < 0.2:
        org.append(_Sent(_fill(rng.choice(_OWNER_UNITS), ctx), "distractor"))
    if not org:
        org.append(_Sent(_fill(rng.choice(_IMPLEMENT[:3]), ctx), "filler"))
    # Activities as a bullet list now and then.
    if rng.random() < 0.2:
        items = rng.sample(_ACTIVITIES, rng.randint(3, 5))
        sections["act"].append(_Sent(rng.choice(_ACTIVITY_LIST_INTRO) + ":",
                                     "list", tuple(i[0].upper() + i[1:] for i in items)))
    # Rare sentences.
    for _ in range(rng.choice((0, 1, 1, 2))):
        t = pool_take("rare", _RARE_SENTENCES)
        if t:
            sec = rng.choice(("bg", "act", "act", "target", "res", "impl"))
            sections[sec].insert(rng.randint(0, len(sections[sec])),
                                 _Sent(_fill(t, ctx), "rare"))

    def words() -> int:
        n = sum(len(s.text.split()) + sum(len(i.split()) for i in s.items)
                for sec in (*sections.values(), org, funding) for s in sec)
        return n

    fill_order = ["bg", "act", "target", "res", "act", "hor", "purpose", "impl", "bg", "act"]
    pools = {"bg": _BACKGROUND, "act": _ACTIVITY, "target": _TARGET, "res": _RESULTS,
             "hor": _HORIZONTAL, "purpose": _PURPOSE, "impl": _IMPLEMENT}
    n = words()
    stuck = 0
    while n < target_words and stuck < 30:
        sec = rng.choice(fill_order)
        add = sents(sec, pools[sec], 1)
        if not add:
            stuck += 1
            continue
        sections[sec].insert(rng.randint(0, len(sections[sec])), add[0])
        n += len(add[0].text.split())
    # Top up the rare tokens to about rare_share of the words: mostly by compounding a noun
    # of an ordinary sentence in place ("insatserna" -> "valideringsinsatserna"), sometimes
    # with a short aside or one more sentence about the project's own tools and places.
    need = round(rare_share * target_words) - ctx.rare
    slots = [(sec, i) for sec in sections.values() for i, s in enumerate(sec)
             if s.kind == "filler"]
    rng.shuffle(slots)
    tags = sentences = 0
    while need > 0:
        before = ctx.rare
        r = rng.random()
        if r < 0.7 and slots:
            sec, i = slots.pop()
            text = _compound_in_place(sec[i].text, ctx)
            if text is None:
                continue
            sec[i] = _Sent(text, "rare")
        elif r < 0.85 and tags < 3 and slots:
            sec, i = slots.pop()
            if not sec[i].text.endswith("."):
                continue
            tags += 1
            sec[i] = _Sent(sec[i].text[:-1] + " " + _fill(rng.choice(_RARE_TAGS), ctx) + ".",
                           "rare")
        elif sentences < 3 or not slots:
            sentences += 1
            sec = sections[rng.choice(("bg", "act", "target", "res"))]
            t = pool_take("rare", _RARE_SENTENCES) or rng.choice(_RARE_SENTENCES)
            sec.insert(rng.randint(0, len(sec)), _Sent(_fill(t, ctx), "rare"))
            slots = [(sec2, j) for sec2, j in slots if sec2 is not sec]  # indices moved
        else:
            continue
        need -= max(1, ctx.rare - before)
    n = words()
    while n > target_words + 15:
        candidates = [(k, i) for k, sec in sections.items() for i, s in enumerate(sec)
                      if s.kind == "filler" and len(sec) > 1]
        if not candidates:
            break
        k, i = rng.choice(candidates)
        n -= len(sections[k].pop(i).text.split())
    # Order: background first (mostly), the organisation paragraph somewhere in the middle.
    order = ["bg", "purpose", "target", "act", "hor", "res"]
    if rng.random() < 0.25:
        order[0], order[1] = order[1], order[0]
    if rng.random() < 0.3:
        order[2], order[3] = order[3], order[2]
    if rng.random() < 0.3:
        order[4], order[5] = order[5], order[4]
    paras = [sections[k] for k in order if sections[k]]
    paras.insert(rng.randint(1, min(4, len(paras))), org)
    if sections["impl"]:
        paras.insert(rng.randint(2, len(paras)), sections["impl"])
    if funding:
        if rng.random() < 0.6:
            paras.append(funding)
        else:
            paras[-1] = paras[-1] + funding
    for p in paras:  # some shuffling inside paragraphs
        if len(p) > 2 and rng.random() < 0.5:
            i, j = rng.sample(range(len(p)), 2)
            p[i], p[j] = p[j], p[i]
    merge = rng.random()
    if merge < 0.1:
        paras = [[s for p in paras for s in p]]
    elif merge < 0.3 and len(paras) > 3:
        i = rng.randrange(len(paras) - 1)
        paras[i:i + 2] = [paras[i] + paras[i + 1]]
    sep = "\n" if rng.random() < 0.15 else "\n\n"
    return sep.join(_render_para(p) for p in paras)


def _render_para(p: list[_Sent]) -> str:
    out, line = [], []
    for s in p:
        if s.kind == "list":
            line.append(s.text)
            out.append(" ".join(line) + "\n" + "\n".join(f"- {i}" for i in s.items))
            line = []
        else:
            line.append(s.text)
    if line:
        out.append(" ".join(line))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Diarienummer: synthetic ranges only, unique within a run.

def _perm_params(seed: int, period: str) -> tuple[int, int]:
    rng = random.Random(f"esfgraph-synth-dnr:{seed}:{period}")
    while True:
        a = rng.randrange(1, 100_000)
        if a % 2 and a % 5:
            return a, rng.randrange(100_000)


def _diarienummer(k: int, new: bool, params: tuple[int, int]) -> str:
    block, j = divmod(k, 100_000)
    a, c = params
    p = (a * j + c) % 100_000
    if new:
        return f"{99 - block:02d}-{p // 100:03d}-S{p % 100:02d}"
    return f"{2099 - block}/{p:05d}"


def generate(n: int, seed: int = 0, period_mix: float = 0.5) -> Iterator[dict]:
    """Yield `n` synthetic records; the same `seed` gives the same records.

    `period_mix` is the share of 2021–2027 (ESF+) records; the rest are 2014–2020. Each record
    is a dict: diarienummer, name, period, fields (header key -> value, in file order),
    description, owner (canonical name), owner_orgnr, expected_partners (canonical names),
    not_partners (names in the text that are not partners: the owner, the funder, SCB, places).
    Record i depends only on (seed, i, period_mix), so generate(n) is a prefix of generate(n+1).
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0 <= period_mix <= 1:
        raise ValueError("period_mix must be between 0 and 1")
    cat = catalogue()
    params = {False: _perm_params(seed, "old"), True: _perm_params(seed, "new")}
    counters = {False: 0, True: 0}
    for i in range(n):
        rng = random.Random(f"esfgraph-synth:{seed}:{i}")
        new = rng.random() < period_mix
        dnr = _diarienummer(counters[new], new, params[new])
        counters[new] += 1
        owner, lk = _choose_owner(cat, rng)
        start, end = _dates(rng, new)
        n_part = int(min(5000, max(12, math.exp(rng.gauss(math.log(180), 1.0)))))
        owner_text = owner.name
        if owner.type == "company" and rng.random() < 0.1:
            owner_text = owner.name.upper()
        ctx = _Ctx(rng, owner, owner_text, lk, cat.counties[lk], _LAN_REGION[lk],
                   cat.towns[lk], "", n_part, start, end)
        ctx.proj = _project_name(rng, ctx)
        partners = _choose_partners(cat, owner, lk, rng)
        not_partners: list[str] = []
        description = _description(ctx, cat, partners, not_partners)
        fields = _header(ctx, cat, dnr, new, ctx.proj, lk, rng)
        yield {
            "diarienummer": dnr,
            "name": ctx.proj,
            "period": "2021-2027" if new else "2014-2020",
            "fields": fields,
            "description": description,
            "owner": owner.name,
            "owner_orgnr": owner.orgnr,
            "expected_partners": [b.name for b in partners],
            "not_partners": list(dict.fromkeys(x for x in not_partners
                                               if x not in {b.name for b in partners})),
        }


# --------------------------------------------------------------------------------------------
# Writers. Both stream: a record is rendered, written and dropped.

@dataclass(slots=True)
class WriteStats:
    records: int = 0
    files: int = 0
    bytes: int = 0
    paths: list[str] = field(default_factory=list)


def render_text(rec: dict) -> str:
    """Return one record in the project bank's text form (ends with a newline)."""
    lines = [f"{rec['diarienummer']} - {rec['name']}", ""]
    for key, value in rec["fields"].items():
        lines.append(f"{key}:")
        if value:
            lines.append(value)
    lines.append("")
    lines.append(rec["description"])
    return "\n".join(lines) + "\n"


def _file_stem(dnr: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", dnr)


class TextWriter:
    """Writes records as .txt files: one per file, or `per_file` per file, or all in one file."""

    def __init__(self, path_or_dir: str | Path, per_file: int = 1):
        if per_file < 1:
            raise ValueError("per_file must be >= 1")
        p = Path(path_or_dir)
        self.single = p.suffix.lower() == ".txt" and not p.is_dir()
        self.path, self.per_file = p, per_file
        (p.parent if self.single else p).mkdir(parents=True, exist_ok=True)
        self.stats = WriteStats()
        self._fh = None
        self._in_file = 0

    def _open(self, name: Path):
        self.close()
        self._fh = open(name, "w", encoding="utf-8", newline="\n")
        self._in_file = 0
        self.stats.files += 1
        self.stats.paths.append(str(name))

    def write(self, rec: dict) -> str:
        if self._fh is None or (not self.single and self._in_file >= self.per_file):
            name = self.path if self.single else (
                self.path / f"{_file_stem(rec['diarienummer'])}.txt" if self.per_file == 1
                else self.path / f"synth_{self.stats.files:06d}.txt")
            self._open(name)
        text = render_text(rec)
        if self._in_file:
            text = "\n" + text
        data = text.encode("utf-8")
        self._fh.write(text)
        self._in_file += 1
        self.stats.records += 1
        self.stats.bytes += len(data)
        return self.stats.paths[-1]

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


class CsvWriter:
    """Writes records as one semicolon-separated CSV: CSV_KEYS columns, then Beskrivning."""

    def __init__(self, path: str | Path):
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(p, "w", encoding="utf-8", newline="")
        self._w = csv.writer(self._fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        self._w.writerow([*CSV_KEYS, DESCRIPTION_COLUMN])
        self.stats = WriteStats(files=1, paths=[str(p)])

    def write(self, rec: dict) -> str:
        f = rec["fields"]
        unknown = set(f) - set(CSV_KEYS)
        if unknown:
            raise ValueError(f"fields not in CSV_KEYS: {sorted(unknown)}")
        self._w.writerow([f.get(k, "") for k in CSV_KEYS] + [rec["description"]])
        self.stats.records += 1
        return self.stats.paths[0]

    def close(self) -> None:
        self._fh.close()
        self.stats.bytes = Path(self.stats.paths[0]).stat().st_size


def write_text(records: Iterable[dict], path_or_dir: str | Path, per_file: int = 1) -> WriteStats:
    """Write records as UTF-8 text. A directory gets one file per record (named by diarienummer)
    or, with per_file=K, files synth_000000.txt ... of K records each; a path ending in .txt
    gets every record. Records in one file are separated by a blank line."""
    w = TextWriter(path_or_dir, per_file)
    try:
        for rec in records:
            w.write(rec)
    finally:
        w.close()
    return w.stats


def write_csv(records: Iterable[dict], path: str | Path) -> WriteStats:
    """Write records to one semicolon-separated CSV file (every field quoted)."""
    w = CsvWriter(path)
    try:
        for rec in records:
            w.write(rec)
    finally:
        w.close()
    return w.stats


# --------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write N synthetic ESF project-bank records.")
    ap.add_argument("n", type=int, help="number of records")
    ap.add_argument("outdir", help="output folder")
    ap.add_argument("--format", choices=("txt", "csv", "both"), default="txt")
    ap.add_argument("--per-file", type=int, default=1, metavar="K",
                    help="records per .txt file (default 1)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--period-mix", type=float, default=0.5,
                    help="share of 2021-2027 records (default 0.5)")
    ap.add_argument("--no-expected", action="store_true",
                    help="do not write expected.jsonl (owner and partners per record)")
    args = ap.parse_args(argv)
    out = Path(args.outdir)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    writers = []
    if args.format in ("txt", "both"):
        writers.append(TextWriter(out / "txt" if args.format == "both" else out, args.per_file))
    if args.format in ("csv", "both"):
        writers.append(CsvWriter(out / "csv" / "records.csv" if args.format == "both"
                                 else out / "records.csv"))
    expected = None if args.no_expected else open(out / "expected.jsonl", "w", encoding="utf-8")
    try:
        for rec in generate(args.n, args.seed, args.period_mix):
            where = [w.write(rec) for w in writers]
            if expected:
                expected.write(json.dumps({
                    "diarienummer": rec["diarienummer"], "files": where, "owner": rec["owner"],
                    "expected_partners": rec["expected_partners"],
                    "not_partners": rec["not_partners"]}, ensure_ascii=False) + "\n")
    finally:
        for w in writers:
            w.close()
        if expected:
            expected.close()
    secs = time.perf_counter() - t0
    files = sum(w.stats.files for w in writers)
    mb = sum(w.stats.bytes for w in writers) / 1e6
    print(f"{args.n} records, {files} files, {mb:.1f} MB, {secs:.2f} s "
          f"({args.n / secs if secs else 0:,.0f} records/s) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
