"""What the rule tests share: the roles that take part in a project, and the reading of one
surface in the `found` / `roles` fixtures' answers (tests/conftest.py)."""

PARTICIPANTS = ("owner", "partner")


def role_of(names: dict, surface: str) -> str | None:
    """The role of the body `found` read at this surface, or None where it read none."""
    return names.get(surface, (None, None))[1]


def canonical_of(names: dict, surface: str) -> str | None:
    """The canonical name of the body `found` read at this surface, or None where it read none."""
    return names.get(surface, (None, None))[0]


def roles_at(found: dict, expected: dict) -> dict:
    """The roles `roles` read at the surfaces `expected` names (None where it read none)."""
    return {k: found.get(k) for k in expected}
