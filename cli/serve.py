"""esfgraph serve / push: the graph on a SPARQL server."""
