"""The gazette ontology (OWL), its SHACL shapes, validation and reasoning."""

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_FILE = ONTOLOGY_DIR / "gazette.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"
