"""The web app's way to the store: ``store.query`` with the app's limits, a result cache,
one run for a query asked again while it runs, and a bound on queries per client.

The store does the work (guard, formats, cap, time limit, worker processes or remote
requests); this adds only what a shared web server needs on top.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager

from gazette_kg.store import QueryResult, QueryTimeout, Store, StoreBusy
from gazette_kg.web.result_cache import ResultCache


class QueryExecutor:
    def __init__(
        self,
        store: Store,
        *,
        timeout: float,
        max_results: int,
        cache_seconds: float,
        cache_bytes: int,
        client_queries: int,
        queue_seconds: float,
    ) -> None:
        self.store = store
        self.timeout = timeout
        self.max_results = max_results
        self.client_queries = client_queries
        self.queue_seconds = queue_seconds
        self.cache: ResultCache[QueryResult] = ResultCache(cache_seconds, cache_bytes)
        self._running: dict[tuple, Future] = {}
        self._lock = threading.Lock()
        self._per_client: Counter[str] = Counter()
        self._freed = threading.Condition(self._lock)

    def run(
        self,
        query: str,
        accept: str,
        *,
        cap: int | None = None,
        dataset: tuple[list[str], list[str]] | None = None,
        base: str | None = None,
        public: bool = False,
        client: str = "",
    ) -> QueryResult:
        cap = cap or self.max_results
        # the store's generation: a load committed while the app serves makes every answer new
        key = (
            query,
            accept,
            cap,
            None if dataset is None else (tuple(dataset[0]), tuple(dataset[1])),
            base,
            public,
            self.store.generation(),
        )
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        # The same query asked again while it runs waits for that run instead of taking a
        # second worker: twenty readers opening one slow page must not fill every worker.
        with self._lock:
            running = self._running.get(key)
            if running is None:
                self._running[key] = future = Future()
        if running is not None:
            try:
                return running.result(timeout=self.timeout)
            except FutureTimeout:
                raise QueryTimeout(f"the query ran longer than {self.timeout:g} s and was stopped") from None
        try:
            with self._client_slot(client):
                result = self.store.query(
                    query, accept=accept, max_results=cap, timeout=self.timeout, dataset=dataset, base=base, public=public
                )
        except BaseException as err:
            future.set_exception(err)
            raise
        finally:
            with self._lock:
                del self._running[key]
        future.set_result(result)
        self.cache.put(key, result, len(result.body) + sum(len(part) for part in (query, accept, base or "")))
        return result

    def running(self, client: str) -> int:
        """Queries of ``client`` running now."""
        with self._lock:
            return self._per_client.get(client, 0)

    @contextmanager
    def _client_slot(self, client: str) -> Iterator[None]:
        """One of a client's ``client_queries`` running queries; waits ``queue_seconds`` for one to end."""
        with self._freed:
            if not self._freed.wait_for(lambda: self._per_client[client] < self.client_queries, self.queue_seconds):
                raise StoreBusy(f"you already have {self.client_queries} queries running; wait for them to finish")
            self._per_client[client] += 1
        try:
            yield
        finally:
            with self._freed:
                self._per_client[client] -= 1
                if not self._per_client[client]:
                    del self._per_client[client]
                self._freed.notify_all()

    def close(self) -> None:
        self.store.close()
