"""The one writer of a load: graphs go to the store as they arrive, and the run is all or nothing.

Parsing and mapping run ahead in worker processes; this writes what they hand over as it
comes, so memory holds what is in flight and not the corpus. Graphs the store does not hold
yet stream into its bulk path where it has one (one pyoxigraph bulk load for the run: its
cost per call made smaller batches slower); graphs it holds are put aside on disk and then
replaced by SPARQL updates, one transaction per batch of about ``store.update_batch_triples``
triples (a reader sees the old graph or the new one). A store without a bulk path (a remote
server) gets every graph that way.

One graph, the ``side`` graph, comes in pieces and is kept out of the merge: the derived facts of
each issue, which follow it in the stream (``loaders/derive.py``). Its pieces are gathered (each line
once: issues restate documents, and at 1,000 synthetic issues 1.3 M lines held 0.55 M triples) and
added after the issues, in one more bulk load (spread through the issues' bulk load they cost it more:
145 s against 126 for 900 issues); a store without a bulk path gets them with each batch. A rollback
drops the graph if the store did not hold it before the run (else the caller derives it again).

A run keeps a journal: the graphs it added, and the content before the run of those it
replaced (on disk too). ``rollback`` drops the first and puts the second back, so a run that
fails at any point — a file that cannot be read, a store that refuses the data — leaves the
store as it was.
"""

from __future__ import annotations

import itertools
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import URIRef

from gazette_kg.store.base import Store, StoreError, insert_data


class WriteError(Exception):
    """The store refused the data; the message says why."""


class Writer:
    """Writes graphs (IRI, N-Triples) over the store's graphs of those names."""

    def __init__(self, store: Store, side: URIRef | None = None) -> None:
        self.store = store
        self.side = side
        self.existing = set(store.graphs())
        self.seconds = 0.0  # CPU seconds of this process while writing (the parsing it waits on is elsewhere)
        self._added: list[URIRef] = []
        self._saved: list[tuple[URIRef, Path]] = []
        self._later: list[tuple[URIRef, Path]] = []
        self._spill = tempfile.TemporaryDirectory(prefix="gazette-kg-load-")
        self._files = itertools.count()
        self._failure: BaseException | None = None
        self._side_written = False
        self._side_lines: dict[str, None] = {}  # the side graph's lines, each once, in order

    @property
    def added(self) -> list[URIRef]:
        """The graphs this run added (the store did not hold them)."""
        return list(self._added)

    @property
    def replaced(self) -> list[URIRef]:
        """The graphs this run replaced (their content before is kept for a rollback)."""
        return [iri for iri, _ in self._saved]

    def write(self, graphs: Iterable[tuple[URIRef, str]]) -> None:
        """Write the graphs as ``graphs`` gives them; an error it raises is raised here, after
        what came before it is written (``rollback`` then undoes the run)."""
        began = time.process_time()
        try:
            bulk = getattr(self.store, "add_new_graphs", None)
            if bulk is None:
                self._replace(self._guarded(graphs))
            else:
                bulk(self._new(graphs))
                if self._failure is None and self._side_lines:
                    self._side_written = True
                    bulk([(self.side, "".join(self._side_lines))], unmerged={self.side})
                if self._failure is None:
                    self._replace(self._later)
        except (SyntaxError, OSError, StoreError) as err:
            raise WriteError(f"the store refused the data: {err}") from err
        finally:
            self.seconds += time.process_time() - began
        if self._failure is not None:
            raise self._failure

    def _guarded(self, graphs: Iterable[tuple[URIRef, str]]) -> Iterator[tuple[URIRef, str]]:
        """The graphs until one cannot be made: that error is kept for ``write`` to raise once
        the store is done reading (raised into the bulk loader it would leave half a graph)."""
        try:
            yield from graphs
        except Exception as err:  # noqa: BLE001 -- any error of the source ends the run, after the rollback
            self._failure = err

    def _new(self, graphs: Iterable[tuple[URIRef, str]]) -> Iterator[tuple[URIRef, str]]:
        """The graphs the store does not hold, journaled as they go; the others put aside for later."""
        for iri, body in self._guarded(graphs):
            if iri == self.side:
                self._side_lines.update(dict.fromkeys(body.splitlines(keepends=True)))
            elif iri in self.existing:
                self._later.append((iri, self._put_aside(body)))
            else:
                self._added.append(iri)
                yield iri, body

    def _replace(self, graphs: Iterable[tuple[URIRef, str | Path]]) -> None:
        """Replace graphs (N-Triples, or a file of them) in batches of about ``update_batch_triples``,
        one update each, their content before saved first (graphs the store does not hold are
        simply written)."""
        batch: list[tuple[URIRef, str]] = []
        size = 0
        for iri, body in graphs:
            text = body.read_text(encoding="utf-8") if isinstance(body, Path) else body
            batch.append((iri, text))
            size += text.count("\n")
            if size >= self.store.update_batch_triples:
                self._flush(batch)
                batch, size = [], 0
        self._flush(batch)

    def _flush(self, batch: list[tuple[URIRef, str]]) -> None:
        pieces = "".join(body for iri, body in batch if iri == self.side)
        batch = [(iri, body) for iri, body in batch if iri != self.side]
        if pieces:
            self._side_written = True
            self.store.update(" ;\n".join(insert_data(self.side, pieces)))
        if not batch:
            return
        for iri, _ in batch:
            if iri in self.existing:
                self._saved.append((iri, self._put_aside(b"".join(self.store.graph_ntriples(iri)).decode("utf-8"))))
        self.store.replace_graphs(batch)
        self._added += [iri for iri, _ in batch if iri not in self.existing]

    def _put_aside(self, body: str) -> Path:
        path = Path(self._spill.name) / f"{next(self._files)}.nt"
        path.write_text(body, encoding="utf-8")
        return path

    def close(self) -> None:
        self._spill.cleanup()

    def rollback(self) -> None:
        """Undo the run: the graphs it added are dropped, those it replaced put back as they were."""
        for iri, path in self._saved:
            self.store.replace_graphs([(iri, path.read_text(encoding="utf-8"))])
        for iri in reversed(self._added):  # one by one: each takes out of the merge what only it stated
            self.store.drop_graph(iri)
        if self._side_written and self.side not in self.existing:
            self.store.clear_graph(self.side)
        self.close()
