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
