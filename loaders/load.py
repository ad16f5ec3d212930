"""Load gazette files into a store: parse every file, map it to RDF, write one named graph per issue.

A run is all or nothing: every file is parsed and mapped before anything is written, so
a file that cannot be read stops the run with its name and reason and the store stays as
it was. The graphs are then written in as few transactions as the store allows (one
SPARQL update per batch); reloading an issue replaces its graph and nothing else, and
loading the same file twice leaves the store unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from gazette_kg.loaders.cli import parse_paths
from gazette_kg.loaders.rdf import GZ, issue_graph_iri, issue_to_graph, vocabulary_graph
from gazette_kg.store.base import Store, StoreError, ntriples, replace_graph_update

VOCABULARY_GRAPH = URIRef("https://gazette-kg.org/graph/vocabulary")
# Triples written per SPARQL update; one update is one transaction.
BATCH_TRIPLES = 400_000


class LoadError(Exception):
    """A load that wrote nothing; the message names the file and the reason."""


@dataclass
class LoadedIssue:
    path: Path
    graph: URIRef
    triples: int


@dataclass
class LoadReport:
    issues: list[LoadedIssue] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(i.triples for i in self.issues)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the .txt files inside folders named, in a stable order."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return files


def prepare(files: list[Path], base: str, progress: Callable[[Path], None] | None = None) -> list[tuple[Path, URIRef, Graph]]:
    """Parse and map every file; raise ``LoadError`` naming the first file that fails."""
    prepared = []
    for path in files:
        issues, errors = parse_paths((str(path),))
        if errors:
            raise LoadError(errors[0])
        data = issues[0].to_dict()
        graph = issue_to_graph(data, base)
        iri = issue_graph_iri(data, base)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        graph.add((iri, GZ.sourceFile, Literal(path.name)))
        graph.add((iri, GZ.sha256, Literal(digest)))
        prepared.append((path, iri, graph))
        if progress:
            progress(path)
    names = {}
    for path, iri, _ in prepared:
        if iri in names:
            raise LoadError(f"{path}: same gazette issue as {names[iri]} ({iri}); load one of them")
        names[iri] = path
    return prepared


def write(store: Store, graphs: list[tuple[URIRef, Graph]]) -> None:
    """Replace each graph; batches of graphs go in one update (one transaction) each.

    Graphs the store does not hold yet go in through the store's bulk path where it has
    one (one transaction as well), which is several times faster than an update.
    """
    add_new = getattr(store, "add_new_graphs", None)
    added: list[URIRef] = []
    if add_new is not None:
        existing = set(store.graphs())
        new = [(iri, graph) for iri, graph in graphs if iri not in existing]
        if new:
            try:
                add_new(new)
            except StoreError as err:
                raise LoadError(f"the store refused the data: {err}") from err
            added = [iri for iri, _ in new]
        graphs = [(iri, graph) for iri, graph in graphs if iri in existing]
    try:
        _replace(store, graphs)
    except LoadError:
        for iri in added:  # they did not exist before this run: dropping them restores the store
            store.drop_graph(iri)
        raise


def _replace(store: Store, graphs: list[tuple[URIRef, Graph]]) -> None:
    batch: list[str] = []
    size = 0
    updater = getattr(store, "update", None)
    for iri, graph in graphs:
        if updater is None:
            store.replace_graph(iri, graph)
            continue
        batch.append(replace_graph_update(iri, ntriples(graph)))
        size += len(graph)
        if size >= BATCH_TRIPLES:
            _flush(updater, batch)
            batch, size = [], 0
    if batch:
        _flush(updater, batch)


def _flush(updater, batch: list[str]) -> None:
    try:
        updater(" ;\n".join(batch))
    except (SyntaxError, OSError, StoreError) as err:
        raise LoadError(f"the store refused the update: {err}") from err


def load_paths(paths: Iterable[str | Path], store: Store, base: str,
               progress: Callable[[Path], None] | None = None) -> LoadReport:
    files = collect_files(paths)
    if not files:
        raise LoadError("no files to load (give gazette .txt files or folders holding them)")
    prepared = prepare(files, base, progress)
    graphs = [(VOCABULARY_GRAPH, vocabulary_graph())] + [(iri, graph) for _, iri, graph in prepared]
    write(store, graphs)
    return LoadReport([LoadedIssue(path, iri, len(graph)) for path, iri, graph in prepared])
