"""The default store: an embedded, persistent Oxigraph database in a folder on disk."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterable, Iterator, Set
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph, URIRef

from gazette_kg import config
from gazette_kg.store.base import Row, StoreError, insert_data, ntriples, replace_graph_update, store_query
from gazette_kg.store.evaluate import Dataset, evaluate
from gazette_kg.store.generation import Snapshot, checkpoint_if_missing, read_generation, writing
from gazette_kg.store.guard import admit
from gazette_kg.store.results import QueryResult
from gazette_kg.store.terms import to_oxigraph, to_rdflib
from gazette_kg.store.workers import WorkerPool


def _forget(graph: URIRef) -> str:
    """The update that takes out of the merge the triples that only ``graph`` states."""
    return store_query("forget-graph", graph=graph)


# Lines of the merge a bulk load remembers having written (by their keys, below), so that a
# triple restated in many issues goes to the default graph once; past this it forgets (which
# only costs work). Six million keys take about half a gigabyte, enough for 1,000 issues.
# (Leaving the repeats to the bulk loader cost more: 1,000 issues, 900 of them in one run, took
# 144.8 s and 183 CPU-seconds in the writer against 134.8 and 164 with the repeats left out here.)
MERGE_MEMORY = 6_000_000


def _key(line: str) -> int:
    """A line remembered by 128 bits (two independent 64-bit hashes), a fraction of its size:
    two of ten million lines share a key with a chance of about one in 10^24. (The lines
    themselves took a gigabyte at 1,000 issues; clearing a smaller memory as it filled wrote
    40% more of the merge again.)"""
    return hash(line) << 64 | (hash(line[::-1]) & 0xFFFF_FFFF_FFFF_FFFF)


class _Quads:
    """N-Quads of graphs (IRI, N-Triples) as they come: each graph's quads, then, unless the graph
    is ``unmerged``, those of its triples the merge (default graph) has not had from this stream
    yet. ``names`` lists the graphs begun so far."""

    def __init__(self, graphs: Iterable[tuple[URIRef, str]], unmerged: Set[URIRef] = frozenset()) -> None:
        self.graphs = graphs
        self.unmerged = unmerged
        self.names: list[URIRef] = []
        self.triples = 0

    def __iter__(self) -> Iterator[bytes]:
        written: set[int] = set()
        for graph, triples in self.graphs:
            self.names.append(graph)
            self.triples += triples.count("\n")
            yield triples.replace(" .\n", f" <{graph}> .\n").encode("utf-8")
            if graph in self.unmerged:
                continue
            if len(written) > MERGE_MEMORY:
                written.clear()
            fresh = []
            for line in triples.splitlines(keepends=True):
                key = _key(line)
                if key not in written:
                    written.add(key)
                    fresh.append(line)
            yield "".join(fresh).encode("utf-8")


class _ByteStream(io.RawIOBase):
    """A readable stream over chunks of bytes, for the bulk loader to read while they are made
    (a whole corpus joined into one bytes object first took several times its size in memory)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._chunk = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while not self._chunk:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._chunk = memoryview(chunk)
        size = min(len(target), len(self._chunk))
        target[:size] = self._chunk[:size]
        self._chunk = self._chunk[size:]
        return size


_FORMS = {ox.QuerySolutions: "a SELECT", ox.QueryBoolean: "an ASK", ox.QueryTriples: "a CONSTRUCT or DESCRIBE"}


