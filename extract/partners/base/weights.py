"""Every number the role rules use, documented once: how sure a reading is, how far a cue reaches.

A confidence is the rules' own estimate that a role is right, stored with each fact
(`esf:confidence`) so users can filter on it; it is not a calibrated probability. The reaches
are in tokens of the sentence.
"""

from __future__ import annotations

# -- confidences of a reading ---------------------------------------------------------------
HEADER = 1.0             # the owner named in the record header (Projektägare)
OWNER_CUE = 0.9          # "A är projektägare", "Vi på A", "drivs av A"
OWNER_NAME = 0.9         # the owner's own name found in its description
OWNER_INVERTED = 0.85    # "Med medel från A driver B projektet": B
FUNDER_CUE = 0.85        # "med stöd från A", "A finansierar"
PARTNER_NEAR = 0.9       # a partner cue at most PARTNER_NEAR_REACH tokens from the names
PARTNER_MID = 0.8        # ... at most PARTNER_MID_REACH tokens away
PARTNER_FAR = 0.65       # ... further away, within the sentence
LIST_HEADER = 0.8        # an item under a header line "Samverkansparter:"
COLON_HEADER = 0.75      # names after a colon in a sentence with a cue
ALL_OF_THEM = 0.7        # "A och B ... deltar båda"
NEGATED = 0.8            # "inte A", "A har tackat nej": mentioned, and sure of it
PAST = 0.7               # an earlier project told in the past tense: mentioned
FUNDER_MENTIONED = 0.7   # a funding body without a funding cue: mentioned
FIELD_LABEL = 0.85       # a name under a form's field label line ("Projektägare" over "A")
OWN_PROJECT = 0.7        # "A:s projekt": owner
LIST_LINE = 0.75         # a line of a grant list ("Projekt (A), 1 200 000 kronor"): owner
GRANT_SENTENCE = 0.75    # "A får 2,4 miljoner kronor", "beviljas stöd till A": owner
FIRST_SUBJECT = 0.7      # the first body of the text opening a sentence about the project: owner
PROJECT_SENTENCE = 0.6   # another body in a sentence about the text's one project: partner
BESIDES = 0.6            # "Förutom A deltar även B": A takes part too
PROJECT_DOER = 0.6       # "A ska genom projektet utveckla", "I projektet vill A skapa": partner
JOINT = 0.6              # "A, B och C har tillsammans gjort", "framtagen gemensamt av A och B": partner
LIST_TAIL = 0.6          # "deltar A, B, som leder X, och C": a cued list going on after a break: partner
UNCUED_LIST = 0.55       # three or more bodies listed as the subject or object of a sentence: partner
CO_FINANCIER = 0.75      # "övriga finansiärer är A och B" (no grantor): partner
PAST_OWNER = 0.75        # "projektet drevs av A": owner, in the past or not
EVENT = 0.7              # "A tillsammans med B arrangerar ett seminarium": mentioned
MEMBERS = 0.7            # "A och B bildar Samordningsförbundet X": a federation's members: mentioned
GRANTOR_COMPANY = 0.7    # "Tillväxtverket, tillsammans med A": a grantor's co-workers: mentioned
AFFILIATION = 0.7        # "Anna Berg från A": A is where a person works: mentioned
NO_CUE = 0.6             # a name without any cue: mentioned
CANCELLED_CUE = 0.6      # a partner cue cancelled by a negation: mentioned
PLACE = 0.5              # a name after a place preposition, far from its cue: mentioned
DEFAULT = 0.5            # a span some other component set without a confidence
SHAPE_FACTOR = 0.85      # a name found by its shape, not the gazetteer, is less sure

# -- reaches, in tokens -----------------------------------------------------------------------
MAX_LEFT = 25            # a cue before the names counts up to this far (esf_roles config)
MAX_RIGHT = 10           # a cue after the names counts up to this far (esf_roles config)
NEGATION_REACH = 4       # "inte A": a negation this close before the names takes them out
OWNER_CUE_REACH = 6      # an owner cue counts this close, and only if no partner cue is nearer
CO_AGENT_GAP = 4         # "A, tillsammans med B": at most this many tokens between A and the cue
PARTNER_NEAR_REACH = 3
PARTNER_MID_REACH = 10
PLACE_REACH = 3          # beyond this, a name after a place preposition is a place
