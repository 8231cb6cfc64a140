"""Publishing the graph: exports for open-data portals, their DCAT description, servers."""