class EmbeddedStore:
    """pyoxigraph on disk, one named graph per gazette issue.

    The default graph holds the merge of the named graphs: each triple once, however many
    issues state it. Every write here keeps it so, and queries read it. (pyoxigraph's own
    union default graph repeats a triple once per graph that holds it, so a join over facts
    restated in k issues grew as k to the power of the patterns joined.)
    """

    update_batch_triples = 400_000

    def __init__(
        self,
        location: str | Path,
        *,
        read_only: bool = False,
        workers: int | None = None,
        queue_seconds: float | None = None,
        public_queries: int | None = None,
        slow_seconds: float | None = None,
        long_queries: int | None = None,
        memory_mib: int | None = None,
    ) -> None:
        self.location = str(location)
        self.read_only = read_only
        self.workers = config.get("query_workers", workers)
        self.queue_seconds = config.get("queue_seconds", queue_seconds)
        self.public_queries = config.get("public_queries", public_queries)
        self.slow_seconds = config.get("slow_seconds", slow_seconds)
        self.long_queries = config.get("long_queries", long_queries)
        self.memory_mib = config.get("query_memory", memory_mib)
        self._pool: WorkerPool | None = None
        self._pool_lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._writing = False
        if read_only:
            self._snapshot = Snapshot(self.location)
            return
        try:
            Path(self.location).mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(self.location)
        except OSError as err:
            raise StoreError(f"cannot open the store at {self.location}: {err}") from err
        checkpoint_if_missing(self._store, self.location)

    def _db(self) -> ox.Store:
        """The store to read: opened for writing, or read-only as of its latest generation."""
        return self._snapshot.current() if self._snapshot is not None else self._store

    def generation(self) -> int:
        """The store's generation (``generation.py``): it changes with every committed write."""
        return read_generation(self.location)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write, or a run of writes (a load): readers see all of it or none of it."""
        if self._writing:
            yield
            return
        self._writing = True
        try:
            with writing(self._store, self.location):
                yield
        finally:
            self._writing = False

    # -- queries

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
        """Any query form, answered in the format ``accept`` negotiates, cut at ``max_results``.

        A ``public`` query (text from outside) is parsed and refused first if it writes or
        calls SERVICE. With a ``timeout`` the query runs in a worker process that is killed
        when time is up (of the workers, public queries may hold ``public_queries``); without
        one it runs here."""
        if public:
            admit(sparql, accept, dataset, tuple(config.get("allowed_services").split()))
        args = (sparql, accept, max_results, dataset, base)
        if timeout is None:
            return self._snapshot.read(lambda store: evaluate(store, *args)) if self._snapshot else evaluate(self._store, *args)
        return self._workers().run(args, timeout, public=public)

    def _workers(self) -> WorkerPool:
        with self._pool_lock:
            if self._pool is None:
                self._pool = WorkerPool(
                    self.location,
                    self.workers,
                    self.queue_seconds,
                    slow_seconds=self.slow_seconds,
                    long_queries=self.long_queries,
                    public_queries=self.public_queries,
                    memory_mib=self.memory_mib,
                )
            return self._pool

    def _answer(self, query: str, substitutions: dict | None, base: str | None, kind: type, read: Callable):
        """``read`` of the answer to ``query``, which must be of ``kind``. A read-only store reads
        inside its snapshot, so a read that fails on files the writer has just compacted away is
        made again on a fresh opening (answers are read lazily: the failure can come mid-way)."""

        def job(db: ox.Store):
            results = db.query(
                query, base_iri=base, substitutions={ox.Variable(k): to_oxigraph(v) for k, v in (substitutions or {}).items()}
            )
            if not isinstance(results, kind):
                raise StoreError(f"not {_FORMS[kind]} query")
            return read(results)

        try:
            return self._snapshot.read(job) if self._snapshot is not None else job(self._store)
        except SyntaxError as err:
            raise StoreError(f"SPARQL syntax error: {err}") from err
        except OSError as err:
            raise StoreError(f"query failed: {err}") from err

    def select(self, query: str, substitutions: dict | None = None, *, base: str | None = None) -> list[Row]:
        def rows(results: ox.QuerySolutions) -> list[Row]:
            names = [v.value for v in results.variables]
            return [{name: to_rdflib(solution[name]) for name in names} for solution in results]

        return self._answer(query, substitutions, base, ox.QuerySolutions, rows)

    def ask(self, query: str, substitutions: dict | None = None, *, base: str | None = None) -> bool:
        return self._answer(query, substitutions, base, ox.QueryBoolean, bool)

    def construct(self, query: str, substitutions: dict | None = None, *, base: str | None = None) -> Graph:
        def graph(results: ox.QueryTriples) -> Graph:
            built = Graph()
            for triple in results:
                built.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
            return built

        return self._answer(query, substitutions, base, ox.QueryTriples, graph)

    # -- writes

    def replace_graph(self, graph: URIRef, triples: Iterable[tuple]) -> int:
        """Drop and refill ``graph`` in one transaction: readers see the old graph or the new one."""
        body = ntriples(triples)
        self.replace_graphs([(graph, body)])
        return body.count("\n")

    def replace_graphs(self, graphs: list[tuple[URIRef, str]]) -> None:
        """Swap each graph's content for its N-Triples, and the merge with it, in one transaction."""
        operations = []
        for graph, body in graphs:
            operations += [_forget(graph), replace_graph_update(graph, body), *insert_data(None, body)]
        self.update(" ;\n".join(operations))

    def add_new_graphs(self, graphs: Iterable[tuple[URIRef, str]], unmerged: Set[URIRef] = frozenset()) -> int:
        """Add graphs (IRI, N-Triples) that are not in the store yet with pyoxigraph's bulk loader,
        reading them as ``graphs`` gives them (a loader's stream), those ``unmerged`` kept out of the
        merge; return the triples written.

        The bulk loader is not transactional; all or nothing is kept here instead: the graphs
        did not exist before, so if loading fails part way (bad data, a full disk) they are
        dropped again, and the merge loses what only they had added."""
        quads = _Quads(graphs, unmerged)
        try:
            with self.writing():
                self._store.bulk_load(io.BufferedReader(_ByteStream(iter(quads)), 1 << 20), format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError, ValueError) as err:
            self.update(" ;\n".join([*(store_query("drop-graph", graph=graph) for graph in quads.names), store_query("orphans")]))
            raise StoreError(f"loading {len(quads.names)} graph(s) failed: {err}") from err
        return quads.triples

    def load_file(self, path: str | Path, graph: URIRef | None = None, base: str | None = None) -> None:
        """Load an RDF file (format from its suffix) into ``graph``, or the default graph."""
        target = ox.NamedNode(str(graph)) if graph is not None else ox.DefaultGraph()
        try:
            with self.writing():
                self._store.load(path=str(path), base_iri=base, to_graph=target)
        except (SyntaxError, OSError, ValueError) as err:
            raise StoreError(f"{path}: {err}") from err

    def update(self, update: str) -> None:
        """Run a SPARQL 1.1 Update as one transaction."""
        try:
            with self.writing():
                self._store.update(update)
        except (SyntaxError, OSError) as err:
            raise StoreError(f"update failed: {err}") from err

    def add_constructed(self, graph: URIRef, query: str, replacing: Iterable[URIRef] = ()) -> None:
        node = ox.NamedNode(str(graph))
        data = self._answer(query, None, None, ox.QueryTriples, lambda t: ox.serialize(t, format=ox.RdfFormat.N_TRIPLES))
        recounted = {ox.NamedNode(str(p)) for p in replacing}
        stated = (
            {(t.subject, t.predicate) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES) if t.predicate in recounted}
            if recounted
            else set()
        )
        stale = [old for subject, predicate in stated for old in self._store.quads_for_pattern(subject, predicate, None, node)]
        # Inside one load run, which readers see all of or none of (``writing``), the bulk loader
        # (three times as fast as a transaction here) can write: a load that fails derives afresh.
        try:
            with self.writing():
                for quad in stale:
                    self._store.remove(quad)
                self._store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=node)
        except OSError as err:
            raise StoreError(f"writing {graph} failed: {err}") from err

    def clear_graph(self, graph: URIRef) -> None:
        node = ox.NamedNode(str(graph))
        with self.writing():
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)

    def drop_graph(self, graph: URIRef) -> None:
        self.update(f"{_forget(graph)} ;\n{store_query('drop-graph', graph=graph)}")

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._db().named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._db())

    def graph_ntriples(self, graph: URIRef) -> Iterator[bytes]:
        yield self._db().dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph)))

    def write_nquads(self, output: BinaryIO | Path) -> None:
        """Write every quad as N-Quads, the merge in the default graph included (to compare two
        states of a store, or load the same quads elsewhere)."""
        self._db().dump(output=output, format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        if self._snapshot is None:
            self._store.flush()
            del self._store
        self._snapshot = None
