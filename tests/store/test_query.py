"""``store.query``: formats, the row cap, the time limit and the guard, on the embedded store
(tests/store/test_remote.py runs the same checks against servers)."""

import json

import pytest
from rdflib import Graph

from gazette_kg.store import QueryTimeout, Refused, open_store

CONSTRUCT = "PREFIX gz: <https://gazette-kg.org/ontology#> CONSTRUCT { ?d gz:docNumber ?n } WHERE { ?d gz:docNumber ?n }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def check_query_path(store) -> None:
    """What every backend's ``query`` must do; shared with the remote tests."""
    result = store.query("SELECT ?s WHERE { ?s ?p ?o }", accept="application/sparql-results+json", max_results=7)
    assert result.truncated and result.rows == 7 and len(json.loads(result.body)["results"]["bindings"]) == 7
    graph = store.query(CONSTRUCT, accept="text/turtle", max_results=5)
    assert graph.kind == "graph" and graph.truncated and len(Graph().parse(data=graph.body, format="turtle")) == 5
    whole = store.query(CONSTRUCT, accept="application/ld+json")
    assert not whole.truncated and len(Graph().parse(data=whole.body, format="json-ld")) == whole.rows > 100
    assert store.query("ASK { ?s ?p ?o }", accept="text/csv").body.splitlines()[-1] == b"true"
    with pytest.raises(Refused) as refused:
        store.query(CONSTRUCT, accept="image/png", public=True)
    assert refused.value.status == 406
    with pytest.raises(Refused, match="SERVICE"):
        store.query("SELECT * WHERE {\n# '''\n SERVICE <http://127.0.0.1:9/x> {?s ?p ?o}\n# '''\n}", public=True)


def test_the_query_path_on_the_embedded_store(seed_store):
    check_query_path(seed_store)


def test_a_runaway_query_is_stopped_in_its_worker(seed_store):
    store = open_store(seed_store.location, read_only=True, workers=1, queue_seconds=60)
    try:
        with pytest.raises(QueryTimeout):
            store.query(SLOW, timeout=1)
        assert store.query("ASK {}", timeout=30).body  # a fresh worker took the killed one's place
    finally:
        store.close()
