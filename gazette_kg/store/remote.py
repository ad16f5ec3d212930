"""Any SPARQL 1.1 server as the store: queries and updates over the SPARQL protocol (SPARQLWrapper).

The query endpoint is the store location; the update endpoint and credentials come from
the settings (``GAZETTE_KG_UPDATE_ENDPOINT``, ``GAZETTE_KG_REMOTE_USER``,
``GAZETTE_KG_REMOTE_PASSWORD``). A graph is replaced by one update request (DROP then
INSERT DATA), which servers apply atomically. Requests are URL-encoded POSTs, the form every
server takes (Virtuoso 7.2 never answers a query POSTed directly as application/sparql-query).

``query`` asks the server for SPARQL JSON or N-Triples (by the query's form: Virtuoso answers
a CONSTRUCT with a results table when both are acceptable) and writes the answer in the
negotiated format itself, so the row cap, the truncation mark and every format work as on
the embedded store.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from SPARQLWrapper import SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from gazette_kg import config
from gazette_kg.store.base import (
    INSERT_DATA_LINES,
    Row,
    StoreBusy,
    StoreError,
    insert_data,
    ntriples,
    replace_graph_update,
    store_query,
)
from gazette_kg.store.evaluate import Dataset
from gazette_kg.store.formats import kind_for_accept, kind_of, negotiate
from gazette_kg.store.guard import admit, bounded
from gazette_kg.store.http import brief, post_query
from gazette_kg.store.results import QueryResult, ask_result, graph_result, select_result
from gazette_kg.vocabulary import RDF_FORMATS, RESULT_FORMATS

# What the server is asked for, by kind of answer.
_SERVER_ACCEPT = {"results": RESULT_FORMATS["json"], "graph": RDF_FORMATS["nt"]}


def _term(binding: dict) -> dict:
    """A server's SPARQL-JSON term as the standard has it (Virtuoso writes "typed-literal")."""
    return {**binding, "type": "literal"} if binding.get("type") == "typed-literal" else binding


# The variable Virtuoso 7.2 answers an ASK in, as a one-row table.
_VIRTUOSO_ASK = "__ASK_RETVAL"


def _boolean(data: dict) -> bool:
    """An ASK answer; Virtuoso 7.2 sends it as a one-row table (``__ASK_RETVAL`` 1 or 0) instead."""
    if "boolean" in data:
        return bool(data["boolean"])
    rows = data["results"]["bindings"]
    return bool(rows) and next(iter(rows[0].values()))["value"] in ("1", "true")


