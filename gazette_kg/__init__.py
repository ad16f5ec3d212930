"""gazette-kg: a knowledge graph of Chinese government gazettes (政府公报).

The packages under this namespace are laid out one job each:

- ``gazette_kg.loaders``   – gazette text → typed model → RDF triples → store
- ``gazette_kg.ontology``  – the OWL ontology, SHACL shapes, validation and reasoning
- ``gazette_kg.queries``   – saved SPARQL queries and the parameter binding that runs them
- ``gazette_kg.web``       – the Flask application (catalogue, /sparql, resource pages, graph view)
- ``gazette_kg.analytics`` – networkx projections and measures over the graph
"""

__version__ = "0.1.0"
