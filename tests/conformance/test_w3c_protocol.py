"""The W3C SPARQL 1.1 Protocol tests (protocol/manifest.ttl) that apply to a read-only endpoint, against /sparql
over each backend: the embedded store, Oxigraph's server and Virtuoso.

Each HTTP exchange of the manifest is replayed through the app; the status class, and for
successful queries the result format and boolean, are checked. The update tests expect a
2xx that a read-only endpoint must refuse; they are listed below with that reason, and
their refusal (a 4xx) is checked instead.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from rdflib import Graph, URIRef

from gazette_kg import config
from gazette_kg.store import open_store
from gazette_kg.web.app import create_app
from tests.conformance.w3c import protocol_tests
from tests.servers import running_server

READ_ONLY = "a read-only endpoint refuses SPARQL Update (checked: the response is a 4xx)"
NOT_APPLICABLE = {
    name: READ_ONLY
    for name in (
        "update_dataset_default_graph",
        "update_dataset_default_graphs",
        "update_dataset_named_graphs",
        "update_dataset_full",
        "update_post_form",
        "update_post_direct",
        "update_base_uri",
    )
}

TESTS = protocol_tests()
RESULT_MEDIA = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"}
RDF_MEDIA = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"}


@pytest.fixture(scope="module", params=["embedded", "oxigraph", "virtuoso"])
def client(request, tmp_path_factory):
    """/sparql over each backend, holding the manifest's graph data."""
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "embedded":
        store = open_store(str(folder))
        for test in TESTS:
            for graph, path in test.graph_data:
                store.load_file(path, graph=URIRef(graph))
        store.close()
        app = create_app(config.settings(store=str(folder), query_workers=1, rate_limit=""))
        yield app.test_client()
        app.extensions["executor"].close()
        return
    with running_server(request.param, folder) as (query_url, update_url), pytest.MonkeyPatch.context() as patch:
        patch.setenv("GAZETTE_KG_UPDATE_ENDPOINT", update_url)
        store = open_store(query_url)
        for test in TESTS:
            for graph, path in test.graph_data:
                store.replace_graph(URIRef(graph), Graph().parse(path))
        yield create_app(config.settings(store=query_url, rate_limit="")).test_client()


def _boolean(response) -> bool:
    if response.mimetype.endswith("json"):
        return json.loads(response.data)["boolean"]
    return b"<boolean>true</boolean>" in response.data


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_w3c_protocol(client, test):
    for position, request in enumerate(test.requests):
        parts = urlsplit(request.path)
        path = parts.path.replace("/sparql/", "/sparql")
        response = client.open(
            path,
            method=request.method,
            query_string=parts.query,
            data=request.body,
            headers={k: v for k, v in request.headers.items()},
        )
        status_class = f"{response.status_code // 100}xx"
        if test.name in NOT_APPLICABLE:
            if position == 0:  # the update itself; the queries after it check what it would have written
                assert status_class == "4xx", NOT_APPLICABLE[test.name]
            continue
        assert status_class in request.expected_status, (response.status_code, response.data[:300])
        if status_class != "2xx":
            continue
        if request.expected_format == "boolean":
            assert response.mimetype in RESULT_MEDIA
        elif request.expected_format == "tabular":
            assert response.mimetype in RESULT_MEDIA
        elif request.expected_format == "RDF":
            assert response.mimetype in RDF_MEDIA
        if request.expected_boolean is not None:
            assert _boolean(response) is request.expected_boolean


def test_counts():
    applicable = [t for t in TESTS if t.name not in NOT_APPLICABLE]
    assert len(TESTS) == 34 and len(applicable) == 27
