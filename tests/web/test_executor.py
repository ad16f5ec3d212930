"""The web app's executor over the store: its cache, one run for a query asked twice at once, and
the bound on queries per client."""

import threading
import time

import pytest

from gazette_kg.store import StoreBusy, open_store
from gazette_kg.web.executor import QueryExecutor
from tests.differences import VIRTUOSO_FAST_JOIN

JSON = "application/sparql-results+json"
# keeps a worker busy for most of a second on the seeds
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?t }"


def executor(location: str, *, workers: int = 1, cache_seconds: float = 0, client_queries: int = 2) -> QueryExecutor:
    store = open_store(location, read_only=True, workers=workers, queue_seconds=0.5, public_queries=1)
    return QueryExecutor(
        store,
        timeout=60,
        max_results=1000,
        cache_seconds=cache_seconds,
        cache_bytes=2**20,
        client_queries=client_queries,
        queue_seconds=0.5,
    )


def test_a_repeated_query_is_answered_from_the_cache(served_store):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    cached, uncached = executor(served_store.location, cache_seconds=300), executor(served_store.location)
    try:
        first = cached.run(query, JSON)
        assert cached.run(query, JSON) is first
        assert cached.run(query, "text/csv") is not first  # another format is another result
        assert uncached.run(query, JSON) is not uncached.run(query, JSON)
        assert uncached.run(query, JSON).body == first.body
    finally:
        cached.close()
        uncached.close()


def test_the_same_query_asked_while_it_runs_is_run_once(served_store):
    runner = executor(served_store.location, workers=2)
    start, answers = threading.Barrier(3), []

    def ask() -> None:
        start.wait()
        answers.append(runner.run(SLOW, JSON, client=f"reader {len(answers)}"))

    try:
        threads = [threading.Thread(target=ask) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(answers) == 3 and answers[0] is answers[1] is answers[2]
        assert runner.run(SLOW, JSON) is not answers[0]  # asked afterwards (and no cache): run again
    finally:
        runner.close()


@VIRTUOSO_FAST_JOIN
def test_one_client_cannot_hold_more_than_its_share_of_workers(served_store):
    runner = executor(served_store.location, workers=2, client_queries=1)
    first = threading.Thread(target=runner.run, args=(SLOW + " # 1", JSON), kwargs={"client": "greedy"})
    try:
        first.start()
        while not runner.running("greedy"):
            time.sleep(0.01)
        with pytest.raises(StoreBusy, match="already have 1"):
            runner.run(SLOW + " # 2", JSON, client="greedy")
        assert runner.run("ASK {}", JSON, client="someone else").body  # the other worker still serves
        first.join()
    finally:
        runner.close()


@VIRTUOSO_FAST_JOIN
def test_queries_from_outside_cannot_hold_every_worker(served_store):
    runner = executor(served_store.location, workers=2, client_queries=2)  # public_queries=1
    first = threading.Thread(target=runner.run, args=(SLOW + " # a", JSON), kwargs={"client": "a", "public": True})
    try:
        first.start()
        while not runner.running("a"):
            time.sleep(0.01)
        with pytest.raises(StoreBusy, match="from outside"):
            runner.run(SLOW + " # b", JSON, client="b", public=True)
        assert runner.run("ASK {}", JSON, client="page").body  # a page's own query still finds a worker
        first.join()
    finally:
        runner.close()
