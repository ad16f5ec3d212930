"""Writing an embedded store while a server reads it: a generation number and checkpoints beside the store.

The file ``<store>.generation`` holds a number that a writer makes odd before it changes
anything and even again once it is done. Before making it even, the writer flushes the store
and checkpoints it into ``<store>.snapshots/<generation>`` (RocksDB's checkpoint: hard links to
the store's immutable files, a few milliseconds at 1,000 issues). Readers open that checkpoint,
never the store the writer has open: pyoxigraph says opening a store read-only while another
process writes it is undefined behaviour, and it was — right after a load, a reader of the live
store now and then ran a 30-row query up to 24 GB until the kernel killed it, or found a file
listed but compacted away. A reader opens the checkpoint of the latest even number, so what it
sees is a whole committed generation, never a load half done; it opens the next one when the
number moves on, so new issues appear without a restart. Each reader asks before every query
(reading a small file). A writer keeps the checkpoints of the last ``KEEP_CHECKPOINTS``
generations, so that a reader still on the one before keeps its files. A writer that dies
midway leaves the number odd: readers keep their snapshot until the next writer commits. A
store without a checkpoint of its generation (written before checkpoints were made, or copied
without them) is read directly, as no writer has it open.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox

from gazette_kg.store.base import StoreError

T = TypeVar("T")

log = logging.getLogger(__name__)

# Checkpoints kept: the latest, and the one before for readers that have not moved on yet.
KEEP_CHECKPOINTS = 2

# Attempts at a clean read-only opening, and the pause between them: a writer may be busy
# with its files (an opening then fails, also after a commit, while RocksDB compacts files in
# the background) or commit meanwhile (the opening is then retried).
OPEN_ATTEMPTS = 50
OPEN_PAUSE = 0.1


def generation_file(location: str | Path) -> Path:
    """The file beside the store's folder that holds its generation."""
    folder = Path(location)
    return folder.with_name(folder.name + ".generation")


def checkpoints_folder(location: str | Path) -> Path:
    """The folder beside the store's folder that holds its checkpoints, one per generation."""
    folder = Path(location)
    return folder.with_name(folder.name + ".snapshots")


def _checkpoint_folder(location: str | Path, generation: int) -> Path:
    return checkpoints_folder(location) / str(generation)


def readable(location: str | Path, generation: int) -> str:
    """What a reader opens for ``generation``: its checkpoint, or the store itself if it has none."""
    folder = _checkpoint_folder(location, generation)
    return str(folder) if folder.is_dir() else str(location)


def checkpoint(store: ox.Store, location: str | Path, generation: int) -> None:
    """Flush ``store`` and checkpoint it as ``generation``, then remove checkpoints too old to be read.

    A checkpoint that cannot be made (a full disk) is warned about: readers then read the store
    itself, as they did before checkpoints, rather than the write being lost."""
    store.flush()
    folder = checkpoints_folder(location)
    target = _checkpoint_folder(location, generation)
    try:
        folder.mkdir(exist_ok=True)
        shutil.rmtree(target, ignore_errors=True)  # left by a writer that died before committing it
        store.backup(str(target))
    except OSError as err:
        log.warning("could not checkpoint the store at %s for its readers: %s", location, err)
        shutil.rmtree(target, ignore_errors=True)
        return
    older = sorted((int(p.name) for p in folder.iterdir() if p.name.isdigit() and int(p.name) < generation), reverse=True)
    for old in older[KEEP_CHECKPOINTS - 1 :]:
        shutil.rmtree(folder / str(old), ignore_errors=True)


def checkpoint_if_missing(store: ox.Store, location: str | Path) -> None:
    """Checkpoint ``store``, just opened for writing, if its committed generation has no checkpoint
    (written before checkpoints were made, or copied without them): readers then never read the
    store it holds open."""
    committed = read_generation(location)
    if committed % 2 == 0 and not _checkpoint_folder(location, committed).is_dir():
        checkpoint(store, location, committed)


def remove_store(location: str | Path) -> None:
    """Remove an embedded store with its generation file and checkpoints."""
    shutil.rmtree(location, ignore_errors=True)
    shutil.rmtree(checkpoints_folder(location), ignore_errors=True)
    generation_file(location).unlink(missing_ok=True)


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
def writing(store: ox.Store, location: str | Path) -> Iterator[None]:
    """A write to ``store`` (open at ``location``): the generation is odd meanwhile, and even again
    once the store is checkpointed (also when the write failed: what a failed load undid is
    committed as well)."""
    current = read_generation(location)
    odd = current + 1 if current % 2 == 0 else current + 2
    _write_generation(location, odd)
    try:
        yield
    finally:
        checkpoint(store, location, odd + 1)
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
                    store = ox.Store.read_only(readable(self.location, before))
                except (OSError, RuntimeError) as err:  # RocksDB: a file it listed is gone ("Corruption")
                    error = err
                else:
                    if read_generation(self.location) == before:
                        self._store, self.generation = store, before
                        return
                    del store
            time.sleep(OPEN_PAUSE)
        if self._store is None:  # the number stayed odd: a writer died midway; read its last commit
            latest = read_generation(self.location)
            try:
                self._store, self.generation = ox.Store.read_only(readable(self.location, latest - 1)), latest
            except (OSError, RuntimeError) as err:
                raise StoreError(f"cannot open the store at {self.location}: {error or err}") from err
