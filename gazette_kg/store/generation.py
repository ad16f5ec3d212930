"""Writing an embedded store while a server reads it: a generation number beside the store.

The file ``<store>.generation`` holds a number that a writer makes odd before it changes
anything and even again once it is done and has flushed the store to disk. A reader opens the
store read-only — a snapshot — only between two readings of the same even number, so what it
sees is a whole committed generation, never a load half done; it opens the store again when
the number has moved on to a new even value, so new issues appear without a restart. Each
reader asks before every query (reading a small file), so a load committed is seen by the
next query. A writer that dies midway leaves the number odd: readers keep their snapshot
until the next writer commits (one starting then opens the store as the dead writer left it).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from gazette_kg.store.base import StoreError

T = TypeVar("T")

# Attempts at a clean read-only opening, and the pause between them: a writer may be busy
# with its files (an opening then fails, also after a commit, while RocksDB compacts files in
# the background) or commit meanwhile (the opening is then retried).
OPEN_ATTEMPTS = 50
OPEN_PAUSE = 0.1


def generation_file(location: str | Path) -> Path:
    """The file beside the store's folder that holds its generation."""
    folder = Path(location)
    return folder.with_name(folder.name + ".generation")


def read_generation(location: str | Path) -> int:
    """The store's generation: 0 for a store never written since generations were kept."""
    try:
        return int(generation_file(location).read_text(encoding="ascii") or 0)
    except (FileNotFoundError, ValueError):
        return 0


def _write_generation(location: str | Path, value: int) -> None:
    target = generation_file(location)
    temporary = target.with_name(f"{target.name}.{os.getpid()}")
    temporary.write_text(str(value), encoding="ascii")
    os.replace(temporary, target)  # readers see the old number or the new one, never a torn file


@contextmanager
def writing(location: str | Path, flush: Callable[[], None]) -> Iterator[None]:
    """A write to the store: the generation is odd meanwhile, and even again after ``flush``
    (also when the write failed: what a failed load undid is committed as well)."""
    current = read_generation(location)
    odd = current + 1 if current % 2 == 0 else current + 2
    _write_generation(location, odd)
    try:
        yield
    finally:
        flush()
        _write_generation(location, odd + 1)


class Snapshot:
    """A read-only opening of the store that follows its generations."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.generation = -1
        self._store: ox.Store | None = None
        self.current()

    def current(self) -> ox.Store:
        """The store as of the latest committed generation (the open one if that is still it)."""
        latest = read_generation(self.location)
        if self._store is None or (latest != self.generation and latest % 2 == 0):
            self.reopen()
        return self._store

    def read(self, job: Callable[[ox.Store], T]) -> T:
        """``job`` on the current store; once more on a fresh opening if it failed on files a
        writer has since compacted away."""
        try:
            return job(self.current())
        except (OSError, RuntimeError):
            self.reopen()
            return job(self.current())

    def reopen(self) -> None:
        """Open the store afresh, at a generation that did not change while it was opened."""
        if not Path(self.location).is_dir():
            raise StoreError(f"cannot open the store at {self.location}: no such folder")
        error: Exception | None = None
        for _ in range(OPEN_ATTEMPTS):
            before = read_generation(self.location)
            if before % 2 == 0:
                try:
                    store = ox.Store.read_only(self.location)
                except (OSError, RuntimeError) as err:  # RocksDB: a file it listed is gone ("Corruption")
                    error = err
                else:
                    if read_generation(self.location) == before:
                        self._store, self.generation = store, before
                        return
                    del store
            time.sleep(OPEN_PAUSE)
        if self._store is None:  # the number stayed odd: a writer died midway; read what it left
            try:
                self._store, self.generation = ox.Store.read_only(self.location), read_generation(self.location)
            except (OSError, RuntimeError) as err:
                raise StoreError(f"cannot open the store at {self.location}: {error or err}") from err
