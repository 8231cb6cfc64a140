"""The pages' words in Swedish and English. Classes, roles and properties take their labels from
the ontology (rdfs:label @sv/@en); these are the words of the pages themselves."""

from __future__ import annotations

__all__ = ["LANGUAGES", "pick_language", "words"]

LANGUAGES = ("sv", "en")

_WORDS = {
    "site": ("ESF-projekt och samverkan", "ESF projects and partnerships"),
    "search": ("Sök", "Search"),
    "search_hint": ("Namn, diarienummer eller organisationsnummer", "Name, case number or organisation number"),
    "results": ("Träffar", "Results"),
    "no_results": ("Inga träffar.", "Nothing found."),
    "search_needs_script": ("Sökningen behöver JavaScript; listorna på startsidan fungerar utan.",
                            "The search needs JavaScript; the lists on the start page work without it."),
    "figures": ("Datamängden i siffror", "The dataset in figures"),
    "projects": ("Projekt", "Projects"),
    "organisations": ("Organisationer", "Organisations"),
    "period": ("Programperiod", "Programme period"),
    "budget": ("Total budget (kr)", "Total budget (SEK)"),
    "granted": ("Beviljat stöd (kr)", "Granted support (SEK)"),
    "regions": ("Regioner", "Regions"),
    "areas": ("Programområden", "Programme areas"),
    "periods": ("Programperioder", "Programme periods"),
    "diarienummer": ("Diarienummer", "Case number"),
    "dates": ("Period", "Dates"),
    "area": ("Programområde", "Programme area"),
    "region": ("Region", "Region"),
    "nuts": ("NUTS-2", "NUTS 2"),
    "fund": ("Fond", "Fund"),
    "city": ("Stödmottagarens ort", "Beneficiary's town"),
    "participants": ("Deltagare", "Participants"),
    "rate": ("EU:s medfinansieringsgrad", "EU co-financing rate"),
    "owner": ("Projektägare", "Owner"),
    "units": ("Enheter", "Units"),
    "parties": ("Organisationer i projektet", "Organisations in the project"),
    "role": ("Roll", "Role"),
    "evidence": ("Stöd i beskrivningen", "Evidence in the description"),
    "confidence": ("Säkerhet", "Confidence"),
    "collectives": ("Grupper som nämns", "Groups named"),
    "description": ("Beskrivning", "Description"),
    "source": ("Källpost", "Source record"),
    "file": ("Fil", "File"),
    "line": ("Rad", "Line"),
    "hash": ("Innehållets hash", "Content hash"),
    "data": ("Samma data som", "The same data as"),
    "orgnr": ("Organisationsnummer", "Organisation number"),
    "type": ("Typ", "Type"),
    "legal": ("Juridiskt namn", "Legal name"),
    "aliases": ("Namn i beskrivningarna", "Names in the descriptions"),
    "org_projects": ("Projekt", "Projects"),
    "filter": ("Filtrera", "Filter"),
    "sums": ("Summor per period och roll", "Totals by period and role"),
    "count": ("Antal", "Count"),
    "collaborators": ("Samarbetspartner", "Collaborators"),
    "shared_projects": ("Gemensamma projekt", "Shared projects"),
    "more": ("fler visas inte", "more not shown"),
    "metrics": ("Nätverksmått", "Network metrics"),
    "name": ("Namn", "Name"),
    "start": ("Start", "Start"),
    "end": ("Slut", "End"),
    "sparql": ("SPARQL-fråga", "SPARQL query"),
    "examples": ("Färdiga frågor", "Ready queries"),
    "run": ("Kör", "Run"),
    "endpoint": ("SPARQL-ändpunkt", "SPARQL endpoint"),
    "ontology": ("Ontologi", "Ontology"),
    "dataset": ("Datamängdsbeskrivning (DCAT-AP)", "Dataset description (DCAT-AP)"),
    "not_found": ("Finns inte", "Not found"),
    "not_found_text": ("Det finns ingen resurs med den adressen.", "There is no resource at that address."),
    "other_language": ("In English", "På svenska"),
    "listing_of": ("Projekt i", "Projects in"),
    "none": ("(ingen)", "(none)"),
    "terms": ("Begrepp", "Terms"),
    "term_subject": ("Subjekt", "Subject"),
    "term_predicate": ("Predikat", "Predicate"),
    "term_object": ("Objekt", "Object"),
}


def words(lang: str, labels: dict[str, dict[str, str]] | None = None) -> dict[str, str]:
    """Return the page words in `lang` ('sv' or 'en'), with the ontology's labels under 'term:'."""
    i = 0 if lang == "sv" else 1
    out = {k: v[i] for k, v in _WORDS.items()}
    for name, label in ((labels or {}).get(lang) or {}).items():
        out["term:" + name] = label
    return out


def pick_language(query_lang: str | None, cookie: str | None, accept_language: str | None) -> str:
    """Return 'sv' or 'en': the ?lang= switch, the cookie it set, else Accept-Language (sv default)."""
    for choice in (query_lang, cookie):
        if choice in LANGUAGES:
            return choice
    best, best_q = "sv", -1.0
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, q = part.strip().partition(";q=")
        tag = tag.split("-")[0].lower()
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            weight = 0.0
        if tag in LANGUAGES and weight - i * 1e-6 > best_q:
            best, best_q = tag, weight - i * 1e-6
    return best
