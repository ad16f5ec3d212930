import json

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from gazette_kg.ontology import CONTEXT_FILE, ONTOLOGY_FILE, VOCABULARIES_FILE


def test_context_terms_name_declared_gz_terms():
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.startswith("http")}
    ontology = Graph().parse(ONTOLOGY_FILE).parse(VOCABULARIES_FILE)
    for term, value in context.items():
        if term in prefixes:
            continue
        compact = value["@id"] if isinstance(value, dict) else value
        prefix, local = compact.split(":", 1)
        iri = URIRef(prefixes[prefix] + local)
        if prefix == "gz":
            assert (iri, RDF.type, None) in ontology, f"context term {term} names undeclared {iri}"


def test_context_compacts_an_issue():
    from gazette_kg.loaders.rdf.mapping import issue_to_graph
    from tests.conftest import BASE
    from tests.seeds import parsed_seed

    graph = issue_to_graph(parsed_seed("2021").to_dict(), BASE)
    context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    text = graph.serialize(format="json-ld", context=context)
    assert '"actionType"' in text and '"docNumber"' in text
    assert set(Graph().parse(data=text, format="json-ld")) == set(graph)
