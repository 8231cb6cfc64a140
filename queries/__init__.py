"""Named SPARQL queries, one per .rq file; see esfgraph.graph.queries."""
