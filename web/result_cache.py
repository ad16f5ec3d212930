"""Recently computed query results, reused for the same query for a while.

The embedded store does not change while it is served (a read-only store may not be
written by another process), so the same query gives the same answer; the time limit is
for a remote store, which may. Wikidata's query service works the same way (5 minutes).
Entries are dropped oldest-used first once their sizes (the caller counts the body and the
key: a long query text costs memory too) pass a byte budget, ``cache_bytes``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from gazette_kg import config

T = TypeVar("T")


class ResultCache(Generic[T]):
    def __init__(self, seconds: float, max_bytes: int | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self.max_bytes = config.get("cache_bytes", max_bytes)
        self._clock = clock
        self._entries: OrderedDict[Hashable, tuple[float, int, T]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> T | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            stored, size, value = entry
            if self._clock() - stored > self.seconds:
                del self._entries[key]
                self._bytes -= size
                return None
            self._entries.move_to_end(key)
            return value

    def put(self, key: Hashable, value: T, size: int) -> None:
        """Keep ``value`` (``size`` bytes); a value bigger than a quarter of the budget is not kept."""
        if self.seconds <= 0 or size > self.max_bytes // 4:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._entries[key] = (self._clock(), size, value)
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, (_, dropped, _) = self._entries.popitem(last=False)
                self._bytes -= dropped
