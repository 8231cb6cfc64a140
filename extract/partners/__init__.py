"""Finding organisations and their roles in a record's description: the spaCy pipeline."""
