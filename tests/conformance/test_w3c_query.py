"""The W3C SPARQL 1.1 query-evaluation tests, run through our query layer (EmbeddedStore).

Data from ../shared/w3c-rdf-tests is loaded into a fresh embedded store per test and the
query runs through ``Store.select / ask / construct``; the results are compared with the
expected ones, blank nodes matched by position-free equality and numbers by value. The
known failures are listed below with their reasons; any other failure, or a listed test
that starts passing, fails the suite.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
import regex
from rdflib import BNode, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.query import Result

from gazette_kg.store import StoreError, open_store
from gazette_kg.web.guard import skeleton
from tests.conformance.w3c import evaluation_tests

# test -> why it fails through our layer (the store's default graph is the union of all
# named graphs, a deliberate choice for the gazette graph, one named graph per issue)
UNION = "the layer's default graph is the union of the named graphs (one graph per gazette issue), so a query that expects an empty or separate default graph sees the named-graph data"
ENGINE = "pyoxigraph 0.5 differs from the 2013 recommendation here"
EXPECTED_FAILURES: dict[str, str] = {
    "aggregates/agg-empty-group-count-graph": UNION,
    "bindings/graph": UNION,
    "exists/exists-graph-variable": UNION,
    "negation/graph-minus": UNION,
    "aggregates/agg-groupconcat-04": ENGINE + ": GROUP_CONCAT keeps the shared language tag of its inputs (SPARQL 1.2 behaviour)",
    "aggregates/agg-groupconcat-06": ENGINE + ": GROUP_CONCAT keeps the shared language tag of its inputs (SPARQL 1.2 behaviour)",
    "property-path/zero_or_more_set_start": ENGINE + ": a zero-length path from a constant absent from the data yields no solution",
    "property-path/zero_or_more_set_end": ENGINE + ": a zero-length path to a constant absent from the data yields no solution",
    "property-path/zero_or_one_set_start": ENGINE + ": a zero-length path from a constant absent from the data yields no solution",
    "property-path/zero_or_one_set_end": ENGINE + ": a zero-length path to a constant absent from the data yields no solution",
}

TESTS = evaluation_tests()
_FORM = regex.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", regex.IGNORECASE)
_RESULT_FORMATS = {".srx": "xml", ".srj": "json", ".tsv": "tsv", ".csv": "csv"}
_RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml"}


def _key(term):
    if term is None:
        return None
    if isinstance(term, BNode):
        return ("bnode",)
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return ("number", Decimal(str(value)).normalize() if not isinstance(value, float) else round(value, 9))
        # language tags compare case-insensitively (RDF 1.1 concepts, 3.3)
        return ("literal", str(term), term.language.lower() if term.language else None, str(term.datatype) if term.datatype else None)
    return ("iri", str(term))


def _rows(rows, variables):
    return [tuple(_key(row.get(v)) for v in variables) for row in rows]


def run_test(test, tmp_path) -> None:
    store = open_store(str(tmp_path / "store"))
    for path in test.data:
        store.load_file(path, base=path.as_uri())
    for graph, path in test.graph_data:
        store.load_file(path, graph=graph, base=path.as_uri())
    query = test.query.read_text(encoding="utf-8")
    form = _FORM.search(skeleton(query)).group(1).upper()
    suffix = test.result.suffix
    if form in ("CONSTRUCT", "DESCRIBE"):
        got = store.construct(query, base=test.query.as_uri())
        expected = Graph().parse(test.result, format=_RDF_FORMATS[suffix], publicID=test.result.as_uri())
        assert isomorphic(got, expected), f"{len(got)} triples, expected {len(expected)}"
        return
    expected = Result.parse(test.result.open("rb"), format=_RESULT_FORMATS[suffix])
    if form == "ASK":
        assert store.ask(query, base=test.query.as_uri()) == expected.askAnswer
        return
    rows = store.select(query, base=test.query.as_uri())
    variables = [str(v) for v in expected.vars]
    want = [{str(k): v for k, v in b.items()} for b in expected.bindings]
    got_keys, want_keys = _rows(rows, variables), _rows(want, variables)
    if regex.search(r"\bORDER\s+BY\b", skeleton(query), regex.IGNORECASE):
        assert got_keys == want_keys
    else:
        assert Counter(got_keys) == Counter(want_keys)


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_w3c_query_evaluation(test, tmp_path):
    reason = EXPECTED_FAILURES.get(test.name)
    try:
        run_test(test, tmp_path)
    except (AssertionError, StoreError, Exception) as err:
        if reason:
            pytest.xfail(reason)
        raise
    if reason:
        pytest.fail(f"{test.name} is listed as an expected failure ({reason}) but passes: take it off the list")
