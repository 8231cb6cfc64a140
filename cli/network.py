"""esfgraph network: who collaborates with whom."""
