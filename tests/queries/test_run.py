import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from gazette_kg.queries.catalog import get_query
from gazette_kg.queries.run import ParameterError, bind, run


def test_every_saved_query_binds_to_valid_sparql():
    from gazette_kg.queries.catalog import load_catalog

    for query in load_catalog():
        prepareQuery(bind(query, {}))  # defaults bound; rdflib's parser accepts the result


@pytest.mark.parametrize("attack", ['" } ; DROP ALL #', '\\" } INSERT DATA { <a> <b> <c> } #', "> . } #", "x\n} UNION { ?s ?p ?o"])
def test_a_string_value_cannot_change_the_query(attack):
    query = get_query("title-search")
    sparql = bind(query, {"text": attack})
    parsed = prepareQuery(sparql)  # still one well-formed SELECT, with the attack as a literal in it
    assert parsed.algebra.name == "SelectQuery"
    assert Literal(attack).n3() in sparql
    graph = Graph()
    graph.add((URIRef("https://e.org/d"), URIRef("http://data.europa.eu/eli/ontology#title"), Literal(attack)))
    graph.add((URIRef("https://e.org/d"), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("https://gazette-kg.org/ontology#Document")))
    rows = list(graph.query(sparql))
    assert len(rows) == 1  # the value was matched as text, nothing else happened


@pytest.mark.parametrize("name, values, message", [
    ("documents-by-year", {"year": "2021; DROP"}, "not a valid integer"),
    ("in-force-on", {"date": "2022-13-01"}, "not a valid date"),
    ("most-cited", {"limit": "10 UNION"}, "not a valid integer"),
    ("title-search", {"nope": "x"}, "unknown parameter"),
    ("title-search", {"text": ""}, "a value is required"),
])
def test_values_are_checked_against_their_type(name, values, message):
    with pytest.raises(ParameterError, match=message):
        bind(get_query(name), values)


def test_run_uses_the_store(seed_store):
    rows = run(seed_store, get_query("repeal-chain"), {"number": "永政办发〔2021〕11号"})
    assert [str(r["otherNumber"]) for r in rows] == ["永政办函〔2020〕37号"]
