"""The SPARQL 1.1 Protocol on /sparql: forms, formats, refusals, limits."""

import csv
import io
import json
import time

import pytest
from rdflib import Graph

QUERY = "PREFIX gz: <https://gazette-kg.org/ontology#> SELECT ?n WHERE { ?d gz:docNumber ?n } ORDER BY ?n LIMIT 5"
CONSTRUCT = "PREFIX gz: <https://gazette-kg.org/ontology#> CONSTRUCT { ?d gz:docNumber ?n } WHERE { ?d gz:docNumber ?n } LIMIT 5"


@pytest.mark.parametrize(
    "accept, media",
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_in_every_results_format(client, accept, media):
    response = client.get("/sparql", query_string={"query": QUERY}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == media
    assert "号" in response.get_data(as_text=True)


def test_json_results_are_standard(client):
    data = json.loads(client.get("/sparql", query_string={"query": QUERY}).data)
    assert data["head"]["vars"] == ["n"] and len(data["results"]["bindings"]) == 5
    assert data["results"]["bindings"][0]["n"]["type"] == "literal"


@pytest.mark.parametrize(
    "accept, rdflib_format", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")]
)
def test_construct_by_accept(client, accept, rdflib_format):
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == accept
    assert len(Graph().parse(data=response.data, format=rdflib_format)) == 5


def test_post_form_and_direct_body(client):
    form = client.post("/sparql", data={"query": QUERY}, headers={"Accept": "text/csv"})
    direct = client.post(
        "/sparql", data=QUERY.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    assert form.status_code == direct.status_code == 200 and form.data == direct.data
    assert len(list(csv.reader(io.StringIO(form.get_data(as_text=True))))) == 6


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"method": "POST", "data": {"update": "INSERT DATA { <a:a> <a:b> <a:c> }"}},
        {"method": "POST", "data": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"method": "GET", "query_string": {"update": "CLEAR ALL"}},
        {"method": "GET", "query_string": {"query": "INSERT DATA { <a:a> <a:b> <a:c> }"}},
    ],
)
def test_updates_are_refused(client, request_kwargs):
    response = client.open("/sparql", **request_kwargs)
    assert 400 <= response.status_code < 500
    assert b"read-only" in response.data or b"syntax" in response.data


def test_a_word_inside_a_literal_is_not_an_update(client):
    response = client.get("/sparql", query_string={"query": 'ASK { FILTER("INSERT DATA" != "DROP") }'})
    assert response.status_code == 200


def test_service_is_refused(client):
    response = client.get(
        "/sparql", query_string={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}
    )
    assert response.status_code == 400 and b"SERVICE" in response.data


def test_malformed_sparql_gets_the_parser_message(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x"})
    assert response.status_code == 400 and b"syntax error" in response.data and b"expected" in response.data.lower()


def test_result_cap_is_announced(client):
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert response.headers["X-Result-Truncated"].startswith("true")
    assert response.get_data(as_text=True).count("\r\n") == 501  # header + the 500-row cap


def test_cors_on_get(client):
    response = client.get("/sparql", query_string={"query": QUERY})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_browsers_get_yasgui(client):
    response = client.get("/sparql", headers={"Accept": "text/html"})
    assert response.status_code == 200 and b"/vendor/yasgui.min.js" in response.data


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_a_runaway_query_is_stopped_and_the_server_stays_responsive(live_server):
    import concurrent.futures
    import urllib.error
    import urllib.request

    def fetch(query, accept="application/sparql-results+json"):
        request = urllib.request.Request(f"{live_server}/sparql?query={urllib.parse.quote(query)}", headers={"Accept": accept})
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read(), time.monotonic() - started
        except urllib.error.HTTPError as err:
            return err.code, err.read(), time.monotonic() - started

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        slow = pool.submit(fetch, SLOW)
        time.sleep(0.3)
        quick = [pool.submit(fetch, QUERY) for _ in range(3)]
        answers = [q.result() for q in quick]
        status, body, elapsed = slow.result()
    assert status == 503 and b"stopped" in body and elapsed < 10
    assert all(code == 200 for code, _, _ in answers)
    assert max(seconds for _, _, seconds in answers) < 3  # served while the runaway ran
    time.sleep(1.5)  # the killed worker is replaced
    assert fetch(QUERY)[0] == 200
