"""The embedded store's worker pool: slow queries from outside leave it, at low priority and few at
a time, so that the others keep finding a worker; public queries hold only their share of it."""

import os
import shutil
import threading
import time

import pytest

from gazette_kg.store import QueryOutOfMemory, QueryTimeout, StoreBusy, StoreError, open_store

JSON = "application/sparql-results+json"
# a cross product of the seed store's quads: runs past any time limit a test sets
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER (STR(?c) < STR(?f)) }"


@pytest.fixture
def pool_store(seed_store):
    """The seed store read through one worker; a query from outside leaves the pool after 0.2 s."""
    store = open_store(
        seed_store.location, read_only=True, workers=1, queue_seconds=10, public_queries=1, slow_seconds=0.2, long_queries=1
    )
    yield store
    store.close()


def _in_background(store, query: str, errors: list, **options) -> threading.Thread:
    def run() -> None:
        try:
            store.query(query, accept=JSON, **options)
        except Exception as err:  # what the slow query met, for the test to look at
            errors.append(err)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _niced_grandchildren() -> list[int]:
    """Processes at nice 19 among the children of this process's children (workers are forked
    from a fork server, itself a child)."""
    parents: dict[int, tuple[int, int]] = {}
    for name in os.listdir("/proc"):
        try:
            fields = open(f"/proc/{name}/stat").read().rsplit(")", 1)[1].split()
        except (OSError, ValueError):
            continue
        if name.isdigit():
            parents[int(name)] = (int(fields[1]), int(fields[16]))  # parent, nice
    return [pid for pid, (parent, nice) in parents.items() if nice == 19 and parents.get(parent, (0, 0))[0] == os.getpid()]


def test_a_slow_query_from_outside_leaves_the_pool_and_a_quick_one_still_finds_a_worker(pool_store):
    errors: list = []
    slow = _in_background(pool_store, RUNAWAY, errors, timeout=4, public=True)
    time.sleep(1.5)  # past slow_seconds and a successor's start
    started = time.monotonic()
    assert pool_store.query("ASK { ?s ?p ?o }", accept=JSON, timeout=4, public=True).body  # the one worker is free again
    assert time.monotonic() - started < 2
    assert _niced_grandchildren(), "the slow query's process runs at nice 19"
    slow.join()
    assert len(errors) == 1 and isinstance(errors[0], QueryTimeout)  # and it was still stopped at its time limit


def test_only_long_queries_slow_queries_from_outside_run_at_once(pool_store):
    errors: list = []
    first = _in_background(pool_store, RUNAWAY, errors, timeout=4, public=True)
    time.sleep(1.5)
    with pytest.raises(StoreBusy, match="long queries"):
        pool_store.query(RUNAWAY + " # another", accept=JSON, timeout=4, public=True)
    first.join()
    assert isinstance(errors[0], QueryTimeout)


def test_the_apps_own_slow_query_keeps_its_worker(pool_store):
    with pytest.raises(QueryTimeout):
        pool_store.query(RUNAWAY, accept=JSON, timeout=2)
    assert not _niced_grandchildren()  # it ran at full priority to its limit, in the pool


# every pair of the seed store's triples, sorted: a few GB to hold, however long the time limit
MEMORY_HOG = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"


def test_a_query_needing_more_memory_than_a_worker_may_use_is_stopped_and_the_pool_serves_on(seed_store):
    store = open_store(seed_store.location, read_only=True, workers=1, memory_mib=1536)
    try:
        started = time.monotonic()
        with pytest.raises(QueryOutOfMemory, match="1536 MiB"):
            store.query(MEMORY_HOG, accept=JSON, timeout=120, public=True)
        assert time.monotonic() - started < 60
        assert store.query("ASK { ?s ?p ?o }", accept=JSON, timeout=10).body
    finally:
        store.close()


def test_a_worker_that_cannot_start_says_why_and_the_next_query_starts_it_again(seed_store, tmp_path):
    location = tmp_path / "store"
    shutil.copytree(seed_store.location, location)
    store = open_store(str(location), read_only=True, workers=1)
    try:
        store.query("ASK { ?s ?p ?o }", accept=JSON, timeout=10)  # the pool is up
        moved = tmp_path / "elsewhere"
        location.rename(moved)
        store._workers()._add_worker(wait=False)  # as after a timeout: a successor started in the background
        time.sleep(2)
        with pytest.raises(StoreError, match="did not start: cannot open the store"):
            store._workers()._restore()
        moved.rename(location)
        assert store.query("ASK { ?s ?p ?o }", accept=JSON, timeout=10).body
        assert store._workers()._missing == 0
    finally:
        store.close()
