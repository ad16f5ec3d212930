"""The one writer of a load: graphs go to the store in batches as they arrive, and the run is all or nothing.

Parsing and mapping run ahead in worker processes; this writes what they hand over, a
batch of about ``store.update_batch_triples`` triples at a time, so memory holds one batch
and not the corpus. Graphs the store does not hold yet go in through its bulk path where it
has one (pyoxigraph's bulk loader, several times faster than an update); graphs it holds
are replaced by one SPARQL update per batch (one transaction, so a reader sees the old
graph or the new one).

A run keeps a journal: the graphs it added, and the content before the run of those it
replaced (put aside on disk). ``rollback`` drops the first and puts the second back, so a
run that fails at any point — a file that cannot be read, a store that refuses the data —
leaves the store as it was.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rdflib import URIRef

from gazette_kg.store.base import Store, StoreError

# Lines of the merge a run remembers having written, so that a triple restated in many issues
# is written to the default graph once; past this the memory is cleared (it only saves work).
MERGE_MEMORY = 1_000_000


class WriteError(Exception):
    """The store refused a batch; the message says why."""


class Writer:
    """Writes graphs (IRI, N-Triples) over the store's graphs of those names, in batches."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.existing = set(store.graphs())
        self.seconds = 0.0  # CPU seconds spent writing
        self._pending: list[tuple[URIRef, str]] = []
        self._pending_triples = 0
        self._added: list[URIRef] = []
        self._saved: list[tuple[URIRef, Path]] = []
        self._merged: set[str] = set()
        self._spill = tempfile.TemporaryDirectory(prefix="gazette-kg-load-")

    def add(self, graph: URIRef, body: str) -> None:
        self._pending.append((graph, body))
        self._pending_triples += body.count("\n")
        if self._pending_triples >= self.store.update_batch_triples:
            self.flush()

    def flush(self) -> None:
        """Write the graphs waiting since the last batch."""
        batch, self._pending, self._pending_triples = self._pending, [], 0
        if not batch:
            return
        began = time.process_time()
        try:
            add_new = getattr(self.store, "add_new_graphs", None)
            new = [(iri, body) for iri, body in batch if iri not in self.existing] if add_new else []
            replaced = [(iri, body) for iri, body in batch if iri in self.existing or not add_new]
            if replaced:
                self._save([iri for iri, _ in replaced if iri in self.existing])
                self.store.replace_graphs(replaced)
                self._added += [iri for iri, _ in replaced if iri not in self.existing]
            if new:
                if len(self._merged) > MERGE_MEMORY:
                    self._merged.clear()
                add_new(new, written=self._merged)
                self._added += [iri for iri, _ in new]
        except (SyntaxError, OSError, StoreError) as err:
            raise WriteError(f"the store refused the data: {err}") from err
        finally:
            self.seconds += time.process_time() - began

    def _save(self, graphs: list[URIRef]) -> None:
        """Put aside on disk the content the run is about to replace."""
        for iri in graphs:
            path = Path(self._spill.name) / f"{len(self._saved)}.nt"
            with path.open("wb") as out:
                for chunk in self.store.dump("nt", iri):
                    out.write(chunk)
            self._saved.append((iri, path))

    def commit(self) -> None:
        """Write what is left; the run is done."""
        self.flush()
        self._spill.cleanup()

    def rollback(self) -> None:
        """Undo the run: the graphs it added are dropped, those it replaced put back as they were."""
        self._pending = []
        for iri, path in self._saved:
            self.store.replace_graphs([(iri, path.read_text(encoding="utf-8"))])
        for iri in reversed(self._added):  # one by one: each takes out of the merge what only it stated
            self.store.drop_graph(iri)
        self._spill.cleanup()
