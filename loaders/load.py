"""Load gazette files into a store: parse every file, map it to RDF, write one named graph per issue.

Parsing and mapping run in a pool of worker processes (one per CPU when there are enough
files), a few files ahead of the one writer in this process (``writer.py``), which writes
the issues in batches as they come: memory holds what is in flight, not the corpus. A run
is all or nothing: a file that cannot be read stops it with its name and reason, and what
the run had written is undone, so the store stays as it was. Reloading an issue replaces
its graph and nothing else; a file whose content hash the store already holds is skipped
before it is parsed, so loading the same file twice costs a hash and changes nothing.
The workers also compute what the derived graph (``derive``) takes from each issue alone, which
the writer adds after the issues; what depends on many issues is derived after that, in the same
run: readers see the derived graph in step with the issues.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef

from gazette_kg.loaders.derive import derive, streamed_into
from gazette_kg.loaders.parse.pipeline import parse_paths
from gazette_kg.loaders.rdf.derived import issue_derived
from gazette_kg.loaders.rdf.mapping import GZ, IssueGraph, vocabulary_graph
from gazette_kg.loaders.rdf.terms import ntriples_text
from gazette_kg.loaders.writer import WriteError, Writer
from gazette_kg.sparql_text import bind, is_iri, load_query
from gazette_kg.store.base import Store, StoreError, ntriples
from gazette_kg.vocabulary import DERIVED_GRAPH, VOCABULARY_GRAPH

# Below this many files starting worker processes costs more than it saves.
PARALLEL_FROM = 8
# Files each worker may have parsed ahead of the writer: enough to keep it busy, few enough
# that what waits in memory stays small.
AHEAD_PER_WORKER = 4
# How much lower the workers' CPU priority is than the writer's: the writer is the slowest
# stage, so on a busy machine a core goes to it first and the workers take what is left.
WORKER_NICENESS = 5
# Objects a worker allocates before its cyclic garbage collector runs (Python's default: 700).
# Parsing and mapping make many objects and almost no cycles (refcounting frees an issue's), and at
# the default the collector took a sixth of a worker's time on the synthetic corpus.
WORKER_GC_THRESHOLD = 20_000


class LoadError(Exception):
    """A load that wrote nothing; the message names the file and the reason."""


@dataclass(frozen=True)
class PreparedIssue:
    """One file parsed and mapped: its issue's named graph as N-Triples text, ready to write, what
    the derived graph takes from it (``rdf/derived.py``), and the CPU seconds each stage took."""

    path: Path
    graph: URIRef
    ntriples: str
    triples: int
    derived: str
    seconds: dict[str, float] = field(default_factory=dict, compare=False)


@dataclass
class LoadedIssue:
    path: Path
    graph: URIRef
    triples: int


@dataclass
class LoadReport:
    issues: list[LoadedIssue] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)  # skipped: the store holds the same content
    seconds: Counter[str] = field(default_factory=Counter)  # CPU seconds by stage, workers' and the writer's

    @property
    def triples(self) -> int:
        return sum(i.triples for i in self.issues)


# Inside a folder, the files taken as gazettes; a file named on its own is read whatever its name.
SUFFIXES = (".txt", ".pdf", ".html", ".htm")


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the text, PDF and HTML files inside folders named, in a stable order."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(
            sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()) if path.is_dir() else [path]
        )
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
    clock = _Stopwatch()
    issues, errors = parse_paths((str(path),), source_url)
    clock.lap("parse")
    if errors:
        return errors[0]
    data = issues[0].to_dict()
    clock.lap("to dict")
    graph = IssueGraph(data, base)
    triples = graph.build()
    graph.add(graph.issue, GZ.sourceFile, path.name)
    graph.add(graph.issue, GZ.sha256, content_hash(path.read_bytes()))
    clock.lap("map")
    derived = ntriples_text(issue_derived(triples))
    clock.lap("derive")
    body = ntriples_text(triples)
    clock.lap("serialise")
    return PreparedIssue(path, graph.issue, body, len(triples), derived, clock.laps)


class _Stopwatch:
    """CPU seconds of the stages of a job, lap by lap."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.process_time()

    def lap(self, stage: str) -> None:
        now = time.process_time()
        self.laps[stage] = now - self._last
        self._last = now


def prepare(
    files: list[Path],
    base: str,
    progress: Callable[[Path], None] | None = None,
    workers: int | None = None,
    source_url: str | None = None,
) -> list[PreparedIssue]:
    """Every file parsed and mapped (see ``prepare_each``), all held in memory."""
    return list(prepare_each(files, base, progress, workers, source_url))


