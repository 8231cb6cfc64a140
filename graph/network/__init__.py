"""The collaboration network: who works with whom, built from the store.

- graph.py: the network from the query `network-edges` (filters, bipartite graph, projection);
- metrics.py: centrality, components, communities, and writing them to the store;
- explore.py: questions to the graph (rank, ego network, shortest path);
- layout.py: positions and colours; export.py: GraphML, GEXF, CSV, PNG, SVG; html.py and
  static/: the interactive page.
"""

from esfgraph.graph.network.explore import ego, find_org, rank, shortest_path
from esfgraph.graph.network.graph import NetworkFilter, bipartite_graph, collaboration_graph, project_graph
from esfgraph.graph.network.metrics import METRICS, compute_metrics, write_metrics

__all__ = [
           "METRICS",
           "NetworkFilter",
           "bipartite_graph",
           "collaboration_graph",
           "compute_metrics",
           "ego",
           "find_org",
           "project_graph",
           "rank",
           "shortest_path",
           "write_metrics",
]