class RemoteStore:
    # Requests of a few issues each: servers parse an update whole before applying it.
    update_batch_triples = 20_000

    def __init__(
        self,
        url: str,
        update_url: str | None = None,
        *,
        workers: int | None = None,
        queue_seconds: float | None = None,
        public_queries: int | None = None,
    ) -> None:
        self.location = url
        self.update_url = update_url or config.get("update_endpoint") or url
        self.user = config.get("remote_user")
        self.password = config.get("remote_password")
        self.timeout = config.get("remote_timeout")
        self.queue_seconds = config.get("queue_seconds", queue_seconds)
        self._slots = threading.BoundedSemaphore(max(1, config.get("query_workers", workers)))
        # of the concurrent requests, queries from outside may take this many, so that pages keep theirs
        self._public = threading.BoundedSemaphore(max(1, config.get("public_queries", public_queries)))

    def _client(self, url: str) -> SPARQLWrapper:
        client = SPARQLWrapper(url)
        if self.user:
            client.setCredentials(self.user, self.password)
        client.setTimeout(int(self.timeout))
        return client

    def _raw(self, query: str, accept: str) -> bytes:
        return post_query(self.location, query, accept, self.timeout, credentials=(self.user, self.password)).body

    def query(
        self,
        sparql: str,
        *,
        accept: str | None = None,
        max_results: int | None = None,
        timeout: float | None = None,
        dataset: Dataset | None = None,
        base: str | None = None,
        public: bool = False,
    ) -> QueryResult:
        """Any query form, answered in the format ``accept`` negotiates, cut at ``max_results``;
        the request is cancelled at ``timeout``. A ``public`` query is parsed and checked first."""
        verdict = admit(sparql, accept, dataset, tuple(config.get("allowed_services").split())) if public else None
        kind = kind_of(verdict.form) if verdict else kind_for_accept(accept)
        if verdict and max_results is not None:  # the server stops at the cap (and one more, to see if there was more)
            sparql = bounded(sparql, verdict, max_results + 1)
        fmt = negotiate(kind, accept)
        limit = timeout or self.timeout
        wait = min(self.queue_seconds, limit)
        if public and not self._public.acquire(timeout=wait):
            raise StoreBusy(f"the requests for queries from outside stayed busy for {wait:g} s")
        try:
            if not self._slots.acquire(timeout=wait):
                raise StoreBusy(f"every request to {self.location} stayed busy for {wait:g} s")
            try:
                reply = post_query(
                    self.location,
                    f"BASE <{base}>\n{sparql}" if base else sparql,
                    _SERVER_ACCEPT[kind],
                    limit,
                    dataset=dataset,
                    credentials=(self.user, self.password),
                )
            finally:
                self._slots.release()
        finally:
            if public:
                self._public.release()
        if kind == "graph":
            try:
                return graph_result(fmt, ox.parse(reply.body, format=ox.RdfFormat.N_TRIPLES), max_results)
            except SyntaxError as err:
                raise StoreError(f"{self.location} answered with unreadable N-Triples: {err}") from None
        data = json.loads(reply.body)
        if "boolean" in data or (verdict and verdict.form == "ask") or data["head"].get("vars") == [_VIRTUOSO_ASK]:
            return ask_result(fmt, _boolean(data))
        rows = ({var: _term(term) for var, term in binding.items()} for binding in data["results"]["bindings"])
        return select_result(fmt, data["head"]["vars"], rows, max_results)

    def select(self, query: str) -> list[Row]:
        result = JSONResultParser().parse(io.BytesIO(self._raw(query, RESULT_FORMATS["json"])))
        return [{str(var): binding.get(var) for var in result.vars} for binding in result.bindings]

    def ask(self, query: str) -> bool:
        return _boolean(json.loads(self._raw(query, RESULT_FORMATS["json"])))

    def construct(self, query: str) -> Graph:
        return Graph().parse(data=self._raw(query, RDF_FORMATS["nt"]), format="nt")

    def update(self, update: str) -> None:
        client = self._client(self.update_url)
        client.setQuery(update)
        client.setMethod("POST")
        client.setRequestMethod("urlencoded")
        try:
            client.query()
        except (SPARQLWrapperException, OSError) as err:
            raise StoreError(f"{self.update_url}: update failed: {brief(str(err))}") from err

    def add_constructed(self, graph: URIRef, query: str, replacing: Iterable[URIRef] = ()) -> None:
        new = Graph().parse(data=self._raw(query, RDF_FORMATS["nt"]), format="nt")
        operations = [
            store_query("forget-values", graph=graph, predicate=predicate, subjects=subjects[start : start + INSERT_DATA_LINES])
            for predicate in replacing
            if (subjects := sorted(set(new.subjects(predicate))))
            for start in range(0, len(subjects), INSERT_DATA_LINES)
        ]
        operations += insert_data(graph, ntriples(new))
        if operations:
            self.update(" ;\n".join(operations))

    def replace_graph(self, graph: URIRef, triples: Iterable[tuple]) -> int:
        body = ntriples(triples)
        self.replace_graphs([(graph, body)])
        return body.count("\n")

    def replace_graphs(self, graphs: list[tuple[URIRef, str]]) -> None:
        self.update(" ;\n".join(replace_graph_update(graph, body) for graph, body in graphs))

    def drop_graph(self, graph: URIRef) -> None:
        self.update(store_query("drop-graph", graph=graph))

    def clear_graph(self, graph: URIRef) -> None:
        self.drop_graph(graph)

    def graphs(self) -> list[URIRef]:
        return sorted(row["g"] for row in self.select(store_query("graph-names")))

    def __len__(self) -> int:
        rows = self.select(store_query("quad-count"))
        return int(rows[0]["n"])

    def graph_ntriples(self, graph: URIRef) -> Iterator[bytes]:
        yield self._raw(store_query("graph-triples", graph=graph), RDF_FORMATS["nt"])

    def generation(self) -> int:
        """Always 0: a server does not say when it changed (the result cache's time bounds that)."""
        return 0

    def writing(self) -> AbstractContextManager[None]:
        """Nothing to mark: each update request is a transaction on the server."""
        return nullcontext()

    def close(self) -> None:
        """Nothing to release: every request opens its own connection."""
