"""The shared names agree with the ontology files that publish them, and every format has its media type."""

import json

from rdflib import Graph
from rdflib.namespace import OWL, RDF

from gazette_kg.ontology import CONTEXT_FILE, ONTOLOGY_FILE
from gazette_kg.vocabulary import (
    GZ,
    PREFIXES,
    RDF_CONTENT_TYPES,
    RDF_FORMATS,
    RDF_SUFFIXES,
    RDFLIB_FORMATS,
    RESULT_CONTENT_TYPES,
    RESULT_FORMATS,
)


def test_the_ontology_and_its_json_ld_context_declare_the_same_namespaces():
    ontology = Graph().parse(ONTOLOGY_FILE)
    [iri] = ontology.subjects(RDF.type, OWL.Ontology)
    assert str(iri).rstrip("#/") == str(GZ).rstrip("#")
    declared = dict(ontology.namespaces())
    assert {prefix: str(declared[prefix]) for prefix in PREFIXES if prefix in declared} == {
        prefix: namespace for prefix, namespace in PREFIXES.items() if prefix in declared
    }
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    assert {p: context[p] for p in PREFIXES if p in context} == {p: n for p, n in PREFIXES.items() if p in context}


def test_every_rdf_format_round_trips_through_rdflib_under_its_name():
    graph = Graph().parse(ONTOLOGY_FILE)
    assert set(RDFLIB_FORMATS) == set(RDF_FORMATS) == set(RDF_CONTENT_TYPES)
    assert set(RDF_SUFFIXES.values()) <= set(RDF_FORMATS)
    for name in ("ttl", "nt", "jsonld", "xml"):
        again = Graph().parse(data=graph.serialize(format=RDFLIB_FORMATS[name]), format=RDFLIB_FORMATS[name])
        assert len(again) == len(graph), name


def test_text_formats_say_their_charset():
    assert RDF_CONTENT_TYPES["ttl"] == "text/turtle; charset=utf-8" and RDF_CONTENT_TYPES["nt"] == "application/n-triples"
    assert RESULT_CONTENT_TYPES["csv"] == "text/csv; charset=utf-8" and RESULT_CONTENT_TYPES["json"] == RESULT_FORMATS["json"]
