import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from gazette_kg.queries.catalog import get_query, read_query
from gazette_kg.queries.run import ParameterError, bind, run


def test_every_saved_query_binds_to_valid_sparql():
    from gazette_kg.queries.catalog import load_catalog

    for query in load_catalog():
        prepareQuery(bind(query, {}))  # defaults bound; rdflib's parser accepts the result


@pytest.mark.parametrize(
    "attack", ['" } ; DROP ALL #', '\\" } INSERT DATA { <a> <b> <c> } #', "> . } #", "x\n} UNION { ?s ?p ?o"]
)
def test_a_string_value_cannot_change_the_query(attack):
    query = get_query("title-search")
    sparql = bind(query, {"text": attack})
    parsed = prepareQuery(sparql)  # still one well-formed SELECT, with the attack as a literal in it
    assert parsed.algebra.name == "SelectQuery"
    graph = Graph()
    graph.add((URIRef("https://e.org/d"), URIRef("http://data.europa.eu/eli/ontology#title"), Literal(attack)))
    graph.add(
        (
            URIRef("https://e.org/d"),
            URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef("https://gazette-kg.org/ontology#Document"),
        )
    )
    rows = list(graph.query(sparql))
    assert len(rows) == 1  # the value was matched as text, nothing else happened


def _two_parameter_query(tmp_path):
    path = tmp_path / "two.rq"
    path.write_text(
        "#+ title_zh: 二\n#+ title_en: Two\n#+ param: a string x | 甲 | A\n#+ param: b string y | 乙 | B\n"
        'SELECT ?s WHERE {\n  # compare with $b\n  ?s <urn:p> $a ; <urn:q> $b ; <urn:r> "$b" .\n}\n',
        encoding="utf-8",
    )
    return read_query(path)


def test_one_value_cannot_carry_another_parameters_placeholder(tmp_path):
    # a two-pass substitution would put b's text inside a's quotes and close them
    sparql = bind(_two_parameter_query(tmp_path), {"a": "$b", "b": " } UNION { ?s ?p ?o } #"})
    assert '<urn:p> "$b" ;' in sparql
    assert prepareQuery(sparql).algebra.p.p.name == "BGP"  # one basic graph pattern, no UNION


def test_placeholders_in_the_querys_comments_strings_and_iris_are_left_alone(tmp_path):
    sparql = bind(_two_parameter_query(tmp_path), {"a": "1", "b": "x\n} UNION { ?s ?p ?o"})
    assert "# compare with $b\n" in sparql and '<urn:r> "$b"' in sparql
    assert '<urn:q> "x\\n} UNION { ?s ?p ?o" ;' in sparql  # the line break escaped, the value on one line


@pytest.mark.parametrize(
    "name, values, message",
    [
        ("documents-by-year", {"year": "2021; DROP"}, "not a valid integer"),
        ("in-force-on", {"date": "2022-13-01"}, "not a valid date"),
        ("most-cited", {"limit": "10 UNION"}, "not a valid integer"),
        ("agencies-by-tasks", {"limit": "-1"}, "negative"),  # LIMIT -1 failed to parse (on Virtuoso: a 502)
        ("title-search", {"nope": "x"}, "unknown parameter"),
        ("title-search", {"text": ""}, "a value is required"),
        ("title-search", {"text": "a\x00b"}, "control character"),
    ],
)
def test_values_are_checked_against_their_type(name, values, message):
    with pytest.raises(ParameterError, match=message):
        bind(get_query(name), values)


def test_a_limit_may_ask_for_at_most_the_rows_a_query_returns():
    # Virtuoso refuses to sort for more than 10,000 rows: LIMIT 10001 in a subquery with ORDER BY was a 502
    assert "LIMIT 10000" in bind(get_query("agencies-by-tasks"), {"limit": "10000"}, most=10000)
    with pytest.raises(ParameterError, match=r"more rows than a query here returns \(10000\)"):
        bind(get_query("agencies-by-tasks"), {"limit": "10001"}, most=10000)
    assert "LIMIT 10001" in bind(get_query("agencies-by-tasks"), {"limit": "10001"})  # the command line has no cap
    assert "20000" in bind(get_query("expiring-within"), {"months": "20000"}, most=10000)  # it counts no rows


def test_a_negative_number_that_counts_no_rows_is_bound():
    assert "months" in {p.name for p in get_query("expiring-within").parameters}
    assert "-3" in bind(get_query("expiring-within"), {"months": "-3"})


def test_run_uses_the_store(seed_store):
    rows = run(seed_store, get_query("repeal-chain"), {"number": "永政办发〔2021〕11号"})
    assert [str(r["otherNumber"]) for r in rows] == ["永政办函〔2020〕37号"]


def test_a_zh_parameter_is_bound_as_the_tagged_term_the_loader_writes(seed_store):
    sparql = bind(get_query("bodies-led-by"), {"name": '赵应云" } #'})
    assert '"赵应云\\" } #"@zh' in sparql
    rows = run(seed_store, get_query("bodies-led-by"), {"name": "赵应云"})
    assert rows and all(str(r["role"]) for r in rows)
