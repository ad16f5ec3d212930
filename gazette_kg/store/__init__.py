"""Triple stores behind one interface: embedded Oxigraph (default) or a remote SPARQL 1.1 server.

``open_store(location)`` returns an ``EmbeddedStore`` for a folder path and a
``RemoteStore`` for an http(s) URL; both satisfy ``Store`` in ``base.py``, so loaders,
queries, the web app and analytics never care which one they have.
"""

from __future__ import annotations

from gazette_kg import config
from gazette_kg.store.base import QueryOutOfMemory, QueryTimeout, Refused, Store, StoreBusy, StoreError
from gazette_kg.store.results import QueryResult


def open_store(
    location: str | None = None,
    *,
    read_only: bool = False,
    workers: int | None = None,
    queue_seconds: float | None = None,
    public_queries: int | None = None,
    slow_seconds: float | None = None,
    long_queries: int | None = None,
    memory_mib: int | None = None,
) -> Store:
    """The store at ``location``; ``workers`` and ``queue_seconds`` bound the queries it runs at once
    (worker processes of the embedded store, concurrent requests to a remote one), and
    ``public_queries`` how many of them may be queries from outside. ``slow_seconds`` and
    ``long_queries`` say when such a query leaves the embedded store's pool and how many may run
    so (a server stops its own slow queries); ``memory_mib`` what an embedded store's worker may use."""
    location = str(location or config.get("store"))
    if location.startswith(("http://", "https://")):
        from gazette_kg.store.remote import RemoteStore

        return RemoteStore(location, workers=workers, queue_seconds=queue_seconds, public_queries=public_queries)
    from gazette_kg.store.embedded import EmbeddedStore

    return EmbeddedStore(
        location,
        read_only=read_only,
        workers=workers,
        queue_seconds=queue_seconds,
        public_queries=public_queries,
        slow_seconds=slow_seconds,
        long_queries=long_queries,
        memory_mib=memory_mib,
    )


__all__ = ["QueryOutOfMemory", "QueryResult", "QueryTimeout", "Refused", "Store", "StoreBusy", "StoreError", "open_store"]
