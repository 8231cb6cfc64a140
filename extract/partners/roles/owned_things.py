"""An owner cue "ägs av" said of a body or a thing, not of a project.

"Projektet ägs av A" names the project's owner; "X är ett kommunalförbund som ägs av länets
kommuner", "Y, ett bolag som ägs av A och B", "Xs investeringsprocess ägs av kommunstyrelsen"
name who owns a body, a company or a process: neither A nor X owns a project by it.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["owns_no_project"]

# Heads of what is owned that is no project (a word ending in one: "kommunalförbund",
# "aktiebolag", "investeringsprocess"); "projektet", "satsningen", "förstudien" keep the cue.
_NO_PROJECT = ("bolag", "bolaget", "förbund", "förbundet", "process", "processen", "företag",
               "företaget", "koncern", "koncernen", "stiftelse", "stiftelsen", "fond", "fonden",
               "fastighet", "fastigheten", "organisation", "organisationen", "förening",
               "föreningen")


def owns_no_project(doc: Doc, start: int, cue_text: str) -> bool:
    """Return whether the owner cue starting at token `start` says who owns a body or a thing
    rather than a project: "ägs av" ("ägs och drivs av") after such a head, or any owner cue
    in a relative clause on a name ("X, som ägs av A")."""
    i = start - 1
    som = i >= 0 and doc[i].lower_ == "som"
    i -= 1 if som else 0
    i -= 1 if i >= 0 and doc[i].text == "," else 0
    if i < 0:
        return False
    if doc[i].ent_iob_ != "O":
        return som  # "Regionförbundet X, som ägs av länets kommuner och A": X's owners
    word = doc[i].text
    return cue_text.lower().startswith("ägs") and word.islower() and word.endswith(_NO_PROJECT)
