"""Parts of pages written in Python rather than by a template's loop: the rows of an
organisation's projects table, its picture's nodes and edges and its collaborators table, and
the rows of a project's parties table. The largest organisations have a thousand rows; a loop
escaped every value through Jinja's runtime, a third of such a page's rendering. The bytes are
those the loops wrote (tests/test_site.py; bench/compare_pages.py over every kind of page)."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

__all__ = ["ROW_FILTERS", "esc", "num"]

_SPECIAL = re.compile(r"[&<>\"']")


def esc(value) -> str:
    """A value as a template writes it: text escaped only where it holds a character to escape
    (most names hold none, and a look costs a seventh of an escape), a number as it is, anything
    else (None, markup) through markupsafe."""
    kind = type(value)
    if kind is str:
        return escape(value) if _SPECIAL.search(value) else value
    if kind is int or kind is float:
        return str(value)
    return escape(value)


def num(value) -> str:
    """A whole number with thin spaces between thousands; anything else as it is."""
    if value in (None, ""):
        return ""
    try:
        return f"{int(float(value)):,}".replace(",", "\u202f")
    except ValueError:
        return str(value)


def svg_lines(edges: list[dict]) -> Markup:
    """The edges of an organisation's picture (ego.py) as SVG lines: numbers only, nothing to escape."""
    return Markup("".join(f'<line x1="{e["x1"]}" y1="{e["y1"]}" x2="{e["x2"]}" y2="{e["y2"]}" stroke="#9aa7b1" '
                          f'stroke-opacity="0.6" stroke-width="{e["w"]}"/>' for e in edges))


def ego_nodes(nodes: list[dict], links) -> Markup:
    """The nodes of an organisation's picture: a linked circle with its name, and the projects
    a collaborator shares with the organisation."""
    e, out = esc, []
    for n in nodes:
        name = e(n["name"])
        shared = "" if n["ego"] else f' ({e(n["projects"])})'
        out.append(f'<a href="{e(links.res(n["iri"]))}"><circle class="node{" ego" if n["ego"] else ""}" '
                   f'cx="{e(n["x"])}" cy="{e(n["y"])}" r="{e(n["r"])}" fill="{e(n["colour"])}" '
                   f'data-label="{name}"><title>{name}{shared}</title></circle></a>')
    return Markup("".join(out))


def collaborator_rows(collaborators: list[dict], links) -> Markup:
    """The rows of an organisation's collaborators table: name (linked), shared projects."""
    e = esc
    return Markup("".join(f'<tr><td><a href="{e(links.res(c["iri"]))}">{e(c["name"])}</a></td>'
                          f'<td class="num">{e(c["projects"])}</td></tr>' for c in collaborators))


def project_rows(rows: list[dict], w: dict, links) -> Markup:
    """The rows of an organisation's projects table, as its template wrote them (a loop that
    escaped eleven values a row, and the largest organisations have a thousand rows)."""
    e = esc  # as a template writes a value: None as "None"
    out = []
    for r in rows:
        role = r["role"]
        out.append(f'<tr data-role="{e(role)}"><td>{e(r["id"])}</td><td><a href="{e(links.res(r["p"]))}">'
                   f'{e(r["name"])}</a></td>\n<td>{e(w.get(f"term:{role}") or role)}</td>'
                   f'<td>{e(r["period"] or "")}</td><td>{e(r["start"] or "")}</td><td>{e(r["end"] or "")}</td>\n'
                   f'<td class="num" data-value="{e(r["budget"] or 0)}">{e(num(r["budget"]))}</td>'
                   f'<td class="num" data-value="{e(r["granted"] or 0)}">{e(num(r["granted"]))}</td></tr>')
    return Markup("".join(out))


def party_rows(parties: list, w: dict, links) -> Markup:
    """The rows of a project's parties table (projectpage.Party): the organisation (linked, with
    its number), its role, its units and the sentences that support it, the name marked."""
    e, out = esc, []
    for x in parties:
        orgnr = f"<br><small>{e(x.orgnr)}</small>" if x.orgnr else ""
        evidence = "".join(f'<blockquote class="evidence">{e(before)}<mark>{e(name)}</mark>{e(after)}</blockquote>'
                           for before, name, after in x.evidence)
        out.append(f'<tr class="party" data-role="{e(x.role)}" data-org="{e(x.iri)}"><td><a href="{e(links.res(x.iri))}">'
                   f'{e(x.name)}</a>{orgnr}</td>\n<td>{e(w.get(f"term:{x.role}") or x.role)}</td>'
                   f'<td>{", ".join(e(u) for u in sorted(x.units))}</td>\n<td>{evidence}</td>\n'
                   f'<td class="num">{e(x.confidence)}</td></tr>')
    return Markup("".join(out))


ROW_FILTERS = {"svg_lines": svg_lines, "project_rows": project_rows, "ego_nodes": ego_nodes,
               "collaborator_rows": collaborator_rows, "party_rows": party_rows}
