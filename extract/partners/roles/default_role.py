"""The role of names no cue speaks of, read from the shape of their sentence, line and text.

Real texts say who owns and who takes part without the cue words of role_cues.py: a grant
sentence names its recipient ("X får 2,4 miljoner kronor till projektet", "beviljas stöd till
X"), a line of a grant list names the project's owner ("Projektnamn, X" / "Projekt (X),
1 200 000 kronor"), the first body of a text about one project is often its owner ("X
initierar ett samverkansprojekt ..."), and the other bodies named in that project's own
sentences take part in it. Each reading was chosen by measuring it on real passages (the
development part; README "Partners from the text"); a name none of them fits stays mentioned.

A body that grants money is never read as a participant: the subject of an allocating verb
("X beviljar", "beviljade X"), a name after "av"/"från", a genitive before a noun ("X:s
bidrag"), a body of FUNDER_ORGS.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from esfgraph.extract.partners.base import weights as W
from esfgraph.extract.partners.base.role_cues import Reading
from esfgraph.extract.partners.base.sentence_kinds import (
    FOCUSED,
    FULL_TEXT,
    MONEY,
    is_grantor,
    sentence_facts,
    text_kind,
)
from esfgraph.extract.partners.base.sentences import FIELD_LABELS, SHORT_LINE
from esfgraph.extract.partners.base.tokenizer import doc_text
from esfgraph.extract.partners.names.list_items import existential_matches
from esfgraph.extract.partners.roles.attribution import quote_attribution, speaker_affiliation
from esfgraph.extract.partners.roles.grant_givers import names_the_giver
from esfgraph.extract.partners.roles.grant_receivers import pronoun_receives
from esfgraph.extract.partners.roles.headers import header_reading
from esfgraph.extract.partners.roles.joint_subjects import joint_part
from esfgraph.extract.partners.roles.list_tails import list_tail
from esfgraph.extract.partners.roles.uncued_parts import runs_project, uncued_part

__all__ = ["default_reading", "in_project_title", "names_a_place_use", "existential_header"]

# Words after which a name is a place, an affiliation or an object, not a doer.
_PREPOSITIONS = frozenset({"i", "på", "vid", "hos", "från", "till", "av", "för", "om", "med", "åt",
                           "mot", "inom", "utanför", "under"})
_LOCATIVE = frozenset({"i", "inom", "hos", "vid", "från", "av", "för", "om"})
_IN_TITLE = frozenset({"i", "inom", "för", "om"})
_BULLET = re.compile(r"^\s*[-*•–·]\s*")
# A header that names the project: "I projektet Nya vägar arbetar", "Projekt Lyft" (not a list
# of granted projects, whose lines name their owners).
_PARTNER_HEAD = re.compile(r"\bprojekt(?:et)?\b(?!.*\b(?:beviljade?s?|prioriterade?s?|fördela))|\bsatsningen\b|\b(?:samverkans|samarbets|projekt|extern[a]?\s+)?partner(?:s|n|na)?\b|"
                           r"\b(?:samverkans|samarbets)?part(?:er|erna)?\b|\bsamverka|\bsamarbet|"
                           r"\bdeltagande\b|\bmedverkande\b|\baktörer(?:na)?\b|styrgrupp|"
                           r"referensgrupp", re.I)
_APPLICATIONS = frozenset({"projekt", "ansökningar", "ansökan", "projektansökningar", "förstudier",
                           "projektförslag", "ansökningarna"})
_APPLIED = _APPLICATIONS - {"projekt", "förstudier", "projektförslag"}  # applications, not projects
# ("Region Xs projektmedel" is money the body grants, not its project.) Up to two adjectives may
# stand between: "X:s sökta projekt", "X:s länsöverskridande projekt", "X:s nästa storsatsning";
# not one of granting ("X:s beviljade/prioriterade projekt": X grants them).
_OWN_PROJECT = re.compile(r"\s+(?:(?!(?:bevilja|prioritera|finansiera|medfinansiera|stötta|stödja)de\s)"
                          r"[a-zåäö-]+[ae]\s+){0,2}(?:[a-zåäö]*projekt|(?:stor)?satsning|förstudie)"
                          r"(?!medel|stöd|pengar|bidrag|anslag|nummer|nr)", re.I)
# A contact line ("Anna Berg, Region Värmland, ordförande, 070-548 99 20"): no line of a grant list.
_CONTACT = re.compile(r"@|(?<!\d)0\d{1,3}[- ]\d{2}")
# A sentence that lists granted projects, each with its owner in brackets: "Några av de
# beviljade projekten är Pappa i nya landet (Perstorps kommun), Språkstart (Sollefteå kommun)."
_GRANTED_PROJECTS = re.compile(r"\b(?:beviljade|beviljats|prioriterade|prioriterats)\b.*\bprojekt", re.I)



def default_reading(doc: Doc, group: list[Span], ents: list[Span], sent: Span) -> Reading | None:
    """Return the reading of names no cue speaks of, or None to leave them mentioned.

    Lines are read in the whole description (where focus.py gave spaCy a part of it), so a
    list's lines and a label above a name are seen as written.
    """
    text = doc_text(doc)
    first = group[0]
    if text[max(0, first.start_char - 3):first.start_char].strip() == "|":
        return None  # a page title's site name: "Nyheter om projekten | Region Värmland"
    facts = sentence_facts(doc, sent)
    # A genitive before a noun names a thing of the body ("X:s riktlinjer"), a negation takes
    # the names out ("är inte knutna till projektet"), a grantor gives rather than takes.
    if facts.negated or speaker_affiliation(doc, first, sent):
        return None
    joint = joint_part(doc, group, ents, sent) or runs_project(doc, group, sent)  # "A som driver det": no giver
    if joint is not None:  # the text's first body opening a project sentence still owns it
        return _first_subject(text, sent, first, ents, facts.project) or joint
    if is_grantor(doc, group, sent):
        return None
    # (A name found by its shape keeps its genitive "s": "Ekby Science Parks sökta projekt".)
    own = first.text.endswith("s") and _OWN_PROJECT.match(text, first.end_char) is not None
    if _genitive(text, first) or own and first._.esf_org is not None and not first._.esf_org.known:
        # "Hushållningssällskapets projekt": the body's own project.
        if own:
            return Reading("owner", None, W.OWN_PROJECT)
        return None
    prev = doc[first.start - 1].lower_ if first.start > 0 else ""
    full, at = _source(doc)
    start = at(first.start_char)
    end = start + len(first.text)
    a, b = _line(full, start, end)
    label = _label_above(full, a, b, first.text)
    if label is not None:
        return Reading(label, None, W.FIELD_LABEL)
    quoted = quote_attribution(full[a:start])  # "– Text, säger Anna Ek, chef vid X": no list
    bullet = _BULLET.match(full[a:b]) is not None and not quoted
    header_partner = bullet and _partner_header(full, a)
    # A line of a grant list: "Projektnamn, X", "X, Projektnamn", "Projekt (X)", an amount.
    # ("Badplats i Ekby kommun, Ekby byalag, 36 000 kronor", "§ 64 Reglemente för Ekby kommun":
    # a name after "i" or "för" is the title's place or object, not the line's owner.)
    in_title = prev in _IN_TITLE and len(group) == 1
    if not (header_partner or in_title or quoted) and _list_line(full, a, b, start, end, doc, ents, at):
        return Reading("owner", None, W.LIST_LINE)
    if full[a:start].rstrip().endswith("(") and full[end:b].lstrip().startswith(")") \
            and _GRANTED_PROJECTS.search(sent.text):
        return Reading("owner", None, W.LIST_LINE)
    # A grant sentence: "X får 2,4 miljoner kronor", "beviljas stöd till X".
    # "prioriterade projekt från A", "ansökningar från A": the applicant.
    if prev == "från" and any(t.lower_ in _APPLICATIONS for t in doc[sent.start:first.start - 1]):
        return Reading("owner", None, W.GRANT_SENTENCE)  # "två ansökningar kom in, båda från A"
    if prev == "till" and any(t.lower_ in _APPLIED for t in doc[sent.start:first.start - 1]):
        return None  # "48 ansökningar har kommit in till A": A decides on them
    if facts.grant and prev not in _LOCATIVE and not pronoun_receives(sent):
        if names_the_giver(doc, group, sent):
            return None  # "Av 200 ansökningar har Boverket valt ut 35": the giver
        return Reading("owner", None, W.GRANT_SENTENCE)
    if header_partner:
        return Reading("partner", None, W.LIST_HEADER)
    if (first_subject := _first_subject(text, sent, first, ents, facts.project)) is not None:
        return first_subject
    if facts.project and text_kind(doc) == "single" and prev not in _PREPOSITIONS:
        return Reading("partner", None, W.PROJECT_SENTENCE)
    uncued = uncued_part(doc, group, sent)
    if uncued is not None:
        return uncued
    if _uncued_list(group, prev, sent):
        return Reading("partner", None, W.UNCUED_LIST)
    return list_tail(doc, group, ents, sent)  # "deltar A, B, som leder X, och C"


# A photo caption names people beside their bodies: "Från vänster: Anna Ek, Region X, ...".
_CAPTION = re.compile(r"\bfrån vänster\b|\bfr\.\s?v\.", re.I)


def _uncued_list(group: list[Span], prev: str, sent: Span) -> bool:
    """Return whether names no cue speaks of are a list of three or more bodies that a
    sentence is about ("I avtalet finns fem parter: A, B, C och D", "ett kontor som omfattar
    även A, B samt C"): measured on the development parts, such lists name participants.

    Not a list after a preposition (a place or an object: "placeras på A, B och C"), in
    apposition to a plural noun ("de regionala aktörerna A, B och C", "tre departement – A, B
    och C", who are described, not joined), the subject of a verb in the past ("A, B och C
    kraftsamlade och skapade 2013 ...": an earlier work) or in a photo caption.
    """
    after = group[-1].end
    past = after < len(group[-1].doc) and _PAST_VERB.match(group[-1].doc[after].lower_) is not None
    return (sum(1 for s in group if s.label_ == "ORG") >= _LIST_BODIES and prev not in _PREPOSITIONS
            and prev not in _DASHES and not (prev.endswith("na") and len(prev) > 4) and not past
            and _CAPTION.search(sent.text) is None)


_DASHES = frozenset({"-", "–", "—"})
_PAST_VERB = re.compile(r"^\w{2,}(?:ade|ades)$|^(?:var|hade|blev|gjorde|bildade)$")


_LIST_BODIES = 3


def in_project_title(doc: Doc, group: list[Span]) -> bool:
    """Return whether names stand inside a project's title ("inom projektet Förstudie
    Sundbybergs stad"): no body of the text."""
    i = group[0].start - 1
    while i >= 0 and doc[i].is_title and doc[i].ent_iob_ == "O" and not doc[i].is_sent_start:
        i -= 1
    return i >= 0 and doc[i].lower_ in ("projektet", "projekt") and i < group[0].start - 1


def names_a_place_use(doc: Doc, group: list[Span]) -> bool:
    """Return whether uncued municipalities after "i" are where something happens
    ("nyföretagande i Pajala, Övertorneå och Överkalix kommuner", "lokal i Sundsvalls kommun")."""
    i = _skip_names(doc, group[0].start - 1)
    return (i >= 0 and doc[i].lower_ in _PLACE_WORDS
            and all(s._.esf_org is not None and (s._.esf_org.type == "municipality"
                                                 or s.text.endswith(" Park")) for s in group))


def _skip_names(doc: Doc, i: int) -> int:
    """Return the index before the bare capitalised names and list words ending at token i."""
    while i >= 0 and (doc[i].text in (",", "och") or (doc[i].is_title and doc[i].ent_iob_ == "O"
                                                        and not doc[i].is_sent_start)):
        i -= 1
    return i


_PLACE_WORDS = frozenset({"i", "inom"})


def existential_header(doc: Doc, start: int, sent: Span, cues: list) -> Reading | None:
    """Return the reading "Bland företagen som medverkar i projektet finns A, B" gives A and B:
    the role of the cues between "Bland" and the verb, as a list header's."""
    text = doc_text(doc)
    for m in existential_matches(text, sent.start_char, sent.end_char):
        head = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if head is None or not head.end <= start or any(
                t.text in (".", ";") for t in doc[head.end:start]):
            continue
        reading = header_reading(doc, [c for c in cues if head.start <= c.start and c.end <= head.end],
                                 W.COLON_HEADER)
        if reading is not None:
            return reading
    return None


def _source(doc: Doc):
    """Return (the whole description, a map of the Doc's offsets into it)."""
    full, focused = doc.user_data.get(FULL_TEXT), doc.user_data.get(FOCUSED)
    if full is None or focused is None:
        return doc_text(doc), lambda i: i
    return full, focused.source_offset


def _label_above(text: str, a: int, b: int, name: str) -> str | None:
    """Return the role a field label on the line above gives a name that opens its line."""
    if a < 2 or not text[a:b].lstrip().startswith(name):
        return None
    above = text[text.rfind("\n", 0, a - 1) + 1:a - 1]
    return FIELD_LABELS.get(above.strip().rstrip(":").strip().lower())


def _genitive(text: str, span: Span) -> bool:
    """Return whether the name is a genitive before a noun ("ESF-rådets bidrag")."""
    org = span._.esf_org
    return (span.text.endswith("s") and org is not None and not org.name.lower().endswith("s")
            and re.match(r"\s+[a-zåäö]", text[span.end_char:span.end_char + 3]) is not None)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, (len(text) if b < 0 else b)


def _list_line(text: str, a: int, b: int, start: int, end: int, doc: Doc, ents: list[Span],
               at) -> bool:
    """Return whether the name's line is a line of a list of projects and their owners."""
    if len(text[a:b].split()) > SHORT_LINE:
        return False
    lines = {_line(text, at(e.start_char), at(e.start_char) + len(e.text)) for e in ents
             if e.label_ == "ORG"}
    if sum(1 for la, lb in lines if len(text[la:lb].split()) <= SHORT_LINE) < 2:
        return False
    line = text[a:b]
    if _CONTACT.search(line) or _people_header(text, a):
        return False
    return (_BULLET.match(line) is not None or MONEY.search(line) is not None
            or re.search(r"(?:,|\s[-–—])\s*$", text[a:start]) is not None  # "Title, A", "Title – A"
            or re.match(r"\s*(?:,|[-–—]\s)", text[end:b]) is not None
            or text[a:start].rstrip().endswith("("))


_PEOPLE = re.compile(r"\b(?:jury|juryn|kontakt|kontaktpersoner|styrgrupp|styrgruppen|referensgrupp|"
                     r"talare|medverkande|moderator|panel|panelen)\b", re.I)


def _people_header(text: str, a: int) -> bool:
    """Return whether the lines above a line, up to a blank line, open with a header of people
    ("I juryn satt:", "Kontakt:" over "Anna Berg, Region X"): no list of projects."""
    k = a - 1
    while k > 0:
        pa = text.rfind("\n", 0, k) + 1
        line = text[pa:k].strip()
        if not line:
            return False
        if line.endswith(":"):
            return _PEOPLE.search(line) is not None
        k = pa - 1
    return False


def _partner_header(text: str, a: int) -> bool:
    """Return whether the header line over a bullet block (colon or not) names partners."""
    k = a - 1
    while k > 0:
        pa = text.rfind("\n", 0, k) + 1
        line = text[pa:k]
        if line.strip() and not _BULLET.match(line):
            return _PARTNER_HEAD.search(line) is not None
        k = pa - 1
    return False


def _first_subject(text: str, sent: Span, first: Span, ents: list[Span], project: bool) -> Reading | None:
    """Return the owner reading of the text's first body opening a sentence about the project."""
    opens = text[sent.start_char:first.start_char].strip(" -–•*·\n") == ""
    return Reading("owner", None, W.FIRST_SUBJECT) if project and opens and _first_body(first, ents) else None


def _first_body(span: Span, ents: list[Span]) -> bool:
    """Return whether the span names the first body of the text."""
    org = span._.esf_org
    for e in ents:
        if e.label_ != "ORG" or e.start >= span.start:
            return True
        if e._.esf_org is None or org is None or e._.esf_org.key != org.key:
            return False
    return True
