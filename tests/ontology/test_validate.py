import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, RDFS

from gazette_kg.loaders.rdf.mapping import ELI, GZ, issue_to_graph, vocabulary_graph
from gazette_kg.ontology.validate import validate_graph, validate_store
from tests.conftest import BASE
from tests.seeds import parsed_seed


def test_the_seed_graph_conforms(seed_store):
    assert validate_store(seed_store) == []


def test_a_body_listed_in_two_issues_conforms_per_issue(tmp_path):
    """Two issues stating the same body: each graph is complete; only their union has two lines."""
    from gazette_kg.store import open_store

    def issue(number: str, line: int) -> dict:
        return {
            "issue": {"gazette_title": "岳阳市人民政府公报", "year": 2020, "issue_number": number},
            "coordination_bodies": [{"name": "岳阳市测试工作领导小组", "line": line, "leaders": []}],
        }

    store = open_store(str(tmp_path / "store"))
    graphs = [issue_to_graph(issue(n, line), BASE) for n, line in (("1", 10), ("2", 20))]
    for graph in graphs:
        store.replace_graph(next(graph.subjects(RDF.type, GZ.GazetteIssue)), graph)
    assert validate_store(store) == []
    assert {v.path for v in validate_graph(graphs[0] + graphs[1])} == {str(GZ.sourceLine)}
    store.close()


@pytest.fixture(scope="module")
def good():
    graph = issue_to_graph(parsed_seed("2021").to_dict(), BASE)
    graph += vocabulary_graph()
    assert validate_graph(graph) == []
    return graph


def _first(graph, cls):
    return next(graph.subjects(RDF.type, cls))


def _remove(cls, path):
    return lambda g: g.remove((_first(g, cls), path, None))


def _set(cls, path, value):
    return lambda g: g.set((_first(g, cls), path, value))


def _add(cls, path, value):
    return lambda g: g.add((_first(g, cls), path, value))


def _orphan_change_event(g):
    event = URIRef(BASE + "agency-change/x")
    g.add((event, RDF.type, ORG.ChangeEvent))
    g.add((event, ORG.originalOrganization, _first(g, GZ.Agency)))


# name: (how to break the good graph, the path whose violation must be reported)
BREAKAGES = {
    "event without person": (_remove(GZ.Appointment, GZ.person), GZ.person),
    "event without post": (_remove(GZ.Removal, GZ.post), GZ.post),
    "event without action type": (_remove(GZ.Appointment, GZ.actionType), GZ.actionType),
    "action type outside the scheme": (_set(GZ.Appointment, GZ.actionType, GZ["genre-tongzhi"]), GZ.actionType),
    "two source lines": (_add(GZ.Citation, GZ.sourceLine, Literal(99999)), GZ.sourceLine),
    "source line not positive": (_set(GZ.Citation, GZ.sourceLine, Literal(0)), GZ.sourceLine),
    "stated in a non-issue": (_set(GZ.Citation, GZ.statedIn, URIRef(BASE + "nothing")), GZ.statedIn),
    "number not normal": (_set(GZ.Document, GZ.docNumber, Literal("永政发[2021]6")), GZ.docNumber),
    "document date not a date": (_set(GZ.Document, ELI.date_document, Literal("2021年")), ELI.date_document),
    "instrument without promulgator": (_remove(GZ.Instrument, GZ.promulgatedBy), GZ.promulgatedBy),
    "provision with two parents": (_add(GZ.Item, GZ.partOf, URIRef(BASE + "elsewhere")), GZ.partOf),
    "citation without cited document": (_remove(GZ.Citation, GZ.citedDocument), GZ.citedDocument),
    "repeal without repealed document": (_remove(GZ.Repeal, GZ.repealedDocument), GZ.repealedDocument),
    "unknown responsibility role": (_set(GZ.Responsibility, GZ.responsibilityRole, Literal("boss")), GZ.responsibilityRole),
    "responsibility without agency": (_remove(GZ.Responsibility, GZ.responsibleAgency), GZ.responsibleAgency),
    "agency without name": (lambda g: g.remove((_first(g, GZ.Agency), RDFS.label, None)), RDFS.label),
    "official without name": (_remove(GZ.Official, FOAF.name), FOAF.name),
    "change event without result": (_orphan_change_event, ORG.resultingOrganization),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_each_shape_catches_a_broken_graph(good, name):
    breakage, path = BREAKAGES[name]
    broken = good.__class__()
    for triple in good:
        broken.add(triple)
    breakage(broken)
    reported = {v.path for v in validate_graph(broken)}
    assert str(path) in reported, f"{name} was not caught: {reported}"
