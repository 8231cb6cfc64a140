"""What a sentence or a whole description says, as the role rules need it: money granted or
received, a body that grants, an event or a study, an earlier project, one project or many.

Each test is a regular expression over the sentence's text; a sentence's answers are kept on
the Doc (`sentence_facts`), since every group of names in it asks the same questions. Tests of
the whole description read it in full where focus.py gave spaCy only a part (FULL_TEXT).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base.role_cues import grants
from esfgraph.extract.partners.base.span_data import get
from esfgraph.extract.partners.base.tokenizer import doc_text

__all__ = ["MONEY", "PROJECT", "FULL_TEXT", "FOCUSED", "Facts", "sentence_facts", "passage_kind",
           "text_kind", "doc_lowers", "is_grantor", "past_owner", "event_or_study", "whole_text",
           "projects_at_large"]

FULL_TEXT = "esf_full_text"  # doc.user_data: the whole description, where spaCy reads a part
FOCUSED = "esf_focused"  # doc.user_data: the focus.Focused that maps the part back to it
_KIND = "esf_passage"  # doc.user_data: the passage kind of the whole description
_FACTS = "esf_sentence_facts"  # doc.user_data: Facts by sentence start
_LOWERS = "esf_lowers"  # doc.user_data: the LOWER hashes of the Doc's tokens

MONEY = re.compile(r"\d[\d\s.,]*\s*(?:kr\b|kronor|miljon|miljoner|miljarder|mkr|mnkr|msek|tkr|"
                   r"sek\b|eur\b|euro)|\b(?:miljoner|miljarder)\b", re.I)
# Verbs of receiving or being granted money (the recipient is their subject or object) are
# _RECEIVE_WORDS and _RECEIVE_PHRASES below.
# Verbs of allocating money: their subject is the grantor, not the recipient.
ALLOCATE = (r"(?:beviljar|beviljade|beviljat|fördela|fördelar|fördelade|fördelat|avsätter|delar ut|delade ut|"
            r"disponerar|förfogar|utlyser|utlyste|beslutar|beslutade|beslutat|prioriterar|"
            r"prioriterade|tilldelar|tilldelade|finansierar|bidrar med|står för|ger|gav|gett|givit|"
            # "A satsar 16 miljoner kronor på", "A har bidragit med 50 000 kronor"
            r"satsar\s+[\d,.\s]+(?:kr|kronor|miljon|miljoner)|bidragit med|bidrog med|"
            # "A har fattat beslut att ge stöd", "A ska ta beslut om fortsatt stöttning": A decides
            r"(?:fatta|fattar|fattat|fattade|ta|tar|tog|tagit)\s+beslut(?:et)?\s+(?:om\s+|att\s+)*"
            r"(?:\w+\s+){0,2}?(?:ge|bevilja|betala|fördela|stöd|stött|medel|finansier)\w*)")
# "A beviljar", "A har beviljat", "A (ACR) har under 2023 beviljat", "A, beslutar att": A grants.
# "Universitets- och högskolerådet (UHR) har beviljat": the name in brackets, then the verb.
_ALLOCATE_AFTER = re.compile(r"\s*\)?\s*(?:\([^()\n]{1,20}\)\s*)?(?:,\s*(?=beslutar|beslutade|beviljar|beviljade|fördelar|fördelade))?"
                             r"(?:har\s+|som\s+)?(?:den\s+\d{1,2}\s+[a-zåäö]+\s+)?(?:\w+\s+){0,2}?\b"
                             + ALLOCATE + r"\b", re.I)
_ALLOCATE_WORD = re.compile(ALLOCATE, re.I)
# The body whose meeting decides: "När A:s arbetsutskott träffades beviljades", "vid A:s
# sammanträde", "A har vid sitt sammanträde prioriterat", "A sammanträdde för att prioritera",
# "efter A:s prioriteringsmöte", "på A:s oktobersammanträde godkändes" (minutes and grant news).
# "A är sedan 2014 ansvarig för att fatta beslut om och betala ut medel": A decides; "hade A 2,66
# miljoner som kommunerna kunde söka": A holds the money others apply for.
_MEETING = re.compile(r"\s*(?:(?:träffades|sammanträdde|möttes)\b|(?:har\s+|hade\s+)?vid\s+sitt\s+"
                      r"(?:\w+\s+)?(?:\w*sammanträde|\w*möte)\b|(?<=s)\s*(?:\w+\s+)?"
                      r"\w*(?:sammanträde|sammanträdet|möte|mötet)\b"
                      r"|(?:är|var)\s+(?:\w+\s+){0,3}?ansvarig\s+för\s+att\s+(?:fatta\s+beslut|bevilja|fördela)"
                      r"|[\d\s,.]+(?:miljoner|mkr|kronor)\s+som\s+\w+\s+(?:kan|kunde|får|fick)\s+söka)", re.I)
_TO_ALLOCATE = re.compile(r"\batt fördela\b", re.I)
# "Till A kom det in tio ansökningar om medfinansiering": the body applied to decides (a grantor).
_APPLIED_TO = re.compile(r"\s+(?:kom|har\s+kommit|hade\s+kommit)\s+(?:det\s+)?in\s+(?:\w+\s+){0,3}?ansökningar\b",
                         re.I)
# "A har beslutat att (säga ja till att) medfinansiera", "A:s styrelse har beslutat att gå med som
# medfinansiär": a decision to co-finance is taking part, not granting (README: co-financing partners).
_TO_COFINANCE = re.compile(r"\s*(?:\w+\s+){0,3}?beslut\w*\s+att\s+(?:\w+\s+){0,4}?"
                           r"(?:medfinansiera\b|gå\s+med\s+som\s+medfinansiär)", re.I)
# "A kommer under perioden 2023-2025 att ge B", "A har sagt ja till att ge B 300 000 kronor":
# lower-case words, then "att" and a verb of granting (not "genom/för att ge": a means, an aim).
_TO_GIVE = re.compile(r"\s+(?:(?!genom\b|för\b|säger\b|sa\b)[a-zåäö0-9-]+\s+){1,6}?att\s+"
                      r"(?:ge|bevilja|fördela|tilldela|dela\s+ut)\b")
# "stöd från A" (A grants); "består av A": the names make up a group, they give no money.
_MONEY_NOUNS = frozenset({"stöd", "medel", "bidrag", "pengar", "finansiering", "anslag",
                          "medfinansiering", "projektmedel", "stödet", "medlen", "pengarna",
                          "beslut", "beslutet", "besked"})  # "beslut från A": A decides
_MADE_OF = frozenset({"består", "bestod", "utgörs", "utgjordes"})
PROJECT = re.compile(r"projekt|satsning|förstudie|samverkan|samarbet|insats", re.I)
_EVENT_VERB = re.compile(r"\b(?:arrangera\w*|anordna\w*|bjuder in|bjöd in|ordnar|ordnade|"
                         r"håller i)\b", re.I)
_EVENT = re.compile(r"\b(?:föreläsning|seminari|konferens|workshop|träff|frukostmöte|webbinari|"
                    r"mässa|\w*gala|dagarna\b|öppet[- ]hus)", re.I)  # "leadergala", "Dagarna anordnas"
# "A har tillsammans med B lämnat ett förslag till regeringen": writing a report or a proposal
# together is no taking part in a project.
_REPORT = re.compile(r"\b(?:lämna\w*|ta\w* fram|tog fram|utarbeta\w*)\s+(?:ett|en|sitt|sin)\s+"
                     r"(?:\w+\s+)?(?:förslag|rapport)")
_STUDY = re.compile(r"(?:Studien|Rapporten|Undersökningen|Kartläggningen|Enkäten)\b")
# Marks of a text about many projects (grant lists, news of a call) and of one about one.
_MANY_STEMS = ("projekten", "projekt som", "förstudier", "prioriterade projekt",
               "beviljade projekt", "projektansökningar", "ansökningsomgång", "utlysning",
               "projektstöd")
_N_PROJECTS = re.compile(r"\d\s+projekt\b")
_SINGLE_STEMS = ("projektet", "satsningen", "förstudien", "projektägare", "samverkansprojekt")
_UNITS = ("kr", "miljon", "miljard", "sek", "eur")
# "ESF-projektet Vägen In, som drevs av A": a project named in the sentence is another one.
_NAMED_PROJECT = re.compile(r"projekt(?:et)?\s+[A-ZÅÄÖ\"”]")
_NEW_PROJECT = re.compile(r"\b(?:det|den) nya (?:projektet|satsningen)\b|\bnya projektet\b", re.I)
_OWNER_WORDS = re.compile(r"\b(?:projektägaren?|ägs av|ägs och drivs av|äger projektet|huvudman|"
                          r"huvudmannen|stödmottagaren?)\b", re.I)


class Facts(NamedTuple):
    """What one sentence says: money or a receiving verb, a negation, the project, allocation
    of money, an event or a study."""

    grant: bool
    negated: bool
    project: bool
    to_allocate: bool
    event: bool


def sentence_facts(doc: Doc, sent: Span) -> Facts:
    """Return the Facts of a sentence, worked out once per Doc and sentence.

    Word sets and substring tests come first; the regular expressions run only where those
    allow a match (they are the slow part on long sentences).
    """
    cache = doc.user_data.setdefault(_FACTS, {})
    facts = cache.get(sent.start)
    if facts is None:
        text = doc_text(doc)[sent.start_char:sent.end_char]
        low = text.lower()
        lowers = doc_lowers(doc)
        words = set(lowers[sent.start:sent.end].tolist())
        joined = f" {' '.join(low.split())} "
        project = any(stem in low for stem in _PROJECT_STEMS)
        money = bool(words & _AMOUNTS) or (_DIGIT.search(text) is not None
                                            and MONEY.search(text) is not None)
        receive = bool(words & _RECEIVE_WORDS) or any(p in joined for p in _RECEIVE_PHRASES)
        facts = cache[sent.start] = Facts(
            grant=money or (receive and " i uppdrag " not in joined),
            negated=bool(words & _NEGATIONS),
            project=project,
            to_allocate=" att fördela " in joined,
            # "Skånes leadergala arrangerades av A i samarbete med B": the cue's own "samarbete"
            # makes no project of an event.
            event=(not project or (("samarbete med" in low or "samverkan med" in low)
                                   and not any(stem in _WITH.sub(" ", low) for stem in _PROJECT_STEMS)))
            and ((any(v in low for v in _EVENT_STEMS) and _EVENT_VERB.search(text) is not None
                  and _EVENT.search(text) is not None)
                 or _STUDY.match(text.lstrip()) is not None
                 or ("förslag" in low or "rapport" in low) and _REPORT.search(low) is not None))
    return facts


def doc_lowers(doc: Doc):
    """Return the LOWER hashes of the Doc's tokens, read once per Doc (Token objects are slow)."""
    lowers = doc.user_data.get(_LOWERS)
    if lowers is None:
        lowers = doc.user_data[_LOWERS] = doc.to_array(LOWER)
    return lowers


