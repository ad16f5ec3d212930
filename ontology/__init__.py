"""The gazette ontology (OWL), its SHACL shapes, validation and reasoning."""

from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef

from gazette_kg.vocabulary import DERIVED_GRAPH, GZ

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_FILE = ONTOLOGY_DIR / "gazette.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


@cache
def derived_properties() -> frozenset[URIRef]:
    """The properties the ontology holds in the derived graph (``gz:heldIn``): computed from the issue
    graphs at load time for the queries and networks, no facts of a resource."""
    graph = Graph().parse(ONTOLOGY_FILE)
    return frozenset(p for p in graph.subjects(GZ.heldIn, DERIVED_GRAPH) if isinstance(p, URIRef))
