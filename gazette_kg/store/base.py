"""The ``Store`` interface every backend implements.

Results come back as rdflib terms so callers share one term model whatever the backend.
Named graphs: one per gazette issue; ``replace_graph`` swaps a whole graph atomically.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Protocol

from rdflib import Graph, URIRef
from rdflib.term import Identifier

from gazette_kg.sparql_text import bind, load_query

Row = dict[str, Identifier | None]


def ntriples(triples: Iterable[tuple]) -> str:
    """N-Triples lines for rdflib triples, for the body of an INSERT DATA (or a bulk load): each
    term written once, however many triples hold it (rdflib checks and escapes a term anew on
    every ``n3()``)."""
    written: dict = {}

    def n3(term) -> str:
        text = written.get(term)
        if text is None:
            text = written[term] = term.n3()
        return text

    return "".join(f"{n3(s)} {n3(p)} {n3(o)} .\n" for s, p, o in triples)


# N-Triples lines per INSERT DATA operation: Virtuoso's SPARQL parser runs out of stack on one
# INSERT DATA of some 6,000 triples, while many smaller operations in one request are fine.
INSERT_DATA_LINES = 2000


def insert_data(graph: URIRef | None, body: str) -> list[str]:
    """INSERT DATA operations that add ``body`` (N-Triples) to ``graph``, or to the default graph."""
    lines = body.splitlines(keepends=True)
    open_, close = (f"GRAPH <{graph}> {{\n", "} ") if graph is not None else ("\n", "")
    return [
        f"INSERT DATA {{ {open_}{''.join(lines[start : start + INSERT_DATA_LINES])}{close}}}"
        for start in range(0, len(lines), INSERT_DATA_LINES)
    ]


def replace_graph_update(graph: URIRef, body: str) -> str:
    """One SPARQL Update request, applied as one transaction, that swaps a graph's content
    for ``body`` (N-Triples)."""
    return " ;\n".join([f"DROP SILENT GRAPH <{graph}>", *insert_data(graph, body)])


def store_query(name: str, **values) -> str:
    """The store's own query ``sparql/<name>.rq``, with ``values`` bound to its placeholders."""
    return bind(load_query("gazette_kg.store", name), **values)


class StoreError(Exception):
    """A store could not do what was asked; the message says why."""


class Refused(StoreError):
    """A query or request the read-only endpoint does not serve; ``status`` is the HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped."""


class QueryOutOfMemory(StoreError):
    """A query needed more memory than a query worker may use and was stopped."""


class StoreBusy(StoreError):
    """No query slot came free in time (``queue_seconds``): ask again later."""


class Store(Protocol):
    location: str

    def select(self, query: str) -> list[Row]:
        """Run a SELECT; one dict per solution, unbound variables as None."""

    def ask(self, query: str) -> bool: ...

    def construct(self, query: str) -> Graph:
        """Run a CONSTRUCT or DESCRIBE."""

    def query(
        self,
        sparql: str,
        *,
        accept: str | None = None,
        max_results: int | None = None,
        timeout: float | None = None,
        dataset: tuple[list[str], list[str]] | None = None,
        base: str | None = None,
        public: bool = False,
    ):
        """Any query form as bytes in the format ``accept`` (an HTTP Accept value) negotiates, cut at
        ``max_results`` rows, stopped at ``timeout`` seconds; a ``public`` query (text from outside) is
        parsed first and refused if it writes or calls SERVICE. Returns a ``results.QueryResult``."""

    def replace_graph(self, graph: URIRef, triples: Iterable[tuple]) -> int:
        """Atomically replace named graph ``graph`` with ``triples``; return the number of triples written."""

    def update(self, update: str) -> None:
        """Run a SPARQL 1.1 Update as one transaction."""

    def add_constructed(self, graph: URIRef, query: str, replacing: Iterable[URIRef] = ()) -> None:
        """Add to ``graph`` the triples the CONSTRUCT ``query`` builds over what the store holds now
        (this run's writes included); for a predicate in ``replacing``, the values ``graph`` held
        for a subject the new triples state go first (a count recounted). For the derived graph:
        an INSERT … WHERE update did the same, and pyoxigraph took five times as long reading
        inside an update's transaction."""

    def replace_graphs(self, graphs: list[tuple[URIRef, str]]) -> None:
        """Swap each graph's content for its N-Triples, all in one transaction."""

    # N-Triples lines the loader puts into one update request at most (beyond one graph's).
    update_batch_triples: int

    def drop_graph(self, graph: URIRef) -> None:
        """Drop an issue graph, and take out of the merge what only it stated."""

    def clear_graph(self, graph: URIRef) -> None:
        """Drop a graph that is not part of the merge (the derived graph), if there is one."""

    def graphs(self) -> list[URIRef]: ...

    def generation(self) -> int:
        """A number that changes with every committed write the store knows of (a remote store: 0)."""

    def writing(self) -> AbstractContextManager[None]:
        """Scope of a run of writes (a load) that readers see all of or none of."""

    def __len__(self) -> int:
        """Number of quads in the whole store."""

    def graph_ntriples(self, graph: URIRef) -> Iterator[bytes]:
        """The triples of one named graph as N-Triples, chunk by chunk (exports are written from these,
        graph by graph: see ``export.py``)."""

    def close(self) -> None: ...