def prepare_each(
    files: list[Path],
    base: str,
    progress: Callable[[Path], None] | None = None,
    workers: int | None = None,
    source_url: str | None = None,
) -> Iterator[PreparedIssue]:
    """Parse and map each file in turn, in ``workers`` processes (default: one per CPU from
    ``PARALLEL_FROM`` files) that run at most ``AHEAD_PER_WORKER`` files each ahead of the
    caller; raise ``LoadError`` naming the first file that fails or that repeats an issue an
    earlier file gave. ``source_url`` is where the one file given came from."""
    if workers is None:
        workers = (os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 1
    names: dict[URIRef, Path] = {}
    for result in _results(files, base, source_url, workers):
        if isinstance(result, PreparedIssue) and result.graph in names:
            result = f"{result.path}: same gazette issue as {names[result.graph]} ({result.graph}); load one of them"
        if isinstance(result, str):
            raise LoadError(result)
        names[result.graph] = result.path
        if progress:
            progress(result.path)
        yield result


def _results(files: list[Path], base: str, source_url: str | None, workers: int) -> Iterator[PreparedIssue | str]:
    """``prepare_file`` of each file in order, in this process or in a pool kept a few files ahead."""
    if workers <= 1:
        for path in files:
            yield prepare_file(path, base, source_url)
        return
    pool = ProcessPoolExecutor(workers, initializer=_start_worker)
    waiting: deque[Future] = deque()
    todo = iter(files)
    try:
        while True:
            while len(waiting) < workers * AHEAD_PER_WORKER and (path := next(todo, None)) is not None:
                waiting.append(pool.submit(prepare_file, path, base, source_url))
            if not waiting:
                return
            yield waiting.popleft().result()
    finally:  # also when the caller stops early: what is queued is not parsed
        pool.shutdown(cancel_futures=True)


def _start_worker() -> None:
    """Lower the worker's priority below the writer's, and let its collector run less often; what
    it inherited from the writer is set aside from every collection (``gc.freeze``)."""
    os.nice(WORKER_NICENESS)
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, 50, 1000)


def load_paths(
    paths: Iterable[str | Path],
    store: Store,
    base: str,
    progress: Callable[[Path], None] | None = None,
    source_url: str | None = None,
) -> LoadReport:
    """Load files and folders; files whose content the store already holds are skipped unparsed."""
    if not is_iri(base):
        raise LoadError(f'the base IRI {base!r} is not an absolute IRI (a space or one of <>"{{}}|^`\\ in it?)')
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
    report = LoadReport(unchanged=[path for path in files if hashes[path] in known])
    todo = [path for path in files if hashes[path] not in known]
    if not todo and vocabulary[2] in known and DERIVED_GRAPH in store.graphs():
        return report
    side = streamed_into(store, len(todo))
    writer = Writer(store, side)
    deriving = False
    with store.writing():  # readers of the store see the whole run or none of it
        try:
            writer.write(_graphs(todo, base, progress, source_url, report, None if vocabulary[2] in known else vocabulary, side))
            deriving = True
            derive(store, writer.added if not writer.replaced else None, side)
        except BaseException as err:
            writer.rollback()
            # the derived graph is written in steps, not as one transaction, and this run's facts may be in it
            if deriving or side in writer.existing:
                derive(store)
            if isinstance(err, WriteError | StoreError):
                raise LoadError(str(err)) from err
            raise
    writer.close()
    report.seconds["write"] += writer.seconds
    return report


def _graphs(
    files: list[Path],
    base: str,
    progress: Callable[[Path], None] | None,
    source_url: str | None,
    report: LoadReport,
    vocabulary: tuple[URIRef, str, str] | None,
    side: URIRef | None,
) -> Iterator[tuple[URIRef, str]]:
    """The graphs to write: the vocabulary graph if it changed, then each file's issue as it is
    prepared, recorded in ``report``, each followed by its derived facts for the graph ``side`` if
    there is one."""
    if vocabulary is not None:
        yield vocabulary[:2]
    for issue in prepare_each(files, base, progress, source_url=source_url):
        report.issues.append(LoadedIssue(issue.path, issue.graph, issue.triples))
        report.seconds.update(issue.seconds)
        yield issue.graph, issue.ntriples
        if side is not None:
            yield side, issue.derived


def _vocabulary() -> tuple[URIRef, str, str]:
    """The vocabulary graph as N-Triples, its content hash stated inside it, and that hash (of
    the lines sorted: a graph's order changes from one process to the next)."""
    body = "".join(sorted(ntriples(vocabulary_graph()).splitlines(keepends=True)))
    digest = content_hash(body.encode("utf-8"))
    return VOCABULARY_GRAPH, body + ntriples([(VOCABULARY_GRAPH, GZ.sha256, Literal(digest))]), digest