def _hashes(*words: str) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


_PROJECT_STEMS = ("projekt", "satsning", "förstudie", "samverkan", "samarbet", "insats")
_AMOUNTS = _hashes("miljoner", "miljarder")
_DIGIT = re.compile(r"\d")
_RECEIVE_WORDS = _hashes("beviljas", "beviljats", "beviljades", "tilldelas", "tilldelades",
                         "tilldelats", "får", "fick", "fått", "erhållit", "erhåller", "erhöll",
                         "bidragsmottagare", "ansökt")
_RECEIVE_PHRASES = (" ta emot ", " tar emot ", " stöd med ", " går till ", " gick till ",
                    " stöd till ", " medel till ", " bidrag till ", " pengar till ", " ansöker om ")
_NEGATIONS = _hashes("inte", "ej", "aldrig")
_WITH = re.compile(r"\b(?:i )?(?:nära )?(?:samarbete|samverkan) med\b")
_EVENT_STEMS = ("arrangera", "anordna", "bjuder in", "bjöd in", "ordna", "håller i")


def whole_text(doc: Doc) -> str:
    """Return the whole description the Doc was made from."""
    return doc.user_data.get(FULL_TEXT) or doc_text(doc)


def passage_kind(text: str) -> str:
    """Return "single" for a text about one project, "many" for one about several, else ""."""
    low = text.lower()
    if any(stem in low for stem in _MANY_STEMS) or _N_PROJECTS.search(low) is not None \
            or sum(1 for line in low.split("\n") if any(u in line for u in _UNITS)
                   and MONEY.search(line)) >= 2:
        return "many"
    return "single" if any(stem in low for stem in _SINGLE_STEMS) else ""


