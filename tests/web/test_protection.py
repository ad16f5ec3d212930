"""What protects the public endpoint: the rate limit, size limits, a turned-away query when
the workers stay busy, and the security headers."""

import threading
import time

import pytest

from gazette_kg import config
from gazette_kg.web.app import create_app
from gazette_kg.web.protection import SECURITY_HEADERS

ASK = {"query": "ASK { ?s ?p ?o }"}
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER (STR(?c) < STR(?i)) }"


@pytest.fixture(scope="module")
def strict_app(served_store, seed_dumps):
    app = create_app(
        config.settings(
            store=served_store.location,
            rate_limit="5/minute",
            query_workers=1,
            query_timeout=4.0,
            queue_seconds=0.5,
            slow_seconds=60.0,  # a slow query from outside stays in the pool: the one worker is busy for the next
            client_queries=1,
            max_query_bytes=2000,
            max_request_bytes=10_000,
            cache_seconds=0,
            dump_dir=str(seed_dumps),
        )
    )
    yield app
    app.extensions["executor"].close()


def test_a_client_past_the_rate_limit_gets_429_with_retry_after(strict_app):
    client = strict_app.test_client()
    answers = [client.get("/sparql", query_string=ASK, environ_base={"REMOTE_ADDR": "10.0.0.1"}) for _ in range(6)]
    assert [a.status_code for a in answers[:5]] == [200] * 5
    assert answers[5].status_code == 429 and int(answers[5].headers["Retry-After"]) > 0
    other = client.get("/sparql", query_string=ASK, environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert other.status_code == 200  # the limit is per client
    assert client.get("/static/style.css", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code == 200  # files are not limited


def test_oversized_queries_and_bodies_get_413(strict_app):
    client = strict_app.test_client()
    long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 3000
    assert client.get("/sparql", query_string={"query": long_query}, environ_base={"REMOTE_ADDR": "10.0.1.1"}).status_code == 413
    body = client.post(
        "/sparql",
        data=b"x" * 20_000,
        headers={"Content-Type": "application/sparql-query"},
        environ_base={"REMOTE_ADDR": "10.0.1.2"},
    )
    assert body.status_code == 413


def test_a_query_that_finds_no_free_worker_is_turned_away_with_retry_after(strict_app):
    client = strict_app.test_client()
    slow = threading.Thread(
        target=client.get,
        args=("/sparql",),
        kwargs={"query_string": {"query": SLOW}, "environ_base": {"REMOTE_ADDR": "10.0.2.1"}},
    )
    slow.start()
    time.sleep(0.5)  # the one worker is busy with the runaway
    started = time.monotonic()
    busy = client.get("/sparql", query_string={"query": "ASK { ?s a ?t }"}, environ_base={"REMOTE_ADDR": "10.0.2.2"})
    assert busy.status_code == 503 and busy.headers["Retry-After"] and time.monotonic() - started < 3
    slow.join()


def test_security_headers_on_every_response(client):
    for path in ("/", "/sparql?query=ASK%7B%7D", "/static/style.css", "/id/no-such-thing"):
        response = client.get(path)
        for name, value in SECURITY_HEADERS.items():
            assert response.headers[name] == value
        assert {"Accept", "Accept-Language", "Cookie"} <= set(response.vary)
    assert "frame-ancestors 'none'" in SECURITY_HEADERS["Content-Security-Policy"]
