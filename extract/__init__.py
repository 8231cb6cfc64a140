"""Text in, records and mentions out; knows nothing of RDF.

- `records/`: project-bank files to typed `Record`s;
- `organisations/`: the gazetteer and the resolver (one `Org` per real body);
- `partners/`: the spaCy pipeline that finds organisations and their roles in descriptions
  (`base/`, `names/`, `roles/` below it).
"""