def text_kind(doc: Doc) -> str:
    """Return the passage kind of the Doc's whole description (worked out once)."""
    kind = doc.user_data.get(_KIND)
    if kind is None:
        kind = doc.user_data[_KIND] = passage_kind(whole_text(doc))
    return kind


def is_grantor(doc: Doc, group: list[Span], sent: Span, bodies: bool = True) -> bool:
    """Return whether the names grant money rather than receive it (by what the sentence says,
    and with `bodies`, by being a body that grants)."""
    if bodies and any(grants(get(s, "esf_org")) for s in group):
        return True
    first, last = group[0], group[-1]
    text = doc_text(doc)
    before = [t.lower_ for t in doc[max(0, first.start - 2):first.start]]
    prev = before[-1] if before else ""
    after = text[last.end_char:min(sent.end_char, last.end_char + 60)]
    if _TO_COFINANCE.match(after) is not None:
        return False
    return (_ALLOCATE_AFTER.match(after) is not None
            or (prev == "av" and (len(before) < 2 or before[-2] not in _MADE_OF))
            or (prev == "från" and len(before) == 2 and before[-2] in _MONEY_NOUNS)
            # "beviljade A 2 miljoner" (A grants), not "B ger A", "B har beviljat A ..."
            or (_ALLOCATE_WORD.fullmatch(prev) is not None and not (len(before) == 2 and (
                doc[first.start - 2].ent_iob_ != "O" or before[-2] in ("har", "hade"))))
            or (prev in ("står", "har") and re.match(r"\s+för\b", after) is not None)
            or (prev == "till" and _APPLIED_TO.match(after) is not None)
            or _MEETING.match(after) is not None or _TO_GIVE.match(after) is not None
            or sentence_facts(doc, sent).to_allocate)


