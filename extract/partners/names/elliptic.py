"""Elliptical lists, found by walking the tokens: "Ludvika och Smedjebackens kommuner" (two
municipalities), "Mora och Malungs folkhögskolor", "kommunerna Alvesta, Tingsryd och Uppvidinge"."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc

from esfgraph.extract.organisations.gazetteer import Org, load_gazetteer
from esfgraph.extract.organisations.resolve import org_from_shape, resolve_name
from esfgraph.extract.partners.names.name_shapes import is_name_token

__all__ = ["elliptic_bodies", "is_list_head"]

# Elliptical coordination: the plural head after the last name stands for each name's own
# body ("Ludvika och Smedjebackens kommuner", "Mora och Malungs folkhögskolor").
_ELLIPSIS_HEADS = {"kommuner": "kommun", "folkhögskolor": "folkhögskola", "universitet": "universitet",
                   "kommun": "kommun"}  # "Sorsele och Arjeplogs kommun", as pages write it too
# A plural before a list of bare town names: "kommunerna Alvesta, Tingsryd och Uppvidinge",
# "universiteten i Örebro, Uppsala och Linköping".
_LIST_HEAD = re.compile(r"^(?:\w*kommunerna|universiteten|högskolorna)$")
# Plurals before "i" and places: "universiteten i A, B och C", "högskolorna i Gävle och Dalarna".
_PLACED_HEADS = {"universiteten": "universitet", "högskolorna": "högskola"}
_JOINS = ("och", "samt", ",")


def elliptic_bodies(doc: Doc, heads: list[int] | None = None) -> list[tuple[int, int, Org]]:
    """Return (start, end, body) for each name of an elliptical list of two names or more.

    "Ludvika och Smedjebackens kommuner" names two municipalities, "Mora och Malungs
    folkhögskolor" two schools, "kommunerna Alvesta, Tingsryd och Uppvidinge" three
    municipalities. A list ends at the first name that is no municipality. `heads`: the
    positions of the lists' plural heads, if known.
    """
    out = []
    for i in _list_heads(doc) if heads is None else heads:
        token = doc[i]
        head = _ELLIPSIS_HEADS.get(token.lower_)
        if token.lower_ in _PLACED_HEADS:
            if i + 2 < len(doc) and doc[i + 1].lower_ == "i":
                out.extend(_names_after(doc, i + 2, _PLACED_HEADS[token.lower_]))
        elif head is not None:
            if token.lower_ == "kommun" and not any(j >= 0 and doc[j].lower_ in _JOINS for j in (i - 2, i - 3)):
                continue  # one municipality ("Umeå kommun"): no list before it
            out.extend(_names_before(doc, i, head) or (
                _names_after(doc, j) if head == "kommun" and (j := _list_after(doc, i)) else []))
        elif i + 1 < len(doc) and (load_gazetteer().place_kind(doc[i + 1].text) or _body(
                doc[i + 1:i + 3].text, "kommun")):  # "kommunerna Lidingö stad, Tyresö och"
            out.extend(_names_after(doc, i + 1))
    return out


def is_list_head(lower: str) -> bool:
    """Return whether a word (in lower case) is the plural head of an elliptical list."""
    return lower in _ELLIPSIS_HEADS or _LIST_HEAD.match(lower) is not None


_HEAD_MEMO: dict[int, bool] = {}


def _list_heads(doc: Doc) -> list[int]:
    """Return the positions of plural heads ("kommuner", "folkhögskolor", "-kommunerna").

    Looked up by the words' hashes rather than by walking Token objects, which is slow.
    """
    lowers = doc.to_array(LOWER)
    strings, heads = doc.vocab.strings, []
    if len(_HEAD_MEMO) > 50_000:  # rare words keep coming: keep the memo bounded
        _HEAD_MEMO.clear()
    for h in numpy.unique(lowers).tolist():
        hit = _HEAD_MEMO.get(h)
        if hit is None:
            hit = _HEAD_MEMO[h] = is_list_head(strings[h])
        if hit:
            heads.append(h)
    return numpy.nonzero(numpy.isin(lowers, heads))[0].tolist() if heads else []


def _names_before(doc: Doc, head_i: int, head: str) -> list[tuple[int, int, Org]]:
    """Return the names of "A, B och C <head>", the last one's span taking the head along."""
    items, end, joined = [], head_i, False
    while (start := _name_at(doc, end)) is not None:
        org = _body(doc[start:end].text, head)
        if org is None:
            break
        items.append((start, head_i + 1 if end == head_i else end, org))
        if start == 0 or doc[start - 1].lower_ not in _JOINS:
            break
        joined = joined or doc[start - 1].lower_ != ","
        end = start - 1
        if doc[end].lower_ != "," and end > 0 and doc[end - 1].text == ",":
            end -= 1  # "Åtvidaberg, och Ödeshög kommuner"
    if head_i < len(doc) and doc[head_i].lower_ == "kommun" and items and items[-1][0] > 0 \
            and doc[items[-1][0] - 1].lower_ in _PLACE_BEFORE:
        return []  # "vattenvård i Norrtälje, Vallentuna och Österåkers kommun": where, not who
    return items if len(items) > 1 and joined else []


