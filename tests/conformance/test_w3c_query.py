"""The W3C SPARQL 1.1 query-evaluation tests, run through our query layer (EmbeddedStore).

Data from ../shared/w3c-rdf-tests is loaded into a fresh embedded store per test and the
query runs through ``Store.select / ask / construct``; the results are compared with the
expected ones, blank nodes up to a one-to-one renaming and numbers by value; row order
counts only when the query has ORDER BY. The
known failures are listed below with their reasons; any other failure, or a listed test
that starts passing, fails the suite.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import regex
from rdflib import BNode, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.query import Result

from gazette_kg.sparql_text import query_form, skeleton
from gazette_kg.store import open_store
from tests.conformance.w3c import evaluation_tests

# test -> why it fails through our layer
TTL_RESULTS = "the expected results are an RDF result set in Turtle (.ttl), which this harness does not read"
ENGINE = "pyoxigraph 0.5 differs from the 2013 recommendation here"
EXPECTED_FAILURES: dict[str, str] = {
    "aggregates/agg-empty-group-count-graph": TTL_RESULTS,
    "bindings/graph": TTL_RESULTS,
    "negation/graph-minus": ENGINE + ": MINUS inside GRAPH ?g removes every solution, though the two sides share no variable",
    "aggregates/agg-groupconcat-04": ENGINE + ": GROUP_CONCAT keeps the shared language tag of its inputs (SPARQL 1.2 behaviour)",
    "aggregates/agg-groupconcat-06": ENGINE + ": GROUP_CONCAT keeps the shared language tag of its inputs (SPARQL 1.2 behaviour)",
    "functions/bnode01": ENGINE
    + ": BNODE(str) gives the blank node _:str, the same one in every solution (the spec wants a fresh one per solution)",
    "property-path/zero_or_more_set_start": ENGINE
    + ": a zero-length path from a constant absent from the data yields no solution",
    "property-path/zero_or_more_set_end": ENGINE + ": a zero-length path to a constant absent from the data yields no solution",
    "property-path/zero_or_one_set_start": ENGINE
    + ": a zero-length path from a constant absent from the data yields no solution",
    "property-path/zero_or_one_set_end": ENGINE + ": a zero-length path to a constant absent from the data yields no solution",
}

TESTS = evaluation_tests()
_RESULT_FORMATS = {".srx": "xml", ".srj": "json", ".tsv": "tsv", ".csv": "csv"}
_RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml"}


def _key(term):
    if term is None:
        return None
    if isinstance(term, BNode):
        return ("bnode", str(term))
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return ("number", Decimal(str(value)).normalize() if not isinstance(value, float) else round(value, 9))
        # language tags compare case-insensitively (RDF 1.1 concepts, 3.3)
        return (
            "literal",
            str(term),
            term.language.lower() if term.language else None,
            str(term.datatype) if term.datatype else None,
        )
    return ("iri", str(term))


def _rows(rows, variables):
    return [tuple(_key(row.get(v)) for v in variables) for row in rows]


def run_test(test, folder: Path) -> None:
    store = open_store(str(folder / "store"))
    try:
        _check(test, store)
    finally:
        store.close()


def _check(test, store) -> None:
    for path in test.data:
        store.load_file(path, base=path.as_uri())
    for graph, path in test.graph_data:
        store.load_file(path, graph=graph, base=path.as_uri())
    query = test.query.read_text(encoding="utf-8")
    form = query_form(query)
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
    ordered = bool(regex.search(r"\bORDER\s+BY\b", skeleton(query), regex.IGNORECASE))
    assert same_solutions(_rows(rows, variables), _rows(want, variables), ordered)


def _is_bnode(key) -> bool:
    return key is not None and key[0] == "bnode"


def _extend(mapping: dict, got_row: tuple, want_row: tuple) -> dict | None:
    """``mapping`` (our blank nodes -> expected ones, one to one) grown so the rows agree, or None."""
    grown = dict(mapping)
    for got, want in zip(got_row, want_row):
        if _is_bnode(got) and _is_bnode(want):
            if grown.get(got, want) != want or (got not in grown and want in grown.values()):
                return None
            grown[got] = want
        elif got != want:
            return None
    return grown


def same_solutions(got: list[tuple], want: list[tuple], ordered: bool) -> bool:
    """Equal solution sequences (ORDER BY) or multisets, up to a one-to-one renaming of blank nodes."""
    if len(got) != len(want):
        return False
    if not any(_is_bnode(k) for row in got + want for k in row):
        return got == want if ordered else Counter(got) == Counter(want)

    def match(index: int, unused: list[int], mapping: dict) -> bool:
        if index == len(want):
            return True
        candidates = [index] if ordered else unused
        for position in candidates:
            grown = _extend(mapping, got[position], want[index])
            if grown is not None and match(index + 1, [u for u in unused if u != position], grown):
                return True
        return False

    return match(0, list(range(len(got))), {})


@pytest.fixture
def store_dir(tmp_path):
    """A folder for one test's store, in RAM-backed /dev/shm where there is one: a fresh
    on-disk store per test costs ~0.1 s of syncs on a busy disk, 30 s for the suite."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="gazette-kg-w3c-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_w3c_query_evaluation(test, store_dir):
    reason = EXPECTED_FAILURES.get(test.name)
    try:
        run_test(test, store_dir)
    except Exception:  # a wrong answer, a store error or a crash all count as failing
        if reason:
            pytest.xfail(reason)
        raise
    if reason:
        pytest.fail(f"{test.name} is listed as an expected failure ({reason}) but passes: take it off the list")


def test_blank_nodes_are_compared_up_to_a_one_to_one_renaming():
    a, b, x, y = (("bnode", label) for label in "abxy")
    assert same_solutions([(a, b), (b, a)], [(y, x), (x, y)], ordered=False)
    assert not same_solutions([(a, a)], [(x, y)], ordered=False)  # one node where two are expected
    assert not same_solutions([(a,), (a,)], [(x,), (y,)], ordered=False)  # shared across solutions
    assert not same_solutions([(a,), (b,)], [(x,), (x,)], ordered=False)
    assert not same_solutions([(("iri", "u"),), (a,)], [(x,), (("iri", "u"),)], ordered=True)
