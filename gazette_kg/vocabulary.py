"""The names every layer shares, written once: namespaces and their prefixes, the named graphs
beside the issue graphs, and the formats answers and dumps are written in (short name, media
type, Content-Type, file suffix, rdflib's plugin name).

Saved queries (``*.rq``) declare their own prefixes, as SPARQL files do; Python code imports
these names rather than writing an IRI or a media type out again.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

# The project's own IRIs live under one site.
SITE = "https://gazette-kg.org/"
GZ = Namespace(SITE + "ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = SDO

# The prefixes the project writes in Turtle, TriG, rdflib graphs and page queries.
PREFIXES = {
    "gz": str(GZ),
    "eli": str(ELI),
    "org": str(ORG),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
}

# The named graphs that are not an issue's: the ontology and vocabularies, the reasoner's inferences
# (whose own nodes are minted under INFERRED), and the facts each load derives for the slowest queries.
VOCABULARY_GRAPH = URIRef(SITE + "graph/vocabulary")
DERIVED_GRAPH = URIRef(SITE + "graph/derived")
INFERRED_GRAPH = URIRef(SITE + "graph/inferred")
INFERRED = Namespace(SITE + "inferred#")


def is_derived(graph: URIRef) -> bool:
    """Whether ``graph`` is the derived graph or one a derivation works in (``DERIVED_GRAPH/...``): computed
    from the issue graphs for the queries, never published."""
    return graph == DERIVED_GRAPH or str(graph).startswith(f"{DERIVED_GRAPH}/")


# SPARQL results formats by short name -> media type
RESULT_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
# RDF formats by short name -> media type
RDF_FORMATS = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
}
# rdflib's serialiser and parser name for each RDF format
RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}
# The file suffix of a resource's page in each RDF format it is offered in (/id/….ttl)
RDF_SUFFIXES = {".ttl": "ttl", ".jsonld": "jsonld", ".rdf": "xml", ".nt": "nt"}


def content_type(media_type: str) -> str:
    """The Content-Type written for ``media_type``: a text/* type says its charset."""
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


RESULT_CONTENT_TYPES = {name: content_type(media) for name, media in RESULT_FORMATS.items()}
RDF_CONTENT_TYPES = {name: content_type(media) for name, media in RDF_FORMATS.items()}
