"""esfgraph: a knowledge graph of ESF-funded projects, their owners and partners."""

__version__ = "0.1.0"
