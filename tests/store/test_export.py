import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from gazette_kg.store.export import FORMATS, export
from gazette_kg.vocabulary import DERIVED_GRAPH, VOCABULARY_GRAPH, is_derived

RDFLIB = {"ttl": "turtle", "nt": "nt", "xml": "xml", "jsonld": "json-ld"}


def _whole(seed_store):
    """What an export of the whole store holds: the issue graphs, not the vocabulary or the derived graph."""
    graph = Graph()
    for name in seed_store.graphs():
        if name != VOCABULARY_GRAPH and not is_derived(name):
            graph.parse(data=b"".join(seed_store.graph_ntriples(name)), format="nt")
    return graph


@pytest.mark.parametrize("fmt", ["ttl", "nt", "xml", "jsonld"])
def test_graph_formats_round_trip(seed_store, fmt):
    data = b"".join(export(seed_store, fmt))
    assert isomorphic(Graph().parse(data=data, format=RDFLIB[fmt]), _whole(seed_store))


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dataset_formats_keep_the_issue_graphs(seed_store, fmt):
    data = b"".join(export(seed_store, fmt))
    dataset = Dataset()
    dataset.parse(data=data, format={"nq": "nquads", "trig": "trig"}[fmt])
    names = {g.identifier for g in dataset.graphs() if len(g)}
    issues = [g for g in seed_store.graphs() if "/issue/" in str(g)]
    assert set(issues) <= names and DERIVED_GRAPH in seed_store.graphs() and DERIVED_GRAPH not in names
    for name in issues:
        assert isomorphic(dataset.graph(name), Graph().parse(data=b"".join(seed_store.graph_ntriples(name)), format="nt"))


def test_one_issue_with_the_ontology(seed_store):
    issue = next(g for g in seed_store.graphs() if "/issue/" in str(g))
    graph = Graph().parse(data=b"".join(export(seed_store, "ttl", issue, with_ontology=True)), format="turtle")
    assert (None, None, None) in graph
    assert len(list(graph.triples((None, None, issue)))) > 0
    assert any("ontology" in str(s) for s in graph.subjects())


def test_jsonld_uses_the_published_context(seed_store):
    data = b"".join(export(seed_store, "jsonld")).decode("utf-8")
    assert '"docNumber"' in data and '"@context"' in data


def test_every_format_is_offered():
    assert set(FORMATS) == {"ttl", "nt", "nq", "trig", "jsonld", "xml"}
