"""The esfgraph ontology (esf.ttl), its SHACL shapes (shapes.ttl) and the JSON-LD context, as package data."""
