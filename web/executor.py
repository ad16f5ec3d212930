"""Run queries in worker processes that can be killed: the only way to stop a runaway query.

Neither pyoxigraph nor rdflib can interrupt a query that has started. Each worker process
opens the store read-only and serves one query at a time over a pipe; when a query runs
past the timeout its worker is killed and a fresh one started in its place, while the
other workers keep serving. Results come back serialised, cut at the row cap.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from multiprocessing.connection import Connection

from gazette_kg.web.guard import Refused
from gazette_kg.web.result_cache import ResultCache

RDF_MEDIA = {
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "xml": "application/rdf+xml",
    "nq": "application/n-quads",
    "trig": "application/trig",
}


@dataclass(frozen=True)
class QueryResult:
    body: bytes
    media_type: str
    kind: str  # select | ask | graph
    rows: int
    truncated: bool


class QueryTimeout(Exception):
    pass


class QueryFailed(Exception):
    """The store rejected the query (a syntax error, an unsupported feature); the message says why."""


def _execute(store, query: str, fmt: str, cap: int, dataset: tuple[list[str], list[str]] | None = None,
             base: str | None = None) -> tuple:
    import pyoxigraph as ox

    from gazette_kg.web import results

    fmt, _, graph_fmt = fmt.partition("|")  # "json|ttl": results format, else graph format
    graph_fmt = graph_fmt or fmt
    default, named = dataset or ([], [])
    if default or named:  # a dataset given by the protocol's default-graph-uri / named-graph-uri
        solutions = store.query(query, base_iri=base, default_graph=[ox.NamedNode(g) for g in default] or None,
                                named_graphs=[ox.NamedNode(g) for g in named] or None)
    else:
        solutions = store.query(query, base_iri=base)  # the default graph holds the merge of the issue graphs
    if isinstance(solutions, ox.QueryBoolean):
        fmt = fmt if fmt in results.SELECT_WRITERS else "json"
        return results.boolean(bool(solutions), fmt), results.MEDIA_TYPES[fmt], "ask", 1, False
    if isinstance(solutions, ox.QuerySolutions):
        fmt = fmt if fmt in results.SELECT_WRITERS else "json"
        variables = [v.value for v in solutions.variables]
        rows, truncated = results.take(solutions, cap)
        return results.SELECT_WRITERS[fmt](variables, rows), results.MEDIA_TYPES[fmt], "select", len(rows), truncated
    triples, truncated = results.take(solutions, cap)
    fmt = graph_fmt if graph_fmt in RDF_MEDIA else "ttl"
    if fmt in ("ttl", "nt", "xml"):
        out = ox.serialize(triples, format={"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML}[fmt])
        return out, RDF_MEDIA[fmt], "graph", len(triples), truncated
    from rdflib import Graph

    graph = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph.serialize(format="json-ld").encode("utf-8"), RDF_MEDIA["jsonld"], "graph", len(triples), truncated


def _remote_execute(store, query: str, fmt: str, cap: int, dataset=None, base=None) -> tuple:
    body, media = store.query_serialized(query, fmt.partition("|")[0])
    return body, media, "remote", -1, False


def _worker(location: str, conn: Connection) -> None:
    if location.startswith(("http://", "https://")):
        from gazette_kg.store.remote import RemoteStore

        store, execute = RemoteStore(location), _remote_execute
    else:
        import pyoxigraph as ox

        store, execute = ox.Store.read_only(location), _execute
    conn.send(("ready",))
    while True:
        try:
            query, fmt, cap, dataset, base = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", *execute(store, query, fmt, cap, dataset, base)))
        except SyntaxError as err:
            conn.send(("syntax", str(err)))
        except Exception as err:  # reported to the client; the worker lives on
            conn.send(("error", f"{type(err).__name__}: {err}"))


class _Worker:
    def __init__(self, context, location: str) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(location, child), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(60) or self.conn.recv()[0] != "ready":
            self.kill()
            raise RuntimeError(f"query worker for {location} did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryExecutor:
    def __init__(self, location: str, workers: int = 2, timeout: float = 10.0, max_results: int = 10000,
                 cache_seconds: float = 0.0) -> None:
        self.location = location
        self.timeout = timeout
        self.max_results = max_results
        self.cache: ResultCache[QueryResult] = ResultCache(cache_seconds)
        self._running: dict[tuple, Future] = {}
        self._lock = threading.Lock()
        self._context = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(max(1, workers)):
            self._idle.put(_Worker(self._context, location))
        self._closed = False

    def run(self, query: str, fmt: str = "json", *, timeout: float | None = None, cap: int | None = None,
            dataset: tuple[list[str], list[str]] | None = None, base: str | None = None) -> QueryResult:
        cap = cap or self.max_results
        limit = self.timeout if timeout is None else timeout
        key = (query, fmt, cap, None if dataset is None else (tuple(dataset[0]), tuple(dataset[1])), base)
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
                return running.result(timeout=limit)
            except FutureTimeout:
                raise QueryTimeout(f"the query ran longer than {limit:g} s and was stopped") from None
        try:
            result = self._execute(query, fmt, cap, dataset, base, limit)
        except BaseException as err:
            future.set_exception(err)
            raise
        finally:
            with self._lock:
                del self._running[key]
        future.set_result(result)
        self.cache.put(key, result, len(result.body))
        return result

    def _execute(self, query: str, fmt: str, cap: int, dataset: tuple[list[str], list[str]] | None,
                 base: str | None, limit: float) -> QueryResult:
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise QueryTimeout(f"all query workers stayed busy for {limit:g} s") from None
        remaining = max(0.1, limit - (time.monotonic() - started))
        try:
            worker.conn.send((query, fmt, cap, dataset, base))
            if not worker.conn.poll(remaining):
                self._replace(worker)
                worker = None
                raise QueryTimeout(f"the query ran longer than {limit:g} s and was stopped")
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            worker = None
            raise QueryFailed("the query worker died; try again") from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        if reply[0] == "syntax":
            raise Refused(f"SPARQL syntax error: {reply[1]}", 400)
        if reply[0] == "error":
            raise QueryFailed(reply[1])
        _, body, media, kind, rows, truncated = reply
        return QueryResult(body, media, kind, rows, truncated)

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start its successor without holding up the request."""
        worker.kill()

        def start() -> None:
            if not self._closed:
                self._idle.put(_Worker(self._context, self.location))

        threading.Thread(target=start, daemon=True).start()

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return
