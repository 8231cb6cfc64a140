"""Reading roles: how far a cue reaches, the role of names no cue speaks of, what a list's
header, a grant or a federation says of the bodies it names (the `esf_roles` component in
role_assigner.py puts them together)."""
