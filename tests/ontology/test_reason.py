import pytest

from gazette_kg.loaders.load import load_paths
from gazette_kg.ontology.reason import INFERRED_GRAPH, reason
from gazette_kg.store import open_store
from tests.conftest import BASE
from tests.seeds import seed_path

GZ = "https://gazette-kg.org/ontology#"


@pytest.fixture(scope="module")
def reasoned(tmp_path_factory):
    store = open_store(str(tmp_path_factory.mktemp("reason")))
    load_paths([seed_path("2022")], store, BASE)
    return store, reason(store)


def test_consistent_and_inferences_kept_apart(reasoned):
    store, report = reasoned
    assert report.consistent and report.inferred > 0
    asserted = store.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s <{GZ}within> ?o }} FILTER(?g != <{INFERRED_GRAPH}>) }}"
    )
    assert int(asserted[0]["n"]) == 0


def test_transitive_part_of(reasoned):
    store, _ = reasoned
    # an article inside a chapter inside an instrument: within both
    rows = store.select(f"""SELECT ?a WHERE {{ GRAPH <{INFERRED_GRAPH}> {{ ?a <{GZ}within> ?i }}
        ?a a <{GZ}Article> . ?i a <{GZ}Instrument> . ?a <{GZ}partOf> ?c . ?c a <{GZ}Chapter> }} LIMIT 1""")
    assert rows


def test_class_membership(reasoned):
    store, _ = reasoned
    assert store.ask(
        f"""ASK {{ GRAPH <{INFERRED_GRAPH}> {{ ?e a <{GZ}PersonnelEvent> , <http://www.w3.org/ns/prov#Activity> }} }}"""
    )


def test_confirmation_is_linked_to_the_probationary_appointment_of_an_earlier_issue():
    from rdflib import Graph, URIRef

    from gazette_kg.loaders.rdf.mapping import issue_to_graph
    from gazette_kg.ontology.reason import confirmed_appointments
    from tests.seeds import parsed_seed

    graph = Graph()
    for key in ("2021", "2022"):
        graph += issue_to_graph(parsed_seed(key).to_dict(), BASE)
    links = list(confirmed_appointments(graph).subject_objects(URIRef(GZ + "confirms")))
    people = {str(graph.value(c, URIRef(GZ + "person"))).rsplit("/", 1)[-1] for c, _ in links}
    assert any(p.startswith("lu-qiang-yao-") for p in people)
    for confirmation, appointment in links:
        assert "2021" in str(appointment) and "2022" in str(confirmation)  # {doc}/event/n of each year's document
