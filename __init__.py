"""esfgraph: a knowledge graph of ESF-funded projects, their owners and partners.

The Python API (api.py), importable from here:

    import esfgraph
    store = esfgraph.open_store("esf-store", create=True)
    esfgraph.build(["examples/"], store)
    esfgraph.query(store, "partners")

Nothing heavy (spaCy, rdflib, networkx) is imported until a function needs it.
"""

__version__ = "0.1.0"

__all__ = ["open_store", "build", "query", "export", "collaboration_graph", "read_records",
           "find_partners", "__version__"]


def __getattr__(name: str):
    if name in __all__:
        from esfgraph import api
        return getattr(api, name)
    raise AttributeError(f"module 'esfgraph' has no attribute {name!r}")


def __dir__():
    return sorted(__all__)
