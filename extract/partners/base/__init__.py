"""What every part of the pipeline reads: the document text and its tokens (tokenizer.py,
token_flags.py, word_endings.py, word_hits.py, name_search.py), the rules' values on spans
(span_data.py), sentences (the `esf_sentences` component) and what they say (sentence_kinds.py),
the role cue phrases (role_cues.py), the roles (roles.py) and every number the rules use
(weights.py)."""
