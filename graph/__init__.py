"""Records and mentions in, RDF out: vocabulary, IRIs, triples, the store, the build, queries,
validation; `publish/` (exports, DCAT, servers) and `network/` (the collaboration network)."""
