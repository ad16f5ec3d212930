import threading

from gazette_kg.web.executor import QueryExecutor
from gazette_kg.web.result_cache import ResultCache


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_an_entry_lives_for_its_seconds():
    clock = Clock()
    cache = ResultCache(seconds=300, clock=clock)
    cache.put("q", "rows", 4)
    clock.now = 299
    assert cache.get("q") == "rows"
    clock.now = 301
    assert cache.get("q") is None


def test_least_recently_used_entries_go_first_past_the_byte_budget():
    cache = ResultCache(seconds=300, max_bytes=100)
    cache.put("a", "A", 25)
    cache.put("b", "B", 25)
    cache.put("c", "C", 25)
    assert cache.get("a") == "A"  # now "b" is the least recently used
    cache.put("d", "D", 25)
    cache.put("e", "E", 25)
    assert [cache.get(k) for k in "abcde"] == ["A", None, "C", "D", "E"]


def test_oversized_results_and_a_zero_lifetime_keep_nothing():
    big = ResultCache(seconds=300, max_bytes=100)
    big.put("q", "x" * 26, 26)
    assert big.get("q") is None
    off = ResultCache(seconds=0)
    off.put("q", "rows", 4)
    assert off.get("q") is None


def test_the_executor_answers_a_repeated_query_from_the_cache(seed_store):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    cached = QueryExecutor(seed_store.location, workers=1, cache_seconds=300)
    uncached = QueryExecutor(seed_store.location, workers=1, cache_seconds=0)
    try:
        first = cached.run(query)
        assert cached.run(query) is first
        assert cached.run(query, "csv") is not first  # another format is another result
        assert uncached.run(query) is not uncached.run(query)
        assert uncached.run(query).body == first.body
    finally:
        cached.close()
        uncached.close()


def test_the_same_query_asked_while_it_runs_is_run_once(seed_store):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ?t . ?b a ?t }"  # keeps a worker busy for most of a second
    executor = QueryExecutor(seed_store.location, workers=2, timeout=60, cache_seconds=0)
    start, answers = threading.Barrier(3), []

    def ask() -> None:
        start.wait()
        answers.append(executor.run(slow))

    try:
        threads = [threading.Thread(target=ask) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(answers) == 3 and answers[0] is answers[1] is answers[2]
        assert executor.run(slow) is not answers[0]  # asked afterwards (and no cache): run again
    finally:
        executor.close()