_PLACE_BEFORE = frozenset({"i", "inom", "från", "på", "till", "kring", "runt"})


def _list_after(doc: Doc, i: int) -> int | None:
    """Return where the towns start after "sex kommuner i Värmland (A, B" or "kommuner: A, B"
    or "De kommuner som ingår är A, B"; None if no such list follows the head at i."""
    j = i + 1
    if j + 1 < len(doc) and doc[j].lower_ == "i" and is_name_token(doc[j + 1]):
        j += 2  # "i Värmland"
    if j + 2 < len(doc) and doc[j].lower_ == "som" and doc[j + 2].lower_ == "är":
        j += 3  # "som ingår är", "som deltar är"
    elif j < len(doc) and doc[j].text in ("(", ":"):
        j += 1
    return j if j > i + 1 and j < len(doc) and is_name_token(doc[j]) else None


def _names_after(doc: Doc, i: int, head: str = "kommun") -> list[tuple[int, int, Org]]:
    """Return the municipalities of "kommunerna A, B och C" (or the universities of
    "universiteten i A, B och C"), starting at token i."""
    items = []
    while i < len(doc) and is_name_token(doc[i]):
        two = head == "kommun" and i + 1 < len(doc) and (doc[i + 1].lower_ in ("stad", "kommun") or resolve_name(
            f"{doc[i:i + 2].text} kommun") is not None)  # "Lidingö stad", "Upplands Väsby"
        end = i + 2 if two else i + 1
        org = _body(doc[i:end].text, head)
        if org is None:
            break
        items.append((i, end, org))
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            end += 3  # "Mariestad (projektledare), Töreboda"
        if end >= len(doc) or doc[end].lower_ not in _JOINS:
            break
        i = end + 1
    return items if len(items) > 1 else []


def _name_at(doc: Doc, end: int) -> int | None:
    """Return the start of a capitalised name of one or two words ending at token end, or None."""
    if end <= 0 or not is_name_token(doc[end - 1]):
        return None
    if end >= 2 and is_name_token(doc[end - 2]) and resolve_name(f"{doc[end - 2:end].text} kommun"):
        return end - 2  # "Upplands Väsby"
    return end - 1


def _body(name: str, head: str) -> Org | None:
    """Return the body "<name> <head>": a known municipality, or a folkhögskola by its name."""
    if head == "kommun":
        org = resolve_name(name if name.endswith((" stad", " kommun")) else f"{name} kommun")
        return org if org is not None and org.type == "municipality" else None
    if head == "universitet":  # "Örebro universitet", "Linköpings universitet": known ones only
        org = resolve_name(f"{name} {head}") or resolve_name(f"{name}s {head}")
        return org if org is not None and org.type == "university" else None
    if head == "högskola":  # "Högskolan i Gävle", "Högskolan Dalarna": known ones only
        org = resolve_name(f"Högskolan i {name}") or resolve_name(f"Högskolan {name}")
        return org if org is not None and org.type == "university" else None
    return resolve_name(f"{name} {head}") or org_from_shape(f"{name} {head}")
