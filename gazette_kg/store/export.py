"""Linked-data exports of the store: Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML.

An export is written graph by graph, so memory stays at one issue graph however large the
store (building the whole store in rdflib first took 12 GB and half an hour at 1,000 issues).
pyoxigraph's writer serialises the quads as they come; JSON-LD is compacted graph by graph
with the published context (ontology/context.jsonld), so that it reads as plain JSON keys,
and its nodes are listed in one ``@graph``. In the graph formats a triple stated by several
issues appears once per issue (the same graph once read). ``with_ontology`` adds the
ontology and vocabularies. The derived graph (``loaders/derive.py``) is computed from the issue
graphs for the queries and is no part of an export: in a graph format its triples stood among the facts.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph, URIRef

from gazette_kg.ontology import CONTEXT_FILE
from gazette_kg.store.base import Store
from gazette_kg.vocabulary import PREFIXES, RDF_FORMATS, VOCABULARY_GRAPH, is_derived

FORMATS = tuple(RDF_FORMATS)
# bytes the writer hands over at a time, and chunks waiting for the reader at most
CHUNK_BYTES = 1 << 20
WAITING_CHUNKS = 16


def context() -> dict:
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))


def export(store: Store, fmt: str, graph: URIRef | None = None, with_ontology: bool = False) -> Iterator[bytes]:
    """The store (or one issue graph) serialised in ``fmt``, chunk by chunk."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    names = [graph] if graph is not None else [g for g in store.graphs() if g != VOCABULARY_GRAPH and not is_derived(g)]
    if with_ontology and VOCABULARY_GRAPH not in names:
        names.append(VOCABULARY_GRAPH)
    if fmt == "jsonld":
        return _jsonld(store, names)
    return _written(store, names, ox.RdfFormat.from_media_type(RDF_FORMATS[fmt]))


def _triples(store: Store, name: URIRef) -> Iterator[ox.Triple]:
    for chunk in store.graph_ntriples(name):
        yield from ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES)


def _statements(store: Store, names: list[URIRef], in_graphs: bool) -> Iterator[ox.Triple | ox.Quad]:
    for name in names:
        node = ox.NamedNode(str(name))
        for triple in _triples(store, name):
            yield ox.Quad(triple.subject, triple.predicate, triple.object, node) if in_graphs else triple


class _Handover:
    """A binary file for pyoxigraph's writer that passes what it writes to the reading thread."""

    def __init__(self) -> None:
        self.chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(WAITING_CHUNKS)
        self.closed = threading.Event()
        self._buffer = bytearray()

    def write(self, data: bytes) -> int:
        if self.closed.is_set():  # the reader stopped early: end the writer
            raise BrokenPipeError("the export's reader went away")
        self._buffer += data
        if len(self._buffer) >= CHUNK_BYTES:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._buffer:
            self.put(bytes(self._buffer))
            self._buffer.clear()

    def put(self, item: bytes | BaseException | None) -> None:
        while not self.closed.is_set():
            try:
                self.chunks.put(item, timeout=1)
                return
            except queue.Full:
                continue


def _written(store: Store, names: list[URIRef], rdf_format: ox.RdfFormat) -> Iterator[bytes]:
    """pyoxigraph's writer over the graphs' statements, in a thread, read chunk by chunk here."""
    handover = _Handover()
    statements = _statements(store, names, rdf_format.supports_datasets)

    def write() -> None:
        try:
            ox.serialize(statements, output=handover, format=rdf_format, prefixes=PREFIXES)
            handover.flush()
            handover.put(None)
        except BaseException as err:  # handed to the reader, who raises it
            handover.put(err)

    threading.Thread(target=write, daemon=True, name="export").start()
    try:
        while (item := handover.chunks.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        handover.closed.set()


def _jsonld(store: Store, names: Iterable[URIRef]) -> Iterator[bytes]:
    """One JSON-LD document: the context, then every graph's nodes, compacted graph by graph."""
    shared = context()["@context"]
    yield b'{"@context": ' + json.dumps(shared, ensure_ascii=False).encode("utf-8") + b',\n"@graph": ['
    first = True
    for name in names:
        graph = Graph()
        for chunk in store.graph_ntriples(name):
            graph.parse(data=chunk, format="nt")
        if not len(graph):
            continue
        document = json.loads(graph.serialize(format="json-ld", context=shared, auto_compact=True))
        nodes = document.get("@graph", [{k: v for k, v in document.items() if k != "@context"}])
        for node in nodes:
            yield (b"" if first else b",\n") + json.dumps(node, ensure_ascii=False).encode("utf-8")
            first = False
    yield b"]}\n"
