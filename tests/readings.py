"""What the rule tests share: the roles that take part in a project."""

PARTICIPANTS = ("owner", "partner")