def event_or_study(doc: Doc, sent: Span) -> bool:
    """Return whether a sentence tells of an event or a study, not of a project.

    "A tillsammans med B arrangerar en föreläsning om studien", "Studien utfördes av A
    tillsammans med B": working together on a seminar or a report is no taking part.
    """
    return sentence_facts(doc, sent).event


def past_owner(doc: Doc, sent: Span) -> bool:
    """Return whether a past owner verb ("drevs av A", "som A drev") names the text's project.

    A text tells of its own project in the past too ("BOSS var ett projekt som ägdes av A"); an
    earlier project is named in the sentence ("ESF-projektet Vägen In, som drevs av A") or the
    text names another owner or a new project ("Det nya projektet ägs av B").
    """
    sentence = doc_text(doc)[sent.start_char:sent.end_char]
    whole = whole_text(doc)
    return (_NAMED_PROJECT.search(sentence) is None and _NEW_PROJECT.search(whole) is None
            and len(_OWNER_WORDS.findall(whole)) == len(_OWNER_WORDS.findall(sentence)))


# "projekt", "strukturfondsprojekt", "EU-projekt": the indefinite form; "projektet", "projekten",
# a quoted title, "ett projekt", "projekt Ekbyvägen" or "vårt projekt" name one (or some).
_PROJECT_WORD = re.compile(r"(?<![\w-])(?:[\wåäö]+-)?[\wåäö]*projekt(?![\wåäö-])", re.I)
_ONE_PROJECT = re.compile(r"[\w-]*projekt(?:et|en|ets|ens)\b|\b(?:satsningen|förstudien)\b|[\"”“«»]",
                          re.I)
_REGIONAL = ("Länsstyrelsen", "Regionförbundet")  # with the regions: who grants regional money
_ONE_BEFORE = frozenset({"ett", "det", "detta", "vårt", "sitt", "ert", "deras", "dess", "samma", "nya",
                         "ditt", "mitt", "eget", "nästa"})


def projects_at_large(doc: Doc, group: list[Span], sent: Span) -> bool:
    """Return whether regions or county boards co-finance projects in general, no one project
    named: "Alla projekt som A medfinansierar", "A kan besluta om medfinansiering till projekt som
    ...", "Medfinansiering av strukturfondsprojekt överlåts på A", "Fem projekt ... får
    medfinansiering från A". They grant regional money; a project's co-financier is named beside
    the project ("A medfinansierar projektet", "ett projekt som A medfinansierar", "B:s projekt")."""
    orgs = [get(s, "esf_org") for s in group]
    if any(o is None or not (o.type == "region" or o.name.startswith(_REGIONAL)) for o in orgs):
        return False
    text = doc_text(doc)[sent.start_char:sent.end_char]
    if "projekt" not in text.lower() or _ONE_PROJECT.search(text):
        return False
    generic = False
    for m in _PROJECT_WORD.finditer(text):
        before, after = text[:m.start()].split()[-1:], text[m.end():].split()[:1]
        owner = before and before[0][:1].isupper() and before[0].endswith("s")  # "Bs projekt"
        if owner or (before and before[0].lower() in _ONE_BEFORE) or (after and after[0][:1].isupper()):
            return False
        generic = generic or m.group()[:1].islower()
    return generic
