"""Load gazette files into a store: parse every file, map it to RDF, write one named graph per issue.

A run is all or nothing: every file is parsed and mapped before anything is written, so
a file that cannot be read stops the run with its name and reason and the store stays as
it was. Parsing and mapping, two thirds of the work, run in a pool of processes when
there are enough files; each issue's N-Triples wait on disk, and are written a step of
issues at a time, so memory does not grow with the corpus. Graphs the store does not hold yet go in through its bulk path;
the others are replaced by SPARQL updates, one transaction per batch. Reloading an issue
replaces its graph and nothing else; a file whose content hash the store already holds is
skipped before it is parsed, so loading the same file twice costs a hash and changes nothing.
After the issues are written, the derived graph (``derive``) is computed again from all of them.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from rdflib import Literal, URIRef

from gazette_kg.loaders.derive import derive
from gazette_kg.loaders.parse.pipeline import parse_paths
from gazette_kg.loaders.rdf.mapping import GZ, issue_graph_iri, issue_triples, vocabulary_graph
from gazette_kg.sparql_text import bind, load_query
from gazette_kg.store.base import Store, StoreError, ntriples
from gazette_kg.vocabulary import DERIVED_GRAPH, VOCABULARY_GRAPH

# Below this many files starting worker processes costs more than it saves.
PARALLEL_FROM = 8
# Issues written per step of a load: memory holds one step's graphs (and the bulk loader's
# work on them), not the whole corpus's (4.7 GB for 900 issues in one step).
WRITE_STEP = 100


class LoadError(Exception):
    """A load that wrote nothing; the message names the file and the reason."""


@dataclass(frozen=True)
class PreparedIssue:
    """One file parsed and mapped: its issue's named graph as N-Triples text, ready to write."""

    path: Path
    graph: URIRef
    ntriples: str
    triples: int


@dataclass
class LoadedIssue:
    path: Path
    graph: URIRef
    triples: int


@dataclass
class LoadReport:
    issues: list[LoadedIssue] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # skipped: the store holds the same content

    @property
    def triples(self) -> int:
        return sum(i.triples for i in self.issues)


# Inside a folder, the files taken as gazettes; a file named on its own is read whatever its name.
SUFFIXES = (".txt", ".pdf", ".html", ".htm")


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the text, PDF and HTML files inside folders named, in a stable order."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
                     if path.is_dir() else [path])
    return files


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_hashes(store: Store, hashes: Iterable[str]) -> set[str]:
    """Those of ``hashes`` that a graph in the store carries as its ``gz:sha256``."""
    wanted = sorted(set(hashes))
    if not wanted:
        return set()
    rows = store.select(bind(load_query("gazette_kg.loaders", "stored-hashes"), hashes=wanted))
    return {str(row["h"]) for row in rows}


def prepare_file(path: Path, base: str, source_url: str | None = None) -> PreparedIssue | str:
    """Parse and map one file; the error line (file and reason) where it cannot be read."""
    issues, errors = parse_paths((str(path),), source_url)
    if errors:
        return errors[0]
    data = issues[0].to_dict()
    triples = issue_triples(data, base)
    iri = issue_graph_iri(data, base)
    triples.add((iri, GZ.sourceFile, Literal(path.name)))
    triples.add((iri, GZ.sha256, Literal(content_hash(path.read_bytes()))))
    return PreparedIssue(path, iri, ntriples(triples), len(triples))


def prepare(files: list[Path], base: str, progress: Callable[[Path], None] | None = None,
            workers: int | None = None, source_url: str | None = None) -> list[PreparedIssue]:
    """Every file parsed and mapped (see ``prepare_each``), all held in memory."""
    return list(prepare_each(files, base, progress, workers, source_url))


