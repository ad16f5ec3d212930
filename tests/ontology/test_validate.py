import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from gazette_kg.loaders.rdf import GZ, issue_to_graph, vocabulary_graph
from gazette_kg.ontology.reason import asserted_graph
from gazette_kg.ontology.validate import validate_graph
from tests.conftest import BASE
from tests.seeds import parsed_seed


def test_the_seed_graph_conforms(seed_store):
    assert validate_graph(asserted_graph(seed_store)) == []


@pytest.fixture(scope="module")
def good():
    graph = issue_to_graph(parsed_seed("2021").to_dict(), BASE)
    graph += vocabulary_graph()
    assert validate_graph(graph) == []
    return graph


def _first(graph, cls):
    return next(graph.subjects(RDF.type, cls))


BREAKAGES = {
    "event without person": lambda g: g.remove((_first(g, GZ.Appointment), GZ.person, None)),
    "two source lines": lambda g: g.add((_first(g, GZ.Citation), GZ.sourceLine, Literal(99999))),
    "source line not positive": lambda g: g.set((_first(g, GZ.Citation), GZ.sourceLine, Literal(0))),
    "number not normal": lambda g: g.set((_first(g, GZ.Document), GZ.docNumber, Literal("永政发[2021]6"))),
    "instrument without promulgator": lambda g: g.remove((_first(g, GZ.Instrument), GZ.promulgatedBy, None)),
    "provision with two parents": lambda g: g.add((_first(g, GZ.Item), GZ.partOf, URIRef(BASE + "elsewhere"))),
    "unknown responsibility role": lambda g: g.set((_first(g, GZ.Responsibility), GZ.responsibilityRole, Literal("boss"))),
    "stated in a non-issue": lambda g: g.set((_first(g, GZ.Citation), GZ.statedIn, URIRef(BASE + "nothing"))),
    "official without name": lambda g: [g.remove((p, None, None)) for p in [_first(g, GZ.Official)] for _ in [0]]
    and g.add((_first(g, GZ.Appointment), GZ.person, URIRef(BASE + "ghost"))) or g.add((URIRef(BASE + "ghost"), RDF.type, GZ.Official)),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_each_shape_catches_a_broken_graph(good, name):
    broken = good.__class__()
    for triple in good:
        broken.add(triple)
    BREAKAGES[name](broken)
    assert validate_graph(broken), f"{name} was not caught"
