"""Finding organisations and their roles in a record's description: the spaCy pipeline.

The pipeline is here: mentions.py, its components org_ruler.py and role_assigner.py, focus.py,
evaluate.py and scoring.py. What it uses sits in the rooms below it: `base/` (what every part
reads), `names/` (finding bodies and their names) and `roles/` (reading roles)."""