def prepare_each(files: list[Path], base: str, progress: Callable[[Path], None] | None = None,
                 workers: int | None = None, source_url: str | None = None) -> Iterator[PreparedIssue]:
    """Parse and map each file in turn, in ``workers`` processes (default: one per CPU from
    ``PARALLEL_FROM`` files); raise ``LoadError`` naming the first file that fails or that
    repeats an issue an earlier file gave. ``source_url`` is where the one file given came from."""
    if workers is None:
        workers = (os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 1
    job = partial(prepare_file, base=base, source_url=source_url)
    names: dict[URIRef, Path] = {}
    with ProcessPoolExecutor(workers) if workers > 1 else nullcontext() as pool:
        for result in pool.map(job, files, chunksize=2) if pool else map(job, files):
            if isinstance(result, PreparedIssue) and result.graph in names:
                result = f"{result.path}: same gazette issue as {names[result.graph]} ({result.graph}); load one of them"
            if isinstance(result, str):
                if pool:
                    pool.shutdown(cancel_futures=True)
                raise LoadError(result)
            names[result.graph] = result.path
            if progress:
                progress(result.path)
            yield result


def write(store: Store, graphs: list[tuple[URIRef, str]]) -> None:
    """Write each graph (IRI, N-Triples) over the store's graph of that name.

    Graphs the store does not hold yet go in through the store's bulk path where it has
    one, several times faster than an update; the rest are replaced in batches, one
    SPARQL update (one transaction) each. If a batch fails, the graphs added by the bulk
    path are dropped again, so the store is as it was.
    """
    add_new = getattr(store, "add_new_graphs", None)
    added: list[URIRef] = []
    if add_new is not None:
        existing = set(store.graphs())
        new = [(iri, body) for iri, body in graphs if iri not in existing]
        if new:
            try:
                add_new(new)
            except StoreError as err:
                raise LoadError(f"the store refused the data: {err}") from err
            added = [iri for iri, _ in new]
        graphs = [(iri, body) for iri, body in graphs if iri in existing]
    try:
        _replace(store, graphs)
    except LoadError:
        for iri in added:
            store.drop_graph(iri)
        raise


def _replace(store: Store, graphs: list[tuple[URIRef, str]]) -> None:
    """Replace graphs in batches of about ``store.update_batch_triples``, one update each.

    One batch is one transaction. Where there are several, each graph's content before the
    run is kept, and if a later batch fails the graphs of the earlier ones are put back."""
    batches: list[list[tuple[URIRef, str]]] = [[]]
    size = 0
    for iri, body in graphs:
        if size >= store.update_batch_triples:
            batches.append([])
            size = 0
        batches[-1].append((iri, body))
        size += body.count("\n")
    if len(batches) == 1:
        if batches[0]:
            _flush(store, batches[0])
        return
    done: list[tuple[URIRef, str]] = []
    for batch in batches:
        before = [(iri, b"".join(store.dump("nt", iri)).decode("utf-8")) for iri, _ in batch]
        try:
            _flush(store, batch)
        except LoadError:
            if done:
                _flush(store, done)
            raise
        done += before


def _flush(store: Store, graphs: list[tuple[URIRef, str]]) -> None:
    try:
        store.replace_graphs(graphs)
    except (SyntaxError, OSError, StoreError) as err:
        raise LoadError(f"the store refused the update: {err}") from err


def load_paths(paths: Iterable[str | Path], store: Store, base: str,
               progress: Callable[[Path], None] | None = None, source_url: str | None = None) -> LoadReport:
    """Load files and folders; files whose content the store already holds are skipped unparsed."""
    files = collect_files(paths)
    if not files:
        raise LoadError("no files to load (give gazette text, PDF or HTML files, or folders holding them)")
    if source_url and len(files) > 1:
        raise LoadError("--source-url names the source of one file; give one file with it")
    hashes = {path: content_hash(path.read_bytes()) for path in files}
    vocabulary = _vocabulary()
    known = stored_hashes(store, [*hashes.values(), vocabulary[2]])
    if source_url:  # the content may be the same and its stated source new
        known -= set(hashes.values())
    unchanged = [path for path in files if hashes[path] in known]
    todo = [path for path in files if hashes[path] not in known]
    with tempfile.TemporaryDirectory(prefix="gazette-kg-load-") as spill:
        issues: list[LoadedIssue] = []
        graphs: list[tuple[URIRef, Path]] = []
        if vocabulary[2] not in known:
            graphs.append((VOCABULARY_GRAPH, _spill(Path(spill), 0, vocabulary[1])))
        for issue in prepare_each(todo, base, progress, source_url=source_url):
            graphs.append((issue.graph, _spill(Path(spill), len(graphs) + 1, issue.ntriples)))
            issues.append(LoadedIssue(issue.path, issue.graph, issue.triples))
        write_in_steps(store, graphs)
    if graphs or DERIVED_GRAPH not in store.graphs():
        derive(store)
    return LoadReport(issues, unchanged)


def _spill(folder: Path, index: int, body: str) -> Path:
    """An issue's N-Triples put aside on disk until every file is parsed, so memory holds one step."""
    path = folder / f"{index}.nt"
    path.write_text(body, encoding="utf-8")
    return path


def write_in_steps(store: Store, graphs: list[tuple[URIRef, Path]]) -> None:
    """Write graphs (IRI, file of N-Triples) ``WRITE_STEP`` at a time, all or nothing.

    If a step fails, the graphs the earlier steps added are dropped and those they replaced
    are put back as they were, so the store is as before the run."""
    existing = set(store.graphs())
    added: list[URIRef] = []
    replaced: list[tuple[URIRef, str]] = []
    try:
        for start in range(0, len(graphs), WRITE_STEP):
            step = [(iri, path.read_text(encoding="utf-8")) for iri, path in graphs[start:start + WRITE_STEP]]
            if len(graphs) > WRITE_STEP:
                replaced += [(iri, b"".join(store.dump("nt", iri)).decode("utf-8")) for iri, _ in step if iri in existing]
            write(store, step)
            added += [iri for iri, _ in step if iri not in existing]
    except LoadError:
        for iri in added:
            store.drop_graph(iri)
        if replaced:
            _flush(store, replaced)
        raise


def _vocabulary() -> tuple[URIRef, str, str]:
    """The vocabulary graph as N-Triples, its content hash stated inside it, and that hash."""
    body = ntriples(vocabulary_graph())
    digest = content_hash(body.encode("utf-8"))
    return VOCABULARY_GRAPH, body + ntriples([(VOCABULARY_GRAPH, GZ.sha256, Literal(digest))]), digest
