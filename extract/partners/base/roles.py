"""The roles an organisation can have in a project, strongest first."""

from __future__ import annotations

__all__ = ["ROLES", "PARTICIPANT_ROLES", "ROLE_ORDER"]

ROLES = ("owner", "partner", "funder", "mentioned")
# Owners and partners take part in the project; funders pay for it; the rest are only named.
PARTICIPANT_ROLES = ("owner", "partner")
# A sort key: the stronger role first. A body named in two roles keeps the stronger.
ROLE_ORDER = {role: i for i, role in enumerate(ROLES)}
